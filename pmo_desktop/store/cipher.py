"""Portfolios protected by a passphrase: SQLCipher connections, detection and re-keying.

An encrypted portfolio is a SQLCipher file: every page (the header included) is encrypted,
and so is every frame of its WAL. ``sqlcipher3`` is imported only when a passphrase is in
play, so opening a plain portfolio never loads it.

The passphrase is only ever held in memory: it is handed to SQLCipher with ``PRAGMA key``
and never logged, written or put in an error message. SQLCipher's own log (which reports a
failed key on stderr) is switched off.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pmo_desktop.fileio import TEMP_MARKER, atomic_path

SQLITE_HEADER = b"SQLite format 3\x00"


class KeyRejectedError(RuntimeError):
    """The passphrase does not open the file (wrong, or the file is not a database)."""


def is_encrypted(file: Path) -> bool:
    """True for a non-empty file that does not start with SQLite's plain header.

    SQLCipher encrypts the header too, so this is how an encrypted file is told apart
    without a key (a file that is not a database at all also answers True).
    """
    try:
        with open(file, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def key_for(file: Path, passphrase: str | None) -> str | None:
    """The key to open ``file`` with: ``passphrase`` if the file is encrypted, else None."""
    return passphrase if is_encrypted(file) else None


def driver_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """Database errors of sqlite3 and, when it is loaded, of sqlcipher3 (plus ``also``)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (*also, sqlite3.Error)
    return (*also, sqlite3.Error, cipher.Error)


def quote(passphrase: str) -> str:
    """A SQL string literal of ``passphrase`` (for ``PRAGMA key`` and ``ATTACH … KEY``)."""
    return "'" + passphrase.replace("'", "''") + "'"


def temp_file_beside(file: Path) -> Path:
    """A new empty private temp file beside ``file`` (swept at start-up if left behind)."""
    fd, name = tempfile.mkstemp(prefix=f".{file.name}{TEMP_MARKER}", dir=file.parent)
    os.close(fd)
    return Path(name)


def _cipher_module() -> Any:
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    return dbapi2


def connect(
    file: Path, passphrase: str | None = None, *, readonly: bool = False, autocommit: bool = False
) -> Any:
    """A DBAPI connection to ``file``: sqlite3 without a passphrase, SQLCipher with one.

    With a passphrase the key is checked at once (``KeyRejectedError`` if it does not open
    the file). ``readonly`` opens with ``mode=ro``; ``autocommit`` switches the driver's own
    transaction handling off (``isolation_level=None``).
    """
    target = f"file:{file}?mode=ro" if readonly else str(file)
    options: dict[str, Any] = {"uri": readonly}
    if autocommit:
        options["isolation_level"] = None
    if passphrase is None:
        return sqlite3.connect(target, **options)
    driver = _cipher_module()
    conn = driver.connect(target, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        conn.close()
        raise KeyRejectedError(f"the passphrase does not open {Path(file).name}") from exc
    return conn


def check_key(file: Path, passphrase: str) -> None:
    """Raise ``KeyRejectedError`` unless ``passphrase`` opens ``file``."""
    connect(file, passphrase, readonly=True).close()


@contextlib.contextmanager
def _closing(conn: Any) -> Iterator[Any]:
    try:
        yield conn
    finally:
        conn.close()


def export_copy(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Write a copy of ``source`` to the new file ``target`` with ``sqlcipher_export``.

    The copy is encrypted with ``target_key``, or plain when it is None. ``target`` must not
    exist. The copy is integrity-checked and must have the same row counts as the source.
    """
    from pmo_desktop.store.backup import BackupError, table_row_counts

    driver = _cipher_module()
    with _closing(driver.connect(str(source), isolation_level=None)) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(f"PRAGMA key = {quote(source_key)}")
        conn.execute(f"ATTACH DATABASE {quote(str(target))} AS dest KEY {quote(target_key or '')}")
        conn.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = table_row_counts(conn)
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute("SELECT sqlcipher_export('dest')")
        conn.execute(f"PRAGMA dest.user_version = {int(version)}")
        conn.execute("COMMIT")
        # Verified on the same connection (a new one would cost another key derivation);
        # the pages are read back through the copy's own key.
        conn.execute("PRAGMA dest.cache_size = 0")
        result = conn.execute("PRAGMA dest.integrity_check").fetchone()[0]
        got = {
            name: conn.execute(f'SELECT count(*) FROM dest."{name}"').fetchone()[0]
            for name in expected
        }
        conn.execute("DETACH DATABASE dest")
    if result != "ok" or got != expected:
        raise BackupError(f"the re-encrypted copy of {source.name} did not verify: {result}")


def rekey_file(file: Path, old_key: str | None, new_key: str | None) -> None:
    """Re-encrypt ``file`` (a portfolio or a backup) from ``old_key`` to ``new_key`` in place.

    Every connection to ``file`` must be closed. The WAL is checkpointed into the file, a
    verified copy with the new key is written beside it, the emptied -wal/-shm are removed
    and the copy replaces the file atomically: an interruption leaves either the old file
    or the new one, never a mix, and no old -wal is left to be replayed onto the new file.
    """
    wal = file.with_name(file.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        with _closing(connect(file, old_key, autocommit=True)) as conn:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise RuntimeError(f"{file.name} is in use; close it everywhere first")
    with atomic_path(file) as tmp:
        export_copy(file, old_key, tmp, new_key)
        for suffix in ("-wal", "-shm"):
            side = file.with_name(file.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                if suffix == "-wal" and side.stat().st_size > 0:
                    raise RuntimeError(f"{file.name} still has unsaved changes in its journal")
                os.unlink(side)
