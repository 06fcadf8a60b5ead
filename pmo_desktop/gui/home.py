"""Home: what the open portfolio holds, counted from the database (no invented numbers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.services.portfolio import PortfolioSummary, summary
from pmo_desktop.services.uow import unit_of_work

CARDS = (
    ("people", "People"),
    ("clients", "Clients"),
    ("programs", "Programs"),
    ("projects", "Projects"),
    ("milestones", "Milestones"),
    ("allocations", "Allocations"),
)
CARDS_PER_ROW = 3
EMPTY_HINT = (
    "This portfolio is empty. Bring data in with File → Import Portfolio JSON…, "
    "or look around the demo portfolio with <code>pmo-desktop --demo</code>."
)


class CountCard(QFrame):
    """A card with one count and what it counts."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.value_label = QLabel("–")
        self.value_label.setProperty("role", "card-value")
        self.caption_label = QLabel(label)
        self.caption_label.setProperty("role", "card-label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int) -> None:
        """Show ``value`` with thousands separators."""
        self.value_label.setText(f"{value:,}")


class HomePage(AreaPage):
    """The overview: the portfolio's name and how many of each thing it holds."""

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.title_label = QLabel(spec.title)
        self.title_label.setProperty("role", "title")
        self.database_label = QLabel()
        self.database_label.setProperty("role", "subtitle")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        section = QLabel("What this portfolio holds")
        section.setProperty("role", "section")
        self.cards = {key: CountCard(label) for key, label in CARDS}
        self.empty_label = QLabel(EMPTY_HINT)
        self.empty_label.setProperty("role", "note")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)

        grid = QGridLayout()
        grid.setSpacing(12)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // CARDS_PER_ROW, i % CARDS_PER_ROW)
        cards = QWidget()
        cards.setLayout(grid)
        cards.setMaximumWidth(720)
        grid.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.database_label)
        layout.addSpacing(8)
        layout.addWidget(section)
        layout.addWidget(cards)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Count again from the database."""
        portfolio = self.context.portfolio
        with unit_of_work(portfolio.sessions) as session:
            counts = summary(session)
        self.show_summary(counts)
        self.database_label.setText(f"Portfolio: {portfolio.display_name}")

    def show_summary(self, counts: PortfolioSummary) -> None:
        """Fill the cards from ``counts``."""
        for key, card in self.cards.items():
            card.set_value(int(getattr(counts, key)))
        self.empty_label.setVisible(counts.is_empty)
