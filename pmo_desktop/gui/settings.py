"""What the app remembers between runs: window geometry, recent portfolios, backup generations.

Stored with QSettings (a plain file): never a passphrase, and never a URL with a password.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.backups import Generations, generations_from

MAX_RECENT = 8
GENERATION_KEYS = ("backups/daily", "backups/weekly", "backups/monthly")


class AppSettings:
    """Typed access to the app's QSettings; without a store it remembers nothing."""

    def __init__(self, store: QSettings | None) -> None:
        self._store = store

    @classmethod
    def none(cls) -> AppSettings:
        """Settings that read defaults and write nowhere (screenshots, some tests)."""
        return cls(None)

    def recent_databases(self) -> list[str]:
        """Recently opened portfolios, newest first."""
        if self._store is None:
            return []
        value = self._store.value("recent/databases", [])
        if isinstance(value, str):  # QSettings returns a lone item as a plain string
            return [value]
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    @property
    def last_database(self) -> str | None:
        """The portfolio opened most recently, if any."""
        recent = self.recent_databases()
        return recent[0] if recent else None

    def remember_database(self, target: str) -> None:
        """Put ``target`` at the top of the recent list."""
        if self._store is None:
            return
        recent = [target, *(r for r in self.recent_databases() if r != target)]
        self._store.setValue("recent/databases", recent[:MAX_RECENT])
        self._store.sync()

    def sync(self) -> None:
        """Write every change to disk now (the process exits without QSettings' destructor)."""
        if self._store is not None:
            self._store.sync()

    def backup_generations(self) -> Generations:
        """How many automatic backups to keep (the defaults when unset or unreadable)."""
        default = Generations()
        if self._store is None:
            return default
        values = [default.daily, default.weekly, default.monthly]
        for i, key in enumerate(GENERATION_KEYS):
            raw = self._store.value(key)
            if raw is None:
                continue
            try:
                values[i] = int(str(raw))
            except ValueError:
                return default
        try:
            return generations_from(*values)
        except ValidationError:
            return default

    def set_backup_generations(self, generations: Generations) -> None:
        """Remember how many automatic backups to keep."""
        if self._store is None:
            return
        counts = (generations.daily, generations.weekly, generations.monthly)
        for key, value in zip(GENERATION_KEYS, counts, strict=True):
            self._store.setValue(key, value)
        self._store.sync()

    def restore_window(self, window: QMainWindow) -> None:
        """Give the window its last geometry and dock/toolbar state."""
        if self._store is None:
            return
        geometry = self._store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        state = self._store.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)

    def save_window(self, window: QMainWindow) -> None:
        """Remember the window's geometry and state."""
        if self._store is None:
            return
        self._store.setValue("window/geometry", window.saveGeometry())
        self._store.setValue("window/state", window.saveState())
        self._store.sync()
