"""Applying a scenario from the GUI: conflicts asked about, one undo step, the dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.staffing.controller import StaffingController
from pmo_desktop.gui.staffing.dialogs import MergeConflictDialog
from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.services.staffing import edits as svc_edits
from pmo_desktop.services.staffing import grid as svc
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.tables import CellKey
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

W0 = date(2026, 3, 2)
WEEKS = [W0, W0 + timedelta(weeks=1)]


def _setup(portfolio: Portfolio) -> tuple[int, int, int]:
    with portfolio.sessions.begin() as s:
        ana = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0)
        ben = Person(name="Ben Okafor", role=Role.PC, weekly_hours=40.0)
        live = Project(
            name="Checkout",
            program=Program(name="Web", client=Client(name="Acme Retail")),
            stage=Stage.ACTIVE,
        )
        s.add_all([ana, ben, live])
        s.flush()
        ids = (ana.id, ben.id, live.id)
    with unit_of_work(portfolio.sessions) as s:
        svc_edits.allocate(s, ids[0], ids[2], WEEKS, 20)
    return ids


def _plan(portfolio: Portfolio) -> dict[CellKey, tuple[float, bool]]:
    with unit_of_work(portfolio.sessions) as s:
        return dict(svc.read_grid(s, WEEKS).cells)


def test_apply_asks_about_conflicts_then_undo_restores_the_plan_exactly(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    ana, ben, live = _setup(portfolio)
    stack = QUndoStack()
    model = StaffingGridModel()
    controller = StaffingController(AreaContext(portfolio, stack), model)
    asked: list[scen.ScenarioMerge] = []
    controller.resolve_conflicts = lambda merge: asked.append(merge) or None  # cancel
    scenario = controller.start_scenario("Rebalance")
    assert scenario is not None
    assert controller.set_hours(ana, live, W0, 32)  # in the scenario
    assert controller.set_hours(ben, live, WEEKS[1], 8)
    controller.scenario_id = None
    assert controller.set_hours(ana, live, W0, 24)  # the plan, same cell
    before = _plan(portfolio)
    assert not controller.apply_scenario(scenario)  # cancelled: nothing written
    assert _plan(portfolio) == before
    assert [(c.plan_hours, c.scenario_hours) for c in asked[0].conflicts] == [(24, 32)]

    controller.resolve_conflicts = lambda merge: {c.key for c in merge.conflicts}
    depth = stack.count()
    assert controller.apply_scenario(scenario)
    assert stack.count() == depth + 1
    after = _plan(portfolio)
    assert after[(ana, live, W0)] == (32, False) and after[(ben, live, WEEKS[1])] == (8, False)
    stack.undo()
    assert _plan(portfolio) == before
    with unit_of_work(portfolio.sessions) as s:
        assert scen.list_scenarios(s)[0].status.value == "draft"
    stack.redo()
    assert _plan(portfolio) == after


def test_conflict_dialog_lists_cells_and_chooses_a_side_per_cell(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, portfolio: Portfolio
) -> None:
    ana, _ben, live = _setup(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        scenario = scen.start_scenario(s, "Shift").id
        svc_edits.allocate(s, ana, live, WEEKS, 30, scenario_id=scenario)
    with unit_of_work(portfolio.sessions) as s:
        svc_edits.allocate(s, ana, live, WEEKS, 10)
    with unit_of_work(portfolio.sessions) as s:
        merge = scen.merge_preview(s, scenario)
    dialog = MergeConflictDialog(merge)
    qtbot.addWidget(dialog)
    model = dialog.conflicts
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(5)] == [
        "Ana Lima",
        "Checkout",
        "02 Mar 2026",
        "10",
        "30",
    ]
    assert dialog.scenario_wins() == set()  # the plan is kept unless chosen
    dialog.ui.scenarioWinsButton.click()
    assert dialog.scenario_wins() == {c.key for c in merge.conflicts}
    dialog.ui.keepPlanButton.click()
    wins = model.index(1, model.WINS)
    assert model.flags(wins) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(wins, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.scenario_wins() == {merge.conflicts[1].key}
    assert wins.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
