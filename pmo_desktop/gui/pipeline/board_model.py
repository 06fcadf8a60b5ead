"""The board's models: one list model of cards per stage, one filtering proxy per column.

A card dragged from one column and dropped on another travels as
``application/x-pmo-project+json``; the target column's proxy decodes it and emits
``move_requested(project_id, stage)``. The model never writes: the page turns the request
into an undoable command, and the command calls ``update_card`` with the saved card, which
signals ``dataChanged`` so the proxies move the card to its new column.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
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
from pmo_desktop.domain.search import matches
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.pipeline.board import PipelineCard

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
    #: The projects a Home tile is about; None keeps all.
    project_ids: frozenset[int] | None = None

    def accepts(self, card: Any) -> bool:
        """True when ``card`` (a PipelineCard or ProjectRow) passes every filter."""
        if self.project_ids is not None and card.id not in self.project_ids:
            return False
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
        return matches(self.text, (card.name, card.client, card.program, card.pm))


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


class StageCardsModel(QAbstractListModel):
    """The cards of one stage, in board order; the drag source of its column."""

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._cards: list[PipelineCard] = []

    def set_cards(self, cards: list[PipelineCard]) -> None:
        """Show ``cards`` instead of the current ones."""
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[PipelineCard]:
        """The cards, top to bottom."""
        return list(self._cards)

    def card_at(self, row: int) -> PipelineCard:
        """The card on row ``row``."""
        return self._cards[row]

    def row_of(self, project_id: int) -> int | None:
        """The row of a project's card, if here."""
        for i, card in enumerate(self._cards):
            if card.id == project_id:
                return i
        return None

    def replace(self, row: int, card: PipelineCard) -> None:
        """Put ``card`` on row ``row`` (same stage)."""
        self._cards[row] = card
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def insert(self, card: PipelineCard, order: dict[int, int]) -> None:
        """Insert ``card`` where the board order puts it."""
        rank = order.get(card.id, len(order))
        row = 0
        while row < len(self._cards) and order.get(self._cards[row].id, 0) < rank:
            row += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Take the card on row ``row`` away."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cards[row]
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
            win = f"\nWin probability: {card.win_probability} %" if card.stage.is_pipeline else ""
            return literal(
                f"{card.name}\n{card.client} / {card.program}\nPM: {pm}\n"
                f"Dates: {dates or 'none yet'}\nBudget: {format_cents(card.budget_cents)}{win}"
                f"\n\nHealth: {health}"
                + (f"\n\n{card.stage.label}: {card.stage_reason}" if card.stage_reason else "")
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

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged cards, encoded."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards([self._cards[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards are moved between stages."""
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        """Drops move cards."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class BoardModel(QObject):
    """Every card of the board, held as one list model per stage.

    Splitting by stage means a refresh filters each card once (not once per column), and
    a move is one remove and one insert with proper begin/end signals.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stages = {stage: StageCardsModel(stage, self) for stage in Stage}
        self._stage_of: dict[int, Stage] = {}
        self._order: dict[int, int] = {}

    def stage_model(self, stage: Stage) -> StageCardsModel:
        """The list model of one stage's cards."""
        return self.stages[stage]

    def set_cards(self, cards: list[PipelineCard]) -> None:
        """Show ``cards`` (in this order within each stage) instead of the current ones."""
        grouped: dict[Stage, list[PipelineCard]] = {stage: [] for stage in Stage}
        for card in cards:
            grouped[card.stage].append(card)
        self._stage_of = {c.id: c.stage for c in cards}
        self._order = {c.id: i for i, c in enumerate(cards)}
        for stage, model in self.stages.items():
            model.set_cards(grouped[stage])
        self.changed.emit()

    def cards(self) -> list[PipelineCard]:
        """Every card, stage by stage."""
        return [card for model in self.stages.values() for card in model.cards()]

    def rowCount(self) -> int:
        """Number of cards on the board."""
        return len(self._stage_of)

    def card_by_id(self, project_id: int) -> PipelineCard | None:
        """The card of a project, if shown."""
        stage = self._stage_of.get(project_id)
        if stage is None:
            return None
        model = self.stages[stage]
        row = model.row_of(project_id)
        return None if row is None else model.card_at(row)

    def update_card(self, card: PipelineCard) -> None:
        """Replace a project's card, moving it to its stage's column when that changed."""
        old_stage = self._stage_of.get(card.id)
        if old_stage is not None:
            old = self.stages[old_stage]
            row = old.row_of(card.id)
            if row is not None and old_stage is card.stage:
                old.replace(row, card)
                self.changed.emit()
                return
            if row is not None:
                old.remove(row)
        self._stage_of[card.id] = card.stage
        self._order.setdefault(card.id, len(self._order))
        self.stages[card.stage].insert(card, self._order)
        self.changed.emit()

    def remove_card(self, project_id: int) -> None:
        """Take a project's card off the board."""
        stage = self._stage_of.pop(project_id, None)
        if stage is None:
            return
        model = self.stages[stage]
        row = model.row_of(project_id)
        if row is not None:
            model.remove(row)
        self.changed.emit()


class StageProxy(QSortFilterProxyModel):
    """The cards of one stage that pass the filter; the drop target of its column."""

    move_requested = Signal(int, object)  # project id, target Stage

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._filter = CardFilter()
        self._everything = True
        self.setDynamicSortFilter(True)

    def set_filter(self, card_filter: CardFilter) -> None:
        """Apply the board's filter (nothing is re-filtered when it did not change)."""
        if card_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = card_filter
        self._everything = card_filter == CardFilter()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Cards of this stage that pass the filter."""
        source = self.sourceModel()
        if not isinstance(source, StageCardsModel) or source_parent.isValid():
            return False
        return self._everything or self._filter.accepts(source.card_at(source_row))

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
