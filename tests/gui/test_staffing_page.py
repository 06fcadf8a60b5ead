"""The staffing page over a small demo: grid, roster, scenarios, billability tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.staffing.page import StaffingPage
from pmo_desktop.gui.staffing.rows import RowKind
from pmo_desktop.services.demo import generate
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


def test_page_shows_demo_grid_roster_scenario_delta_and_charts(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    stack = QUndoStack()
    spec = default_areas().area("staffing")
    page = StaffingPage(AreaContext(portfolio, stack), spec)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    people = [r for r in model.rows if r.kind is RowKind.PERSON]
    assert len(people) == len(model.grid.people) > 5
    assert page.roster_proxy.rowCount() == page.roster.rowCount() == len(people)
    assert any(r.kind is RowKind.PLACEHOLDER for r in model.rows)
    with unit_of_work(portfolio.sessions) as session:
        info = scen.start_scenario(session, "Shift Q1 work")
    page.controller.scenario_id = info.id
    page.refresh()
    assert page.scenario_combo.currentData() == info.id
    cell = next(iter(model.grid.cells))
    assert page.controller.set_hours(cell[0], cell[1], cell[2], 0)
    page.side.setCurrentIndex(2)
    assert page.delta.rowCount() == 1
    page.side.setCurrentIndex(3)
    assert page.chart_layout.count() == 2
    assert page.controller.discard_scenario(info.id)
    stack.undo()
    with unit_of_work(portfolio.sessions) as session:
        assert scen.list_scenarios(session)[0].status.value == "draft"


def test_page_toolbar_switches_grouping_display_and_role_filter(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    page.group_combo.setCurrentIndex(1)
    assert page.model.rows[1].kind is RowKind.CLIENT
    page.display_combo.setCurrentIndex(1)
    assert page.model.display.value == "% capacity"
    page.role_combo.setCurrentIndex(page.role_combo.findText("Project Coordinator"))
    shown = {page.roster_proxy.index(i, 1).data() for i in range(page.roster_proxy.rowCount())}
    assert shown == {"PC"}
    assert page.roster_proxy.rowCount() == sum(1 for r in page.roster.rows if r.role.value == "PC")


def test_page_zooms_to_months(qtbot: QtBot, portfolio: Portfolio) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    weeks = page.model.columnCount()
    page.zoom_combo.setCurrentIndex(1)
    assert page.zoom_combo.isVisibleTo(page)
    assert page.model.by_month and page.model.columnCount() < weeks


def test_scenario_start_apply_and_their_undo_keep_grid_and_plan_in_step(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    stack = QUndoStack()
    page = StaffingPage(AreaContext(portfolio, stack), default_areas().area("staffing"))
    qtbot.addWidget(page)
    plan_before = dict(page.model.grid.cells)
    scenario_id = page.controller.start_scenario("Hire later")
    assert scenario_id is not None and page.scenario_combo.currentData() == scenario_id
    key = next(iter(page.model.grid.cells))
    assert page.controller.set_hours(*key, 0)
    assert page.controller.apply_scenario(scenario_id)
    assert page.controller.scenario_id is None and key not in page.model.grid.cells
    stack.undo()  # apply
    assert page.model.grid.cells == plan_before
    stack.undo()  # the edit in the scenario
    stack.undo()  # start
    with unit_of_work(portfolio.sessions) as session:
        assert scen.list_scenarios(session) == []
    assert page.scenario_combo.count() == 1


def test_person_dropped_from_roster_opens_the_new_cell_for_typing(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    page.group_combo.setCurrentIndex(1)
    model = page.model
    row = next(i for i, r in enumerate(model.rows) if r.kind is RowKind.PROJECT)
    project = model.rows[row].project_id
    column = model.column_of(model.this_week) or 0
    person = max(
        (p.id for p in model.grid.people if project not in model.grid.pairs.get(p.id, set())),
        key=lambda p: model.figures.free_hours(p, model.this_week),
    )
    page.controller.confirm_over = lambda error: True  # never a modal question in a test
    roster_row = next(i for i, r in enumerate(page.roster.rows) if r.person_id == person)
    mime = page.roster.mimeData([page.roster.index(roster_row, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(row, column))
    assert page.view.state() == QAbstractItemView.State.EditingState
    current = model.rows[page.view.currentIndex().row()]
    assert (current.person_id, current.project_id) == (person, project)


def test_after_applying_a_scenario_the_grid_has_the_focus_so_ctrl_z_undoes(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    scenario_id = page.controller.start_scenario("Focus")
    assert scenario_id is not None
    key = next(iter(page.model.grid.cells))
    assert page.controller.set_hours(*key, 0)
    page.limit_spin.setFocus()
    page.apply_button.click()
    assert page.controller.scenario_id is None
    assert page.view.hasFocus()  # not the limit spin box, which keeps Ctrl+Z for its text
