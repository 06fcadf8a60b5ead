"""What every table tab of a person (goals, feedback, onboarding, time off) is built from:
a read-only sortable table over a ``RowModel``, and the tab around it with a note and its
buttons. A tab reads through the area's context and edits through ``gui.people.commands``;
it repaints when the page tells it to (after every People edit, undo and redo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Edits
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import SORT_ROLE, RowModel


def table_view(
    model: RowModel[Any], sortable: bool = True
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, single-row-selection table over ``model`` (through a sorting proxy)."""
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if sortable:
        # Rows arrive in the service's order; sorting starts when a header is clicked, so
        # opening a person with hundreds of entries does not sort them first.
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)

        def sort(column: int) -> None:
            order = (
                Qt.SortOrder.DescendingOrder
                if header.isSortIndicatorShown()
                and header.sortIndicatorSection() == column
                and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicatorShown(True)
            header.setSortIndicator(column, order)
            proxy.sort(column, order)

        header.sectionClicked.connect(sort)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class PersonTab(QWidget):
    """A tab about one person: its content, then a note and buttons along the bottom."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.buttons = QHBoxLayout()
        self.note = plain_label()
        self.note.setProperty("role", "note")
        self.buttons.addWidget(self.note, 1)

    @property
    def edits(self) -> Edits:
        """The window's edit runner (reads and undoable edits)."""
        return self.context.edits

    def button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """Add a button along the bottom."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def set_person(self, person_id: int | None) -> None:
        """Show another person."""
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read from the database."""
