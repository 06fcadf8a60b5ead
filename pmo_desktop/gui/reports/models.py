"""Table models of the Reports area over service DTO lists.

Edits never change a model directly: checkable cells and drops emit a request signal, the
tab runs the edit (``commands``), and the model is repainted from the ``Change`` it
broadcasts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.row_model import RAG_TEXT
from pmo_desktop.gui.row_model import RowModel as SharedRowModel
from pmo_desktop.services.reports.adherence import ChecklistWeek
from pmo_desktop.services.reports.workload import WorkloadRow, move_in_ranking

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
TONE_TEXT = RAG_TEXT
GAP_BACKGROUND = "#f6d3cf"
FULL_BACKGROUND = "#d7ecdc"
PROJECT_MIME = "application/x-pmo-workload-projects"


class RowModel(SharedRowModel[T]):
    """The shared DTO table, with numbered rows as the Reports lists show them."""

    numbered = True


class ChecklistModel(QAbstractTableModel):
    """A project's checklist: items × weeks, each cell ticked or not."""

    tick_requested = Signal(int, object, bool)  # item id, week, ticked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: ChecklistWeek | None = None

    def set_grid(self, grid: ChecklistWeek | None) -> None:
        """Show ``grid`` (same shape → dataChanged, otherwise a reset)."""
        old = self.grid
        if (
            old is not None
            and grid is not None
            and old.items == grid.items
            and old.weeks == grid.weeks
            and grid.items
            and grid.weeks
        ):
            self.grid = grid
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(grid.items) - 1, len(grid.weeks) - 1)
            )
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Checklist items."""
        return 0 if parent.isValid() or self.grid is None else len(self.grid.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Weeks."""
        return 0 if parent.isValid() or self.grid is None else len(self.grid.weeks)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Weeks across, items down."""
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.grid.weeks):
            return f"{self.grid.weeks[section]:%d %b}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid.items):
            return self.grid.items[section].title
        return None

    def counts(self, index: ModelIndex) -> bool:
        """True when the cell's item is on the checklist in the cell's week."""
        cell = self._cell(index)
        if cell is None or self.grid is None:
            return False
        return self.grid.counts(self.grid.items[index.row()], cell[1])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Cells of weeks the item is on the checklist can be ticked; others are greyed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.counts(index):
            return Qt.ItemFlag.ItemIsSelectable
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def _cell(self, index: ModelIndex) -> tuple[int, date] | None:
        if self.grid is None or not index.isValid():
            return None
        if not (
            0 <= index.row() < len(self.grid.items) and 0 <= index.column() < len(self.grid.weeks)
        ):
            return None
        return self.grid.items[index.row()].id, self.grid.weeks[index.column()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A checkbox per cell."""
        cell = self._cell(index)
        if cell is None or self.grid is None:
            return None
        item = self.grid.items[index.row()]
        if not self.grid.counts(item, cell[1]):
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return literal(
                    f"{item.title} was not on the checklist in the week of {cell[1]:%d %b %Y}"
                )
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if cell in self.grid.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(f"{item.title} — week of {cell[1]:%d %b %Y}")
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the tick (the page applies it as an undoable command)."""
        cell = self._cell(index)
        if cell is None or role != Qt.ItemDataRole.CheckStateRole or not self.counts(index):
            return False
        self.tick_requested.emit(cell[0], cell[1], Qt.CheckState(value) == Qt.CheckState.Checked)
        return False


class WorkloadModel(QAbstractTableModel):
    """Projects by rank with demand / supply hours per week; rows reorder by drag and drop."""

    order_requested = Signal(object)  # the new list of project ids, rank 1 first
    FIXED = ("#", "Project", "Client", "Stage", "PM", "Gap h")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkloadRow] = []
        self.weeks: tuple[date, ...] = ()

    def set_rows(self, rows: Sequence[WorkloadRow], weeks: Sequence[date]) -> None:
        """Show ``rows`` over ``weeks``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.weeks = tuple(weeks)
        self.endResetModel()

    def rows(self) -> list[WorkloadRow]:
        """The rows, rank order."""
        return list(self._rows)

    def order(self) -> list[int]:
        """Project ids in rank order."""
        return [r.project_id for r in self._rows]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Projects."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns plus one per week."""
        return 0 if parent.isValid() else len(self.FIXED) + len(self.weeks)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Fixed headers, then ``dd Mon`` per week."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self.FIXED):
                return self.FIXED[section]
            week = section - len(self.FIXED)
            if 0 <= week < len(self.weeks):
                return f"{self.weeks[week]:%d %b}"
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(self.FIXED):
            return "Hours asked (staffed + open roles) / hours staffed with named people"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Rank, names, and demand/supply per week coloured by the gap."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        c = index.column()
        week = c - len(self.FIXED)
        if role == Qt.ItemDataRole.DisplayRole:
            if c < len(self.FIXED):
                gap = row.gap
                return (
                    str(row.rank),
                    row.name,
                    row.client,
                    row.stage.label,
                    row.pm or "—",
                    f"{gap:g}" if gap > 0.05 else "",
                )[c]
            demand, supply = row.demand[week], row.supply[week]
            if not demand and not supply:
                return ""
            return f"{demand:g} / {supply:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole and (c == 0 or c >= len(self.FIXED) - 1):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and week >= 0:
            demand, supply = row.demand[week], row.supply[week]
            if demand - supply > 0.05:
                return QBrush(QColor(GAP_BACKGROUND))
            if demand and abs(demand - supply) <= 0.05:
                return QBrush(QColor(FULL_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and week >= 0:
            return QBrush(QColor("#1d2733"))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Rows drag; drops land between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows move."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Project ids as JSON."""
        return [PROJECT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged projects' ids, in rank order."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = [self._rows[r].project_id for r in rows]
        data.setData(PROJECT_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Only our own project ids."""
        return data.hasFormat(PROJECT_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Ask for the new order; returns False so the view removes nothing itself."""
        if action == Qt.DropAction.IgnoreAction or not data.hasFormat(PROJECT_MIME):
            return False
        try:
            ids = [int(v) for v in json.loads(bytes(data.data(PROJECT_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        order = self.order()
        new = move_in_ranking(order, [i for i in ids if i in set(order)], row)
        if new != order:
            self.order_requested.emit(new)
        return False
