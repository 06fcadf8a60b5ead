"""The People page: the team roster beside the selected person's 1:1s, goals, feedback,
onboarding and evaluation; calibration charts; team OKRs; team PDF and 1:1 calendar export.

Every edit of the area goes through ``gui.people.commands`` (one undoable ``Edits.run``
each); the page repaints from ``Edits.changed`` for the area "people": the roster, then the
person tab on screen (the others reload when shown) and the calibration or OKR tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from pmo_desktop.domain.cadence import Cadence
from pmo_desktop.domain.rating import period_of, previous_period
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.edits import Changed, Edits
from pmo_desktop.gui.forms.ui_people_view import Ui_PeopleView
from pmo_desktop.gui.people import commands, exports, models
from pmo_desktop.gui.people.calibration import CalibrationCharts
from pmo_desktop.gui.people.evaluation import EvaluationPanel
from pmo_desktop.gui.people.growth import FeedbackPanel, GoalsPanel, OnboardingPanel
from pmo_desktop.gui.people.models import OkrRow, RosterProxy
from pmo_desktop.gui.people.one_on_one import OneOnOnePanel
from pmo_desktop.gui.people.team import TimeOffPanel
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.row_model import RowModel
from pmo_desktop.gui.widgets import fill_choices, select_data
from pmo_desktop.services.people import growth
from pmo_desktop.services.people.calibration import periods_with_evaluations
from pmo_desktop.services.people.team import RosterRow, team_roster

TEAM_TAB, CALIBRATION_TAB, OKR_TAB = 0, 1, 2
ONE_ON_ONES, GOALS, FEEDBACK, ONBOARDING, EVALUATION, TIME_OFF = range(6)
VIEWS = {"calibration": CALIBRATION_TAB, "okrs": OKR_TAB}
PERSON_VIEWS = {
    "one-on-ones": ONE_ON_ONES,
    "evaluation": EVALUATION,
    "onboarding": ONBOARDING,
    "time-off": TIME_OFF,
}


class PeoplePage(AreaPage):
    """The People area page."""

    #: The filter a Home tile put on the roster (its bar clears it).
    home_filter: AreaFilter | None = None
    filter_bar: FilterBar | None = None
    _roster_hider: RowHider | None = None

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.ui = Ui_PeopleView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        ui.countLabel.setProperty("role", "subtitle")
        ui.personTitle.setProperty("role", "section")
        ui.personSubtitle.setProperty("role", "note")
        ui.calibrationNote.setProperty("role", "note")
        self.model: RowModel[RosterRow] = RowModel(models.ROSTER, self)
        self.proxy = RosterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.rosterTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ui.rosterPanel.setMinimumHeight(170)
        ui.teamSplitter.setStretchFactor(0, 2)
        ui.teamSplitter.setStretchFactor(1, 5)
        self.one_on_ones = OneOnOnePanel(context)
        self.goals = GoalsPanel(context)
        self.feedback = FeedbackPanel(context)
        self.onboarding = OnboardingPanel(context)
        self.evaluation = EvaluationPanel(context)
        self.time_off = TimeOffPanel(context)
        for panel, title in (
            (self.one_on_ones, "1:1s"),
            (self.goals, "Goals"),
            (self.feedback, "Feedback"),
            (self.onboarding, "Onboarding"),
            (self.evaluation, "Evaluation"),
            (self.time_off, "Time off"),
        ):
            ui.personTabs.addTab(panel, title)
        self._team_buttons()
        fill_choices(ui.cadenceCombo, [(cadence.label, cadence.value) for cadence in Cadence])
        self.charts = CalibrationCharts(context)
        ui.chartsScroll.setWidget(self.charts)
        self.okr_model: RowModel[OkrRow] = RowModel(models.OKRS, self)
        ui.okrTable.setModel(self.okr_model)
        ui.okrTable.verticalHeader().setVisible(False)
        ui.okrTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.person_id: int | None = None
        self._loaded_tabs: set[int] = set()
        table.selectionModel().currentRowChanged.connect(self._on_person)
        ui.searchEdit.textChanged.connect(self.proxy.set_search_text)
        ui.personTabs.currentChanged.connect(lambda _i: self._refresh_person_tab())
        ui.mainTabs.currentChanged.connect(lambda _i: self._refresh_main_tab())
        ui.periodCombo.activated.connect(lambda _i: self._refresh_main_tab())
        ui.cadenceCombo.activated.connect(self._on_cadence)
        ui.scheduleButton.clicked.connect(lambda: exports.export_schedule(context, self))
        ui.teamPdfButton.clicked.connect(lambda: exports.export_team(context, self))
        ui.okrTable.doubleClicked.connect(self._score_key_result)
        okr_buttons = QHBoxLayout()
        okr_buttons.addStretch(1)
        for text, slot in (
            ("Add objective…", self.add_objective),
            ("Add key result…", self.add_key_result),
            ("Score…", lambda: self._score_key_result(None)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            okr_buttons.addWidget(button)
        ui.okrLayout.addLayout(okr_buttons)
        context.edits.changed.connect(self._on_changed)

    @property
    def edits(self) -> Edits:
        """The window's edit runner (reads and undoable edits)."""
        return self.context.edits

    # ----------------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Re-read the roster (keeping the selected person) and what is shown."""
        today = date.today()
        rows = self.edits.read(lambda s: team_roster(s, today))
        self.model.set_rows(rows)
        table = self.ui.rosterTable
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column) + 10, 260))
        self.ui.countLabel.setText(f"{len(rows)} team member{'s' if len(rows) != 1 else ''}")
        ids = [r.id for r in rows]
        target = self.person_id if self.person_id in ids else (ids[0] if ids else None)
        self.select_person(target)
        self._fill_periods()
        self._refresh_main_tab()

    def select_person(self, person_id: int | None) -> None:
        """Select a person on the roster and show their page."""
        if person_id is None:
            self._show_person(None)
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).id == person_id:
                self.ui.rosterTable.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._show_person(person_id)
                return
        self._show_person(None)

    def _on_person(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        index = self.ui.rosterTable.currentIndex()
        if index.isValid():
            row = self.model.row_at(self.proxy.mapToSource(index).row())
            if row.id != self.person_id:
                self._show_person(row.id)

    def _row(self, person_id: int | None) -> RosterRow | None:
        return next((r for r in self.model.rows() if r.id == person_id), None)

    def _show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self._loaded_tabs = set()
        row = self._row(person_id)
        ui = self.ui
        ui.personTabs.setEnabled(row is not None)
        ui.cadenceCombo.setEnabled(row is not None)
        if row is None:
            ui.personTitle.setText("Select someone on the team")
            ui.personSubtitle.setText("")
        else:
            ui.personTitle.setText(row.name)
            start = f"joined {row.start_date:%d %b %Y}" if row.start_date else "start unknown"
            ui.personSubtitle.setText(
                f"{row.role.full_title} · {start} · {row.open_actions} open action"
                f"{'s' if row.open_actions != 1 else ''}"
            )
            select_data(ui.cadenceCombo, row.cadence.value)
        self._refresh_person_tab()

    def _refresh_person_tab(self) -> None:
        """Load the visible person tab (others load when first shown)."""
        index = self.ui.personTabs.currentIndex()
        if index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        row = self._row(self.person_id)
        pid, name = (row.id, row.name) if row else (None, "")
        panel = self.ui.personTabs.widget(index)
        if isinstance(panel, (OneOnOnePanel, EvaluationPanel, TimeOffPanel)):
            panel.set_person(pid, name)
        elif isinstance(panel, (GoalsPanel, FeedbackPanel, OnboardingPanel)):
            panel.set_person(pid)

    def _on_changed(self, changed: Changed) -> None:
        """After a People edit, undo or redo: refresh the roster and the visible panel."""
        if changed.area != commands.AREA:
            return
        today = date.today()
        rows = self.edits.read(lambda s: team_roster(s, today))
        self.model.set_rows(rows)
        self.ui.countLabel.setText(f"{len(rows)} team member{'s' if len(rows) != 1 else ''}")
        if self.person_id is not None and self._row(self.person_id) is None:
            # The person shown is gone (deleted, deactivated, an add undone): show another.
            self.select_person(rows[0].id if rows else None)
            if self.ui.mainTabs.currentIndex() != TEAM_TAB:
                self._refresh_main_tab()
            return
        self._loaded_tabs = set()
        index = self.ui.personTabs.currentIndex()
        self._loaded_tabs.add(index)
        panel = self.ui.personTabs.widget(index)
        refresh = getattr(panel, "refresh", None)
        if refresh is not None:
            refresh()
        if self.ui.mainTabs.currentIndex() != TEAM_TAB:
            self._refresh_main_tab()

    def _fill_periods(self) -> None:
        periods = self.edits.read(periods_with_evaluations)
        combo = self.ui.periodCombo
        chosen = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(periods)
        default = previous_period(period_of(date.today()))
        pick = chosen if chosen in periods else (default if default in periods else None)
        combo.setCurrentIndex(periods.index(pick) if pick else (0 if periods else -1))
        combo.blockSignals(False)

    def _refresh_main_tab(self) -> None:
        tab = self.ui.mainTabs.currentIndex()
        if tab == CALIBRATION_TAB:
            period = self.ui.periodCombo.currentText() or None
            self.charts.show_period(period)
            rated = [r for r in self.charts.rows if r.overall is not None]
            self.ui.calibrationNote.setText(
                f"{len(rated)} rated · performance from the overall rating, potential from the "
                "evaluation"
                if period
                else ""
            )
        elif tab == OKR_TAB:
            period = period_of(date.today())
            objectives = self.edits.read(lambda s: growth.team_okrs(s, period))
            rows: list[OkrRow] = []
            for objective in objectives:
                rows.append((objective, None))
                rows.extend((objective, kr) for kr in objective.key_results)
            self.okr_model.set_rows(rows)
            self.ui.okrNote.setText(
                f"Team OKRs for {period}. Key results are scored 0–1: 0.7–1.0 green, "
                "0.4–0.7 yellow, below red. Double-click a key result to score it."
            )

    def show_view(self, view: str | None) -> None:
        """``people`` (team), ``calibration``, ``okrs``, or a person tab like ``evaluation``."""
        if view in VIEWS:
            self.ui.mainTabs.setCurrentIndex(VIEWS[view])
        else:
            self.ui.mainTabs.setCurrentIndex(TEAM_TAB)
            self.ui.personTabs.setCurrentIndex(PERSON_VIEWS.get(view or "", ONE_ON_ONES))

    # ------------------------------------------------------------------------- edits

    def _team_buttons(self) -> None:
        """Add person, Edit, and a menu with the rest of the team's records."""
        from pmo_desktop.gui.people import team

        header = self.ui.rosterHeader
        add = QPushButton("Add person…")
        add.setToolTip("Add someone to the team (Ctrl+Z takes it back)")
        add.clicked.connect(lambda: self.add_person())
        edit = QPushButton("Edit…")
        edit.setToolTip("Role, manager, hours, dates, holidays, skills of the selected person")
        edit.clicked.connect(lambda: self.edit_person())
        more = QToolButton()
        more.setText("More")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction("Import a people list (CSV, XLSX)…", self.import_people)
        menu.addAction("Add time off…", self.add_time_off)
        menu.addAction("Import time off (iCalendar)…", lambda: self.import_time_off())
        menu.addSeparator()
        menu.addAction("Deactivate (keeps history)", lambda: self.set_active(False))
        menu.addAction("Reactivate a former member…", self.reactivate)
        menu.addAction("Delete person…", lambda: self.delete_person())
        menu.addSeparator()
        menu.addAction(
            "Roles and billability targets…",
            lambda: team.edit_role_targets(self.context, self),
        )
        menu.addAction(
            "Closure days (the whole team off)…",
            lambda: team.ClosureDaysDialog(self.context, self).exec(),
        )
        more.setMenu(menu)
        for widget in (add, edit, more):
            header.addWidget(widget)
        self.ui.rosterTable.doubleClicked.connect(lambda _i: self.edit_person())

    def add_person(self) -> int | None:
        """The person editor for someone new; they are selected once added."""
        from pmo_desktop.gui.people.team import add_person

        person_id = add_person(self.context, self)
        if person_id is not None:
            self.refresh()
            self.select_person(person_id)
        return person_id

    def import_people(self, path: Path | None = None) -> bool:
        """Import a people list (asked for when ``path`` is None) through its preview."""
        from pmo_desktop.gui.sheet_import import PEOPLE, import_sheet

        done = import_sheet(PEOPLE, self.edits, self, path)
        if done:
            self.refresh()
        return done

    def edit_person(self, person_id: int | None = None) -> bool:
        """The person editor for the selected person (or ``person_id``)."""
        from pmo_desktop.gui.people.team import edit_person

        pid = person_id if person_id is not None else self.person_id
        if pid is None:
            return False
        saved = edit_person(self.context, pid, self)
        if saved:
            self.refresh()
        return saved

    def add_time_off(self) -> None:
        """Record time off for the selected person."""
        from pmo_desktop.gui.people.team import record_time_off
        from pmo_desktop.services.calendar.days_off import TimeOffData

        row = self._row(self.person_id)
        if row is None:
            return
        today = date.today()
        if record_time_off(self.context, TimeOffData(row.id, today, today), row.name, self):
            self.ui.personTabs.setCurrentIndex(TIME_OFF)
            self.time_off.refresh()

    def import_time_off(self, path: Path | None = None) -> bool:
        """Import the selected person's time off from an .ics file (one undo)."""
        from pmo_desktop.gui.people.team import import_time_off

        row = self._row(self.person_id)
        if row is None or not import_time_off(self.context, row.id, row.name, self, path):
            return False
        self.ui.personTabs.setCurrentIndex(TIME_OFF)
        self.time_off.refresh()
        return True

    def set_active(self, active: bool) -> None:
        """Deactivate the selected person (off the roster and grid, history kept)."""
        from pmo_desktop.gui.people.team import set_active

        row = self._row(self.person_id)
        if row is not None and set_active(self.context, row.id, row.name, active):
            self.refresh()

    def reactivate(self) -> None:
        """Pick a former member to bring back onto the roster."""
        from pmo_desktop.gui.people.team import set_active
        from pmo_desktop.services.people import roster

        people = self.edits.read(lambda s: roster.list_people(s, include_inactive=True))
        former = [p for p in people if not p.active]
        if not former:
            QMessageBox.information(self, "Reactivate", "Nobody has been deactivated.")
            return
        names = [f"{p.name} ({p.role.value})" for p in former]
        choice, ok = QInputDialog.getItem(self, "Reactivate", "Former member", names, 0, False)
        if ok and choice in names:
            person = former[names.index(choice)]
            if set_active(self.context, person.id, person.name, True):
                self.refresh()
                self.select_person(person.id)

    def delete_person(self) -> bool:
        """Delete the selected person after a confirmation counting what goes with them."""
        from pmo_desktop.gui.people.team import delete_person

        row = self._row(self.person_id)
        if row is None:
            return False
        deleted = delete_person(self.context, row.id, self)
        if deleted:
            self.refresh()
        return deleted

    def _on_cadence(self, _index: int) -> None:
        row = self._row(self.person_id)
        if row is None:
            return
        cadence = Cadence(self.ui.cadenceCombo.currentData())
        if cadence is row.cadence:
            return
        commands.set_cadence(self.edits, row.id, row.name, cadence)

    def _score_key_result(self, _index: QModelIndex | None = None) -> None:
        """Double-click on a key result: score it 0–1 (undoable)."""
        current = self.ui.okrTable.currentIndex()
        if not current.isValid():
            return
        _objective, kr = self.okr_model.row_at(current.row())
        if kr is None:
            return
        score, ok = QInputDialog.getDouble(
            self, "Score key result", literal(kr.title), kr.score, 0.0, 1.0, 2
        )
        if ok:
            self.score_key_result(kr.id, kr.title, score)

    def add_objective(self, title: str | None = None) -> None:
        """Add a team objective for the current period (undoable)."""
        if title is None:
            title, ok = QInputDialog.getText(self, "Team objective", "Objective")
            if not ok:
                return
        commands.add_objective(self.edits, period_of(date.today()), title)
        self._refresh_main_tab()

    def add_key_result(self, title: str | None = None) -> None:
        """Add a key result to the selected objective (undoable)."""
        current = self.ui.okrTable.currentIndex()
        if not current.isValid():
            return
        objective, _kr = self.okr_model.row_at(current.row())
        if title is None:
            title, ok = QInputDialog.getText(self, "Key result", literal(objective.title))
            if not ok:
                return
        commands.add_key_result(self.edits, objective.id, title)
        self._refresh_main_tab()

    def score_key_result(self, key_result_id: int, title: str, score: float) -> None:
        """Set a key result's score (undoable)."""
        commands.score_key_result(self.edits, key_result_id, title, score)
        self._refresh_main_tab()

    # ------------------------------------------------------------------ Home filters

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Keep on the roster the people a Home tile is about (the first one selected), with
        a bar saying so; None shows the whole team again."""
        if self.filter_bar is None:
            if area_filter is None:
                return
            self.filter_bar = FilterBar(self)
            self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
            self.ui.peopleLayout.insertWidget(1, self.filter_bar)
            self._roster_hider = RowHider(self.ui.rosterTable)
        assert self._roster_hider is not None
        self.home_filter = area_filter
        self.filter_bar.show_filter(area_filter)
        people = area_filter.person_ids if area_filter else None
        proxy, model = self.proxy, self.model

        def keep(row: int) -> bool:
            assert people is not None
            return model.row_at(proxy.mapToSource(proxy.index(row, 0)).row()).id in people

        self._roster_hider.set_keep(None if people is None else keep)
        shown = self._roster_hider.shown_rows()
        if people is not None and shown:
            first = proxy.mapToSource(proxy.index(shown[0], 0)).row()
            self.select_person(model.row_at(first).id)
