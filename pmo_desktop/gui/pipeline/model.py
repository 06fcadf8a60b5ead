"""The project table model: ``ProjectRow`` DTOs shown as a sortable, read-only table."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pmo_desktop.domain.money import format_cents
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.pipeline.board import PipelineCard
from pmo_desktop.services.portfolio import ProjectRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving each cell a value that sorts right (cents, ordinals, casefolded text)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the whole ``ProjectRow`` of a cell."""

UNDATED = date.max.toordinal()  # undated projects sort after every dated one
ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in display order."""

    PROJECT = 0
    CLIENT = 1
    PROGRAM = 2
    STAGE = 3
    PM = 4
    START = 5
    END = 6
    BUDGET = 7
    WIN = 8
    PRIORITY = 9
    HEALTH = 10


HEADERS = {
    Column.PROJECT: "Project",
    Column.CLIENT: "Client",
    Column.PROGRAM: "Program",
    Column.STAGE: "Stage",
    Column.PM: "PM",
    Column.START: "Start",
    Column.END: "End",
    Column.BUDGET: "Budget",
    Column.WIN: "Win %",
    Column.PRIORITY: "Priority",
    Column.HEALTH: "Health",
}
COLUMNS = tuple(Column)
COLUMN_COUNT = len(COLUMNS)
NUMERIC = frozenset({Column.BUDGET, Column.WIN, Column.PRIORITY})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def display_text(row: ProjectRow, column: Column) -> str:
    """What a cell shows."""
    match column:
        case Column.PROJECT:
            return row.name
        case Column.CLIENT:
            return row.client
        case Column.PROGRAM:
            return row.program
        case Column.STAGE:
            return row.stage.label
        case Column.PM:
            return row.pm or "—"
        case Column.START:
            return _date_text(row.start_date)
        case Column.END:
            return _date_text(row.end_date)
        case Column.BUDGET:
            return format_cents(row.budget_cents)
        case Column.WIN:
            return f"{row.win_probability}%"
        case Column.PRIORITY:
            return str(row.priority)
        case Column.HEALTH:
            rag = getattr(row, "health", None)
            return rag.value.capitalize() if rag else "—"


def sort_key(row: ProjectRow, column: Column) -> int | str:
    """The value a cell sorts by: numbers as numbers, stages in board order, text casefolded."""
    match column:
        case Column.STAGE:
            return row.stage.order
        case Column.START:
            return row.start_date.toordinal() if row.start_date else UNDATED
        case Column.END:
            return row.end_date.toordinal() if row.end_date else UNDATED
        case Column.BUDGET:
            return row.budget_cents
        case Column.WIN:
            return row.win_probability
        case Column.PRIORITY:
            return row.priority
        case Column.HEALTH:
            rag = getattr(row, "health", None)
            return -1 if rag is None else rag.severity
        case _:
            return display_text(row, column).casefold()


class ProjectTableModel(QAbstractTableModel):
    """Read-only table over a list of ``ProjectRow``; replace the rows with ``set_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # ProjectRow or PipelineCard (same fields)
        self._sort: tuple[Column, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[ProjectRow] | list[PipelineCard]) -> None:
        """Show ``rows`` instead of the current ones (in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves by one column's sort key.

        Sorting here, with Python's key sort, takes a millisecond for a thousand projects;
        a sorting proxy would call ``data`` tens of thousands of times.
        """
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._sort = (COLUMNS[column], order)
        self._apply_sort()
        position = {row.id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[pid], col) for pid, col in keys]
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        self._rows.sort(
            key=lambda row: sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def update_row(self, new: ProjectRow | PipelineCard) -> None:
        """Replace the row of the same project (after a move or an edit)."""
        for i, old in enumerate(self._rows):
            if old.id == new.id:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMN_COUNT - 1))
                return

    def row_index(self, project_id: int) -> int | None:
        """The table row of a project, if shown."""
        for i, row in enumerate(self._rows):
            if row.id == project_id:
                return i
        return None

    def row_at(self, row: int) -> ProjectRow:
        """The project on table row ``row`` (a ``PipelineCard`` has the same fields)."""
        found: ProjectRow = self._rows[row]
        return found

    def rows(self) -> list[ProjectRow]:
        """Every project shown, in source order."""
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of projects (0 under any valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, sort value or the whole row, depending on ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in NUMERIC else LEFT
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.HEALTH:
            return literal(getattr(row, "health_why", None) or "Health applies from Approved on.")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.PROJECT:
            return literal(f"{row.name} — {row.client} / {row.program}")
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles; numeric columns are right-aligned like their cells."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in NUMERIC else LEFT
        return None
