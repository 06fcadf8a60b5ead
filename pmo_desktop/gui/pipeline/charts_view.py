"""The pipeline charts: weighted pipeline by stage with per-client totals, budget burn per
project, milestone slip per program. Imported on first use (matplotlib is heavy)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import Column, RowModel
from pmo_desktop.gui.widgets import fill_choices, select_data
from pmo_desktop.reports.pipeline_charts import (
    budget_burn_figure,
    milestone_slip_figure,
    weighted_pipeline_figure,
)
from pmo_desktop.services.pipeline.board import (
    ClientValue,
    PipelineCard,
    weighted_by_client,
    weighted_by_stage,
)
from pmo_desktop.services.pipeline.figures import (
    SlipRow,
    budget_burn,
    milestone_slip,
    program_choices_with_milestones,
)

#: Open projects, budget and weighted value per client.
CLIENT_TOTALS: tuple[Column[ClientValue], ...] = (
    Column("Client", lambda r: r.client),
    Column("Open projects", lambda r: str(r.projects), sort=lambda r: r.projects, right=True),
    Column(
        "Budget",
        lambda r: format_cents_short(r.budget_cents),
        sort=lambda r: r.budget_cents,
        right=True,
    ),
    Column(
        "Weighted",
        lambda r: format_cents_short(r.weighted_cents),
        sort=lambda r: r.weighted_cents,
        right=True,
    ),
)


class ChartsPanel(QWidget):
    """Three charts and the per-client totals, re-drawn on refresh from the page's cards
    (``cards()``) and the database, as of ``today()``."""

    def __init__(
        self,
        context: AreaContext,
        *,
        cards: Callable[[], list[PipelineCard]],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cards = cards
        self.today = today
        self._stale = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.weighted = FigureCanvasQTAgg(Figure())
        self.burn = FigureCanvasQTAgg(Figure())
        self.slip = FigureCanvasQTAgg(Figure())
        self.totals = RowModel(CLIENT_TOTALS, self)
        table = QTableView(self)
        table.setModel(self.totals)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table = table
        right = QVBoxLayout()
        title = plain_label("Open pipeline per client", self)
        title.setProperty("role", "section")
        right.addWidget(title)
        right.addWidget(table)
        slip_box = QVBoxLayout()
        chooser = QHBoxLayout()
        self.program_combo = QComboBox(self)
        self.program_combo.setAccessibleName("Program for the milestone slip chart")
        chooser.addWidget(plain_label("Program", self))
        chooser.addWidget(self.program_combo, 1)
        slip_box.addLayout(chooser)
        slip_box.addWidget(self.slip, 1)
        grid.addWidget(self.weighted, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.burn, 1, 0)
        grid.addLayout(slip_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.program_combo.currentIndexChanged.connect(self._draw_slip)

    def refresh(self) -> None:
        """Re-draw every chart from the page's cards and the database."""
        self._stale = False
        cards = self.cards()
        self._show(self.weighted, weighted_pipeline_figure(weighted_by_stage(cards)))
        self.totals.set_rows(weighted_by_client(cards))
        today = self.today()
        burn, programs = self.context.edits.read(
            lambda s: (budget_burn(s, today), program_choices_with_milestones(s))
        )
        self._show(self.burn, budget_burn_figure(burn))
        chosen = self.program_combo.currentData()
        self.program_combo.blockSignals(True)
        fill_choices(self.program_combo, [(label, pid) for pid, label in programs])
        select_data(self.program_combo, chosen)
        self.program_combo.blockSignals(False)
        self._draw_slip()

    def mark_stale(self) -> None:
        """Redraw after a move or an edit."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        """Catch up with edits made while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _draw_slip(self, *_args: object) -> None:
        program_id = self.program_combo.currentData()
        rows: list[SlipRow] = []
        if program_id is not None:
            rows = self.context.edits.read(lambda s: milestone_slip(s, program_id))
        self._show(self.slip, milestone_slip_figure(rows, self.program_combo.currentText()))

    @staticmethod
    def _show(canvas: FigureCanvasQTAgg, figure: Figure) -> None:
        canvas.figure = figure
        figure.set_canvas(canvas)
        canvas.draw_idle()
