"""The People page: the team roster beside the selected person's 1:1s, goals, feedback,
onboarding and evaluation; calibration charts; team OKRs; team PDF and 1:1 calendar export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

from pmo_desktop.domain.cadence import Cadence
from pmo_desktop.domain.rating import period_of, previous_period
from pmo_desktop.domain.search import matches, words
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_people_view import Ui_PeopleView
from pmo_desktop.gui.people import columns
from pmo_desktop.gui.people.calibration import CalibrationCharts
from pmo_desktop.gui.people.commands import PeopleController, short
from pmo_desktop.gui.people.evaluation import EvaluationPanel
from pmo_desktop.gui.people.growth import FeedbackPanel, GoalsPanel, OnboardingPanel
from pmo_desktop.gui.people.one_on_one import OneOnOnePanel
from pmo_desktop.gui.people.team import TimeOffPanel
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.row_model import SORT_ROLE, RowModel
from pmo_desktop.services.people import evaluations as ev
from pmo_desktop.services.people import growth
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people.one_on_ones import RosterRow

TEAM_TAB, CALIBRATION_TAB, OKR_TAB = 0, 1, 2
ONE_ON_ONES, GOALS, FEEDBACK, ONBOARDING, EVALUATION, TIME_OFF = range(6)
VIEWS = {"calibration": CALIBRATION_TAB, "okrs": OKR_TAB}
PERSON_VIEWS = {
    "one-on-ones": ONE_ON_ONES,
    "evaluation": EVALUATION,
    "onboarding": ONBOARDING,
    "time-off": TIME_OFF,
}


class RosterProxy(QSortFilterProxyModel):
    """Sorts the roster by each column's sort value and keeps the people whose columns
    hold every word typed (name, role, …)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: tuple[str, ...] = ()

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:  # type: ignore[override]
        if not self._words:
            return True
        model = self.sourceModel()
        fields = (
            str(model.index(source_row, column).data() or "")
            for column in range(model.columnCount())
        )
        return matches(self._words, fields)


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
        self.controller = PeopleController(context.portfolio, context.undo_stack, self)
        self.model: RowModel[RosterRow] = RowModel(columns.ROSTER, self)
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
        self.one_on_ones = OneOnOnePanel(self.controller)
        self.goals = GoalsPanel(self.controller)
        self.feedback = FeedbackPanel(self.controller)
        self.onboarding = OnboardingPanel(self.controller)
        self.evaluation = EvaluationPanel(self.controller)
        self.time_off = TimeOffPanel(self.controller)
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
        for cadence in Cadence:
            ui.cadenceCombo.addItem(cadence.label, cadence.value)
        self.charts = CalibrationCharts(self.controller)
        ui.chartsScroll.setWidget(self.charts)
        self.okr_model: RowModel = RowModel(columns.OKRS, self)  # type: ignore[type-arg]
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
        ui.scheduleButton.clicked.connect(self.export_schedule)
        ui.teamPdfButton.clicked.connect(self.export_team)
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
        self.controller.changed.connect(self._on_changed)

    # ----------------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Re-read the roster (keeping the selected person) and what is shown."""
        today = date.today()
        rows = self.controller.read(lambda s: svc.team_roster(s, today))
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

    def _on_person(self, current: object, _previous: object) -> None:
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
            ui.cadenceCombo.setCurrentIndex(ui.cadenceCombo.findData(row.cadence.value))
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

    def _on_changed(self) -> None:
        """After an edit, undo or redo: refresh the roster row and the visible panel."""
        today = date.today()
        rows = self.controller.read(lambda s: svc.team_roster(s, today))
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
        periods = self.controller.read(ev.periods_with_evaluations)
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
            objectives = self.controller.read(lambda s: growth.team_okrs(s, period))
            rows = []
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
            lambda: team.edit_role_targets(self.controller, self),
        )
        menu.addAction(
            "Closure days (the whole team off)…",
            lambda: team.ClosureDaysDialog(self.controller, self).exec(),
        )
        more.setMenu(menu)
        for widget in (add, edit, more):
            header.addWidget(widget)
        self.ui.rosterTable.doubleClicked.connect(lambda _i: self.edit_person())

    def add_person(self) -> int | None:
        """The person editor for someone new; they are selected once added."""
        from pmo_desktop.gui.people.team import add_person

        person_id = add_person(self.controller, self)
        if person_id is not None:
            self.refresh()
            self.select_person(person_id)
        return person_id

    def import_people(self, path: Path | None = None) -> bool:
        """Import a people list (asked for when ``path`` is None) through its preview."""
        from pmo_desktop.gui.sheet_import import PEOPLE, import_sheet

        controller = self.controller
        done = import_sheet(
            PEOPLE, controller.portfolio, controller.stack, controller.changed.emit, self, path
        )
        if done:
            self.refresh()
        return done

    def edit_person(self, person_id: int | None = None) -> bool:
        """The person editor for the selected person (or ``person_id``)."""
        from pmo_desktop.gui.people.team import edit_person

        pid = person_id if person_id is not None else self.person_id
        if pid is None:
            return False
        saved = edit_person(self.controller, pid, self)
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
        if record_time_off(self.controller, TimeOffData(row.id, today, today), row.name, self):
            self.ui.personTabs.setCurrentIndex(TIME_OFF)
            self.time_off.refresh()

    def import_time_off(self, path: Path | None = None) -> bool:
        """Import the selected person's time off from an .ics file (one undo)."""
        from pmo_desktop.gui.people.team import import_time_off

        row = self._row(self.person_id)
        if row is None or not import_time_off(self.controller, row.id, row.name, self, path):
            return False
        self.ui.personTabs.setCurrentIndex(TIME_OFF)
        self.time_off.refresh()
        return True

    def set_active(self, active: bool) -> None:
        """Deactivate the selected person (off the roster and grid, history kept)."""
        from pmo_desktop.gui.people.team import set_active

        row = self._row(self.person_id)
        if row is not None and set_active(self.controller, row.id, row.name, active):
            self.refresh()

    def reactivate(self) -> None:
        """Pick a former member to bring back onto the roster."""
        from pmo_desktop.gui.people.team import set_active
        from pmo_desktop.services.people import roster

        people = self.controller.read(lambda s: roster.list_people(s, include_inactive=True))
        former = [p for p in people if not p.active]
        if not former:
            QMessageBox.information(self, "Reactivate", "Nobody has been deactivated.")
            return
        names = [f"{p.name} ({p.role.value})" for p in former]
        choice, ok = QInputDialog.getItem(self, "Reactivate", "Former member", names, 0, False)
        if ok and choice in names:
            person = former[names.index(choice)]
            if set_active(self.controller, person.id, person.name, True):
                self.refresh()
                self.select_person(person.id)

    def delete_person(self) -> bool:
        """Delete the selected person after a confirmation counting what goes with them."""
        from pmo_desktop.gui.people.team import delete_person

        row = self._row(self.person_id)
        if row is None:
            return False
        deleted = delete_person(self.controller, row.id, self)
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
        pid = row.id
        self.controller.apply(
            f"1:1 cadence of {short(row.name)}: {cadence.label.lower()}",
            lambda s: svc.set_cadence(s, pid, cadence),
            lambda s, prev: svc.set_cadence(s, pid, prev),
            lambda s, _prev: svc.set_cadence(s, pid, cadence),
        )

    def _score_key_result(self, index: object = None) -> None:
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
        period = period_of(date.today())
        text = title
        self.controller.apply(
            f"Add objective “{short(text)}”",
            lambda s: growth.add_objective(s, period, text),
            lambda s, oid: growth.delete_objective(s, oid),
        )
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
        text, oid = title, objective.id
        self.controller.apply(
            f"Add key result “{short(text)}”",
            lambda s: growth.add_key_result(s, oid, text),
            lambda s, kid: growth.delete_key_result(s, kid),
        )
        self._refresh_main_tab()

    def score_key_result(self, key_result_id: int, title: str, score: float) -> None:
        """Set a key result's score (undoable)."""
        self.controller.apply(
            f"Score “{short(title)}”: {score:.2f}",
            lambda s: growth.score_key_result(s, key_result_id, score),
            lambda s, prev: growth.score_key_result(s, key_result_id, prev),
            lambda s, _prev: growth.score_key_result(s, key_result_id, score),
        )
        self._refresh_main_tab()

    def export_schedule(self) -> None:
        """Export the team's 1:1 schedule as an iCalendar file."""
        from pmo_desktop.services.people.schedule import write_schedule

        path, _ = QFileDialog.getSaveFileName(
            self, "Export 1:1 schedule", "one-on-ones.ics", "iCalendar (*.ics)"
        )
        if not path:
            return
        count = self.controller.read(lambda s: write_schedule(s, Path(path), date.today()))
        QMessageBox.information(
            self, "1:1 schedule", literal(f"{count} recurring 1:1 series written to {path}.")
        )

    def export_team(self) -> None:
        """Export every team member's evaluation of a period into a folder, with progress."""
        from pmo_desktop.reports.pdf.evaluation import export_team

        periods = self.controller.read(ev.periods_with_evaluations)
        if not periods:
            QMessageBox.information(self, "Team evaluations", "No evaluations to export yet.")
            return
        period, ok = QInputDialog.getItem(self, "Team evaluations", "Period", periods, 0, False)
        if not ok:
            return
        folder = QFileDialog.getExistingDirectory(self, "Folder for the PDFs")
        if not folder:
            return
        password, ok = QInputDialog.getText(
            self,
            "Password",
            "Password to open the PDFs (leave empty for none)",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        dialog = QProgressDialog("Exporting evaluations…", "Cancel", 0, 1, self)
        dialog.setWindowTitle("Team evaluations")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int, name: str) -> bool:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(literal(f"{name} ({done + 1} of {total})") if name else "Done")
            return not dialog.wasCanceled()

        results = self.controller.read(
            lambda s: export_team(s, period, Path(folder), password or None, progress)
        )
        dialog.close()
        missing = set().union(*(r.missing for r in results)) if results else set()
        note = (
            f" {len(missing)} character(s) the font cannot draw are marked with \ufffd."
            if missing
            else ""
        )
        QMessageBox.information(
            self,
            "Team evaluations",
            literal(f"{len(results)} evaluation PDFs for {period} written to {folder}.{note}"),
        )

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
