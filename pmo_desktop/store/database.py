"""Opening a portfolio database: check it, refuse what is not ours, migrate it safely."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from pmo_desktop.fileio import sweep_temp_files
from pmo_desktop.store import backup, cipher, integrity, live, migrate, notify
from pmo_desktop.store.engine import make_engine, sqlite_file, to_url


class DatabaseError(RuntimeError):
    """A portfolio could not be opened; the message says why in a manager's words."""


class DamagedDatabaseError(DatabaseError):
    """The start-up integrity check failed; nothing was written."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class PassphraseRequiredError(DatabaseError):
    """The file is encrypted (or is not a database at all): a passphrase is needed."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphraseError(DatabaseError):
    """The passphrase given does not open the file; nothing was written."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclass
class Portfolio:
    """An open portfolio database: its engine, a session factory and where it lives."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    file: Path | None
    migrated_from: str | None = None
    backup_taken: Path | None = None
    passphrase: str | None = field(default=None, repr=False, compare=False)
    """The key of an encrypted portfolio file, held in memory only (None: not encrypted)."""
    client: str = field(default_factory=notify.client_id, compare=False)
    """Who this process is in change notices to other clients (``store.notify``)."""

    def watch(self) -> notify.ChangeWatch:
        """A watch of what other connections commit (close it when done)."""
        if self.closed:
            raise DatabaseError("the portfolio is closed")
        return notify.ChangeWatch(self.engine, self.client)

    @property
    def closed(self) -> bool:
        """True once ``close`` was called: nothing connects to it again."""
        return self._closed

    @property
    def encrypted(self) -> bool:
        """True when the portfolio file is protected by a passphrase."""
        return self.passphrase is not None

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        if self.file is not None:
            return str(self.file)
        return self.url.render_as_string(hide_password=True)

    _held: bool = field(default=False, repr=False, compare=False)
    """True while ``file`` is recorded as open in this process (``live.hold``)."""
    _on_close: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)
    _closed: bool = field(default=False, repr=False, compare=False)

    def verify_integrity(self) -> None:
        """The full ``integrity_check`` of a portfolio file, before it is written to.

        ``quick_check`` (run at every open) does not see an index that disagrees with its
        table. Raises ``DamagedDatabaseError`` when the file fails the full check; the file
        is then known to be damaged and no transaction starts on it again.
        """
        if self.file is None:
            return
        raw = self.engine.raw_connection()
        try:
            problem = backup.integrity_problem(raw)
        finally:
            raw.close()
        if problem is not None:
            live.mark_damaged(self.file, problem)
            raise DamagedDatabaseError(
                f"{self.file.name} is damaged ({problem}): nothing more will be written to it",
                self.file,
            )

    def release_on_close(self, release: Callable[[], None]) -> None:
        """Call ``release`` (e.g. give back the instance lock) once the portfolio is closed."""
        self._on_close.append(release)

    def close(self) -> None:
        """Release every connection (safe to call twice)."""
        self._closed = True
        self.engine.dispose()
        if self._held and self.file is not None:
            self._held = False
            live.release(self.file)
        while self._on_close:
            self._on_close.pop()()


def quick_check(file: Path, passphrase: str | None = None) -> str:
    """``PRAGMA quick_check`` on a file, read-only; returns ``"ok"`` or the problem found.

    An encrypted file is read with ``passphrase`` (ignored for a plain file).
    """
    try:
        return _quick_check(file, cipher.key_for(file, passphrase))
    except cipher.KeyRejectedError as exc:
        return str(exc)


def _quick_check(file: Path, key: str | None) -> str:
    """As ``quick_check``, but a key that does not open the file raises ``KeyRejectedError``.

    A plain file whose check was started early (``integrity.start_quick_check``) and has
    not changed since is not checked twice.
    """
    if key is None:
        early = integrity.take_early_result(file)
        if early is not None:
            return early
    return integrity.quick_check(file, key)


def check_passphrase(file: Path, passphrase: str | None) -> str | None:
    """The key to open ``file`` with: None for a plain file, ``passphrase`` for an encrypted one.

    Raises ``PassphraseRequiredError`` for an encrypted file without a passphrase and
    ``WrongPassphraseError`` when the passphrase does not open it. Reads only.
    """
    key = _key_to_try(file, passphrase)
    if key is not None:
        try:
            cipher.check_key(file, key)
        except cipher.KeyRejectedError:
            raise _wrong(file) from None
    return key


def _key_to_try(file: Path, passphrase: str | None) -> str | None:
    if not cipher.is_encrypted(file):
        return None
    if cipher.header_is_blank(file):
        raise DamagedDatabaseError(
            f"{file.name} is damaged: its header is blank, so it is neither a SQLite file "
            "nor an encrypted one",
            file,
        )
    if passphrase is None:
        raise PassphraseRequiredError(
            f"{file.name} is protected by a passphrase (or is not a portfolio file)", file
        )
    return passphrase


