"""A generic table model over a list of service DTOs, shared by the areas.

``RowModel`` shows any DTO list through ``Column`` definitions (text, sort value, alignment,
colour, tooltip, checkbox); a checkable column never changes data itself: it emits
``toggle_requested`` so the edit goes through an undo command, and the model is refreshed
from the service afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.gui.plain_text import literal

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Text colours for green / amber / red, readable on light and dark rows.
RAG_TEXT = {"green": "#1f7a44", "amber": "#9a6b00", "red": "#b3261e"}


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row: text, sort value, alignment, colour, tooltip, checkbox."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    right: bool = False
    colour: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    checked: Callable[[T], bool] | None = None


class RowModel(QAbstractTableModel, Generic[T]):
    """A read-only table over DTO rows; a checkable column asks for toggles by signal."""

    toggle_requested = Signal(object, bool)
    #: Number the rows in the vertical header (1, 2, 3…).
    numbered = False

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows``: same length → dataChanged, otherwise a reset."""
        rows = list(rows)
        if len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> T:
        """The DTO on model row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; row numbers when ``numbered``."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and self.numbered:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Selectable; checkable where the column has a checkbox."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort value, alignment, colour, tooltip and check state of a cell."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.right else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip is not None else None
            return literal(tip) if tip is not None else None
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A click on a checkbox asks for the toggle (an undoable edit) instead of editing."""
        if (
            index.isValid()
            and role == Qt.ItemDataRole.CheckStateRole
            and self.columns[index.column()].checked is not None
        ):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.toggle_requested.emit(self._rows[index.row()], checked)
            return True
        return False
