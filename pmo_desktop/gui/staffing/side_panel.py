"""The side panel beside the staffing grid: the roster (free hours over the visible weeks,
found by name, role or skill, dragged onto the grid), the open roles per role, the scenario's
delta against the plan, and the billability charts.

The page hands over the panel's widgets and two callbacks (the weeks on screen, the
scenario shown); the figures come from the grid's ``GridFigures``, the rest is read through
the area's ``Edits``. A tab that is not shown is not computed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.staffing.figures import GridFigures
from pmo_desktop.gui.staffing.roster import RosterModel, RosterProxy
from pmo_desktop.gui.staffing.side_models import DeltaModel, DemandModel
from pmo_desktop.gui.widgets import fill_choices
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.grid import open_demand

ROSTER, OPEN_ROLES, DELTA, CHARTS = range(4)


class SidePanel(QObject):
    """The side tabs' models and what they show, kept in step with the grid."""

    def __init__(
        self,
        context: AreaContext,
        figures: GridFigures,
        *,
        tabs: QTabWidget,
        roster_view: QTableView,
        role_combo: QComboBox,
        roster_layout: QBoxLayout,
        caption: QLabel,
        demand_view: QTableView,
        delta_view: QTableView,
        chart_layout: QBoxLayout,
        visible_weeks: Callable[[], list[date]],
        scenario_id: Callable[[], int | None],
        today: date,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.edits = context.edits
        self.figures = figures
        self.tabs = tabs
        self.visible_weeks = visible_weeks
        self.scenario_id = scenario_id
        self.today = today
        self.caption = caption
        self.chart_layout = chart_layout

        self.roster = RosterModel(self)
        self.roster_proxy = RosterProxy(self)
        self.roster_proxy.setSourceModel(self.roster)
        roster_view.setModel(self.roster_proxy)
        roster_view.setDragEnabled(True)
        roster_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        roster_view.verticalHeader().hide()
        roster_view.verticalHeader().setDefaultSectionSize(24)
        header = roster_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not all of them
        roster_view.setSortingEnabled(True)
        roster_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.role_combo = role_combo
        fill_choices(role_combo, ((role.full_title, role) for role in Role), "All roles")
        role_combo.currentIndexChanged.connect(
            lambda: self.roster_proxy.set_role(
                Role(role_combo.currentData()) if role_combo.currentData() else None
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find by name or skill (jira 4: level 4+)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.roster_proxy.set_search_text)
        roster_layout.insertWidget(1, self.search)

        self.demand = DemandModel(self)
        demand_view.setModel(self.demand)
        demand_view.verticalHeader().hide()
        demand_view.horizontalHeader().setStretchLastSection(True)
        self.delta = DeltaModel(self)
        delta_view.setModel(self.delta)
        delta_view.verticalHeader().hide()
        delta_view.horizontalHeader().setStretchLastSection(True)
        tabs.currentChanged.connect(self._tab_shown)
        #: The weeks and grid the roster's free hours were last counted for.
        self._roster_key: tuple[object, ...] | None = None

    def set_skills(self, skills: Mapping[int, Iterable[tuple[str, int]]]) -> None:
        """The skills the roster's search looks at (read with the grid), per person."""
        self.roster.skills = {pid: tuple(found) for pid, found in skills.items()}
        self._roster_key = None  # skills may have changed: rebuild the roster rows

    def update(self, *, recount: bool = False) -> None:
        """Bring every shown tab up to date (``recount``: the grid's figures changed)."""
        if recount:
            self._roster_key = None
        self.update_roster()
        self.demand.set_items(open_demand(self.figures.grid))
        self._tab_shown(self.tabs.currentIndex())

    def update_roster(self) -> None:
        """Free hours over the weeks on screen, when those or the figures changed."""
        weeks = self.visible_weeks()
        key = (tuple(weeks), id(self.figures.grid))
        if key == self._roster_key:
            return  # same weeks, same figures
        self._roster_key = key
        self.roster.refresh(self.figures, weeks)  # the proxy keeps the roster's sort order
        if weeks:
            self.caption.setText(
                f"Free hours {weeks[0]:%d %b} – {weeks[-1]:%d %b} ({len(weeks)} weeks). "
                "Drag a person onto a project row or a placeholder."
            )

    def _tab_shown(self, index: int) -> None:
        if index == DELTA:
            self.update_delta()
        elif index == CHARTS:
            self.update_chart()

    def update_delta(self) -> None:
        """The scenario shown against the plan, per person and week (empty on the plan)."""
        scenario_id = self.scenario_id()
        if scenario_id is None:
            self.delta.set_items([])
            return
        weeks = self.figures.grid.weeks
        self.delta.set_items(self.edits.read(lambda s: scen.scenario_delta(s, scenario_id, weeks)))

    def update_chart(self) -> None:
        """Team utilisation and each person's billability over the weeks on screen."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.staffing_charts import (
            people_billability_figure,
            team_utilization_figure,
        )
        from pmo_desktop.services.staffing.actuals import billability

        layout = self.chart_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        weeks = self.visible_weeks()
        report = self.edits.read(lambda s: billability(s, weeks, today=self.today))
        team = team_utilization_figure(report, 3.2, 2.4, compact=True)
        people = people_billability_figure(report, 3.2, compact=True)
        layout.addWidget(FigureCanvasQTAgg(team))
        layout.addWidget(FigureCanvasQTAgg(people), 1)
