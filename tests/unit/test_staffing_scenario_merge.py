"""Applying a scenario merges its own changes into the plan as it is by then; cells both
sides changed are conflicts the caller resolves; undo restores the plan exactly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.services.staffing import edits as st
from pmo_desktop.services.staffing import grid as sg
from pmo_desktop.services.staffing import scenarios as sc
from pmo_desktop.services.staffing.tables import CellKey
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_staffing import Scenario

W0 = date(2026, 3, 2)
W1 = W0 + timedelta(weeks=1)
WEEKS = [W0, W1]


@pytest.fixture
def team(portfolio: Portfolio) -> dict[str, int]:
    with portfolio.sessions.begin() as s:
        ana = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0)
        ben = Person(name="Ben Okafor", role=Role.PC, weekly_hours=40.0)
        program = Program(name="Web", client=Client(name="Acme Retail"))
        live = Project(name="Checkout", program=program, stage=Stage.ACTIVE)
        lead = Project(name="Search", program=program, stage=Stage.PROPOSAL)
        s.add_all([ana, ben, program, live, lead])
        s.flush()
        ids = {"ana": ana.id, "ben": ben.id, "live": live.id, "lead": lead.id}
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ids["ana"], ids["live"], [W0, W1], 20)
    return ids


def plan(portfolio: Portfolio) -> dict[CellKey, tuple[float, bool]]:
    with unit_of_work(portfolio.sessions) as s:
        return dict(sg.read_grid(s, WEEKS).cells)


def start(portfolio: Portfolio, name: str = "What if") -> int:
    with unit_of_work(portfolio.sessions) as s:
        return sc.start_scenario(s, name).id


def test_apply_brings_the_scenarios_changes_and_keeps_plan_edits_made_since(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    ana, ben, live, lead = team["ana"], team["ben"], team["live"], team["lead"]
    scenario = start(portfolio)
    with unit_of_work(portfolio.sessions) as s:  # the plan moves on meanwhile
        st.allocate(s, ben, live, [W1], 10)
    with unit_of_work(portfolio.sessions) as s:  # the scenario's own changes
        st.allocate(s, ana, live, [W0], 30, scenario_id=scenario)
        st.allocate(s, ana, lead, [W1], 8, scenario_id=scenario)
        st.clear_cells(s, [(ana, live, W1)], scenario_id=scenario)
        st.allocate(s, ben, live, [W0], 5, scenario_id=scenario)
        st.clear_cells(s, [(ben, live, W0)], scenario_id=scenario)  # changed back: no change
    before = plan(portfolio)
    with unit_of_work(portfolio.sessions) as s:  # the delta shows what applying would do
        delta = sc.scenario_delta(s, scenario)
    assert [(d.person, d.week, d.plan_hours, d.scenario_hours) for d in delta] == [
        ("Ana Lima", W0, 20, 30),
        ("Ana Lima", W1, 20, 8),
    ]  # not Ben's week: the plan's own edit stays when the scenario is applied
    with unit_of_work(portfolio.sessions) as s:
        merge = sc.merge_preview(s, scenario)
        assert merge.conflicts == ()
        changes = sc.apply_scenario(s, scenario)
    assert plan(portfolio) == {
        (ana, live, W0): (30, False),
        (ana, lead, W1): (8, True),
        (ben, live, W1): (10, False),  # replacing with the copy would have lost it
    }
    with unit_of_work(portfolio.sessions) as s:  # one undo step
        st.apply_changes(s, changes.inverse())
        sc.reopen_scenario(s, scenario)
    assert plan(portfolio) == before
    with unit_of_work(portfolio.sessions) as s:  # redo writes the same changes
        sc.reapply_scenario(s, scenario, changes)
    assert plan(portfolio)[(ana, live, W0)] == (30, False)


@pytest.mark.parametrize("scenario_wins", [False, True])
def test_a_cell_both_sides_changed_is_a_conflict_the_caller_settles(
    portfolio: Portfolio, team: dict[str, int], scenario_wins: bool
) -> None:
    ana, live = team["ana"], team["live"]
    scenario = start(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0], 30, scenario_id=scenario)
        st.allocate(s, ana, live, [W1], 0, scenario_id=scenario)
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0], 25)  # the plan changed the same cell
    with unit_of_work(portfolio.sessions) as s:
        merge = sc.merge_preview(s, scenario)
    assert [
        (c.person, c.project, c.week, c.base_hours, c.plan_hours, c.scenario_hours)
        for c in merge.conflicts
    ] == [("Ana Lima", "Checkout", W0, 20, 25, 30)]
    assert merge.clean == {(ana, live, W1): 0.0}
    wins = [merge.conflicts[0].key] if scenario_wins else []
    with unit_of_work(portfolio.sessions) as s:
        sc.apply_scenario(s, scenario, wins)
    expected = 30 if scenario_wins else 25
    assert plan(portfolio) == {(ana, live, W0): (expected, False)}


def test_a_scenario_without_a_recorded_base_applies_its_whole_copy(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    ana, ben, live = team["ana"], team["ben"], team["live"]
    scenario = start(portfolio, "Older scenario")
    with portfolio.sessions.begin() as s:  # as scenarios started before bases were kept
        s.execute(update(Scenario).where(Scenario.id == scenario).values(keeps_base=False))
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0], 12, scenario_id=scenario)
        st.allocate(s, ben, live, [W1], 6)
    with unit_of_work(portfolio.sessions) as s:
        sc.apply_scenario(s, scenario)
    assert plan(portfolio) == {(ana, live, W0): (12, False), (ana, live, W1): (20, False)}
