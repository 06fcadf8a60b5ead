"""The board's models: every card in one list model, one filtering proxy per stage column.

A card dragged from one column and dropped on another travels as
``application/x-pmo-project+json``; the target column's proxy decodes it and emits
``move_requested(project_id, stage)``. The model never writes: the page turns the request
into an undoable command, and the command calls ``update_card`` with the saved card, which
signals ``dataChanged`` so the proxies move the card to its new column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.money import format_cents
from pmo_desktop.services.pipeline import PipelineCard

MIME_TYPE = "application/x-pmo-project+json"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CardFilter:
    """What the manager narrowed the board and table to (None / empty: everything)."""

    text: str = ""
    client: str | None = None
    program: str | None = None
    pm: str | None = None
    #: A health colour, or "none" for projects not assessed; None keeps all.
    health: str | None = None

    def accepts(self, card: Any) -> bool:
        """True when ``card`` (a PipelineCard or ProjectRow) passes every filter."""
        if self.client is not None and card.client != self.client:
            return False
        if self.program is not None and card.program != self.program:
            return False
        if self.pm is not None and (card.pm or "") != self.pm:
            return False
        if self.health is not None:
            rag: Rag | None = getattr(card, "health", None)
            if (rag.value if rag else "none") != self.health:
                return False
        needle = self.text.strip().casefold()
        if needle:
            fields = (card.name, card.client, card.program, card.pm or "")
            return any(needle in f.casefold() for f in fields)
        return True


def encode_cards(cards: list[PipelineCard]) -> QMimeData:
    """The drag payload for ``cards``: their ids and stages as JSON."""
    mime = QMimeData()
    payload = [{"id": c.id, "stage": c.stage.value} for c in cards]
    mime.setData(MIME_TYPE, json.dumps(payload).encode())
    return mime


def decode_cards(mime: QMimeData) -> list[tuple[int, Stage]]:
    """The (project id, stage) pairs of a drag payload; empty when it is not ours."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return [(int(item["id"]), Stage(item["stage"])) for item in payload]
    except (ValueError, KeyError, TypeError):
        return []


class BoardModel(QAbstractListModel):
    """Every project card, in priority order; cards change in place with ``update_card``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PipelineCard] = []
        self._row_of: dict[int, int] = {}

    def set_cards(self, cards: list[PipelineCard]) -> None:
        """Show ``cards`` instead of the current ones."""
        self.beginResetModel()
        self._cards = list(cards)
        self._row_of = {c.id: i for i, c in enumerate(self._cards)}
        self.endResetModel()

    def cards(self) -> list[PipelineCard]:
        """Every card, in model order."""
        return list(self._cards)

    def card_by_id(self, project_id: int) -> PipelineCard | None:
        """The card of a project, if shown."""
        row = self._row_of.get(project_id)
        return None if row is None else self._cards[row]

    def update_card(self, card: PipelineCard) -> None:
        """Replace a project's card (a new one is appended)."""
        row = self._row_of.get(card.id)
        if row is None:
            row = len(self._cards)
            self.beginInsertRows(QModelIndex(), row, row)
            self._cards.append(card)
            self._row_of[card.id] = row
            self.endInsertRows()
            return
        self._cards[row] = card
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def remove_card(self, project_id: int) -> None:
        """Take a project's card off the board."""
        row = self._row_of.get(project_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
        self._row_of = {c.id: i for i, c in enumerate(self._cards)}
        self.endRemoveRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cards (0 under a valid parent: a flat list)."""
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The project name, its card, or a tooltip with the health reasons."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.ToolTipRole:
            health = card.health_why or "Health applies from Approved on."
            pm = card.pm or "no PM yet"
            dates = " – ".join(d.isoformat() for d in (card.start_date, card.end_date) if d)
            return (
                f"{card.name}\n{card.client} / {card.program}\nPM: {pm}\n"
                f"Dates: {dates or 'none yet'}\nBudget: {format_cents(card.budget_cents)}"
                f"\n\nHealth: {health}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.name}, {card.client}, {card.stage.label}"
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Cards can be selected and dragged; the empty area accepts drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        """The one payload type the board speaks."""
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """The dragged cards, encoded."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards([self._cards[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards are moved between stages."""
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        """Drops move cards."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class StageProxy(QSortFilterProxyModel):
    """The cards of one stage that pass the filter; the drop target of its column."""

    move_requested = Signal(int, object)  # project id, target Stage

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._filter = CardFilter()
        self.setDynamicSortFilter(True)

    def set_filter(self, card_filter: CardFilter) -> None:
        """Apply the board's filter."""
        self.beginFilterChange()
        self._filter = card_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Cards of this stage that pass the filter."""
        source = self.sourceModel()
        if not isinstance(source, BoardModel) or source_parent.isValid():
            return False
        card = source._cards[source_row]
        return card.stage is self.stage and self._filter.accepts(card)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Cards drag; a column accepts drops anywhere, on a card or between."""
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """True for cards coming from another stage."""
        return any(stage is not self.stage for _, stage in decode_cards(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Ask to move every dropped card of another stage into this one."""
        moved = [(pid, s) for pid, s in decode_cards(data) if s is not self.stage]
        for project_id, _ in moved:
            self.move_requested.emit(project_id, self.stage)
        return False  # nothing for the source view to remove: the command moves the card
