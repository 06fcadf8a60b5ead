"""Small read-only tables beside the grid: scenario delta and open demand per role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.services.staffing import RoleDemand
from pmo_desktop.services.staffing_actuals import ActualRow
from pmo_desktop.services.staffing_scenarios import DeltaRow

ModelIndex = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.cell(self.items[index.row()], index.column(), role)

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What one cell shows for ``role``."""
        return None


class DeltaModel(_ListModel):
    """Per person and week: plan hours, scenario hours and the difference."""

    headers = ("Person", "Week", "Plan h", "Scenario h", "Δ h")

    def cell(self, item: DeltaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.person,
                f"{item.week:%d %b %Y}",
                f"{item.plan_hours:g}",
                f"{item.scenario_hours:g}",
                f"{item.delta:+g}",
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(QColor("#1f7a45" if item.delta > 0 else "#b3261e"))
        return None


class DemandModel(_ListModel):
    """Open placeholder hours per role over the loaded weeks."""

    headers = ("Role", "Open hours")

    def cell(self, item: RoleDemand, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.role.full_title, f"{item.hours:g}")[column]
        return None


class ActualsPreviewModel(_ListModel):
    """What a timesheet import would write."""

    headers = ("Person", "Project", "Week", "Hours", "Billable", "Lines")

    def cell(self, item: ActualRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.person,
                item.project,
                f"{item.week:%d %b %Y}",
                f"{item.hours:g}",
                "yes" if item.billable else "no",
                ", ".join(str(n) for n in item.lines),
            )[column]
        return None
