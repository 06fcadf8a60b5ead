"""Verified backups of a SQLite portfolio with the online backup API."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pmo_desktop.fileio import atomic_path


class BackupError(RuntimeError):
    """A backup could not be made or did not verify."""


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file and what it holds."""

    path: Path
    row_counts: dict[str, int]


def backups_dir(db_file: Path) -> Path:
    """Backups of ``x/portfolio.sqlite`` live in ``x/portfolio-backups/``."""
    return db_file.parent / f"{db_file.stem}-backups"


def default_backup_path(db_file: Path, reason: str) -> Path:
    """A new, time-stamped backup path for ``db_file``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backups_dir(db_file) / f"{db_file.stem}-{stamp}-{reason}.sqlite"


def table_row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row count of every user table."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def backup_file(db_file: Path, target: Path | None = None, reason: str = "manual") -> BackupInfo:
    """Copy a live database with the online backup API, verify the copy, publish it atomically.

    Verification: ``PRAGMA integrity_check`` is ``ok`` and every table has the row count the
    source had at the moment of the copy. The backup is written to a temp file first, so a
    failed or interrupted backup never leaves a file that looks valid.
    """
    if not db_file.is_file():
        raise BackupError(f"no database file at {db_file}")
    target = target or default_backup_path(db_file, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(db_file, isolation_level=None)
    try:
        with atomic_path(target) as tmp:
            dest = sqlite3.connect(tmp)
            try:
                source.execute("BEGIN")  # a read snapshot, so the counts match the copy
                expected = table_row_counts(source)
                source.backup(dest)
                source.execute("COMMIT")
                dest.execute("PRAGMA journal_mode=DELETE")
                _verify(dest, expected, target)
            finally:
                dest.close()
    finally:
        source.close()
    return BackupInfo(path=target, row_counts=expected)


def verify_backup(path: Path) -> BackupInfo:
    """Open a backup read-only and check its integrity; return its row counts."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"backup {path.name} is damaged: {result}")
        return BackupInfo(path=path, row_counts=table_row_counts(conn))
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
    finally:
        conn.close()


def newest_verified_backup(db_file: Path) -> BackupInfo | None:
    """The most recent backup of ``db_file`` that passes verification, if any."""
    folder = backups_dir(db_file)
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True):
        try:
            return verify_backup(path)
        except BackupError:
            continue
    return None


def _verify(dest: sqlite3.Connection, expected: dict[str, int], target: Path) -> None:
    result = dest.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"backup to {target} failed verification: {result}")
    got = table_row_counts(dest)
    if got != expected:
        raise BackupError(f"backup to {target} has different row counts than the portfolio")
