"""Deleting clients, programs and projects from the pipeline page, undoably.

One Delete action (the Del key on the board, the table and the health list; the Delete…
button's menu; the context menus) deletes what is selected, after a confirmation that
counts every row that goes with it. The delete is one edit (``commands.delete_record``):
undo puts back every row of every area with its id (``services.deletion``).

The actions know nothing of the page: it tells them what is selected (``selected``), what
the filter row chose (``chosen``) and where to say a refusal (``show_error``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.confirm import ask_confirmation
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.board import PipelineBoard
from pmo_desktop.gui.pipeline.board_model import CARD_ROLE
from pmo_desktop.gui.pipeline.model import ROW_ROLE
from pmo_desktop.gui.pipeline.new_menu import ErrorSink
from pmo_desktop.services import deletion
from pmo_desktop.services.pipeline.board import PipelineCard

Target = tuple[str, int]  # ("client" | "program" | "project", id)
Confirm = Callable[[str, str, QWidget | None], bool]
NOTHING_SELECTED = (
    "Select a project on the board or in the table (or a program in the health view) to "
    "delete it; a client or program chosen in the filters can be deleted from the Delete… menu."
)


def table_selection(table: QTableView) -> Target | None:
    """The project selected in the project table."""
    indexes = table.selectionModel().selectedRows() or [table.currentIndex()]
    row = indexes[0].data(ROW_ROLE) if indexes[0].isValid() else None
    return ("project", row.id) if row is not None else None


def board_selection(board: PipelineBoard) -> Target | None:
    """The project whose card is selected on the board (the focused column first)."""
    lists = [column.list for column in board.columns.values()]
    focused = QApplication.focusWidget()
    ordered = [v for v in lists if v is focused] + [v for v in lists if v is not focused]
    for view in ordered:
        index = view.currentIndex()
        if index.isValid() and view.selectionModel().isSelected(index):
            card = index.data(CARD_ROLE)
            if isinstance(card, PipelineCard):
                return ("project", card.id)
    return None


class DeleteActions:
    """The page's Delete action, its menu and context-menu entries, and what they delete."""

    def __init__(
        self,
        context: AreaContext,
        parent: QWidget,
        *,
        selected: Callable[[], Target | None],
        chosen: Callable[[str], Target | None],
        show_error: ErrorSink,
        clear_error: Callable[[], None],
    ) -> None:
        self.context = context
        self.parent = parent
        self._selected = selected
        self._chosen = chosen
        self.show_error = show_error
        self.clear_error = clear_error
        #: Asks before deleting; tests replace it.
        self.confirm: Confirm = ask_confirmation
        self.action = QAction("&Delete selected…", parent)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip("Delete the selected project or program, with what depends on it")
        self.action.triggered.connect(self.delete_selected)

        self.menu = QMenu(parent)
        self.menu.addAction(self.action)
        self.client_action = self.menu.addAction(
            "Delete the c&lient chosen in the filter…", lambda: self.delete_chosen("client")
        )
        self.program_action = self.menu.addAction(
            "Delete the pro&gram chosen in the filter…", lambda: self.delete_chosen("program")
        )
        self.menu.aboutToShow.connect(self._enable)
        self.button = QPushButton("&Delete…", parent)
        self.button.setObjectName("deleteButton")
        self.button.setToolTip("Delete a project, program or client (undoable)")
        self.button.setMenu(self.menu)

    def watch(self, view: QWidget) -> None:
        """Let the Del key delete in ``view`` (the board, the table, the health list)."""
        view.addAction(self.action)

    def watch_table(self, table: QTableView, open_project: Callable[[int], None]) -> None:
        """The Del key and a context menu (open, delete) on the project table."""
        self.watch(table)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self._table_menu(table, pos, open_project)
        )

    def watch_board(self, board: PipelineBoard) -> None:
        """The Del key on the board and a Delete entry in each card's menu."""
        self.watch(board)
        board.card_menu_extras.append(self._add_to_card_menu)

    # ------------------------------------------------------------------ what to delete

    def selected(self) -> Target | None:
        """The project or program selected in the view on screen."""
        return self._selected()

    # ------------------------------------------------------------------ deleting

    def delete_selected(self) -> None:
        """Delete what is selected (asks first)."""
        target = self.selected()
        if target is None:
            self.show_error(ValidationError(NOTHING_SELECTED, None))
            return
        self.delete(target)

    def delete_chosen(self, kind: str) -> None:
        """Delete the client or program chosen in the filter row (asks first)."""
        target = self._chosen(kind)
        if target is None:
            self.show_error(ValidationError(f"choose a {kind} in the filter first", kind))
            return
        self.delete(target)

    def delete(self, target: Target) -> None:
        """Count what goes with ``target``, confirm, and run the undoable delete."""
        kind, record_id = target
        try:
            impact = self.context.edits.read(lambda s: deletion.deletion_impact(s, kind, record_id))
        except ValidationError as err:
            self.show_error(err)
            return
        if not self.confirm(f"Delete {kind}", impact.summary, self.parent):
            return
        self.clear_error()
        outcome = commands.delete_record(self.context.edits, kind, record_id, impact.name)
        if outcome.error is not None:
            self.show_error(outcome.error)

    # ------------------------------------------------------------------ menus

    def _enable(self) -> None:
        self.action.setEnabled(True)
        self.client_action.setEnabled(self._chosen("client") is not None)
        self.program_action.setEnabled(self._chosen("program") is not None)

    def _table_menu(
        self, table: QTableView, pos: QPoint, open_project: Callable[[int], None]
    ) -> None:
        row = table.indexAt(pos).data(ROW_ROLE)
        if row is None:
            return
        menu = QMenu(table)
        menu.addAction("&Open…", lambda: open_project(row.id))
        menu.addAction(f"&Delete project “{row.name}”…", lambda: self.delete(("project", row.id)))
        menu.exec(table.viewport().mapToGlobal(pos))

    def _add_to_card_menu(self, menu: QMenu, card: PipelineCard) -> None:
        menu.addSeparator()
        menu.addAction("&Delete project…", lambda: self.delete(("project", card.id)))
