"""The Process adherence tab: a project's weekly checklist ticks, adherence per project
and per PM over the period (below the threshold in red), the trend chart, and the editor
of each project type's checklist. A tick and every checklist edit are undoable; each
re-reads the tab, as the shares all move."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout

from pmo_desktop.domain.adherence import DEFAULT_THRESHOLD, Adherence, percent_label
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.checklist import ChecklistEditor
from pmo_desktop.gui.reports.models import TONE_TEXT, ChecklistModel, RowModel
from pmo_desktop.gui.reports.tab import ReportsTab, table
from pmo_desktop.gui.row_model import Column
from pmo_desktop.services.reports import adherence
from pmo_desktop.services.reports import checklist as checklist_lines
from pmo_desktop.services.reports.adherence import (
    AdherenceReport,
    PmAdherence,
    ProjectAdherence,
)
from pmo_desktop.services.reports.checklist import TickState

#: Weeks the checklist grid shows: the last seven and this one.
ADHERENCE_WEEKS = 8


class AdherenceTab(ReportsTab):
    """Weekly checklist ticks per project, adherence per project and PM, and the trend."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.today: date | None = None
        self.threshold = DEFAULT_THRESHOLD
        self.report: AdherenceReport | None = None
        #: Projects kept in the list (a Home tile's filter); None keeps all.
        self.project_ids: frozenset[int] | None = None
        #: The weeks judged (a Home tile's); empty: the seven weeks before this one.
        self.period: tuple[date, ...] = ()
        self.project_combo = QComboBox()
        self.project_combo.currentIndexChanged.connect(self._load_grid)
        self.grid = ChecklistModel()
        self.grid.tick_requested.connect(self.tick)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checklist = ChecklistEditor(
            context, today=lambda: self.today or date.today(), applied=self.applied
        )

        def pct_colour(total: Adherence) -> str | None:
            return TONE_TEXT["red"] if total.below(self.threshold) else None

        self.projects = RowModel[ProjectAdherence](
            [
                Column("Project", lambda r: r.project),
                Column("PM", lambda r: r.pm or "—"),
                Column(
                    "Adherence",
                    lambda r: percent_label(r.total),
                    right=True,
                    colour=lambda r: pct_colour(r.total),
                ),
            ]
        )
        self.project_view = table(self.projects, stretch=0)
        self.pms = RowModel[PmAdherence](
            [
                Column("PM", lambda r: r.pm),
                Column("Projects", lambda r: str(r.projects), right=True),
                Column(
                    "Adherence",
                    lambda r: percent_label(r.total),
                    right=True,
                    colour=lambda r: pct_colour(r.total),
                ),
            ]
        )
        self.pm_view = table(self.pms, stretch=0)
        self.chart_box = QVBoxLayout()
        self.canvas: Any = None

        left = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(plain_label("Project"))
        pick.addWidget(self.project_combo, 1)
        left.addLayout(pick)
        left.addWidget(self.grid_view, 1)
        left.addWidget(self.error_label)
        left.addLayout(self.chart_box, 1)
        right = QVBoxLayout()
        self.summary_label = plain_label()
        self.summary_label.setProperty("role", "section")
        right.addWidget(self.summary_label)
        right.addWidget(self.project_view, 2)
        right.addWidget(self.pm_view, 1)
        right.addWidget(self.checklist, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def weeks(self) -> list[date]:
        """The weeks shown: the last seven and this one."""
        return adherence.period_weeks(
            self.today or date.today(), ADHERENCE_WEEKS, include_current=True
        )

    def refresh(self) -> None:
        """Checklists exist, then the report, the grid and the chart."""
        weeks = self.weeks()
        period = list(self.period) or weeks[:-1]
        # The first visit makes the default checklists (not an undoable edit).
        self.context.edits.read(
            lambda s: checklist_lines.checklist(s) or checklist_lines.ensure_default_checklist(s)
        )
        report = self.context.edits.read(lambda s: adherence.adherence_report(s, period))
        self.report = report
        flagged = sum(1 for p in report.projects if p.below(self.threshold))
        self.summary_label.setText(
            f"Last {len(period)} weeks · {flagged} projects below {self.threshold} %"
        )
        ordered = sorted(report.projects, key=lambda p: (p.total.percent or 101.0, p.project))
        kept = self.project_ids
        shown = [p for p in ordered if kept is None or p.project_id in kept]
        self.projects.set_rows(shown)
        self.pms.set_rows(report.pms)
        current = self.project_combo.currentData()
        if kept is not None and current not in kept:
            current = shown[0].project_id if shown else None
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for p in report.projects:
            if kept is None or p.project_id in kept:
                self.project_combo.addItem(f"{p.project} ({p.client})", p.project_id)
        index = self.project_combo.findData(current) if current is not None else -1
        self.project_combo.setCurrentIndex(max(index, 0))
        self.project_combo.blockSignals(False)
        self._load_grid()
        self.checklist.refresh()

    def select_project(self, project_id: int) -> None:
        """Show one project's checklist."""
        index = self.project_combo.findData(project_id)
        if index >= 0:
            self.project_combo.setCurrentIndex(index)

    def _load_grid(self) -> None:
        project_id = self.project_combo.currentData()
        if project_id is None:
            self.grid.set_grid(None)
        else:
            weeks = self.weeks()
            self.grid.set_grid(
                self.context.edits.read(lambda s: adherence.project_checklist(s, project_id, weeks))
            )
            if self.report is not None:
                kind = next(
                    (p.project_type for p in self.report.projects if p.project_id == project_id),
                    None,
                )
                if kind is not None:
                    self.checklist.show_kind(kind)
        self._chart()

    def _chart(self) -> None:
        if self.report is None or not self.isVisible():
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.reporting_charts import adherence_trend_figure

        series = [("Team", [w.percent for w in self.report.team_weeks])]
        project_id = self.project_combo.currentData()
        for p in self.report.projects:
            if p.project_id == project_id:
                series.append((p.project, [w.percent for w in p.weeks]))
        figure = adherence_trend_figure(self.report.weeks, series, self.threshold, 6.0, 2.4)
        if self.canvas is not None:
            self.chart_box.removeWidget(self.canvas)
            self.canvas.hide()  # gone now, not when the event loop deletes it
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(180)
        self.chart_box.addWidget(self.canvas)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._chart()

    def tick(self, item_id: int, week: date, ticked: bool) -> None:
        """Tick or untick one cell (undoable)."""
        project_id = self.project_combo.currentData()
        state = TickState(project_id, item_id, week, ticked)
        self.applied(commands.tick(self.context.edits, state))
