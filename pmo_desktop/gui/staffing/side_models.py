"""Small tables beside the grid and in its dialogs: scenario delta, open demand per role,
timesheet preview, and the conflicts of applying a scenario (with the side that wins)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.services.staffing.actuals import ActualRow
from pmo_desktop.services.staffing.grid import RoleDemand
from pmo_desktop.services.staffing.scenarios import DeltaRow, MergeConflict
from pmo_desktop.services.staffing.tables import CellKey

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


class ConflictModel(_ListModel):
    """Cells both the scenario and the plan changed: plan now, scenario, and a check box
    saying the scenario wins (unchecked keeps the plan)."""

    headers = ("Person", "Project", "Week", "Plan now h", "Scenario h", "Scenario wins")
    WINS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wins: set[CellKey] = set()

    def set_all(self, scenario_wins: bool) -> None:
        """Choose the same side for every conflict."""
        self.wins = {item.key for item in self.items} if scenario_wins else set()
        if self.items:
            self.dataChanged.emit(
                self.index(0, self.WINS), self.index(len(self.items) - 1, self.WINS)
            )

    def cell(self, item: MergeConflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WINS:
                return "scenario" if item.key in self.wins else "plan"
            return (
                item.person,
                item.project,
                f"{item.week:%d %b %Y}",
                f"{item.plan_hours:g}",
                f"{item.scenario_hours:g}",
            )[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.WINS:
            return Qt.CheckState.Checked if item.key in self.wins else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"When the scenario started: {item.base_hours:g} h. Since then the plan "
                f"changed it to {item.plan_hours:g} h and the scenario to "
                f"{item.scenario_hours:g} h."
            )
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.WINS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.WINS
            or not 0 <= index.row() < len(self.items)
        ):
            return False
        key = self.items[index.row()].key
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.wins.add(key)
        else:
            self.wins.discard(key)
        self.dataChanged.emit(index, index)
        return True
