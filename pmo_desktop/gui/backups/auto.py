"""Automatic backups: every 30 minutes when the portfolio changed, and on exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pmo_desktop.services.backups import AutoBackupResult, Generations, auto_backup
from pmo_desktop.services.workspace import BackupError, SourceDamagedError

INTERVAL_MS = 30 * 60 * 1000


class AutoBackup(QObject):
    """Takes the automatic backups of one portfolio file and thins them into generations.

    ``file`` is looked up on each round (the window may switch portfolios); None (a server
    database) means nothing to do. ``passphrase`` (looked up the same way) is the key of an
    encrypted portfolio, whose backups are encrypted with it. ``generations`` is the
    manager's setting (File → Backup Settings). A failed backup is reported through
    ``failed`` and never interrupts the manager's work.
    """

    taken = Signal(str)  # path of the backup just taken
    failed = Signal(str)  # what went wrong
    damaged = Signal(str)  # the backup found the portfolio itself damaged (nothing more is written)

    def __init__(
        self,
        current_file: Callable[[], Path | None],
        generations: Generations | None = None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
        passphrase: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._current_file = current_file
        self._current_passphrase = passphrase
        self.generations = generations or Generations()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.run("auto"))
        self.timer.start()

    def run(self, reason: str = "auto") -> AutoBackupResult | None:
        """One round now: back up if changed, thin; None when there is no file or it failed."""
        return self.run_for(self._current_file(), reason, self._current_passphrase())

    def run_for(
        self, file: Path | None, reason: str = "exit", passphrase: str | None = None
    ) -> AutoBackupResult | None:
        """One round for ``file`` (a portfolio being closed, say); see ``run``."""
        if file is None or not file.is_file():
            return None
        try:
            result = auto_backup(file, self.generations, reason=reason, passphrase=passphrase)
        except SourceDamagedError as exc:
            self.damaged.emit(str(exc))
            return None
        except (BackupError, OSError) as exc:
            self.failed.emit(f"Automatic backup failed: {exc}")
            return None
        if result.taken is not None:
            self.taken.emit(str(result.taken))
        return result

    def stop(self) -> None:
        """No more timed rounds (at exit, before the last one)."""
        self.timer.stop()
