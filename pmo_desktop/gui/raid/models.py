"""The register table model: ``RaidRow`` named tuples shown as a sortable, read-only table.

It is read whole on ``set_rows`` (a refresh); after an edit it takes the rows the edit
returned from ``Edits.changed`` (``follow``) and updates only those (insert, dataChanged,
remove) instead of re-reading the register."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pmo_desktop.gui.edits import Changed, Edits
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.raid.commands import RaidChange, raid_change
from pmo_desktop.services.raid.register import RaidRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role giving each cell a value that sorts right (numbers, ordinals, casefolded text)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role giving the whole ``RaidRow`` of a cell."""

ModelIndex = QModelIndex | QPersistentModelIndex
UNDATED = date.max.toordinal()

#: Band fills and text colours readable on both light and dark themes.
BAND_FILL = {"red": "#d64545", "amber": "#e0a100", "green": "#2e9d5b"}
BAND_TEXT = {"red": "#ffffff", "amber": "#1f2933", "green": "#ffffff"}
OVERDUE_COLOUR = "#c0392b"


class Column(IntEnum):
    """The register's columns, in display order."""

    ID = 0
    KIND = 1
    TITLE = 2
    CLIENT = 3
    PROGRAM = 4
    PROJECT = 5
    OWNER = 6
    PROBABILITY = 7
    IMPACT = 8
    SCORE = 9
    RESPONSE = 10
    STATUS = 11
    REVIEW = 12
    DUE = 13
    FLAGS = 14


HEADERS = {
    Column.ID: "ID",
    Column.KIND: "Kind",
    Column.TITLE: "Title",
    Column.CLIENT: "Client",
    Column.PROGRAM: "Program",
    Column.PROJECT: "Project",
    Column.OWNER: "Owner",
    Column.PROBABILITY: "P",
    Column.IMPACT: "I",
    Column.SCORE: "Score",
    Column.RESPONSE: "Response",
    Column.STATUS: "Status",
    Column.REVIEW: "Review",
    Column.DUE: "Due",
    Column.FLAGS: "Attention",
}
TOOLTIPS = {
    Column.PROBABILITY: "Probability, 1 (rare) to 5 (almost certain)",
    Column.IMPACT: "Impact, 1 (minimal) to 5 (severe)",
    Column.SCORE: "Probability × impact: 15–25 Red, 5–14 Amber, 1–4 Green",
    Column.FLAGS: "Overdue mitigation actions, a review date or a due date that has passed",
}
NUMERIC = frozenset({Column.PROBABILITY, Column.IMPACT, Column.SCORE})
CENTRED = frozenset({Column.SCORE, Column.PROBABILITY, Column.IMPACT, Column.KIND})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def item_code(row: RaidRow) -> str:
    """``R-12``, ``I-40``…: the kind's letter and the id."""
    return f"{row.kind.letter}-{row.id}"


def flags_text(row: RaidRow) -> str:
    """What needs attention, in words."""
    parts = []
    if row.overdue_actions:
        parts.append(f"{row.overdue_actions} late")
    if row.due_overdue:
        parts.append("overdue")
    if row.review_overdue:
        parts.append("review")
    return " · ".join(parts)


def flags_tooltip(row: RaidRow) -> str:
    """The attention flags spelled out."""
    parts = []
    if row.overdue_actions:
        n = row.overdue_actions
        parts.append(f"{n} mitigation action{'s are' if n != 1 else ' is'} past due")
    if row.due_overdue:
        parts.append(f"the due date ({row.due_date:%d %b %Y}) has passed")
    if row.review_overdue:
        parts.append(f"the review date ({row.review_date:%d %b %Y}) has passed")
    return "; ".join(parts).capitalize()


def display_text(row: RaidRow, column: Column) -> str:
    """What a cell shows."""
    match column:
        case Column.ID:
            return item_code(row)
        case Column.KIND:
            return row.kind.label
        case Column.TITLE:
            return row.title
        case Column.CLIENT:
            return row.client or "—"
        case Column.PROGRAM:
            return row.program or "—"
        case Column.PROJECT:
            return row.project or "—"
        case Column.OWNER:
            return row.owner or "Unassigned"
        case Column.PROBABILITY:
            return str(row.probability)
        case Column.IMPACT:
            return str(row.impact)
        case Column.SCORE:
            return str(row.probability * row.impact)
        case Column.RESPONSE:
            return row.response.label if row.response else "—"
        case Column.STATUS:
            return row.status.label
        case Column.REVIEW:
            return _short_date(row.review_date)
        case Column.DUE:
            return _short_date(row.due_date)
        case Column.FLAGS:
            return flags_text(row)


def _short_date(value: date | None) -> str:
    return value.strftime("%d %b %y") if value else ""


def sort_key(row: RaidRow, column: Column) -> int | str:
    """The value a cell sorts by."""
    match column:
        case Column.ID:
            return row.id
        case Column.PROBABILITY:
            return row.probability
        case Column.IMPACT:
            return row.impact
        case Column.SCORE:
            return row.probability * row.impact * 100_000 - row.id
        case Column.REVIEW:
            return row.review_date.toordinal() if row.review_date else UNDATED
        case Column.DUE:
            return row.due_date.toordinal() if row.due_date else UNDATED
        case Column.FLAGS:
            return row.overdue_actions * 4 + row.due_overdue * 2 + row.review_overdue
        case _:
            return display_text(row, column).casefold()


