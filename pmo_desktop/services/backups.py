"""Backups of an open portfolio: automatic generations, the list File → Restore shows, restore.

The GUI calls these; they never touch a widget. Backups are SQLite files beside the portfolio
(``<name>-backups/``), copied with SQLite's online backup API and verified before they count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store import backup as store_backup
from pmo_desktop.store import cipher
from pmo_desktop.store.backup import BackupError, Generations
from pmo_desktop.store.database import DatabaseError, Portfolio, open_portfolio, set_aside

__all__ = [
    "AutoBackupResult",
    "BackupEntry",
    "Generations",
    "RestoreResult",
    "auto_backup",
    "backup_now",
    "generations_from",
    "list_backups",
    "restore_backup",
]

MAX_GENERATIONS = 999

COUNTED_TABLES = ("person", "client", "program", "project", "allocation")


@dataclass(frozen=True)
class BackupEntry:
    """One backup as File → Restore lists it."""

    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int
    counts: dict[str, int]  # rows of the main tables (COUNTED_TABLES), empty if unreadable
    total_rows: int
    readable: bool
    encrypted: bool = False  # stored encrypted with a passphrase

    @property
    def reason_text(self) -> str:
        """Why the backup was taken, in a manager's words."""
        if self.reason == "auto":
            return "Automatic"
        if self.reason == "exit":
            return "On exit"
        if self.reason == "manual":
            return "Backup now"
        if self.reason == "before-import":
            return "Before an import"
        if self.reason == "before-restore":
            return "Before a restore"
        if self.reason == "before-passphrase":
            return "Before a passphrase change"
        if self.reason.startswith("before-"):
            return "Before an upgrade"
        return self.reason


@dataclass(frozen=True)
class AutoBackupResult:
    """What one automatic backup round did."""

    taken: Path | None  # None when the portfolio had not changed since the newest backup
    removed: list[Path]


@dataclass(frozen=True)
class RestoreResult:
    """The reopened portfolio and the backup of the state it replaced."""

    portfolio: Portfolio
    restored: Path
    saved_current: Path
    rows: int


def generations_from(daily: int, weekly: int, monthly: int) -> Generations:
    """The generations a manager asked for, validated: whole numbers 0–999, at least one kept.

    Raises ``ValidationError`` naming the field (``daily``, ``weekly``, ``monthly``, or
    ``generations`` when all three are zero).
    """
    for name, value in (("daily", daily), ("weekly", weekly), ("monthly", monthly)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{name} backups must be a whole number", name)
        if not 0 <= value <= MAX_GENERATIONS:
            raise ValidationError(f"{name} backups must be between 0 and {MAX_GENERATIONS}", name)
    if daily + weekly + monthly == 0:
        raise ValidationError("keep at least one automatic backup", "generations")
    return Generations(daily=daily, weekly=weekly, monthly=monthly)


def list_backups(file: Path, passphrase: str | None = None) -> list[BackupEntry]:
    """Every backup of the portfolio file ``file``, newest first, with its size and contents.

    Content counts are read from each backup read-only (an encrypted one with
    ``passphrase``); a backup that cannot be read is listed as unreadable (restore refuses
    it) rather than hidden.
    """
    entries: list[BackupEntry] = []
    with store_backup.BackupReader(file, passphrase) as reader:
        for item in store_backup.backup_files(file):
            try:
                size = item.path.stat().st_size
            except OSError:
                continue
            entries.append(_entry(item, size, reader))
    return entries


def _entry(
    item: store_backup.BackupFile, size: int, reader: store_backup.BackupReader
) -> BackupEntry:
    try:
        counts, readable = reader.read(item.path, integrity=False).row_counts, True
    except BackupError:
        counts, readable = {}, False
    return BackupEntry(
        path=item.path,
        taken_at=item.taken_at,
        reason=item.reason,
        size_bytes=size,
        counts={name: counts.get(name, 0) for name in COUNTED_TABLES} if readable else {},
        total_rows=sum(v for k, v in counts.items() if k != "alembic_version"),
        readable=readable,
        encrypted=cipher.is_encrypted(item.path),
    )


def auto_backup(
    file: Path,
    generations: Generations | None = None,
    *,
    reason: str = "auto",
    passphrase: str | None = None,
) -> AutoBackupResult:
    """Back up ``file`` if it changed since its newest backup, then thin the generations.

    ``reason`` is ``"auto"`` (the periodic timer) or ``"exit"``. Raises ``BackupError`` when a
    backup was needed and did not verify (nothing is thinned then). An encrypted portfolio
    is backed up encrypted with its ``passphrase``.
    """
    if reason not in store_backup.AUTOMATIC_REASONS:
        raise ValueError(f"not an automatic backup reason: {reason}")
    taken: Path | None = None
    if store_backup.changed_since_last_backup(file):
        taken = store_backup.backup_file(file, reason=reason, passphrase=passphrase).path
    removed = store_backup.thin_backups(file, generations or Generations())
    return AutoBackupResult(taken=taken, removed=removed)


def backup_now(
    file: Path, generations: Generations | None = None, *, passphrase: str | None = None
) -> AutoBackupResult:
    """File → Backup now: a verified manual backup, then the automatic ones thinned.

    The manual backup itself is never thinned; ``generations`` (the manager's setting)
    decides which automatic backups stay.
    """
    taken = store_backup.backup_file(file, reason="manual", passphrase=passphrase).path
    removed = store_backup.thin_backups(file, generations or Generations())
    return AutoBackupResult(taken=taken, removed=removed)


def restore_backup(portfolio: Portfolio, backup: Path) -> RestoreResult:
    """Replace the open portfolio's contents with ``backup``; return the reopened portfolio.

    Order: verify the backup → take a verified backup of the current state → close every
    connection of ``portfolio`` → copy the backup into the file with the online backup API
    (one transaction, verified) → reopen (migrating an older backup, after its own backup).
    ``portfolio`` is closed afterwards whatever happens; on failure the caller reopens the
    file (whose contents are then the current state, or the restored one if only the reopen
    failed). Refused with a ``ValidationError`` when the backup does not verify. A portfolio
    found damaged (no verified backup of it can be made) is set aside whole instead, renamed
    with ".damaged-" and the time; ``saved_current`` is then that file.
    """
    file = portfolio.file
    if file is None:
        raise ValidationError("only a portfolio file can be restored from a backup")
    key = portfolio.passphrase
    try:
        store_backup.verify_backup(backup, key)
    except BackupError as exc:
        raise ValidationError(str(exc)) from exc
    damaged = False
    try:
        saved = store_backup.backup_file(file, reason="before-restore", passphrase=key).path
    except store_backup.SourceDamagedError:
        damaged = True  # no verified copy of it can be made: it is set aside whole instead
    portfolio.close()
    if damaged:
        saved = set_aside(file)
        file.touch()  # an empty file, written by the backup API under the portfolio's key
    try:
        info = store_backup.restore_file(backup, file, key)
    except BackupError as exc:
        raise ValidationError(str(exc)) from exc
    try:
        reopened = open_portfolio(file, create=False, passphrase=key)
    except DatabaseError as exc:
        raise ValidationError(f"the restored portfolio could not be opened: {exc}") from exc
    rows = sum(v for k, v in info.row_counts.items() if k != "alembic_version")
    return RestoreResult(portfolio=reopened, restored=backup, saved_current=saved, rows=rows)
