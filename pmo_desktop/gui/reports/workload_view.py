"""The Workload & priorities tab: the team's projects in priority order with hours asked
and staffed per week (red where roles are still open); dragging rows or the move buttons
store a new order, undoably."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout

from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.models import WorkloadModel
from pmo_desktop.gui.reports.tab import ReportsTab, selected_row, table
from pmo_desktop.services.reports import workload

#: Weeks shown, from this one.
WORKLOAD_WEEKS = 8


class WorkloadTab(ReportsTab):
    """The team's projects by priority with demand vs supply per week; drag to reorder."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.today: date | None = None
        self.model = WorkloadModel()
        self.model.order_requested.connect(self.reorder)
        self.view = table(self.model, stretch=1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.up_button = QPushButton("Move up")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("Move down")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        note = plain_label(
            "Drag projects to change their priority. Each week shows hours asked "
            "(people + open roles) / hours staffed; red where roles are still open."
        )
        note.setProperty("role", "note")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)

    def refresh(self) -> None:
        """Re-read the ranking and the hours."""
        first = monday_of(self.today or date.today())
        weeks = [first + timedelta(weeks=i) for i in range(WORKLOAD_WEEKS)]
        rows = self.context.edits.read(lambda s: workload.workload(s, weeks))
        self.model.set_rows(rows, weeks)

    def reorder(self, order: list[int]) -> None:
        """Store a new priority order (undoable)."""
        self.applied(commands.reorder(self.context.edits, order))

    def move_selected(self, step: int) -> None:
        """Move the selected project one place up or down."""
        row = selected_row(self.view)
        if row is None:
            return
        target = row + step
        order = self.model.order()
        if not 0 <= target < len(order):
            return
        new = list(order)
        new[row], new[target] = new[target], new[row]
        self.reorder(new)
        self.view.selectRow(target)
