"""The staffing page: toolbar, the grid with its legend, and the side panel (roster, open
roles, scenario delta, billability charts). The frame is the Designer form
``ui/staffing_page.ui``; the grid view, the legend chips and the models are set in code.

Edits go through the controller (grid requests, scenarios) or straight through
``gui/staffing/commands.py`` (imports) and ``gui/time_off.py``; each is announced on
``Edits.changed``, where the grid model repaints its cells and this page updates its side
panel or, for a wide change (time off, a scenario opened or closed), re-reads the grid.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.staffing import ScenarioStatus
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_staffing_page import Ui_StaffingPage
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.gui.staffing import commands
from pmo_desktop.gui.staffing.appearance import BAND_COLOURS, Display
from pmo_desktop.gui.staffing.commands import AREA, NothingChanged
from pmo_desktop.gui.staffing.controller import StaffingController, ask_conflicts, ask_over_limit
from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.gui.staffing.grid_view import StaffingGridView
from pmo_desktop.gui.staffing.rows import LIVE_STAGES, GroupBy, RowKind
from pmo_desktop.gui.staffing.side_panel import SidePanel
from pmo_desktop.gui.widgets import decimal_comma
from pmo_desktop.services.calendar.days_off import TimeOffData
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.actuals import ImportedActuals
from pmo_desktop.services.staffing.edits import Changes

if TYPE_CHECKING:
    from pmo_desktop.services.staffing.sheet_import import StaffingPreview

VISIBLE_WEEKS = 13  # this week + 12
PLAN = "Plan of record"
LEGEND = (
    ("under 50%", "light"),
    ("50–85%", "normal"),
    ("85–100%", "full"),
    ("over 100%", "over"),
)


class StaffingPage(AreaPage):
    """People × weeks with drag-and-drop allocation, roster, scenarios and billability."""

    #: The filter a Home tile put on the grid (its bar clears it).
    home_filter: AreaFilter | None = None
    filter_bar: FilterBar | None = None
    _row_hider: RowHider | None = None

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.model = StaffingGridModel(self)
        self.controller = StaffingController(context, self.model, self)
        self.controller.confirm_over = lambda error: ask_over_limit(self, error)
        self.controller.resolve_conflicts = lambda merge: ask_conflicts(self, merge)
        self.controller.failed.connect(self._show_error)
        self.controller.allocated.connect(self._edit_new_cell)
        self.controller.scenarios_changed.connect(self.refresh)
        context.edits.changed.connect(self._on_changed)
        self.today = date.today()

        # The page's frame is a Designer form; the grid and the models are set in code.
        self.ui = Ui_StaffingPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(spec.title)
        ui.titleLabel.setProperty("role", "title")
        self.summary = ui.summaryLabel
        self.summary.setProperty("role", "subtitle")
        self.group_combo = ui.groupCombo  # items in GroupBy order
        self.display_combo = ui.displayCombo
        self.display_combo.addItems([display.value for display in Display])
        self.zoom_combo = ui.zoomCombo
        self.tentative_box = ui.tentativeBox
        self.this_week = ui.thisWeekButton
        self.expand_button = ui.expandButton
        self.scenario_combo = ui.scenarioCombo
        self.start_button = ui.startButton
        self.apply_button = ui.applyButton
        self.discard_button = ui.discardButton
        self.export_button = ui.exportButton
        self.import_button = ui.importButton
        self.role_button = ui.roleButton
        self.limit_spin = ui.limitSpin
        self.limit_spin.setValue(int(self.controller.limit))

        self.view = StaffingGridView()
        self.view.setModel(self.model)
        self.view.clear_requested = self.controller.clear
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.cell_menu().exec(self.view.viewport().mapToGlobal(pos))
        )
        self.view.cells_requested = self.controller.set_many
        self.view.refused = self.controller.failed.emit
        self.controller.selected_weeks = self.view.selected_weeks
        ui.gridLayout.insertWidget(0, self.view, 1)
        for position, (text, key) in enumerate(LEGEND):
            chip = plain_label(f" {text} ")
            colour = BAND_COLOURS[next(b for b in BAND_COLOURS if b.value == key)]
            chip.setStyleSheet(f"background:{colour}; color:#1d2733; border-radius:3px;")
            ui.legendLayout.insertWidget(position, chip)
        ui.hintLabel.setProperty("role", "subtitle")

        self.panel = SidePanel(
            context,
            self.model.figures,
            tabs=ui.sideTabs,
            roster_view=ui.rosterTable,
            role_combo=ui.roleCombo,
            roster_layout=ui.rosterLayout,
            caption=ui.rosterCaption,
            demand_view=ui.demandTable,
            delta_view=ui.deltaTable,
            chart_layout=ui.chartLayout,
            visible_weeks=self.visible_weeks,
            scenario_id=lambda: self.controller.scenario_id,
            today=self.today,
            parent=self,
        )
        self.roster, self.roster_proxy = self.panel.roster, self.panel.roster_proxy
        self.roster_view, self.roster_search = ui.rosterTable, self.panel.search
        self.role_combo, self.roster_caption = ui.roleCombo, ui.rosterCaption
        self.demand, self.delta = self.panel.demand, self.panel.delta
        self.chart_box, self.chart_layout = ui.chartTab, ui.chartLayout
        self.side = ui.sideTabs
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([1000, 320])

        self.group_combo.currentIndexChanged.connect(
            lambda: self.model.set_group_by(list(GroupBy)[self.group_combo.currentIndex()])
        )
        self.display_combo.currentIndexChanged.connect(
            lambda: self.model.set_display(list(Display)[self.display_combo.currentIndex()])
        )
        self.tentative_box.toggled.connect(self.model.set_include_tentative)
        self.zoom_combo.currentIndexChanged.connect(self._zoom)
        self.this_week.clicked.connect(self._scroll_to_today)
        self.expand_button.clicked.connect(self._toggle_all)
        self.scenario_combo.currentIndexChanged.connect(self._scenario_selected)
        self.start_button.clicked.connect(self._start_scenario)
        self.apply_button.clicked.connect(self._apply_scenario)
        self.discard_button.clicked.connect(self._discard_scenario)
        self.export_button.clicked.connect(self._export)
        # One "Add" button: an open role, or time off on the weeks selected.
        self.add_menu = QMenu(self.role_button)
        self.add_menu.addAction("Open role (placeholder)…", self._add_role)
        self.add_menu.addAction("Time off on the selected weeks…", lambda: self.mark_time_off())
        self.role_button.setText("Add…")
        self.role_button.setToolTip(
            "An open role to fill later, or time off for a person: select their weeks (their "
            "row or any of their project rows) first; capacity and over-allocation follow"
        )
        self.role_button.clicked.connect(lambda: self._pop_up(self.add_menu, self.role_button))
        self.import_menu = QMenu(self.import_button)
        self.import_menu.addAction("Timesheet actuals (CSV)…", self._import_actuals)
        self.import_menu.addAction("Staffing sheet (CSV, XLSX)…", lambda: self.import_sheet())
        self.import_button.setText("Import…")
        self.import_button.setToolTip(
            "Timesheet actuals (person, date or week, project, hours, billable), or a staffing "
            "sheet (a row per person and project, a column per week; our own export re-imports)"
        )
        self.import_button.clicked.connect(
            lambda: self._pop_up(self.import_menu, self.import_button)
        )
        self.limit_spin.valueChanged.connect(lambda v: setattr(self.controller, "limit", float(v)))
        self.model.totalsChanged.connect(self._totals_changed)
        # Scrolling recounts the roster's free hours once it settles, not for every pixel.
        self._roster_timer = QTimer(self)
        self._roster_timer.setSingleShot(True)
        self._roster_timer.setInterval(0)
        self._roster_timer.timeout.connect(self.panel.update_roster)
        self.view.horizontalScrollBar().valueChanged.connect(lambda _: self._roster_timer.start())
        self.refresh()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Read the grid (plan or scenario), the scenarios, and repaint everything."""
        shown = commands.read_page(self.context.edits, self.controller.scenario_id)
        self.panel.set_skills(shown.skills)
        self.model.load(shown.grid)
        if self.model.collapsed:
            self.expand_button.setText("Expand all")
        self._fill_scenarios(shown.scenarios)
        self._scroll_to_today()
        self._update_side()

    def show_view(self, view: str | None) -> None:
        """``billability`` opens the charts, ``projects`` groups rows by client."""
        if view == "billability":
            self.side.setCurrentIndex(3)
        elif view == "projects":
            self.group_combo.setCurrentIndex(1)
        elif view is None:
            self.side.setCurrentIndex(0)

    def _fill_scenarios(self, scenarios: list[scen.ScenarioInfo]) -> None:
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        self.scenario_combo.addItem(PLAN, None)
        for info in scenarios:
            if info.status is ScenarioStatus.DRAFT:
                self.scenario_combo.addItem(f"{info.name} (draft)", info.id)
        index = self.scenario_combo.findData(self.controller.scenario_id)
        if index < 0:
            self.controller.scenario_id = None
            index = 0
        self.scenario_combo.setCurrentIndex(index)
        self.scenario_combo.blockSignals(False)
        in_scenario = self.controller.scenario_id is not None
        self.apply_button.setEnabled(in_scenario)
        self.discard_button.setEnabled(in_scenario)

    def visible_weeks(self) -> list[date]:
        """The weeks whose columns are on screen (this week + 12 before the first paint)."""
        first = self.view.columnAt(0)
        last = self.view.columnAt(max(0, self.view.viewport().width() - 1))
        weeks = self.model.weeks
        if first < 0 or not self.view.isVisible():
            start = monday_of(self.today)
            return [w for w in weeks if start <= w < start + timedelta(weeks=VISIBLE_WEEKS)]
        if last < 0:
            last = len(weeks) - 1
        return list(weeks[first : min(last, len(weeks) - 1) + 1])

    def _scroll_to_today(self) -> None:
        self.view.scroll_to_week(monday_of(self.today))

    def _zoom(self, index: int) -> None:
        self.model.set_by_month(index == 1)
        self._scroll_to_today()

    def _toggle_all(self) -> None:
        expand = self.expand_button.text() == "Expand all"
        self.model.set_all_expanded(expand)
        self.expand_button.setText("Collapse all" if expand else "Expand all")

    def _pop_up(self, menu: QMenu, button: QWidget) -> None:
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    # ------------------------------------------------------------------ after edits

    def _update_side(self, *, recount: bool = False) -> None:
        self.panel.update(recount=recount)
        grid = self.model.grid
        weeks = grid.weeks
        span = f"{weeks[0]:%d %b %Y} – {weeks[-1]:%d %b %Y}" if weeks else "no weeks"
        where = self.scenario_combo.currentText() or PLAN
        self.summary.setText(f"{where} · {len(grid.people)} people · {len(grid.cells)} allocations")
        self.summary.setToolTip(f"Loaded weeks: {span}")

    def _totals_changed(self) -> None:
        self._update_side(recount=True)

    def _on_changed(self, changed: Changed) -> None:
        """Time off (marked here or in People) changes capacity: the grid is re-read. A
        committed staffing step the model does not show (another scenario's cells, the
        actuals) updates the side panel."""
        result = changed.result
        if isinstance(result, TimeOffData):
            self.refresh()
        elif changed.area != AREA:
            return
        elif isinstance(result, ImportedActuals) or (
            isinstance(result, Changes) and result.scenario_id != self.model.grid.scenario_id
        ):
            self._update_side()

    def _edit_new_cell(self, person: int, project: int, week: date) -> None:
        """Open the editor on a freshly dropped allocation so its hours can be typed."""
        column = self.model.column_of(week)
        for kind in (RowKind.PERSON_PROJECT, RowKind.PROJECT_PERSON):
            row = self.model.row_of((kind, person, project, None, None))
            if row is not None and column is not None and self.view.isVisible():
                self.view.select_cell(row, column)
                self.view.edit(self.model.index(row, column))
                return

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Staffing", literal(message))

    # ------------------------------------------------------------------ scenarios

    def _scenario_selected(self) -> None:
        self.controller.scenario_id = self.scenario_combo.currentData()
        self.refresh()

    def cell_menu(self) -> QMenu:
        """The right-click menu of the grid: what can be done to the selected cells."""
        menu = QMenu(self)
        view, cells = self.view, self.view.selected_cells()
        fill = menu.addAction("&Fill Selected Cells…", self._ask_fill)
        menu.addSeparator()
        copy = menu.addAction("&Copy", view.copy_selection)
        cut = menu.addAction("Cu&t", view.cut_selection)
        menu.addAction("&Paste", lambda: view.paste_text(QGuiApplication.clipboard().text()))
        clear = menu.addAction("C&lear", lambda: self.controller.clear(cells))
        menu.addSeparator()
        menu.addAction("Time &Off on the Selected Weeks…", lambda: self.mark_time_off())
        for action in (fill, copy, cut, clear):
            action.setEnabled(bool(cells))
        return menu

    def _ask_fill(self) -> None:
        count = len(self.view.selected_cells())
        hours, ok = QInputDialog.getDouble(
            self, "Fill cells", f"Hours per week in the {count} selected cells:", 8.0, 0.0, 168.0, 1
        )
        if ok:
            self.view.fill_selection(f"{hours:g}")

    def _start_scenario(self) -> None:
        name, ok = QInputDialog.getText(self, "New scenario", "Name of the what-if scenario:")
        if ok:
            self.controller.start_scenario(name)
        self.view.setFocus()

    # After a scenario button, the grid takes the focus back: the button disables itself, and
    # the next widget in line (the limit spin box) would keep Ctrl+Z for its own text.
    def _apply_scenario(self) -> None:
        if self.controller.scenario_id is not None:
            self.controller.apply_scenario(self.controller.scenario_id)
        self.view.setFocus()

    def _discard_scenario(self) -> None:
        if self.controller.scenario_id is not None:
            self.controller.discard_scenario(self.controller.scenario_id)
        self.view.setFocus()

    # ------------------------------------------------------------------ dialogs and files

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog (tests replace this to fill and accept it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _add_role(self) -> None:
        from pmo_desktop.gui.staffing.dialogs import PlaceholderDialog

        projects = [p for p in self.model.grid.projects.values() if p.stage in LIVE_STAGES]
        dialog = PlaceholderDialog(projects, monday_of(self.today), self)
        if dialog.exec():
            project, role, label, hours, weeks = dialog.values()
            self.controller.add_placeholder(project, role, weeks, hours, label)

    def _import_actuals(self) -> None:
        from pmo_desktop.gui.staffing.dialogs import TimesheetDialog

        TimesheetDialog(self.context, self).exec()  # imported: the side panel follows

    def selected_person_weeks(self) -> tuple[int, str, list[date]] | None:
        """The person and weeks selected on the grid (one person), or None."""
        model = self.model
        found: dict[int, set[date]] = {}
        for index in self.view.selectedIndexes():
            row = model.rows[index.row()]
            week = model.week_of(index.column())
            if row.person_id is not None and week is not None:
                found.setdefault(row.person_id, set()).add(week)
        if len(found) != 1:
            return None
        ((person_id, weeks),) = found.items()
        person = model.figures.person(person_id)
        return person_id, person.name if person else "", sorted(weeks)

    def mark_time_off(self) -> bool:
        """Record time off for the selected weeks of one person (Monday to Friday of them)."""
        from pmo_desktop.gui.time_off import TimeOffDialog, add_time_off

        chosen = self.selected_person_weeks()
        if chosen is None:
            self._show_error(
                "Select the weeks of one person first: cells of their row or of their project rows."
            )
            return False
        person_id, name, weeks = chosen
        entry = TimeOffData(person_id, weeks[0], weeks[-1] + timedelta(days=4))
        recorded: list[TimeOffData] = []

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, TimeOffData)
            outcome = add_time_off(self.context.edits, data, name)
            if outcome.ok:
                recorded.append(outcome.state)  # and the grid re-reads (its capacity)
            return outcome.error

        return self.run_dialog(TimeOffDialog(save, entry, name, self)) and bool(recorded)

    def import_sheet(self, path: Path | None = None) -> bool:
        """Import a staffing sheet after showing what it will write (one undo step)."""
        from pmo_desktop.services.sheets import read_sheet
        from pmo_desktop.services.staffing import sheet_import

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Import a staffing sheet", "", "Spreadsheets (*.csv *.xlsx);;All files (*)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        day_first = QLocale().territory() != QLocale.Country.UnitedStates
        comma = decimal_comma()
        try:
            sheet = read_sheet(path)
            preview = self.context.edits.read(
                lambda s: sheet_import.preview_staffing(
                    s, sheet, day_first=day_first, decimal_comma=comma
                )
            )
        except ValidationError as exc:
            self._show_error(exc.message)
            return False
        if not preview.ok:
            shown = "\n".join(preview.problems[:10])
            more = len(preview.problems) - 10
            self._show_error(
                f"{path.name} was not imported; nothing changed.\n\n{shown}"
                + (f"\n… and {more} more" if more > 0 else "")
            )
            return False
        if not self.confirm_import(path.name, preview):
            return False
        outcome = commands.import_sheet(self.context.edits, path.name, preview)
        if outcome.error is not None and not isinstance(outcome.error, NothingChanged):
            self._show_error(outcome.error.message)
            return False
        self.refresh()
        return True

    def confirm_import(self, source: str, preview: StaffingPreview) -> bool:
        """Show the sheet row by row and ask before importing (tests replace this)."""
        from pmo_desktop.gui.staffing.sheet_dialog import StaffingSheetDialog

        return self.run_dialog(StaffingSheetDialog(source, preview, self))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export staffing", "staffing.xlsx", "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"
        )
        if not path:
            return
        from pmo_desktop.reports.staffing_export import export_staffing

        weeks = list(self.model.weeks)
        first = weeks[0] if weeks else None
        try:
            self.context.edits.read(lambda s: export_staffing(s, Path(path), first, len(weeks)))
        except (ValidationError, OSError) as error:
            self._show_error(str(error))

    # ------------------------------------------------------------------ Home filters

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Keep the grid rows of the people a Home tile is about and the weeks it looked at,
        with a bar saying so; None shows everything again."""
        if self.filter_bar is None:
            if area_filter is None:
                return
            self.filter_bar = FilterBar(self)
            self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(2, self.filter_bar)
            self._row_hider = RowHider(self.view)
            self.model.modelReset.connect(self._hide_weeks)
            self.model.layoutChanged.connect(self._hide_weeks)
        assert self._row_hider is not None
        self.home_filter = area_filter
        self.filter_bar.show_filter(area_filter)
        people = area_filter.person_ids if area_filter else None
        if people is not None and self.group_combo.currentIndex() != 0:
            self.group_combo.setCurrentIndex(0)  # rows by person
        model = self.model
        self._row_hider.set_keep(
            None if people is None else lambda row: model.rows[row].person_id in people
        )
        self._hide_weeks()
        if area_filter is not None and area_filter.weeks:
            self.view.scroll_to_week(area_filter.weeks[0])

    def _hide_weeks(self) -> None:
        weeks = set(self.home_filter.weeks) if self.home_filter else set()
        for column in range(self.model.columnCount()):
            span = self.model.span_of(column)  # None: the whole-plan total, not the tile's weeks
            hidden = bool(weeks) and (span is None or not weeks.intersection(span))
            self.view.setColumnHidden(column, hidden)
