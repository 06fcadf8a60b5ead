"""The grid's view: frozen name column, keyboard editing, drag of cells (the model colours
the bands, hatches tentative hours and writes over-allocation as an exact percentage)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.services.staffing.tables import CellKey

NAME_WIDTH = 220


class StaffingGridView(QTableView):
    """The grid: weeks scroll, names (vertical header) stay; Delete clears; typing sets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No Python item delegate: the cells (tentative hatching included, see the model's
        # BackgroundRole) are drawn by Qt's own delegate. With the PySide6 build in use, every
        # Python override called while painting leaks a reference to None, and a
        # Python-painted grid crashed the app ("deallocating None") after a few hundred
        # scroll steps.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(86)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(26)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setFixedWidth(NAME_WIDTH)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical.sectionClicked.connect(self._toggle)
        #: Delete or Backspace on selected allocation cells (set by the page).
        self.clear_requested: Callable[[list[CellKey]], bool] | None = None

    def grid_model(self) -> StaffingGridModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, StaffingGridModel)
        return model

    def _toggle(self, row: int) -> None:
        self.grid_model().toggle(row)

    def selected_weeks(self, row: int, column: int) -> list[date]:
        """The weeks of ``row``'s selected cells when the cell (row, column) is one of them
        (a drop on a selected range covers all of it), else none."""
        selection = self.selectionModel()
        model = self.grid_model()
        if selection is None or not selection.isSelected(model.index(row, column)):
            return []
        columns = sorted(i.column() for i in selection.selectedIndexes() if i.row() == row)
        return [week for c in columns if (week := model.week_of(c)) is not None]

    def selected_cells(self) -> list[CellKey]:
        """The (person, project, week) of selected allocation cells."""
        model = self.grid_model()
        found = (model.cell_key(index) for index in self.selectedIndexes())
        return [key for key in found if key is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            if self.clear_requested is not None:
                self.clear_requested(self.selected_cells())
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:
        # The model moves the hours itself: never let Qt clear or remove the source cells.
        indexes = [i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        current = self.currentIndex()
        if current in indexes:  # the cell under the mouse anchors the drag
            indexes.remove(current)
            indexes.insert(0, current)
        if not indexes:
            return
        data = self.grid_model().mimeData(indexes)
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(supported, Qt.DropAction.MoveAction)

    def scroll_to_week(self, week: date) -> None:
        """Bring a week's column to the left edge."""
        column = self.grid_model().column_of(week)
        if column is not None:
            self.horizontalScrollBar().setValue(
                self.columnViewportPosition(column) + self.horizontalOffset()
            )

    def select_cell(self, row: int, column: int) -> None:
        """Make one cell current and selected."""
        index = self.grid_model().index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
