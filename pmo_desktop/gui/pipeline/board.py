"""The pipeline board: a column per stage, a card per project, drag a card to move it.

Each column is a ``QListView`` over a ``StageProxy`` of the shared ``BoardModel``; On hold
and Lost can be collapsed to a narrow header. Cards are painted by ``CardDelegate``:
name, client · program, PM, budget, dates, a health dot, and the win % before Approved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.domain.pipeline import SIDE_EXITS, weighted_cents
from pmo_desktop.gui.pipeline.board_model import (
    CARD_ROLE,
    BoardModel,
    CardFilter,
    StageCardsModel,
    StageProxy,
)
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.services.pipeline.board import PipelineCard

RAG_QCOLOURS = {
    Rag.GREEN: QColor("#2e9d5b"),
    Rag.AMBER: QColor("#e0a100"),
    Rag.RED: QColor("#d64545"),
}
NOT_ASSESSED = QColor("#9e9e9e")
CARD_HEIGHT = 110
PICTURES_KEPT = 600  # card pictures cached per delegate: a few screens' worth
COLUMN_MIN = 150
COLLAPSED_WIDTH = 112


def date_span(start: date | None, end: date | None) -> str:
    """``Jan 26 – Jun 26`` (month and year: what fits a card), or what is known."""
    if start and end:
        return f"{start:%b %y} – {end:%b %y}"
    if start:
        return f"from {start.day} {start:%b %Y}"
    if end:
        return f"until {end.day} {end:%b %Y}"
    return "no dates yet"


def two_lines(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """``text`` broken at a space onto two lines of ``width`` pixels, the second elided."""
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    first = words[0]
    rest = words[1:]
    while rest and metrics.horizontalAdvance(f"{first} {rest[0]}") <= width:
        first = f"{first} {rest.pop(0)}"
    if metrics.horizontalAdvance(first) > width:  # one long word: break it where it must
        cut = len(first)
        while cut > 1 and metrics.horizontalAdvance(first[:cut] + "-") > width:
            cut -= 1
        rest = [first[cut:], *rest]
        first = first[:cut] + "-"
    second = " ".join(rest)
    return first, metrics.elidedText(second, Qt.TextElideMode.ElideRight, width)


def _looks(card: PipelineCard) -> tuple[object, ...]:
    """What a card's picture depends on (a new card with the same looks reuses it)."""
    return (
        card.name,
        card.client,
        card.program,
        card.pm,
        card.budget_cents,
        card.start_date,
        card.end_date,
        card.stage,
        card.win_probability,
        card.health,
        card.stage_reason,
    )