def _wrong(file: Path) -> WrongPassphraseError:
    return WrongPassphraseError(
        f"wrong passphrase: it does not open {file.name} (nothing was changed)", file
    )


class UpgradeNeededError(DatabaseError):
    """A portfolio opened read-only needs a schema migration first (nothing was written)."""


def open_portfolio(
    target: str | Path | URL,
    *,
    create: bool = True,
    passphrase: str | None = None,
    readonly: bool = False,
) -> Portfolio:
    """Open (or create) a portfolio and bring its schema to this build's head.

    Order: passphrase check of an encrypted file → integrity check (read-only) → refuse a
    newer or foreign schema untouched → verified backup if a migration is pending on existing
    data → migrate in one transaction. A new file is created encrypted when ``passphrase``
    is given; for an existing plain file the passphrase is ignored.

    ``readonly`` (the command line's reading verbs) opens an existing file with ``mode=ro``:
    nothing is written, swept, checkpointed or migrated (``UpgradeNeededError`` when a
    migration is pending), so another process's open portfolio is never disturbed.
    """
    url = target if isinstance(target, URL) else to_url(target)
    file = sqlite_file(url)
    key: str | None = None
    if file is not None:
        key = _prepare_file(file, create and not readonly, passphrase, sweep=not readonly)
        live.hold(file, key is not None)  # from here on, only SQLite reads the file
    engine = make_engine(url, passphrase=key, readonly=readonly)
    try:
        with migrate.exclusive(engine):
            state = migrate.read_state(engine)
            migrate.ensure_known(state)
            backup_taken: Path | None = None
            if state.pending and readonly:
                name = file.name if file is not None else "the database"
                raise UpgradeNeededError(
                    f"{name} needs an upgrade to this version's schema ({state.head}) first"
                )
            if state.pending:
                if file is not None and state.current is not None:
                    backup_taken = backup.backup_file(
                        file, reason=f"before-{state.head}", passphrase=key
                    ).path
                migrate.upgrade(engine)
    except BaseException as exc:
        engine.dispose()
        if file is not None:
            live.release(file)
        if isinstance(exc, migrate.SchemaError):
            raise DatabaseError(str(exc)) from exc
        raise
    client = notify.client_id()
    notify.install_notices(engine, client)
    return Portfolio(
        url=url,
        engine=engine,
        client=client,
        sessions=sessionmaker(engine, expire_on_commit=False),
        file=file,
        migrated_from=state.current if state.pending else None,
        backup_taken=backup_taken,
        passphrase=key,
        _held=file is not None,
    )


def _prepare_file(
    file: Path, create: bool, passphrase: str | None, *, sweep: bool = True
) -> str | None:
    """Check an existing file (or make room for a new one); return the key to open it with.

    With ``sweep``, temp files left beside it and among its backups by a killed write (full
    copies of the data) are removed.
    """
    if file.exists():
        if not file.is_file():
            raise DatabaseError(f"{file} is not a file")
        key = passphrase
        if create or sweep:  # opened to be written: the folder and the file must be writable
            _refuse_read_only(file)
        if file.stat().st_size > 0:
            key = _key_to_try(file, passphrase)
            try:
                problem = _quick_check(file, key)  # checks the key on the same connection
            except cipher.KeyRejectedError:
                raise _wrong(file) from None
            if problem != "ok":
                _refuse_read_only(file)  # "unable to open" in a read-only folder is not damage
                raise DamagedDatabaseError(
                    f"{file.name} failed its integrity check ({problem})", file
                )
        if sweep:
            sweep_temp_files(file.parent)
            sweep_temp_files(backup.backups_dir(file))
        return key
    if not create:
        raise DatabaseError(f"no portfolio at {file}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create folder {file.parent}: {exc.strerror}") from exc
    return passphrase


def read_only_problem(file: Path) -> str | None:
    """Why ``file`` cannot be written (a read-only folder or file), or None when it can."""
    if not os.access(file.parent, os.W_OK | os.X_OK):
        return (
            f"{file.name} is in a read-only folder ({file.parent}): a portfolio needs a "
            "folder you can write to, for its journal; copy it somewhere writable"
        )
    if file.exists() and not os.access(file, os.W_OK):
        return (
            f"{file.name} is read-only: a portfolio must be a file you can write to "
            "(check its permissions); nothing was changed"
        )
    return None


def _refuse_read_only(file: Path) -> None:
    """``DatabaseError`` when ``file`` or its folder cannot be written (say so, not "damaged")."""
    problem = read_only_problem(file)
    if problem is not None:
        raise DatabaseError(problem)


def set_aside(file: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way; return the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = file.with_name(f"{file.name}.damaged-{stamp}")
    file.rename(moved)
    for suffix in ("-wal", "-shm"):
        side = file.with_name(file.name + suffix)
        if side.exists():
            side.rename(moved.with_name(moved.name + suffix))
    return moved
