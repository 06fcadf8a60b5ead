"""One app instance per portfolio file: a ``QLockFile`` beside the database.

The lock is ``<database file>.lock``. It never goes stale by age; it is stale (and taken
over) once the process that holds it is dead, so a crash never locks a manager out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    """Who holds a portfolio's lock, as ``QLockFile.getLockInfo`` reports it."""

    pid: int
    hostname: str
    app_name: str

    def describe(self) -> str:
        """``"PMO Desktop (process 4242 on laptop)"``, with what is known."""
        app = self.app_name or "another program"
        where = f" on {self.hostname}" if self.hostname else ""
        return f"{app} (process {self.pid}{where})" if self.pid else app


class InstanceLockedError(RuntimeError):
    """The portfolio is open in another instance; ``holder`` says which one."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        super().__init__(f"{database.name} is already open in {holder.describe()}")
        self.database = database
        self.holder = holder


def database_file(target: str) -> Path | None:
    """The SQLite file a ``--db`` target names (a path or a ``sqlite:///`` URL), else None."""
    if "://" not in target:
        return Path(target).expanduser().resolve()
    from sqlalchemy.engine import make_url

    url = make_url(target)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def lock_path_for(database: Path) -> Path:
    """The lock file of a database file: ``x/portfolio.sqlite`` → ``x/portfolio.sqlite.lock``."""
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """The single-instance lock of one portfolio file (a no-op for non-file databases)."""

    def __init__(self, database: Path | None) -> None:
        self.database = database
        self._lock: QLockFile | None = None
        if database is not None:
            self._lock = QLockFile(str(lock_path_for(database)))
            self._lock.setStaleLockTime(0)  # never stale by age, only when its owner is dead

    @property
    def is_held(self) -> bool:
        """True while this process holds the lock (always False for non-file databases)."""
        return self._lock is not None and self._lock.isLocked()

    def acquire(self) -> None:
        """Take the lock now or raise ``InstanceLockedError`` naming who holds it."""
        if self._lock is None or self._lock.isLocked():
            return
        assert self.database is not None
        folder = self.database.parent
        try:  # a first start on a new account: the data folder does not exist yet
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"cannot create the folder {folder}: {exc.strerror}") from exc
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            raise InstanceLockedError(self.database, self.holder())
        if not os.access(folder, os.W_OK):
            raise OSError(
                f"the folder {folder} is read-only: a portfolio needs a folder you can write to "
                "(for its lock and journal files); copy it somewhere writable"
            )
        raise OSError(f"cannot create the lock file {lock_path_for(self.database)}")

    def holder(self) -> LockHolder:
        """Who holds the lock according to the lock file (empty fields when unknown)."""
        if self._lock is None:
            return LockHolder(0, "", "")
        try:
            pid, hostname, app_name = self._lock.getLockInfo()
        except (TypeError, ValueError):  # no readable lock info
            return LockHolder(0, "", "")
        return LockHolder(int(pid), str(hostname), str(app_name))

    def release(self) -> None:
        """Give the lock back (safe to call when not held)."""
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()


def acquire_lock(database: Path | None) -> InstanceLock:
    """Take the single-instance lock of ``database``; raise ``InstanceLockedError`` if held."""
    lock = InstanceLock(database)
    lock.acquire()
    return lock
