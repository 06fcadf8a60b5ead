"""The health list's model: programs and projects with their colours and the reasons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.evm import EarnedValue
from pmo_desktop.domain.rag import Health, Verdict
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.pipeline.health import PortfolioHealth

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex
COLOURS = {Rag.GREEN: QColor("#2e9d5b"), Rag.AMBER: QColor("#e0a100"), Rag.RED: QColor("#d64545")}
GREY = QColor("#9e9e9e")
_SEVERITY = {None: -1, Rag.GREEN: 0, Rag.AMBER: 1, Rag.RED: 2}


class HealthColumn(IntEnum):
    """Columns of the health list."""

    OVERALL = 0
    KIND = 1
    NAME = 2
    CLIENT = 3
    BUDGET = 4
    TIMELINE = 5
    SCOPE = 6
    CPI = 7
    SPI = 8
    WHY = 9


HEADERS = {
    HealthColumn.OVERALL: "Health",
    HealthColumn.KIND: "Level",
    HealthColumn.NAME: "Program / project",
    HealthColumn.CLIENT: "Client",
    HealthColumn.BUDGET: "Budget",
    HealthColumn.TIMELINE: "Timeline",
    HealthColumn.SCOPE: "Scope",
    HealthColumn.CPI: "CPI",
    HealthColumn.SPI: "SPI",
    HealthColumn.WHY: "Why",
}
VERDICT_COLUMNS = {
    HealthColumn.OVERALL: "overall",
    HealthColumn.BUDGET: "budget",
    HealthColumn.TIMELINE: "timeline",
    HealthColumn.SCOPE: "scope",
}


@dataclass(frozen=True, slots=True)
class HealthRow:
    """One line of the list: a program (rolled up) or a project in delivery."""

    kind: str  # "program" or "project"
    id: int
    name: str
    client: str
    program: str
    health: Health
    evm: EarnedValue | None
    program_id: int = 0

    @property
    def label(self) -> str:
        """What the line is called in the list."""
        return self.name if self.kind == "program" else f"{self.name}  ({self.program})"


def health_rows(health: PortfolioHealth) -> list[HealthRow]:
    """Programs with an assessed project, and every assessed project, worst first."""
    rows = [
        HealthRow("program", p.id, p.name, p.client, p.name, p.health.health, None, p.id)
        for p in health.programs
        if p.health.health.overall.rag is not None
    ]
    rows += [
        HealthRow(
            "project", r.id, r.name, r.client, r.program, r.health.health, r.evm, r.program_id
        )
        for r in health.projects.values()
        if r.health.assessed
    ]
    rows.sort(
        key=lambda r: (
            -_SEVERITY[r.health.overall.rag],
            r.kind != "program",
            r.client.casefold(),
            r.name.casefold(),
        )
    )
    return rows


def _rag_text(verdict: Verdict) -> str:
    text = verdict.rag.value.capitalize() if verdict.rag else "—"
    return f"{text} ✎" if verdict.overridden else text


def _index(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class HealthTableModel(QAbstractTableModel):
    """Read-only list of ``HealthRow``; colours as decoration, reasons as tooltips."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HealthRow] = []

    def set_rows(self, rows: list[HealthRow]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HealthRow:
        """The line on row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of lines (a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(HealthColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, colour swatches, sort keys and the reasons."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = HealthColumn(index.column())
        verdict_name = VERDICT_COLUMNS.get(column)
        verdict: Verdict | None = getattr(row.health, verdict_name) if verdict_name else None
        if role == Qt.ItemDataRole.DisplayRole:
            if verdict is not None:
                return _rag_text(verdict)
            match column:
                case HealthColumn.KIND:
                    return row.kind.capitalize()
                case HealthColumn.NAME:
                    return row.label
                case HealthColumn.CLIENT:
                    return row.client
                case HealthColumn.CPI:
                    return _index(row.evm.cpi if row.evm else None)
                case HealthColumn.SPI:
                    return _index(row.evm.spi if row.evm else None)
                case HealthColumn.WHY:
                    return row.health.overall.why
            return None
        if role == Qt.ItemDataRole.DecorationRole and verdict is not None:
            return COLOURS.get(verdict.rag, GREY) if verdict.rag else GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            if verdict is not None:
                note = " (✎ = set by the manager)" if verdict.overridden else ""
                return literal(f"{verdict.dimension.label}{note}: {verdict.why}")
            if column in (HealthColumn.CPI, HealthColumn.SPI) and row.evm is not None:
                return literal(row.evm.why)
            if column in (HealthColumn.WHY, HealthColumn.NAME):
                return literal(row.health.why)
            return None
        if role == SORT_ROLE:
            if verdict is not None:
                return _SEVERITY[verdict.rag]
            if column in (HealthColumn.CPI, HealthColumn.SPI):
                value = (
                    (row.evm.cpi if column == HealthColumn.CPI else row.evm.spi)
                    if row.evm
                    else None
                )
                return -1.0 if value is None else value
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return str(text or "").casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.kind == "program":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            HealthColumn.CPI,
            HealthColumn.SPI,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
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
            and 0 <= section < len(HealthColumn)
        ):
            return HEADERS[HealthColumn(section)]
        return None


class HealthFilterProxy(QSortFilterProxyModel):
    """Programs, projects or both; sorted by the model's sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str | None) -> None:
        """Keep "program" or "project" lines only (None: both)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Lines of the chosen level."""
        source = self.sourceModel()
        if not isinstance(source, HealthTableModel) or source_parent.isValid():
            return False
        return self._kind is None or source.row_at(source_row).kind == self._kind