def register_order(row: RaidRow) -> tuple[int, int, int]:
    """Default order: live entries first, highest score first, then oldest id."""
    return (0 if row.status.is_live else 1, -(row.probability * row.impact), row.id)


class RaidRegisterModel(QAbstractTableModel):
    """Read-only table over ``RaidRow``s, in register order (live, highest score first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RaidRow] = []
        self._index: dict[int, int] = {}
        self._haystacks: list[str] = []
        #: Counts every change of the rows, so proxies know when their answers are stale.
        self.version = 0
        self._fills = {k: QBrush(QColor(v)) for k, v in BAND_FILL.items()}
        self._inks = {k: QBrush(QColor(v)) for k, v in BAND_TEXT.items()}
        self._overdue = QBrush(QColor(OVERDUE_COLOUR))

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: list[RaidRow]) -> None:
        """Show ``rows`` (in register order) instead of the current ones."""
        self.beginResetModel()
        self.version += 1
        self._rows = sorted(rows, key=register_order)
        self._reindex()
        self.endResetModel()

    def upsert(self, row: RaidRow) -> None:
        """Show a new or changed entry: dataChanged for a known id, an inserted row otherwise."""
        at = self._index.get(row.id)
        self.version += 1
        if at is None:
            position = bisect.bisect(self._rows, register_order(row), key=register_order)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, row)
            if self._haystacks:
                self._haystacks.insert(position, _haystack(row))
            self._reindex(haystacks=False)
            self.endInsertRows()
            return
        self._rows[at] = row
        if self._haystacks:
            self._haystacks[at] = _haystack(row)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def follow(self, edits: Edits) -> None:
        """Update from every RAID edit, undo and redo announced on ``edits.changed``."""
        edits.changed.connect(self._changed)

    def _changed(self, changed: Changed) -> None:
        change = raid_change(changed)
        if change is not None:
            self.apply(change)

    def apply(self, change: RaidChange[Any]) -> None:
        """Show the rows an edit step returned and drop the entries it removed."""
        for item_id in change.removed:
            self.remove(item_id)
        for row in change.rows:
            self.upsert(row)

    def remove(self, item_id: int) -> None:
        """Drop an entry that is gone."""
        at = self._index.get(item_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        self.version += 1
        del self._rows[at]
        if self._haystacks:
            del self._haystacks[at]
        self._reindex(haystacks=False)
        self.endRemoveRows()

    def _reindex(self, *, haystacks: bool = True) -> None:
        self._index = {row.id: n for n, row in enumerate(self._rows)}
        if haystacks:
            self._haystacks = []  # built on the first search (see haystacks_view)

    def row_at(self, row: int) -> RaidRow:
        """The entry on source row ``row``."""
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """Casefolded searchable text of source row ``row``."""
        return self.haystacks_view()[row]

    def row_of(self, item_id: int) -> int | None:
        """Source row of an entry, or None."""
        return self._index.get(item_id)

    def rows(self) -> list[RaidRow]:
        """Every entry, in source order."""
        return list(self._rows)

    def rows_view(self) -> Sequence[RaidRow]:
        """Every entry, in source order, without a copy (read only)."""
        return self._rows

    def haystacks_view(self) -> Sequence[str]:
        """The searchable text of every entry, in source order (read only); built on the
        first search after the rows were replaced, then kept up to date row by row."""
        if len(self._haystacks) != len(self._rows):
            self._haystacks = [_haystack(row) for row in self._rows]
        return self._haystacks

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of entries (0 under any valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (0 under any valid parent)."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, colours, alignment, sort value or the whole row, by ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.SCORE:
            return self._fills[row.band.value]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.SCORE:
                return self._inks[row.band.value]
            if (
                column == Column.FLAGS
                or (column == Column.REVIEW and row.review_overdue)
                or (column == Column.DUE and row.due_overdue)
            ):
                return self._overdue
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE if column in CENTRED else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = _tooltip(row, column)
            return literal(tip) if tip is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.SCORE:
            return f"Score {row.score}, {row.band.value}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE if column in CENTRED else LEFT
        return None


def _haystack(row: RaidRow) -> str:
    parts = (row.title, row.owner, row.client, row.program, row.project, item_code(row))
    return "\n".join(p for p in parts if p).casefold()


def _tooltip(row: RaidRow, column: Column) -> str | None:
    if column == Column.TITLE:
        where = " / ".join(p for p in (row.client, row.program, row.project) if p)
        return f"{row.title}\n{where}" if where else row.title
    if column == Column.SCORE:
        return f"P {row.probability} × I {row.impact} = {row.score} ({row.band.value})"
    if column == Column.FLAGS and row.overdue:
        return flags_tooltip(row)
    if column == Column.ID and row.converted_from_id:
        return f"Converted from risk R-{row.converted_from_id}"
    return None