class CardDelegate(QStyledItemDelegate):
    """Paints a project card as wide as its column."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._font_cache: dict[str, tuple[QFont, QFont, QFont]] = {}
        self._pictures: dict[tuple[object, ...], QPixmap] = {}  # oldest first

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, QFont]:
        """The card's regular, bold and small fonts (made once per view font)."""
        found = self._font_cache.get(font.key())
        if found is None:
            base = QFont(font)
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() - 1, 7.0))
            found = self._font_cache[font.key()] = (base, bold, small)
        return found

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Every card has the same height; the width follows the column."""
        width = self.view.viewport().width() - 2 * self.view.spacing()
        return QSize(max(width, 100), CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the card from its cached picture, painting the picture on first sight.

        A board repaints whole columns (on a scroll, a hover, a window grab); text layout is
        what costs, so each card is laid out once per look and size, then blitted.
        """
        card = index.data(CARD_ROLE)
        if not isinstance(card, PipelineCard):
            return
        size = option.rect.size()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF()
        key = (
            _looks(card),
            size.width(),
            size.height(),
            selected,
            option.palette.cacheKey(),
            option.font.key(),
            ratio,
        )
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            viewport = self.view.viewport()  # opaque pictures blit several times faster
            picture.fill(viewport.palette().color(viewport.backgroundRole()))
            card_painter = QPainter(picture)
            self.paint_card(card_painter, option, QRect(QPoint(0, 0), size), card, selected)
            card_painter.end()
            self._pictures[key] = picture
            if len(self._pictures) > PICTURES_KEPT:
                self._pictures.pop(next(iter(self._pictures)))
        painter.drawPixmap(option.rect.topLeft(), picture)

    def paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        card: PipelineCard,
        selected: bool,
    ) -> None:
        """Draw the card's frame, texts and health dot into ``area``."""
        painter.save()
        palette = option.palette
        rect = area.adjusted(2, 2, -2, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)

        inner = rect.adjusted(10, 7, -10, -7)
        pipeline = card.stage.is_pipeline
        if not pipeline:  # health applies from Approved on; before, the win % is shown
            dot = RAG_QCOLOURS.get(card.health, NOT_ASSESSED) if card.health else NOT_ASSESSED
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            painter.drawEllipse(QRect(inner.right() - 10, inner.top() + 3, 10, 10))

        base, bold, small = self._fonts(option.font)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line = QFontMetrics(base).height() + 2
        y = inner.top()

        def draw(font: QFont, colour: QColor, left: str, right: str = "", width: int = 0) -> None:
            painter.setFont(font)
            metrics = QFontMetrics(font)
            room = (width or inner.width()) - (metrics.horizontalAdvance(right) + 8 if right else 0)
            painter.setPen(colour)
            painter.drawText(
                QRect(inner.left(), y, room, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(left, Qt.TextElideMode.ElideRight, room),
            )
            if right:
                painter.drawText(
                    QRect(inner.left(), y, inner.width(), line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    right,
                )

        badge = f"{card.win_probability}%" if pipeline else ""
        room = inner.width() - (QFontMetrics(small).horizontalAdvance(badge) + 6 if badge else 16)
        first, second = two_lines(card.name, QFontMetrics(bold), room)
        draw(bold, text, first, width=room)
        if badge:
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(
                QRect(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
        y += line
        if second:
            draw(bold, text, second)
        y += line
        draw(small, muted, f"{card.client} · {card.program}")
        y += line
        draw(small, text, card.pm or "No PM yet", format_cents_short(card.budget_cents))
        y += line
        if card.stage_reason:  # On hold / Lost: why, rather than dates
            draw(small, muted, f"“{card.stage_reason}”")
        else:
            draw(small, muted, date_span(card.start_date, card.end_date))
        painter.restore()


class CardList(QListView):
    """One column's cards; a drag source and a drop target."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cards follow the column's width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setResizeMode(QListView.ResizeMode.Adjust)


class StageColumn(QFrame):
    """A stage's header (name, count, weighted value) above its cards."""

    def __init__(self, stage: Stage, proxy: StageProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.proxy = proxy
        self.setObjectName(f"stageColumn_{stage.value}")
        self.setProperty("role", "board-column")
        self.setMinimumWidth(COLUMN_MIN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.header = QToolButton(self)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.header.setAutoRaise(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.collapsible = stage in SIDE_EXITS
        self.header.setCheckable(self.collapsible)
        self.header.setAccessibleName(f"{stage.label} column")
        self.total = plain_label(parent=self)
        self.total.setProperty("role", "note")
        self.list = CardList(self)
        self.list.setObjectName(f"cards_{stage.value}")
        self.list.setModel(proxy)
        layout.addWidget(self.header)
        layout.addWidget(self.total)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # keeps a folded column's header at the top
        self.header.toggled.connect(self.set_collapsed)
        self._collapsed = False
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(self.update_header)
        proxy.dataChanged.connect(self.update_header)

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the column to its header (On hold and Lost only)."""
        if not self.collapsible:
            return
        self._collapsed = collapsed
        self.list.setVisible(not collapsed)
        self.header.setChecked(collapsed)
        if collapsed:
            self.setFixedWidth(COLLAPSED_WIDTH)
        else:
            self.setMinimumWidth(COLUMN_MIN)
            self.setMaximumWidth(16_777_215)
        parent = self.parentWidget()
        row = parent.layout() if parent is not None else None
        if isinstance(row, QHBoxLayout):  # an open column shares the width like the others
            row.setStretchFactor(self, 0 if collapsed else 1)
        self.update_header()

    @property
    def collapsed(self) -> bool:
        """True when folded."""
        return self._collapsed

    def cards(self) -> list[PipelineCard]:
        """The cards shown in this column, top to bottom."""
        source = self.proxy.sourceModel()
        if isinstance(source, StageCardsModel) and self.proxy.rowCount() == source.rowCount():
            return source.cards()  # nothing filtered out: skip a Qt call per card
        return [self.proxy.index(r, 0).data(CARD_ROLE) for r in range(self.proxy.rowCount())]

    def update_header(self, *_args: object) -> None:
        """Count and weighted value of what the column shows."""
        cards = self.cards()
        arrow = ("▸ " if self._collapsed else "▾ ") if self.collapsible else ""
        self.header.setText(f"{arrow}{self.stage.label}  {len(cards)}")
        weighted = sum(weighted_cents(c.budget_cents, c.win_probability) for c in cards)
        budget = sum(c.budget_cents for c in cards)
        if self.stage.is_pipeline:
            self.total.setText(f"{format_cents_short(weighted)} weighted")
        else:
            self.total.setText(f"{format_cents_short(budget)} budget")
        self.total.setToolTip(
            f"Budget {format_cents_short(budget)}; weighted by win probability "
            f"{format_cents_short(weighted)}"
        )


class PipelineBoard(QScrollArea):
    """Every stage column side by side over one ``BoardModel``."""

    move_requested = Signal(int, object)  # project id, target Stage
    open_requested = Signal(int)  # project id (double-click)

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.columns: dict[Stage, StageColumn] = {}
        #: Called with each card menu before it shows: other page parts add their entries.
        self.card_menu_extras: list[Callable[[QMenu, PipelineCard], None]] = []
        for stage in Stage:
            proxy = StageProxy(stage, self)
            proxy.setSourceModel(model.stage_model(stage))
            proxy.move_requested.connect(self.move_requested)
            column = StageColumn(stage, proxy, inner)
            column.list.doubleClicked.connect(self._open)
            column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.list.customContextMenuRequested.connect(
                lambda pos, lst=column.list: self._card_menu(lst, pos)
            )
            self.columns[stage] = column
            row.addWidget(column, 0 if column.collapsible else 1)
        self.setWidget(inner)
        for stage in SIDE_EXITS:
            self.columns[stage].set_collapsed(True)

    def set_filter(self, card_filter: CardFilter) -> None:
        """Show only the cards that pass ``card_filter``."""
        for column in self.columns.values():
            column.proxy.set_filter(card_filter)

    def shown_count(self) -> int:
        """How many cards pass the filter, over every column."""
        return sum(c.proxy.rowCount() for c in self.columns.values())

    def card_menu(self, card: PipelineCard) -> QMenu:
        """Open the card, or move it to another stage without dragging (keyboard users)."""
        menu = QMenu(self)
        menu.addAction("&Open…", lambda: self.open_requested.emit(card.id))
        move = menu.addMenu("&Move to")
        for stage in Stage:
            if stage is not card.stage:
                move.addAction(stage.label, partial(self.move_requested.emit, card.id, stage))
        for extra in self.card_menu_extras:
            extra(menu, card)
        return menu

    def _card_menu(self, view: QListView, pos: QPoint) -> None:
        card = view.indexAt(pos).data(CARD_ROLE)
        if isinstance(card, PipelineCard):
            self.card_menu(card).exec(view.viewport().mapToGlobal(pos))

    def _open(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, PipelineCard):
            self.open_requested.emit(card.id)
