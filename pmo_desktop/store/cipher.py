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
from pmo_desktop.store import live

SQLITE_HEADER = b"SQLite format 3\x00"
#: Backups re-keyed at once after a passphrase change (each on its own connection and thread).
REKEY_WORKERS = max(1, min(4, os.cpu_count() or 1))


class KeyRejectedError(RuntimeError):
    """The passphrase does not open the file (wrong, or the file is not a database)."""


def is_encrypted(file: Path) -> bool:
    """True for a non-empty file that does not start with SQLite's plain header.

    SQLCipher encrypts the header too, so this is how an encrypted file is told apart
    without a key (a file that is not a database at all also answers True). A file this
    process has open is never read: the answer is what was recorded when it was opened.
    """
    known = live.encrypted(file)
    if known is not None:
        return known
    try:
        with open(file, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def header_is_blank(file: Path) -> bool:
    """True when the file's first 100 bytes (SQLite's header) are all zero: damage, not a key.

    An encrypted file starts with its random 16-byte salt, so a zeroed header is never one.
    A file open in this process is never read (it answers False).
    """
    if live.is_open(file):
        return False
    try:
        with open(file, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return len(head) == 100 and not any(head)


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

    forbid_core_dumps()  # a passphrase is about to be held in this process's memory
    return dbapi2


def forbid_core_dumps() -> None:
    """No core dump of this process from now on: it would hold the passphrase in clear.

    Lowers both limits, so the process cannot raise them again (nothing here needs to).
    """
    try:
        import resource
    except ImportError:  # not on POSIX
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def connect(
    file: Path, passphrase: str | None = None, *, readonly: bool = False, autocommit: bool = False
) -> Any:
    """A DBAPI connection to ``file``: sqlite3 without a passphrase, SQLCipher with one.

    With a passphrase the key is checked at once (``KeyRejectedError`` if it does not open
    the file). ``readonly`` opens with ``mode=ro``; ``autocommit`` switches the driver's own
    transaction handling off (``isolation_level=None``).
    """
    if passphrase is not None:
        return cipher_connect(file, passphrase, readonly=readonly, autocommit=autocommit)
    options: dict[str, Any] = {"uri": readonly}
    if autocommit:
        options["isolation_level"] = None
    return sqlite3.connect(f"file:{file}?mode=ro" if readonly else str(file), **options)


def check_key(file: Path, passphrase: str) -> None:
    """Raise ``KeyRejectedError`` unless ``passphrase`` opens ``file``."""
    connect(file, passphrase, readonly=True).close()


@contextlib.contextmanager
def _closing(conn: Any) -> Iterator[Any]:
    try:
        yield conn
    finally:
        conn.close()


SHARED = "shared"
"""``export_into`` target key meaning: the connection's own key (and salt), derived once."""


def export_into(
    conn: Any, target: Path, target_key: str | None, source: str = "main"
) -> dict[str, int]:
    """On an open SQLCipher connection, copy schema ``source`` into the new file ``target``.

    ``target_key`` is the copy's passphrase, None for a plain copy, or ``SHARED`` for the
    connection's own key and salt (no extra key derivation, and files copied this way can be
    attached to each other without one). The copy is made in one read snapshot with
    ``sqlcipher_export`` and verified on the same connection, through the copy's own key:
    ``integrity_check`` is ok and every table has the source's row count. Raises
    ``BackupError`` when it does not verify; returns the row counts.
    """
    from pmo_desktop.store.backup import BackupError, table_row_counts

    key_clause = "" if target_key == SHARED else f" KEY {quote(target_key or '')}"
    conn.execute(f"ATTACH DATABASE {quote(str(target))} AS dest{key_clause}")
    try:
        conn.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = table_row_counts(conn, source)
        version = conn.execute(f'PRAGMA "{source}".user_version').fetchone()[0]
        conn.execute(f"SELECT sqlcipher_export('dest', {quote(source)})")
        conn.execute(f"PRAGMA dest.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA dest.cache_size = 0")  # read back from the file, not the cache
        result = conn.execute("PRAGMA dest.integrity_check").fetchone()[0]
        got = table_row_counts(conn, "dest")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE dest")
    if result != "ok" or got != expected:
        raise BackupError(f"the copy written to {target.name} did not verify: {result}")
    return expected


def cipher_connect(
    file: Path, key: str | None, *, readonly: bool = False, autocommit: bool = True
) -> Any:
    """A SQLCipher connection to ``file`` (plain when ``key`` is None, for ``sqlcipher_export``).

    The key is checked at once: ``KeyRejectedError`` when it does not open the file.
    """
    driver = _cipher_module()
    options: dict[str, Any] = {"uri": readonly}
    if autocommit:
        options["isolation_level"] = None
    conn = driver.connect(f"file:{file}?mode=ro" if readonly else str(file), **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        conn.close()
        raise KeyRejectedError(f"the passphrase does not open {Path(file).name}") from exc
    return conn


def export_copy(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Write a verified copy of ``source`` to the new file ``target`` under ``target_key``."""
    with _closing(cipher_connect(source, source_key)) as conn:
        export_into(conn, target, target_key)


def rekey_backups(
    hub_file: Path, hub_key: str | None, backups: list[tuple[Path, str | None]]
) -> list[Path]:
    """Re-encrypt each ``(backup, its current key)`` with ``hub_file``'s key and salt.

    ``hub_file`` is the portfolio just re-keyed: each backup is attached with its own key,
    copied into a verified temp file sharing the hub's key (so later reads attach it without
    another key derivation) and swapped in atomically. Returns the backups that could not be
    re-keyed (left as they were).
    """
    workers = min(REKEY_WORKERS, len(backups))
    if workers > 1:  # SQLCipher lets go of Python's lock: the key derivations overlap
        from concurrent.futures import ThreadPoolExecutor  # only a passphrase change needs it

        shares = [backups[k::workers] for k in range(workers)]
        with ThreadPoolExecutor(workers, thread_name_prefix="rekey") as pool:
            found = pool.map(lambda share: _rekey_each(hub_file, hub_key, share), shares)
            return [path for failed in found for path in failed]
    return _rekey_each(hub_file, hub_key, backups)


def _rekey_each(
    hub_file: Path, hub_key: str | None, backups: list[tuple[Path, str | None]]
) -> list[Path]:
    """``rekey_backups`` one after the other, on a hub connection of its own."""
    failed: list[Path] = []
    with _closing(cipher_connect(hub_file, hub_key)) as hub:
        for path, key in backups:
            try:
                hub.execute(f"ATTACH DATABASE {quote(str(path))} AS src KEY {quote(key or '')}")
            except driver_errors():
                failed.append(path)
                continue
            try:
                hub.execute("SELECT count(*) FROM src.sqlite_master").fetchone()
                with atomic_path(path) as tmp:
                    export_into(hub, tmp, SHARED, source="src")
            except driver_errors(RuntimeError):
                failed.append(path)
            finally:
                hub.execute("DETACH DATABASE src")
    return failed


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
