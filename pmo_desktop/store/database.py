"""Opening a portfolio database: check it, refuse what is not ours, migrate it safely."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from pmo_desktop.fileio import sweep_temp_files
from pmo_desktop.store import backup, migrate
from pmo_desktop.store.engine import make_engine, sqlite_file, to_url


class DatabaseError(RuntimeError):
    """A portfolio could not be opened; the message says why in a manager's words."""


class DamagedDatabaseError(DatabaseError):
    """The start-up integrity check failed; nothing was written."""

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

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        if self.file is not None:
            return str(self.file)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def quick_check(file: Path) -> str:
    """``PRAGMA quick_check`` on a file, read-only; returns ``"ok"`` or the problem found."""
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def open_portfolio(target: str | Path | URL, *, create: bool = True) -> Portfolio:
    """Open (or create) a portfolio and bring its schema to this build's head.

    Order: integrity check (read-only) → refuse a newer or foreign schema untouched →
    verified backup if a migration is pending on existing data → migrate in one transaction.
    """
    url = target if isinstance(target, URL) else to_url(target)
    file = sqlite_file(url)
    if file is not None:
        _prepare_file(file, create)
    engine = make_engine(url)
    try:
        state = migrate.read_state(engine)
        migrate.ensure_known(state)
        backup_taken: Path | None = None
        if state.pending:
            if file is not None and state.current is not None:
                backup_taken = backup.backup_file(file, reason=f"before-{state.head}").path
            migrate.upgrade(engine)
    except migrate.SchemaError as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    except Exception:
        engine.dispose()
        raise
    return Portfolio(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        file=file,
        migrated_from=state.current if state.pending else None,
        backup_taken=backup_taken,
    )


def _prepare_file(file: Path, create: bool) -> None:
    if file.exists():
        if not file.is_file():
            raise DatabaseError(f"{file} is not a file")
        if file.stat().st_size > 0:
            problem = quick_check(file)
            if problem != "ok":
                raise DamagedDatabaseError(
                    f"{file.name} failed its integrity check ({problem})", file
                )
        sweep_temp_files(file.parent)
        return
    if not create:
        raise DatabaseError(f"no portfolio at {file}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create folder {file.parent}: {exc.strerror}") from exc


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
