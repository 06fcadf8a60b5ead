"""Small read-only table models of the RAID area: actions, history, the escalation log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.domain.risk import SEVERITY_LABELS
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.raid.escalations import EscalationRow
from pmo_desktop.services.raid.register import ActionRow, ChangeRow

ModelIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LATE = QColor("#c0392b")
FIELD_NAMES = {
    "score": "Score (P×I)",
    "status": "Status",
    "owner": "Owner",
    "response": "Response",
    "due_date": "Due date",
    "title": "Title",
    "converted": "Converted",
}


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A flat read-only table over a list of DTOs, one function per column."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Sequence[Callable[[T], str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = list(cells)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The DTO on row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the row DTO, or a colour from ``decorate``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.column()](row)
        if role == ROW_ROLE:
            return row
        return self.decorate(row, index.column(), role)

    def decorate(self, row: T, column: int, role: int) -> Any:
        """Extra roles (colour, tooltip) for subclasses."""
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def _day(value: Any) -> str:
    return value.strftime("%d %b %Y") if value else ""


class ActionsModel(ListTableModel[ActionRow]):
    """Mitigation or preventive actions: done, what, owner, due; late ones in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ("Done", "Action", "Owner", "Due"),
            (
                lambda a: "✓" if a.done else "",
                lambda a: a.description,
                lambda a: a.owner or "Unassigned",
                lambda a: _day(a.due_date) + (" — late" if a.overdue else ""),
            ),
            parent,
        )

    def decorate(self, row: ActionRow, column: int, role: int) -> Any:
        """Late actions in red; done ones greyed."""
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == 3:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return literal(row.description)
        return None


class HistoryModel(ListTableModel[ChangeRow]):
    """The change history: when, who, what changed, from, to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ("When (UTC)", "Who", "What", "From", "To"),
            (
                lambda c: c.changed_at.strftime("%d %b %Y %H:%M"),
                lambda c: c.changed_by,
                lambda c: FIELD_NAMES.get(c.field, c.field),
                lambda c: _value(c.field, c.old_value),
                lambda c: _value(c.field, c.new_value),
            ),
            parent,
        )


def _value(field: str, text: str | None) -> str:
    if field == "score":
        return _score(text)
    if field in ("status", "response") and text:
        return text.capitalize()
    return text or "—"


def _score(text: str | None) -> str:
    if not text:
        return "—"
    p, _, i = text.partition("×")
    try:
        return f"{p}×{i} = {int(p) * int(i)}"
    except ValueError:
        return text


class EscalationLogModel(ListTableModel[EscalationRow]):
    """The escalation log: raised, title, severity, client-facing, owner, status, cause."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                "Raised",
                "Escalation",
                "Severity",
                "Audience",
                "Raised by",
                "Owner",
                "Status",
                "Root cause",
            ),
            (
                lambda e: _day(e.raised_on),
                lambda e: e.title,
                lambda e: SEVERITY_LABELS[e.severity],
                lambda e: e.audience.label,
                lambda e: e.raised_by,
                lambda e: e.owner or "Unassigned",
                lambda e: e.status.label,
                lambda e: e.cause_category.label if e.cause_category else "Not analysed",
            ),
            parent,
        )

    def row_of(self, escalation_id: int) -> int | None:
        """Row of an escalation, or None."""
        for n, row in enumerate(self._rows):
            if row.id == escalation_id:
                return n
        return None

    def decorate(self, row: EscalationRow, column: int, role: int) -> Any:
        """Severity 1 and 2 in red; the project as the title's tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.severity <= 2:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            where = " / ".join(p for p in (row.client, row.program, row.project) if p)
            return literal(f"{row.title}\n{where}" if where else row.title)
        return None
