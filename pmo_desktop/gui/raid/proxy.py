"""Filtering and sorting of the register: kind, client, program, project, owner, status,
score band, overdue only, one heatmap cell, and search as you type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.risk import RaidKind, RaidStatus
from pmo_desktop.domain.search import matches, words
from pmo_desktop.gui.raid.models import SORT_ROLE, RaidRegisterModel
from pmo_desktop.services.raid.register import RaidRow


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
        return matches(self.text, haystack)


class RaidFilterProxy(QSortFilterProxyModel):
    """Keeps the entries that pass the current ``RegisterFilter``.

    Every row is decided in one tight loop when the filter or the register changes (the
    register model counts its changes in ``version``); Qt's per-row ``filterAcceptsRow``
    calls then read a list. While typing, only the search text is checked again: the other
    filters' answers are kept until they or the register change.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = RegisterFilter()
        self._source: RaidRegisterModel | None = None
        self._accepted: list[bool] = []
        self._version = -1
        self._base_key: tuple[Any, ...] | None = None
        self._base: list[bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def current(self) -> RegisterFilter:
        """The filter in force."""
        return self._filter

    def setSourceModel(self, source: Any) -> None:
        """Show ``source`` (a ``RaidRegisterModel``)."""
        self._source = source if isinstance(source, RaidRegisterModel) else None
        self._version = -1
        super().setSourceModel(source)

    def set_filter(self, value: RegisterFilter) -> None:
        """Apply a whole filter at once."""
        if value == self._filter:
            return
        self.beginFilterChange()
        self._filter = value
        self._decide_all()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def update(self, **changes: Any) -> None:
        """Change some filters, e.g. ``update(kind=RaidKind.RISK)``."""
        if "text" in changes:
            changes["text"] = str(changes["text"]).strip().casefold()
        self.set_filter(replace(self._filter, **changes))

    def set_search_text(self, text: str) -> None:
        """Filter as the user types (title, owner, client, program, project, ID)."""
        self.update(text=text)

    def _decide_all(self) -> None:
        source = self._source
        if source is None:
            self._accepted = []
            return
        rows = source.rows_view()
        keep = self._filter
        base_key = (source.version, replace(keep, text=""))
        if base_key != self._base_key:
            no_text = replace(keep, text="")
            self._base = (
                None if no_text == RegisterFilter() else [no_text.accepts(row, "") for row in rows]
            )
            self._base_key = base_key
        needle, base = keep.text, self._base
        haystacks = source.haystacks_view() if needle else ()
        if base is None:
            wanted = words(needle)
            self._accepted = (
                [matches(wanted, hay) for hay in haystacks] if needle else [True] * len(rows)
            )
        elif needle:
            wanted = words(needle)
            self._accepted = [
                ok and matches(wanted, hay) for ok, hay in zip(base, haystacks, strict=True)
            ]
        else:
            self._accepted = list(base)
        self._version = source.version

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """True when the source row passes every filter."""
        source = self._source
        if source is None or source_parent.isValid():
            return False
        if self._version != source.version:
            self._decide_all()
        return self._accepted[source_row]
