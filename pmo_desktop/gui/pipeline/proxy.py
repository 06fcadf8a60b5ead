"""Filtering and sorting of the project table: search text, stage and client."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.search import matches
from pmo_desktop.gui.pipeline.board_model import CardFilter
from pmo_desktop.gui.pipeline.model import SORT_ROLE, ProjectTableModel
from pmo_desktop.services.portfolio import ProjectRow


def matches_text(row: ProjectRow, needle: str) -> bool:
    """True when every word of ``needle`` is in the project, client, program or PM name."""
    return matches(needle, (row.name, row.client, row.program, row.pm))


class ProjectFilterProxy(QSortFilterProxyModel):
    """Keeps the projects that match the search text, the stage and the client chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._stage: Stage | None = None
        self._client: str | None = None
        self._filter = CardFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        """Filter as the user types, case-insensitively, across names."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: Stage | None) -> None:
        """Keep one stage only (None: every stage)."""
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_client(self, client: str | None) -> None:
        """Keep one client only (None: every client)."""
        self.beginFilterChange()
        self._client = client
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the source model (fast key sort); this proxy only filters."""
        source = self.sourceModel()
        if isinstance(source, ProjectTableModel):
            source.sort(column, order)

    def set_card_filter(self, card_filter: CardFilter) -> None:
        """Apply the board's filter (client, program, PM, health, search) to the table too."""
        rest = replace(card_filter, text="", client=None)
        needle = card_filter.text.strip().casefold()
        if (rest, needle, card_filter.client) == (self._filter, self._needle, self._client):
            return
        self.beginFilterChange()
        self._filter = replace(card_filter, text="", client=None)  # kept in their own fields
        self._needle = card_filter.text.strip().casefold()
        self._client = card_filter.client
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """True when the source row passes every filter."""
        source = self.sourceModel()
        if not isinstance(source, ProjectTableModel) or source_parent.isValid():
            return False
        row = source.row_at(source_row)
        if self._stage is not None and row.stage != self._stage:
            return False
        if self._client is not None and row.client != self._client:
            return False
        if not self._filter.accepts(row):
            return False
        return matches_text(row, self._needle)
