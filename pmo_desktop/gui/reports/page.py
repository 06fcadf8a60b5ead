"""The Reports area: status report builder and snapshots, retrospective boards, process
adherence, the improvement backlog, the team's workload priorities and every open action,
one tab each (its own module). The tabs read and edit through the area's context; every
edit is one undoable ``ServiceCommand`` (``commands``), and the page hands each committed
step's ``Change`` (on ``context.edits.changed``) to the tab it concerns; the other tabs
re-read when next shown. Exports are not edits."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmo_desktop.gui.area_filter import AreaFilter, FilterBar
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from pmo_desktop.gui.reports.actions_view import ActionsTab
from pmo_desktop.gui.reports.adherence_view import AdherenceTab
from pmo_desktop.gui.reports.commands import AREA, Change
from pmo_desktop.gui.reports.improvements_view import ImprovementsTab
from pmo_desktop.gui.reports.retro_view import RetroTab
from pmo_desktop.gui.reports.status_view import StatusTab
from pmo_desktop.gui.reports.tab import ReportsTab
from pmo_desktop.gui.reports.workload_view import WorkloadTab

VIEWS = ("status-reports", "retrospectives", "adherence", "improvements", "workload", "actions")


class ReportsPage(AreaPage):
    """Tabs: status reports, retrospectives, adherence, improvements, workload, actions."""

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.status_tab = StatusTab(context)
        self.retro_tab = RetroTab(context)
        self.adherence_tab = AdherenceTab(context)
        self.improvements_tab = ImprovementsTab(context)
        self.workload_tab = WorkloadTab(context)
        self.actions_tab = ActionsTab(context)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        for tab, title in (
            (self.status_tab, "Status reports"),
            (self.retro_tab, "Retrospectives"),
            (self.adherence_tab, "Process adherence"),
            (self.improvements_tab, "Improvements"),
            (self.workload_tab, "Workload && priorities"),
            (self.actions_tab, "Actions"),
        ):
            self.tabs.addTab(tab, title)
        self._fresh: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.ui.titleLabel.setText(spec.title)
        self.ui.titleLabel.setProperty("role", "title")
        self.filter_bar = FilterBar(self)
        self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
        self.ui.reportsLayout.insertWidget(1, self.filter_bar)
        context.edits.changed.connect(self._changed)

    def tab(self, index: int) -> ReportsTab:
        """The tab at ``index``."""
        widget = self.tabs.widget(index)
        assert isinstance(widget, ReportsTab)
        return widget

    def refresh(self) -> None:
        """Re-read the tab on screen; others re-read when shown."""
        self._fresh.clear()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index >= 0 and index not in self._fresh:
            self._fresh.add(index)
            self.tab(index).refresh()

    def _changed(self, changed: Changed) -> None:
        """A step of a Reports edit committed (an edit, its undo or redo): the tab it
        concerns repaints from its ``Change`` now, the others re-read when next shown."""
        change = changed.result
        if changed.area != AREA or not isinstance(change, Change):
            return
        index = VIEWS.index(change.view)
        self._fresh.intersection_update({index})
        self.tab(index).changed(change, changed.undoing)

    def show_view(self, view: str | None) -> None:
        """``status-reports`` (default), ``retrospectives``, ``adherence``, ``improvements``
        or ``workload``."""
        index = VIEWS.index(view) if view in VIEWS else 0
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Project ids: the adherence lists keep only those projects (the first one's
        checklist shown), with a bar saying so; None lists every project again."""
        self.actions_tab.overdue_check.setChecked(bool(area_filter and area_filter.overdue))
        if area_filter is not None and area_filter.overdue:
            self.filter_bar.show_filter(area_filter)
            return
        projects = area_filter.project_ids if area_filter else None
        if projects is None and self.adherence_tab.project_ids is None:
            self.filter_bar.show_filter(None)
            return
        self.filter_bar.show_filter(area_filter if projects is not None else None)
        self.adherence_tab.project_ids = projects
        self.adherence_tab.period = area_filter.weeks if area_filter and projects else ()
        if self.tabs.currentWidget() is self.adherence_tab:
            self.adherence_tab.refresh()
        else:
            self._fresh.discard(VIEWS.index("adherence"))
