"""The full integrity check of the open portfolio, on a thread once the first screen is up.

Opening runs ``quick_check``, which does not see an index that disagrees with its table.
The full ``integrity_check`` takes about three times as long (≈ 0.15 s on the large demo),
so it runs on a thread after start-up (SQLite lets go of Python's lock while it reads).
When it finds damage the portfolio is marked damaged (no transaction starts on it again)
and ``damaged`` says what was found, for the window to offer the newest verified backup.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from pmo_desktop.services.workspace import DamagedDatabaseError, Portfolio


class IntegrityWatch(QObject):
    """Runs ``Portfolio.verify_integrity`` off the GUI thread; ``damaged`` reports damage."""

    damaged = Signal(str)  # the message: what was found, and that nothing more is written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def check(self, portfolio: Portfolio) -> None:
        """Start checking ``portfolio`` (a file) on a thread; the signal comes back queued."""
        if portfolio.file is None:
            return
        self._thread = threading.Thread(
            target=self._run, args=(portfolio,), name="integrity_check", daemon=True
        )
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a running check (tests, and before the portfolio is closed)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, portfolio: Portfolio) -> None:
        try:
            portfolio.verify_integrity()
        except DamagedDatabaseError as exc:
            self.damaged.emit(str(exc))
        except Exception:  # closed meanwhile, or the disk went away: not damage
            return
