"""The app shell: navigation rail, lazily built area pages, menus and the status bar.

The shell only wires things together; each area lives in its own package and each menu's
behaviour in its own module (``file_actions``, ``about``, ``opening``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from pmo_desktop import APP_NAME
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaRegistry, page_class
from pmo_desktop.gui.backups.auto import AutoBackup
from pmo_desktop.gui.edits import Changed, Edits
from pmo_desktop.gui.file_actions import FileActions
from pmo_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pmo_desktop.gui.integrity_watch import IntegrityWatch
from pmo_desktop.gui.nav_rail import NavRail
from pmo_desktop.gui.opening import OpenPortfolio, open_interactive
from pmo_desktop.gui.passphrase import DataMenu
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.gui.widgets import busy
from pmo_desktop.services.area_filter import AreaFilter
from pmo_desktop.services.portfolio import PortfolioSummary, summary
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import REPLACED, Portfolio

if TYPE_CHECKING:
    from pmo_desktop.domain.errors import ConflictError
    from pmo_desktop.gui.about import AboutDialog
    from pmo_desktop.services.concurrency import Side

STATUS_MESSAGE_MS = 8000
OFFLINE_STYLE = "background: #b3261e; color: white; padding: 2px 8px; font-weight: bold;"
MAX_AREA_SHORTCUTS = 9
#: Narrower than this, the navigation rail shows icons only (pages need the room).
COMPACT_RAIL_BELOW = 1240


def counts_text(counts: PortfolioSummary) -> str:
    """``"12 people · 4 clients · …"`` for the status bar."""
    parts = [
        (counts.people, "people"),
        (counts.clients, "clients"),
        (counts.programs, "programs"),
        (counts.projects, "projects"),
        (counts.allocations, "allocations"),
    ]
    return " · ".join(f"{n:,} {label}" for n, label in parts)


class MainWindow(QMainWindow):
    """The main window over one open portfolio; areas are created on first visit."""

    def __init__(
        self,
        workspace: OpenPortfolio,
        registry: AreaRegistry,
        undo_stack: QUndoStack,
        settings: AppSettings,
        parent: QWidget | None = None,
        initial_view: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._workspace = workspace
        self.registry = registry
        self.undo_stack = undo_stack
        self.settings = settings
        self.pages: dict[str, AreaPage] = {}
        self._stale: set[str] = set()
        #: The one way every area edits, and the one broadcast of what each edit changed.
        self.edits = Edits(workspace.portfolio, undo_stack, self)
        self.edits.resolve = self._resolve_conflict

        self.area_actions = self._build_view_menu()
        self._build_edit_menu()
        shortcuts = {
            key: action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            for key, action in self.area_actions.items()
        }
        self.rail = NavRail(self.ui.navRail, registry.areas, shortcuts)
        self.rail.area_chosen.connect(self.show_area)
        self.file_actions = FileActions(self, self, settings)
        self.auto_backup = AutoBackup(
            lambda: self._workspace.file,
            settings.backup_generations(),
            parent=self,
            passphrase=lambda: self._workspace.passphrase,
        )
        self.auto_backup.failed.connect(self.show_status)
        self.auto_backup.damaged.connect(self.portfolio_damaged)
        self.integrity_watch = IntegrityWatch(self)
        self.integrity_watch.damaged.connect(self.portfolio_damaged)
        self._connect_file_menu()
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionAbout.triggered.connect(self.show_about)
        # Every edit, undo and redo is announced on ``edits.changed``: the other areas
        # re-read when next shown, Home follows, the status bar counts again (once per burst).
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._after_edits)
        self.edits.changed.connect(self._edited)
        undo_stack.indexChanged.connect(self._edited)  # commands not yet on ``edits``

        self._database_label = plain_label()
        self._counts_label = plain_label()
        self.ui.statusBar.addWidget(self._database_label, 1)
        self._offline_label = plain_label(
            "The database does not answer: edits are not saved until it does (retrying)"
        )
        self._offline_label.setStyleSheet(OFFLINE_STYLE)
        self._offline_label.setVisible(False)
        self.ui.statusBar.addPermanentWidget(self._offline_label)
        self.ui.statusBar.addPermanentWidget(self._counts_label)
        self.edits.reachable.connect(self._reachable)

        settings.restore_window(self)
        self.edits.watch_others()  # other windows', processes' and colleagues' commits
        self._portfolio_changed()
        if initial_view is not None:  # only the requested area is built
            self.show_view(initial_view)
        else:
            self.show_area(registry.areas[0].key)

    def _resolve_conflict(
        self, error: ConflictError, what: str
    ) -> Mapping[tuple[str, Any, str | None], Side] | None:
        """Another user saved the same fields: ask which side wins (None: leave theirs)."""
        from pmo_desktop.gui.conflicts import ask_conflicts  # only when it happens

        return ask_conflicts(self, error, what)

    def check_integrity(self) -> None:
        """Run the full integrity check of the open portfolio on a thread (after start-up)."""
        self.integrity_watch.check(self._workspace.portfolio)

    def portfolio_damaged(self, message: str) -> None:
        """The portfolio was found damaged: nothing more is written; offer the way back."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Portfolio damaged",
            literal(message),
            QMessageBox.StandardButton.Close,
            self,
        )
        restore = box.addButton("Restore from Backup…", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self._restore_from_backup()

    def _restore_from_backup(self) -> None:
        from pmo_desktop.gui.backups.restore import choose_and_restore  # only when used

        choose_and_restore(self, self)

    # ------------------------------------------------------------------ the portfolio

    @property
    def workspace(self) -> OpenPortfolio:
        """The portfolio open in this window."""
        return self._workspace

    def switch_to(self, target: str) -> bool:
        """Open ``target`` in place of the current portfolio; False (nothing changed) if refused.

        The new portfolio is opened (and locked) before the old one is closed, so a refusal
        leaves the manager where they were.
        """
        if self._workspace.is_same_database(target):
            self.refresh()
            return True
        opened = open_interactive(self, target)
        if opened is None:
            return False
        old, self._workspace = self._workspace, opened
        self.edits.portfolio = opened.portfolio
        self.auto_backup.run_for(old.file, "exit", old.passphrase)
        old.close()
        self._rebuild_areas()
        self._portfolio_changed()
        self.show_status(f"Opened {opened.portfolio.display_name}")
        return True

    def data_replaced(self) -> None:
        """After an import: undo history no longer applies, every area re-reads."""
        self.undo_stack.clear()
        self._stale.update(self.pages)
        self.refresh()

    def replace_portfolio(self, portfolio: Portfolio) -> None:
        """Same file, new contents (after a restore): reopened engine, areas rebuilt."""
        old, self._workspace.portfolio = self._workspace.portfolio, portfolio
        self.edits.portfolio = portfolio
        old.close()
        self._rebuild_areas()
        self._portfolio_changed()

    def release(self) -> None:
        """Back up the portfolio if it changed, close it and give back its lock (at exit)."""
        self.auto_backup.stop()
        self.edits.stop_watching()
        self.auto_backup.run("exit")
        self._workspace.close()

    # ------------------------------------------------------------------ areas

    def current_area(self) -> str | None:
        """The key of the area on screen."""
        page = self.ui.areaStack.currentWidget()
        return page.spec.key if isinstance(page, AreaPage) else None

    def show_area(self, key: str) -> AreaPage:
        """Bring area ``key`` on screen, building it on first visit."""
        page = self.pages.get(key)
        if page is None:
            spec = self.registry.area(key)
            context = AreaContext(self._workspace.portfolio, self.undo_stack, self.edits)
            page = page_class(spec)(context, spec)
            self.pages[key] = page
            self.ui.areaStack.addWidget(page)
            page.refresh()
        elif key in self._stale:
            page.refresh()
        self._stale.discard(key)
        self.ui.areaStack.setCurrentWidget(page)
        self.rail.select(key)
        action = self.area_actions.get(key)
        if action is not None:
            action.setChecked(True)
        return page

    def show_view(self, name: str, area_filter: AreaFilter | None = None) -> AreaPage:
        """Show a named view (``pipeline``, ``health``…) narrowed to ``area_filter`` (a Home
        tile's; None shows it unfiltered); ValueError for an unknown name."""
        spec, view = self.registry.resolve(name)
        page = self.show_area(spec.key)
        page.show_view(view)
        page.apply_filter(area_filter)
        return page

    def refresh(self) -> None:
        """Re-read the area on screen and the status bar; other areas re-read when shown."""
        current = self.current_area()
        self._stale.update(key for key in self.pages if key != current)
        if current is not None:
            self._stale.discard(current)
            self.pages[current].refresh()
        self._update_status()

    def first_step(self, step: str) -> None:
        """A step of the first-start page: open the area and the editor or import it needs."""
        if step == "open_demo":
            from pmo_desktop.paths import data_dir
            from pmo_desktop.services.demo import demo_file

            with busy():
                path = demo_file(data_dir())
            self.switch_to(str(path))
            return
        if step in ("add_person", "import_people"):
            page = self.show_area("people")
            getattr(page, step)()
            return
        page = self.show_area("pipeline")
        getattr(page, step)()  # add_client, add_program, add_project, import_projects

    def _edited(self, changed: Changed | int) -> None:
        """An edit (or undo, redo) anywhere: every other area is stale; recount. A commit by
        another client: the area on screen re-reads too (its own edits it shows already)."""
        if isinstance(changed, Changed) and changed.external and REPLACED in changed.result:
            self.data_replaced()  # the ids on the undo list now name other records
            self.show_status("Someone replaced the whole portfolio: the undo history is cleared")
            return
        current = self.current_area()
        self._stale.update(key for key in self.pages if key != current)
        if isinstance(changed, Changed) and changed.external and current is not None:
            self._stale.add(current)
        self._status_timer.start()

    def _reachable(self, reachable: bool) -> None:
        """The database stopped (or started again) answering: a banner says so meanwhile."""
        self._offline_label.setVisible(not reachable)
        if reachable:
            self.show_status("The database answers again")
            self.refresh()

    def _after_edits(self) -> None:
        current = self.current_area()
        page = self.pages.get(current) if current else None
        if page is not None and (page.follows_every_edit or current in self._stale):
            self._stale.discard(current)
            page.refresh()
        self._update_status()

    def _rebuild_areas(self) -> None:
        current = self.current_area() or self.registry.areas[0].key
        self.undo_stack.clear()
        for page in self.pages.values():
            self.ui.areaStack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._stale.clear()
        self.show_area(current)

    # ------------------------------------------------------------------ menus and status

    def _build_view_menu(self) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}
        first = self.ui.actionRefresh
        for number, spec in enumerate(self.registry.areas, start=1):
            action = QAction(spec.title, self)
            action.setCheckable(True)
            if number <= MAX_AREA_SHORTCUTS:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=spec.key: self.show_area(k))
            self.ui.menuView.insertAction(first, action)
            actions[spec.key] = action
        self.ui.menuView.insertSeparator(first)
        self._area_group = QActionGroup(self)
        self._area_group.setExclusive(True)
        for action in actions.values():
            self._area_group.addAction(action)
        return actions

    def _build_edit_menu(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = [
            QKeySequence("Ctrl+Shift+Z"),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        ]
        unique = list(dict.fromkeys(k.toString() for k in redo_keys))
        self.redo_action.setShortcuts([QKeySequence(k) for k in unique])
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)

    def _connect_file_menu(self) -> None:
        ui, actions = self.ui, self.file_actions
        ui.actionNewPortfolio.triggered.connect(actions.new_portfolio)
        ui.actionOpenPortfolio.triggered.connect(actions.open_portfolio)
        ui.menuOpenRecent.aboutToShow.connect(lambda: actions.fill_recent_menu(ui.menuOpenRecent))
        ui.actionImportJson.triggered.connect(actions.import_json)
        ui.actionExportJson.triggered.connect(actions.export_json)
        ui.actionBackupNow.triggered.connect(actions.backup_now)
        self.restore_action = QAction("&Restore from Backup…", self)
        self.restore_action.triggered.connect(self._restore_from_backup)
        entries = ui.menuFile.actions()
        after = entries[entries.index(ui.actionBackupNow) + 1]
        ui.menuFile.insertAction(after, self.restore_action)
        self.data_menu = DataMenu(self, self, ui.menuFile, self.restore_action)
        ui.actionQuit.triggered.connect(self.close)

    def about_dialog(self) -> AboutDialog:
        """The About box for the open portfolio (not yet shown)."""
        from pmo_desktop.gui.about import AboutDialog  # built on demand: not a start-up cost

        return AboutDialog(self._workspace.portfolio.display_name, self)

    def show_about(self) -> None:
        """Help → About."""
        self.about_dialog().exec()

    def show_status(self, message: str) -> None:
        """A transient message in the status bar."""
        self.ui.statusBar.showMessage(message, STATUS_MESSAGE_MS)

    def _portfolio_changed(self) -> None:
        portfolio = self._workspace.portfolio
        self.setWindowTitle(f"{portfolio.display_name} — {APP_NAME}")
        self._database_label.setText(portfolio.display_name)
        self._database_label.setToolTip(literal(portfolio.display_name))
        self.ui.actionBackupNow.setEnabled(portfolio.file is not None)
        self.restore_action.setEnabled(portfolio.file is not None)
        reopen = self._workspace.reopen_target
        if reopen is not None:
            self.settings.remember_database(reopen)
        self._update_status()

    def _update_status(self) -> None:
        with unit_of_work(self._workspace.portfolio.sessions) as session:
            self._counts_label.setText(counts_text(summary(session)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Below ``COMPACT_RAIL_BELOW`` pixels wide the rail shows icons only."""
        self.rail.set_compact(event.size().width() < COMPACT_RAIL_BELOW)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry on the way out."""
        self.settings.save_window(self)
        super().closeEvent(event)
