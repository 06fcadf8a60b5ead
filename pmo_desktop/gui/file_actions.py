"""The File menu: new, open, recent, JSON import/export and backup of the portfolio."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import report_failure
from pmo_desktop.gui.opening import OpenPortfolio
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.gui.widgets import busy
from pmo_desktop.services.failures import describe_failure
from pmo_desktop.services.portfolio import summary
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import BackupError

PORTFOLIO_FILTER = "Portfolio (*.sqlite);;All files (*)"
JSON_FILTER = "Portfolio JSON (*.json);;All files (*)"


class PortfolioHost(Protocol):
    """What the File menu needs from the window that holds the portfolio."""

    @property
    def workspace(self) -> OpenPortfolio: ...  # the portfolio open now

    def switch_to(self, target: str) -> bool: ...  # open another portfolio in its place

    def data_replaced(self) -> None: ...  # everything changed: clear undo, refresh areas

    def show_status(self, message: str) -> None: ...  # a transient status bar message


class FileActions(QObject):
    """Slots of the File menu; the ``*_to``/``*_from`` methods skip the dialogs (for tests)."""

    def __init__(self, parent: QWidget, host: PortfolioHost, settings: AppSettings) -> None:
        super().__init__(parent)
        self._parent = parent
        self._host = host
        self._settings = settings

    def _folder(self) -> str:
        file = self._host.workspace.file
        return str(file.parent) if file is not None else str(Path.home())

    def new_portfolio(self) -> None:
        """Ask where to create an empty portfolio and switch to it."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, "New portfolio", self._folder(), PORTFOLIO_FILTER
        )
        if path:
            self.create_portfolio_at(Path(path))

    def create_portfolio_at(self, path: Path) -> bool:
        """Switch to a new empty portfolio at ``path``; an existing file is never replaced."""
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self._parent,
                "New portfolio",
                literal(f"{path} already exists. Choose a new file name, or use File → Open."),
            )
            return False
        return self._host.switch_to(str(path))

    def open_portfolio(self) -> None:
        """Ask for a portfolio file and switch to it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, "Open portfolio", self._folder(), PORTFOLIO_FILTER
        )
        if path:
            self._host.switch_to(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent portfolios (the open one and missing files are disabled)."""
        menu.clear()
        workspace = self._host.workspace
        recent = self._settings.recent_databases()
        for target in recent:
            action = QAction(target, menu)
            missing = "://" not in target and not Path(target).exists()
            action.setEnabled(not missing and not workspace.is_same_database(target))
            action.triggered.connect(lambda _checked=False, t=target: self._host.switch_to(t))
            menu.addAction(action)
        if not recent:
            menu.addAction("No recent portfolios").setEnabled(False)

    def import_json(self) -> None:
        """Ask for a portable JSON file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent, "Import portfolio JSON", self._folder(), JSON_FILTER
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> bool:
        """Import ``path``; a non-empty portfolio is replaced only after the manager agrees."""
        from pmo_desktop.services.transfer import import_json

        portfolio = self._host.workspace.portfolio
        with unit_of_work(portfolio.sessions) as session:
            empty = summary(session).is_empty
        if not empty:
            answer = QMessageBox.question(
                self._parent,
                "Replace portfolio?",
                literal(
                    f"{portfolio.display_name} already holds data.\n\nReplace all of it with "
                    f"the contents of {path.name}? A verified backup is taken first."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with busy():
                result = import_json(portfolio, path, replace=not empty)
        except ValidationError as exc:
            QMessageBox.warning(self._parent, "Import refused", literal(exc.message))
            return False
        except Exception as exc:  # a file too deep, a full disk: say so, never only print it
            report_failure(
                exc,
                context="File → Import portfolio JSON",
                what=f"Importing {path.name}",
                outcome="The portfolio was not changed: an import writes all of it or nothing.",
            )
            return False
        self._host.data_replaced()
        note = f"; backup at {result.backup}" if result.backup else ""
        self._host.show_status(f"Imported {result.total:,} rows from {path.name}{note}")
        return True

    def export_json(self) -> None:
        """Ask where to write the portable JSON and export."""
        file = self._host.workspace.file
        suggested = str(Path(self._folder()) / f"{file.stem if file else 'portfolio'}.json")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, "Export portfolio JSON", suggested, JSON_FILTER
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the whole portfolio to ``path`` as portable JSON."""
        from pmo_desktop.services.transfer import export_json

        try:
            with busy():
                export_json(self._host.workspace.portfolio, path)
        except (ValidationError, OSError) as exc:
            QMessageBox.warning(self._parent, "Export failed", literal(describe_failure(exc)))
            return False
        except Exception as exc:
            report_failure(
                exc,
                context="File → Export portfolio JSON",
                what=f"Exporting to {path.name}",
                outcome="The portfolio was not changed, and no partial file was left behind.",
            )
            return False
        self._host.show_status(f"Exported the portfolio to {path}")
        return True

    def backup_now(self) -> Path | None:
        """A verified backup of the portfolio file; the status bar shows where it went.

        The automatic backups are then thinned to the generations set in Backup Settings.
        """
        from pmo_desktop.services.backups import backup_now

        file = self._host.workspace.file
        if file is None:
            return None
        try:
            with busy():
                result = backup_now(
                    file,
                    self._settings.backup_generations(),
                    passphrase=self._host.workspace.portfolio.passphrase,
                )
        except (BackupError, OSError) as exc:
            QMessageBox.warning(self._parent, "Backup failed", literal(describe_failure(exc)))
            return None
        except Exception as exc:
            report_failure(
                exc,
                context="File → Back up now",
                what="The backup",
                outcome="The portfolio was not changed; no backup was taken.",
            )
            return None
        self._host.show_status(f"Backup saved: {result.taken}")
        return result.taken
