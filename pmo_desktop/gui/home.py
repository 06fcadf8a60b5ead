"""Home: the manager's Monday view. Tiles (programs by health, milestones, capacity,
billability, escalations, overdue actions, 1:1s, onboarding, adherence) computed by
``services.reporting_home``; each tile opens its area."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_home_page import Ui_HomePage
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.gui.setup_page import SetupPage, needs_setup
from pmo_desktop.services.home.board import HomeData, home_data
from pmo_desktop.services.home.tiles import Tile, TileLine
from pmo_desktop.services.portfolio import summary
from pmo_desktop.services.uow import unit_of_work

#: Colours of a tone (matching the charts' RAG colours), readable on light and dark.
TONE_COLOURS = {
    "good": "#2e9d5b",
    "warn": "#e0a100",
    "bad": "#d64545",
    "neutral": "#7a8696",
}
TILES_PER_ROW = 3
LINES_SHOWN = 5
AREA_NAMES = {
    "health": "Health",
    "pipeline": "Pipeline",
    "staffing": "Staffing",
    "escalations": "Escalations",
    "billability": "Billability",
    "risks": "Risks",
    "people": "People",
    "onboarding": "Onboarding",
    "adherence": "Adherence",
    "actions": "Actions",
}
EMPTY_HINT = (
    "This portfolio is empty. Bring data in with File → Import Portfolio JSON…, "
    "or look around the demo portfolio with <code>pmo-desktop --demo</code>."
)


#: The counts strip under the title: what the portfolio holds.
CARDS = (
    ("people", "people"),
    ("clients", "clients"),
    ("programs", "programs"),
    ("projects", "projects"),
    ("milestones", "milestones"),
    ("allocations", "allocations"),
)


class CountCard(QWidget):
    """One count of the strip: a bold number and what it counts."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label = plain_label("–")
        self.value_label.setProperty("role", "section")
        self.caption_label = plain_label(label)
        self.caption_label.setProperty("role", "card-label")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(4)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int) -> None:
        """Show ``value`` with thousands separators."""
        self.value_label.setText(f"{value:,}")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection during a burst of short-lived objects (a full
    collection over the app's long-lived objects costs more than the burst itself);
    reference counting still frees everything, and collection resumes after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _tone(tone: str) -> str:
    return TONE_COLOURS.get(tone, TONE_COLOURS["neutral"])


class ElidedLabel(QLabel):
    """A one-line label that elides its text to the width it gets (full text as tooltip);
    the text is always shown literally, never as HTML."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = text
        self.setToolTip(literal(text))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())


class TileLineWidget(QWidget):
    """One line of a tile: a tone dot, the text and a muted detail under it."""

    def __init__(self, line: TileLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dot = plain_label("●")
        palette = dot.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(_tone(line.tone)))
        dot.setPalette(palette)
        dot.setAlignment(Qt.AlignmentFlag.AlignTop)
        dot.setFixedWidth(14)
        self.text_label = ElidedLabel(line.text)
        self.detail_label = ElidedLabel(line.detail)
        self.detail_label.setProperty("role", "card-label")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.text_label)
        text.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(dot)
        layout.addLayout(text, 1)


class TileWidget(QFrame):
    """A card of Home: headline, caption, worst lines first and a button to its area."""

    #: Emitted with the tile when the manager asks for its area.
    open_requested = Signal(object)

    def __init__(self, tile: Tile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setProperty("role", "card")
        self.setObjectName(f"tile_{tile.key}")
        stripe = QWidget()
        stripe.setFixedWidth(5)
        stripe.setAutoFillBackground(True)
        palette = stripe.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(_tone(tile.tone)))
        stripe.setPalette(palette)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        where = f"Open {AREA_NAMES.get(tile.view, tile.view)}"
        self.setToolTip(literal(where + (f", showing {tile.filter.label}" if tile.filter else "")))
        title = plain_label(tile.title)
        title.setProperty("role", "section")
        self.value_label = plain_label(tile.value)
        font = self.value_label.font()
        font.setPixelSize(20)
        font.setBold(True)
        self.value_label.setFont(font)
        caption = ElidedLabel(tile.caption)
        caption.setProperty("role", "card-label")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.setSpacing(0)
        outer.addWidget(stripe)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(12, 9, 12, 9)
        layout.setSpacing(2)
        layout.addWidget(title)
        head = QHBoxLayout()
        head.addWidget(self.value_label)
        head.addWidget(caption, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addSpacing(4)
        self.line_widgets = [TileLineWidget(line) for line in tile.lines[:LINES_SHOWN]]
        for widget in self.line_widgets:
            layout.addWidget(widget)
        if not tile.lines:
            nothing = plain_label("Nothing needs you here.")
            nothing.setProperty("role", "card-label")
            layout.addWidget(nothing)
        layout.addStretch(1)
        hidden = len(tile.lines) - len(self.line_widgets) + tile.more
        button_text = f"Open {AREA_NAMES.get(tile.view, tile.view)} →"
        if hidden > 0:
            button_text = f"{hidden} more — " + button_text
        self.open_button = QPushButton(button_text)
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(tile))
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.open_button)
        layout.addLayout(foot)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(self.tile)
        super().mouseReleaseEvent(event)


class HomePage(AreaPage):
    """The Monday view: what needs the manager's attention this week, tile by tile."""

    #: Emitted with a tile when it asks for its area (opened filtered to the tile's rows).
    tile_opened = Signal(object)
    follows_every_edit = True

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.today: date | None = None  # None: the real today (tests pin it)
        self.data: HomeData | None = None
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        ui = self.ui
        self.title_label = ui.titleLabel
        self.title_label.setText(spec.title)
        self.title_label.setProperty("role", "title")
        self.database_label = ui.databaseLabel
        self.database_label.setProperty("role", "subtitle")
        self.empty_label = ui.emptyLabel
        self.empty_label.setProperty("role", "note")
        self.empty_label.setText(EMPTY_HINT)
        self.grid = ui.tilesGrid
        self.tiles_scroll = ui.tilesScroll
        self.tile_widgets: dict[str, TileWidget] = {}
        self.setup_skipped = False
        self.setup = SetupPage(self)
        self.setup.skipped.connect(self._skip_setup)
        self.setup.add_person.connect(lambda: self._window_call("first_step", "add_person"))
        self.setup.import_people.connect(lambda: self._window_call("first_step", "import_people"))
        self.setup.add_client.connect(lambda: self._window_call("first_step", "add_client"))
        self.setup.import_projects.connect(
            lambda: self._window_call("first_step", "import_projects")
        )
        self.setup.add_program.connect(lambda: self._window_call("first_step", "add_program"))
        self.setup.add_project.connect(lambda: self._window_call("first_step", "add_project"))
        self.setup.open_demo.connect(lambda: self._window_call("first_step", "open_demo"))
        ui.homeLayout.insertWidget(ui.homeLayout.indexOf(self.empty_label) + 1, self.setup)
        self.cards = {key: CountCard(label) for key, label in CARDS}
        for at, card in enumerate(self.cards.values()):
            ui.cardsLayout.insertWidget(at, card)
        self.tile_opened.connect(self.open_tile)

    def refresh(self) -> None:
        """Recompute every tile from the database."""
        portfolio = self.context.portfolio
        with paused_gc(), unit_of_work(portfolio.sessions) as session:
            counts = summary(session)
            data = home_data(session, self.today)
            self.show_data(data)
        for key, card in self.cards.items():
            card.set_value(int(getattr(counts, key)))
        setup = needs_setup(counts) and not self.setup_skipped
        self.setup.setVisible(setup)
        if setup:
            self.setup.show_counts(counts)
        self.empty_label.setVisible(counts.is_empty and not setup)
        self.tiles_scroll.setVisible(not counts.is_empty and not setup)
        monday = data.today - timedelta(days=data.today.weekday())
        self.title_label.setText(f"This week — Monday {monday:%d %B %Y}")
        self.database_label.setText(f"Portfolio: {portfolio.display_name}")

    def show_data(self, data: HomeData) -> None:
        """Rebuild the tiles from ``data``."""
        self.data = data
        for widget in self.tile_widgets.values():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.tile_widgets = {}
        for i, tile in enumerate(data.tiles):
            widget = TileWidget(tile)
            widget.open_requested.connect(self.tile_opened)
            self.grid.addWidget(widget, i // TILES_PER_ROW, i % TILES_PER_ROW)
            self.tile_widgets[tile.key] = widget
        for column in range(TILES_PER_ROW):
            self.grid.setColumnStretch(column, 1)

    def _skip_setup(self) -> None:
        self.setup_skipped = True
        self.refresh()

    def _window_call(self, name: str, *args: object) -> None:
        method = getattr(self.window(), name, None)
        if callable(method):
            method(*args)

    def open_tile(self, tile: Tile) -> None:
        """Open the tile's area, filtered to what the tile is about."""
        window = self.window()
        show_view = getattr(window, "show_view", None)
        if callable(show_view):
            with contextlib.suppress(ValueError):  # the view is not part of this build
                show_view(tile.view, tile.filter)
