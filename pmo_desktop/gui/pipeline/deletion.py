"""Deleting clients, programs and projects from the pipeline page, undoably.

One Delete action (the Del key on the board, the table and the health list; the Delete…
button's menu; the context menus) deletes what is selected, after a confirmation that
counts every row that goes with it. The delete is a command on the undo stack: undo puts
back every row of every area with its id (``services.deletion``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QPushButton,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.confirm import ask_confirmation
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.gui.pipeline.board_model import CARD_ROLE
from pmo_desktop.gui.pipeline.model import ROW_ROLE
from pmo_desktop.services import deletion
from pmo_desktop.services.deletion import DeletedRecord
from pmo_desktop.services.pipeline.board import PipelineCard
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

if TYPE_CHECKING:
    from pmo_desktop.gui.pipeline.page import PipelinePage

Target = tuple[str, int]  # ("client" | "program" | "project", id)
Confirm = Callable[[str, str, QWidget | None], bool]
NOTHING_SELECTED = (
    "Select a project on the board or in the table (or a program in the health view) to "
    "delete it; a client or program chosen in the filters can be deleted from the Delete… menu."
)


class DeleteRecordCommand(GuardedCommand):
    """Delete a client, program or project with everything depending on it; undo restores."""

    def __init__(
        self,
        portfolio: Portfolio,
        target: Target,
        name: str,
        *,
        on_done: Callable[[], None],
        on_error: Callable[[ValidationError], None],
    ) -> None:
        super().__init__(f"Delete {target[0]} “{name}”")
        self.portfolio = portfolio
        self.target = target
        self.on_done = on_done
        self.on_error = on_error
        self.record: DeletedRecord | None = None

    def redo(self) -> None:
        """Delete (again, after an undo)."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                self.record = deletion.delete_record(session, *self.target)
        except ValidationError as err:
            self.setObsolete(True)
            self.on_error(err)
            return
        self.on_done()

    def undo(self) -> None:
        """Put back every row the delete took, with its id."""
        if self.record is None:
            return
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                deletion.restore_record(session, self.record)
        except ValidationError as err:
            self.setObsolete(True)  # still deleted: the stack must not offer to delete it again
            self.on_error(err)
            return
        self.on_done()


class DeleteActions:
    """The page's Delete action, its menu and context-menu entries, and what they delete."""

    def __init__(self, page: PipelinePage) -> None:
        self.page = page
        #: Asks before deleting; tests replace it.
        self.confirm: Confirm = ask_confirmation
        self.action = QAction("&Delete selected…", page)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip("Delete the selected project or program, with what depends on it")
        self.action.triggered.connect(self.delete_selected)
        table = page.ui.projectTable
        for widget in (table, page.board):
            widget.addAction(self.action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        page.board.card_menu_extras.append(self._add_to_card_menu)

        self.menu = QMenu(page)
        self.menu.addAction(self.action)
        self.client_action = self.menu.addAction(
            "Delete the c&lient chosen in the filter…", lambda: self.delete_chosen("client")
        )
        self.program_action = self.menu.addAction(
            "Delete the pro&gram chosen in the filter…", lambda: self.delete_chosen("program")
        )
        self.menu.aboutToShow.connect(self._enable)
        self.button = QPushButton("&Delete…", page)
        self.button.setObjectName("deleteButton")
        self.button.setToolTip("Delete a project, program or client (undoable)")
        self.button.setMenu(self.menu)
        header = page.ui.headerLayout
        header.insertWidget(header.indexOf(page.ui.newProjectButton) + 1, self.button)

    def watch(self, view: QAbstractItemView) -> None:
        """Let the Del key delete in another list of the page (the health list)."""
        view.addAction(self.action)

    # ------------------------------------------------------------------ what to delete

    def selected(self) -> Target | None:
        """The project or program selected in the view on screen."""
        page = self.page
        if page.current_view == "health":
            panel = page.panel("health")
            row = panel.selected_row()  # type: ignore[attr-defined]
            return None if row is None else (row.kind, row.id)
        if page.current_view == "table":
            table = page.ui.projectTable
            indexes = table.selectionModel().selectedRows() or [table.currentIndex()]
            row = indexes[0].data(ROW_ROLE) if indexes[0].isValid() else None
            return ("project", row.id) if row is not None else None
        if page.current_view == "board":
            return self._board_selection()
        return None

    def _board_selection(self) -> Target | None:
        lists = [column.list for column in self.page.board.columns.values()]
        focused = QApplication.focusWidget()
        ordered = [v for v in lists if v is focused] + [v for v in lists if v is not focused]
        for view in ordered:
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                card = index.data(CARD_ROLE)
                if isinstance(card, PipelineCard):
                    return ("project", card.id)
        return None

    def _chosen(self, kind: str) -> Target | None:
        combo = self.page.ui.clientFilter if kind == "client" else self.page.ui.programFilter
        card = self.page._card_where(kind, combo.currentData())
        if card is None:
            return None
        return (kind, card.client_id if kind == "client" else card.program_id)

    # ------------------------------------------------------------------ deleting

    def delete_selected(self) -> None:
        """Delete what is selected (asks first)."""
        target = self.selected()
        if target is None:
            self.page.show_error(ValidationError(NOTHING_SELECTED, None))
            return
        self.delete(target)

    def delete_chosen(self, kind: str) -> None:
        """Delete the client or program chosen in the filter row (asks first)."""
        target = self._chosen(kind)
        if target is None:
            self.page.show_error(ValidationError(f"choose a {kind} in the filter first", kind))
            return
        self.delete(target)

    def delete(self, target: Target) -> None:
        """Count what goes with ``target``, confirm, and push the undoable delete."""
        portfolio = self.page.context.portfolio
        try:
            with unit_of_work(portfolio.sessions) as session:
                impact = deletion.deletion_impact(session, *target)
        except ValidationError as err:
            self.page.show_error(err)
            return
        if not self.confirm(f"Delete {target[0]}", impact.summary, self.page):
            return
        self.page.banner.hide()
        self.page.context.undo_stack.push(
            DeleteRecordCommand(
                portfolio,
                target,
                impact.name,
                on_done=self.page.refresh,
                on_error=self.page.show_error,
            )
        )

    # ------------------------------------------------------------------ menus

    def _enable(self) -> None:
        self.action.setEnabled(True)
        self.client_action.setEnabled(self._chosen("client") is not None)
        self.program_action.setEnabled(self._chosen("program") is not None)

    def _table_menu(self, pos: QPoint) -> None:
        table = self.page.ui.projectTable
        row = table.indexAt(pos).data(ROW_ROLE)
        if row is None:
            return
        menu = QMenu(table)
        menu.addAction("&Open…", lambda: self.page.open_project(row.id))
        menu.addAction(f"&Delete project “{row.name}”…", lambda: self.delete(("project", row.id)))
        menu.exec(table.viewport().mapToGlobal(pos))

    def _add_to_card_menu(self, menu: QMenu, card: PipelineCard) -> None:
        menu.addSeparator()
        menu.addAction("&Delete project…", lambda: self.delete(("project", card.id)))
