"""Filtering and sorting of the register: kind, client, program, project, owner, status,
score band, overdue only, one heatmap cell, and search as you type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.risk import RaidKind, RaidStatus
from pmo_desktop.gui.raid.model import SORT_ROLE, RaidRegisterModel
from pmo_desktop.services.raid import RaidRow


@dataclass(frozen=True)
class RegisterFilter:
    """What the register keeps; None means "any"."""

    kind: RaidKind | None = None
    client_id: int | None = None
    program_id: int | None = None
    project_id: int | None = None
    owner_id: int | None = None
    status: RaidStatus | None = None
    live_only: bool = False
    band: Rag | None = None
    overdue_only: bool = False
    cell: tuple[int, int] | None = None
    text: str = ""

    def accepts(self, row: RaidRow, haystack: str) -> bool:
        """True when ``row`` passes every filter."""
        if self.kind is not None and row.kind is not self.kind:
            return False
        if self.status is not None and row.status is not self.status:
            return False
        if self.live_only and row.status is RaidStatus.CLOSED:
            return False
        if self.client_id is not None and row.client_id != self.client_id:
            return False
        if self.program_id is not None and row.program_id != self.program_id:
            return False
        if self.project_id is not None and row.project_id != self.project_id:
            return False
        if self.owner_id is not None and row.owner_id != self.owner_id:
            return False
        if self.band is not None and row.band is not self.band:
            return False
        if self.overdue_only and not (row.overdue_actions or row.review_overdue or row.due_overdue):
            return False
        if self.cell is not None and (row.probability, row.impact) != self.cell:
            return False
        return not self.text or self.text in haystack


class RaidFilterProxy(QSortFilterProxyModel):
    """Keeps the entries that pass the current ``RegisterFilter``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = RegisterFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def current(self) -> RegisterFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, value: RegisterFilter) -> None:
        """Apply a whole filter at once."""
        if value == self._filter:
            return
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def update(self, **changes: Any) -> None:
        """Change some filters, e.g. ``update(kind=RaidKind.RISK)``."""
        if "text" in changes:
            changes["text"] = str(changes["text"]).strip().casefold()
        self.set_filter(replace(self._filter, **changes))

    def set_search_text(self, text: str) -> None:
        """Filter as the user types (title, owner, client, program, project, ID)."""
        self.update(text=text)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """True when the source row passes every filter."""
        source = self.sourceModel()
        if not isinstance(source, RaidRegisterModel) or source_parent.isValid():
            return False
        return self._filter.accepts(source.row_at(source_row), source.haystack(source_row))
