"""Verified backups of a SQLite portfolio with the online backup API."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pmo_desktop.fileio import atomic_path
from pmo_desktop.store import cipher, live


class BackupError(RuntimeError):
    """A backup could not be made or did not verify."""


class SourceDamagedError(BackupError):
    """The backup did not verify because the portfolio itself fails ``integrity_check``.

    Damage ``quick_check`` does not see (an index that disagrees with its table) shows up
    here first. ``problem`` is what the check found; the file is then known to be damaged
    and nothing more may be written to it.
    """

    def __init__(self, db_file: Path, problem: str) -> None:
        super().__init__(
            f"{db_file.name} is damaged ({problem}): nothing more will be written to it; "
            "restore the newest verified backup (File → Restore from Backup…)"
        )
        self.db_file = db_file
        self.problem = problem


def integrity_problem(conn: Any, schema: str = "main") -> str | None:
    """``PRAGMA integrity_check`` (the full one) on ``conn``: None when ok, else the findings."""
    rows = conn.execute(f'PRAGMA "{schema}".integrity_check(3)').fetchall()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows)


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


def table_row_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Row count of every user table (of an attached database with ``schema``)."""
    names = [
        row[0]
        for row in conn.execute(
            f'SELECT name FROM "{schema}".sqlite_master'
            " WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
        for name in names
    }


def backup_file(
    db_file: Path,
    target: Path | None = None,
    reason: str = "manual",
    *,
    passphrase: str | None = None,
) -> BackupInfo:
    """Copy a live database with the online backup API, verify the copy, publish it atomically.

    Verification: ``PRAGMA integrity_check`` is ``ok`` and every table has the row count the
    source had at the moment of the copy. The backup is written to a temp file first, so a
    failed or interrupted backup never leaves a file that looks valid. The backup of an
    encrypted portfolio is encrypted with the same passphrase.
    """
    if not db_file.is_file():
        raise BackupError(f"no database file at {db_file}")
    key = cipher.key_for(db_file, passphrase)
    if key is None and cipher.is_encrypted(db_file):
        raise BackupError(f"{db_file.name} is protected by a passphrase; it is needed to back up")
    target = target or default_backup_path(db_file, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = _connect(db_file, key, autocommit=True)
    if key is not None:  # encrypted: a copy sharing the key (one key derivation, not two)
        try:
            with atomic_path(target) as tmp:
                expected = cipher.export_into(source, tmp, cipher.SHARED)
        except BackupError:
            _raise_if_damaged(source, db_file)
            raise
        except cipher.driver_errors() as exc:
            raise BackupError(f"backup to {target} failed: {exc}") from exc
        finally:
            source.close()
        return BackupInfo(path=target, row_counts=expected)
    try:
        with atomic_path(target) as tmp:
            dest = _connect(tmp, key)
            try:
                source.execute("BEGIN")  # a read snapshot, so the counts match the copy
                expected = table_row_counts(source)
                source.backup(dest)
                source.execute("COMMIT")
                dest.execute("PRAGMA journal_mode=DELETE")
                try:
                    _verify(dest, expected, target)
                except BackupError:
                    _raise_if_damaged(source, db_file)  # the copy is faithful: say so
                    raise
            finally:
                dest.close()
    finally:
        source.close()
    return BackupInfo(path=target, row_counts=expected)


def _raise_if_damaged(source: Any, db_file: Path) -> None:
    """``SourceDamagedError`` when the portfolio behind ``source`` fails ``integrity_check``."""
    try:
        problem = integrity_problem(source)
    except cipher.driver_errors() as exc:
        problem = str(exc)
    if problem is not None:
        live.mark_damaged(db_file, problem)
        raise SourceDamagedError(db_file, problem)


def _connect(
    file: Path, key: str | None, *, readonly: bool = False, autocommit: bool = False
) -> Any:
    try:
        return cipher.connect(file, key, readonly=readonly, autocommit=autocommit)
    except cipher.KeyRejectedError as exc:
        raise BackupError(str(exc)) from exc


def open_backup(path: Path, passphrase: str | None = None) -> Any:
    """A read-only connection to a backup: with ``passphrase`` if the backup is encrypted.

    Raises ``BackupError`` when the backup is encrypted and the passphrase (or its absence)
    does not open it.
    """
    if cipher.is_encrypted(path) and passphrase is None:
        raise BackupError(f"backup {path.name} is encrypted with a passphrase")
    return _connect(path, cipher.key_for(path, passphrase), readonly=True)


def verify_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Open a backup read-only and check its integrity; return its row counts.

    A plain backup is read as it is; an encrypted one with ``passphrase``.
    """
    try:
        conn = open_backup(path, passphrase)
    except BackupError as exc:
        raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
    except cipher.driver_errors() as exc:
        raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"backup {path.name} is damaged: {result}")
        return BackupInfo(path=path, row_counts=table_row_counts(conn))
    except cipher.driver_errors() as exc:
        raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
    finally:
        conn.close()


class BackupReader:
    """Reads many backups of one portfolio file, for lists and recovery.

    With a passphrase, each encrypted backup is attached to one keyed connection to the
    portfolio: backups written by this app share its key and salt, so the whole list costs
    one key derivation instead of one per backup. A backup that cannot be attached so (or
    any backup without a passphrase) is read on its own connection.
    """

    def __init__(self, db_file: Path, passphrase: str | None) -> None:
        self._db_file = db_file
        self._passphrase = passphrase
        self._hub: Any = None
        self._hub_failed = passphrase is None

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the shared connection, if one was opened."""
        if self._hub is not None:
            self._hub.close()
            self._hub = None

    def read(self, path: Path, *, integrity: bool = True) -> BackupInfo:
        """Row counts of ``path`` (after ``integrity_check`` when asked); ``BackupError`` if not.

        Without ``integrity`` only the counts are read (a listing, not a verification).
        """
        if self._passphrase is not None and cipher.is_encrypted(path):
            info = self._read_attached(path, integrity)
            if info is not None:
                return info
        if integrity:
            return verify_backup(path, self._passphrase)
        try:
            conn = open_backup(path, self._passphrase)
        except cipher.driver_errors() as exc:
            raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
        try:
            return BackupInfo(path=path, row_counts=table_row_counts(conn))
        except cipher.driver_errors() as exc:
            raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
        finally:
            conn.close()

    def _shared(self) -> Any:
        if self._hub is None and not self._hub_failed:
            try:
                self._hub = cipher.cipher_connect(self._db_file, self._passphrase, readonly=True)
            except cipher.driver_errors(cipher.KeyRejectedError):
                self._hub_failed = True  # e.g. a damaged portfolio: read each on its own
        return self._hub

    def _read_attached(self, path: Path, integrity: bool) -> BackupInfo | None:
        hub = self._shared()
        if hub is None:
            return None
        try:
            hub.execute(f"ATTACH DATABASE {cipher.quote(str(path))} AS b")
        except cipher.driver_errors():
            return None
        try:
            try:
                hub.execute("SELECT count(*) FROM b.sqlite_master").fetchone()
            except cipher.driver_errors():
                return None  # another key or salt: read it on its own
            try:
                if integrity:
                    result = hub.execute("PRAGMA b.integrity_check").fetchone()[0]
                    if result != "ok":
                        raise BackupError(f"backup {path.name} is damaged: {result}")
                return BackupInfo(path=path, row_counts=table_row_counts(hub, "b"))
            except cipher.driver_errors() as exc:
                raise BackupError(f"backup {path.name} is not a readable database: {exc}") from exc
        finally:
            hub.execute("DETACH DATABASE b")


def newest_verified_backup(db_file: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The most recent backup of ``db_file`` that passes verification, if any.

    With ``passphrase`` (an encrypted portfolio) only encrypted backups count, so restoring
    one never leaves the portfolio unencrypted.
    """
    folder = backups_dir(db_file)
    if not folder.is_dir():
        return None
    with BackupReader(db_file, passphrase) as reader:
        for path in sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True):
            if passphrase is not None and not cipher.is_encrypted(path):
                continue
            try:
                return reader.read(path)
            except BackupError:
                continue
    return None


def _verify(dest: Any, expected: dict[str, int], target: Path) -> None:
    result = dest.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupError(f"backup to {target} failed verification: {result}")
    got = table_row_counts(dest)
    if got != expected:
        raise BackupError(f"backup to {target} has different row counts than the portfolio")


# ---------------------------------------------------------------------- generations

AUTOMATIC_REASONS = frozenset({"auto", "exit"})
"""Backups the app takes on its own schedule; only these are thinned into generations.

Backups taken before a migration, an import or a restore, and manual ones, are kept until
the manager deletes them: they are the way back from one specific step.
"""

_NAME = re.compile(r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[A-Za-z0-9_.-]+)\.sqlite$")


@dataclass(frozen=True)
class Generations:
    """How many automatic backups to keep: the newest of each of the last N days, weeks, months.

    Periods are counted over the backups that exist (a day without a backup does not use up
    a generation), and a backup kept for a shorter period does not count for a longer one,
    so with enough history exactly ``daily + weekly + monthly`` backups are kept.
    """

    daily: int = 12
    weekly: int = 10
    monthly: int = 9

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("generation counts cannot be negative")


@dataclass(frozen=True)
class BackupFile:
    """A backup file named by ``default_backup_path``: when it was taken and why."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def automatic(self) -> bool:
        """True for backups the app takes on its own schedule (thinned into generations)."""
        return self.reason in AUTOMATIC_REASONS


def parse_backup_name(db_file: Path, path: Path) -> BackupFile | None:
    """The time and reason encoded in a backup's file name, or None if not one of ours."""
    prefix = f"{db_file.stem}-"
    if not path.name.startswith(prefix):
        return None
    match = _NAME.fullmatch(path.name[len(prefix) - 1 :])
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return BackupFile(path=path, taken_at=taken, reason=match["reason"])


def backup_files(db_file: Path) -> list[BackupFile]:
    """Every backup of ``db_file`` in its backups folder, newest first."""
    folder = backups_dir(db_file)
    if not folder.is_dir():
        return []
    found = [parse_backup_name(db_file, p) for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def _day(stamp: datetime) -> tuple[int, ...]:
    return (stamp.year, stamp.month, stamp.day)


def _week(stamp: datetime) -> tuple[int, ...]:
    iso = stamp.isocalendar()
    return (iso.year, iso.week)


def _month(stamp: datetime) -> tuple[int, ...]:
    return (stamp.year, stamp.month)


def generations_to_keep(
    stamps: Iterable[datetime], generations: Generations
) -> dict[datetime, str]:
    """Which backup times to keep, each with the rule that keeps it (daily/weekly/monthly).

    For each rule in turn (daily, then weekly, then monthly), walk the backups newest first
    and keep the newest of each period not yet represented, until the rule has kept its
    count. A backup already kept by an earlier rule does not count for a later one.
    Pure: the same times always give the same answer.
    """
    ordered = sorted(set(stamps), reverse=True)
    kept: dict[datetime, str] = {}
    rules: list[tuple[str, Callable[[datetime], tuple[int, ...]], int]] = [
        ("daily", _day, generations.daily),
        ("weekly", _week, generations.weekly),
        ("monthly", _month, generations.monthly),
    ]
    for rule, period_of, count in rules:
        taken = 0
        last: tuple[int, ...] | None = None
        for stamp in ordered:
            if taken >= count:
                break
            period = period_of(stamp)
            if period == last:
                continue
            last = period
            if stamp not in kept:
                kept[stamp] = rule
                taken += 1
    return kept


def thin_backups(db_file: Path, generations: Generations) -> list[Path]:
    """Delete the automatic backups of ``db_file`` the generations do not keep; return them.

    The newest automatic backup is always kept, whatever the counts say.
    """
    automatic = [b for b in backup_files(db_file) if b.automatic]
    if not automatic:
        return []
    keep = set(generations_to_keep((b.taken_at for b in automatic), generations))
    keep.add(automatic[0].taken_at)
    removed: list[Path] = []
    for item in automatic:
        if item.taken_at not in keep:
            try:
                item.path.unlink()
            except FileNotFoundError:
                continue
            removed.append(item.path)
    return removed


def changed_since_last_backup(db_file: Path) -> bool:
    """True when the database (or its WAL) was modified after its newest backup was taken.

    Judged by modification times: a change is never missed, and at worst a checkpoint with
    no new data causes one extra backup.
    """
    newest = backup_files(db_file)
    if not newest:
        return True
    last = newest[0].path.stat().st_mtime_ns
    wal = db_file.with_name(db_file.name + "-wal")
    times = [db_file.stat().st_mtime_ns]
    if wal.is_file() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime_ns)
    return max(times) > last


def restore_file(source: Path, db_file: Path, passphrase: str | None = None) -> BackupInfo:
    """Replace the contents of ``db_file`` with a verified backup, through the backup API.

    Every connection to ``db_file`` must be closed first. The copy is written by SQLite into
    the live file in one transaction (through its WAL), so an interruption leaves the old
    contents; the result is integrity-checked and its row counts compared with the backup's.

    ``passphrase`` is the portfolio's (None for a plain one). A backup stored otherwise (a
    plain backup taken before the portfolio was protected) is first copied into a temp file
    with the portfolio's key, so the portfolio stays encrypted (or plain) as it was.
    """
    expected = verify_backup(source, passphrase)
    key = cipher.key_for(db_file, passphrase) if db_file.stat().st_size > 0 else passphrase
    source_key = cipher.key_for(source, passphrase)
    if source_key != key:
        tmp = cipher.temp_file_beside(db_file)
        try:
            cipher.export_copy(source, source_key, tmp, key)
            return restore_file(tmp, db_file, key)
        finally:
            tmp.unlink(missing_ok=True)
    src = _connect(source, key, readonly=True)
    dest = _connect(db_file, key, autocommit=True)
    try:
        dest.execute("PRAGMA journal_mode=WAL")
        dest.execute("PRAGMA synchronous=FULL")
        src.backup(dest)
        result = dest.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok" or table_row_counts(dest) != expected.row_counts:
            raise BackupError(f"restoring {source.name} did not verify: {result}")
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
        src.close()
    return BackupInfo(path=db_file, row_counts=expected.row_counts)
