"""Editable tables inside the project editor: milestones and scope change requests.

They hold plain rows (the service's data classes) and edit them in place; nothing is saved
until the editor's Save, which sends the whole project in one unit of work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pmo_desktop.domain.enums import MilestoneStatus
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.widgets import decimal_comma
from pmo_desktop.services.pipeline.edit import MilestoneData, ScopeChangeData
from pmo_desktop.services.sheets import parse_decimal

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def parse_money(text: str, field: str) -> int | None:
    """An amount as typed in the user's locale → cents: "1,250.50" where the decimal mark is
    a point, "1.250,50" where it is a comma; a currency sign is ignored; empty → None.
    Anything that another locale would read differently is refused, never read as another
    amount ("1.250,50" is never silently 1.25)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    comma = decimal_comma()
    try:
        value = parse_decimal(cleaned, decimal_comma=comma)
    except ValueError:
        example = "1.250,50" if comma else "1,250.50"
        raise ValidationError(f"“{cleaned}” is not an amount (e.g. {example})", field) from None
    return int((value * 100).to_integral_value())


def money_text(cents: int | None) -> str:
    """Cents as the editor shows them: the user's locale, two decimals, no currency sign."""
    if cents is None:
        return ""
    return QLocale().toString(cents / 100, "f", 2)


def parse_day(text: str, field: str) -> date:
    """An ISO date (``2026-03-02``); refused otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"“{text.strip()}” is not a date (use YYYY-MM-DD)", field) from None


class RowsEditModel(QAbstractTableModel, Generic[RowT]):
    """Rows of a service data class edited in place; ``CHECK_COLUMN`` is a check box."""

    HEADERS: tuple[str, ...] = ()
    CHECK_COLUMN = -1

    def __init__(self, rows: tuple[RowT, ...] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._rows = list(rows)
        self.last_error: str | None = None

    def rows(self) -> tuple[RowT, ...]:
        """The rows as edited."""
        return tuple(self._rows)

    def _append(self, row: RowT) -> None:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()

    def _store(self, index: ModelIndex, row: RowT) -> bool:
        """Keep an accepted edit of ``index``'s row and repaint the cell."""
        self.last_error = None
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        return True

    def remove(self, row: int) -> None:
        """Remove one row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Texts are edited; the check column is a check box."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.CHECK_COLUMN:
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
        return EDITABLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None


class MilestoneEditModel(RowsEditModel[MilestoneData]):
    """Milestones being edited: name, baseline, forecast, actual, status, critical."""

    HEADERS = ("Milestone", "Baseline", "Forecast", "Actual", "Status", "Critical")
    CRITICAL = CHECK_COLUMN = 5

    def add(self, default_day: date) -> None:
        """Append a new milestone on ``default_day``."""
        self._append(MilestoneData("New milestone", default_day, default_day))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (ISO dates, status label), or the Critical check state."""
        if index.isValid() and index.column() == self.CRITICAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                critical = self._rows[index.row()].critical
                return Qt.CheckState.Checked if critical else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Timeline health is judged on the worst slip of the open critical milestones"
            return None
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        m = self._rows[index.row()]
        values = (
            m.name,
            m.baseline_date.isoformat(),
            m.forecast_date.isoformat(),
            m.actual_date.isoformat() if m.actual_date else "",
            m.status.value.replace("_", " ") if role == Qt.ItemDataRole.DisplayRole else m.status,
        )
        return values[index.column()]

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse an edit; a bad value is refused and kept in ``last_error``."""
        if not index.isValid():
            return False
        m = self._rows[index.row()]
        if index.column() == self.CRITICAL:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            return self._store(index, replace(m, critical=checked))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        try:
            match index.column():
                case 0:
                    new = replace(m, name=text)
                case 1:
                    new = replace(m, baseline_date=parse_day(text, "milestones"))
                case 2:
                    new = replace(m, forecast_date=parse_day(text, "milestones"))
                case 3:
                    new = replace(
                        m, actual_date=parse_day(text, "milestones") if text.strip() else None
                    )
                case _:
                    status = text.strip().lower().replace(" ", "_")
                    new = replace(m, status=MilestoneStatus(status))
        except (ValidationError, ValueError) as err:
            self.last_error = str(err)
            return False
        return self._store(index, new)


class ScopeChangeEditModel(RowsEditModel[ScopeChangeData]):
    """Change requests being edited: raised on, description, cost impact, approved."""

    HEADERS = ("Raised on", "Description", "Cost impact", "Approved")
    APPROVED = CHECK_COLUMN = 3

    def add(self, day: date) -> None:
        """Append a new change request raised on ``day``."""
        self._append(ScopeChangeData(day, "New change request"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, or the Approved check state."""
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if index.column() == self.APPROVED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if c.approved else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (c.raised_on.isoformat(), c.description, money_text(c.cost_impact_cents))[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse an edit; a bad value is refused and kept in ``last_error``."""
        if not index.isValid():
            return False
        c = self._rows[index.row()]
        try:
            if index.column() == self.APPROVED and role == Qt.ItemDataRole.CheckStateRole:
                checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
                new = replace(c, approved=checked)
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif index.column() == 0:
                new = replace(c, raised_on=parse_day(str(value), "scope_changes"))
            elif index.column() == 1:
                new = replace(c, description=str(value))
            else:
                cents = parse_money(str(value), "scope_changes")
                new = replace(c, cost_impact_cents=cents or 0)
        except ValidationError as err:
            self.last_error = err.message
            return False
        return self._store(index, new)
