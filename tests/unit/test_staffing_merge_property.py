"""Applying a scenario never adds hours that neither side had: for random plans, random
scenario edits, random plan edits made meanwhile and random choices in the conflicts, every
cell ends as the side chosen for it says, and the plan's total is the sum of those."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.services.staffing import edits as staffing
from pmo_desktop.services.staffing import grid
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.edits import CellState
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

W0 = date(2026, 6, 1)
HOURS = st.sampled_from([0.0, 4.0, 8.0, 12.0, 16.0, 24.0])
#: Cells by (person index, project index, week index), two people, two projects, three weeks.
CELLS = [(p, j, w) for p in range(2) for j in range(2) for w in range(3)]
cell_values = st.fixed_dictionaries({c: HOURS for c in CELLS})
edits_of = st.dictionaries(st.sampled_from(CELLS), HOURS, max_size=6)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=cell_values,
    in_scenario=edits_of,
    in_plan=edits_of,
    scenario_wins=st.sets(st.sampled_from(CELLS)),
)
def test_the_merged_plan_is_what_the_chosen_sides_say(
    plan: dict, in_scenario: dict, in_plan: dict, scenario_wins: set
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        portfolio = open_portfolio(Path(folder) / "p.sqlite")
        try:
            with unit_of_work(portfolio.sessions) as s:
                people = [Person(name=f"P{i}", role=Role.PM, weekly_hours=40.0) for i in range(2)]
                program = Program(name="Web", client=Client(name="Acme"))
                projects = [
                    Project(name=f"J{i}", program=program, stage=Stage.ACTIVE) for i in range(2)
                ]
                s.add_all([*people, *projects])
                s.flush()
                pids, jids = [p.id for p in people], [j.id for j in projects]

            def key(c: tuple[int, int, int]) -> tuple[int, int, date]:
                return (pids[c[0]], jids[c[1]], W0 + timedelta(weeks=c[2]))

            with unit_of_work(portfolio.sessions) as s:
                staffing.set_cells(s, [CellState(*key(c), h) for c, h in plan.items()])
                scenario = scen.start_scenario(s, "What if").id
            with unit_of_work(portfolio.sessions) as s:
                staffing.set_cells(
                    s,
                    [CellState(*key(c), h) for c, h in in_scenario.items()],
                    scenario_id=scenario,
                )
            with unit_of_work(portfolio.sessions) as s:
                staffing.set_cells(s, [CellState(*key(c), h) for c, h in in_plan.items()])
            with unit_of_work(portfolio.sessions) as s:
                scen.apply_scenario(s, scenario, {key(c) for c in scenario_wins})
            with unit_of_work(portfolio.sessions) as s:
                final = grid.read_cells(s, [key(c) for c in CELLS])
        finally:
            portfolio.close()
    expected = {}
    for c in CELLS:
        was = plan[c]
        mine = in_scenario.get(c, was)
        theirs = in_plan.get(c, was)
        if mine == was or theirs == mine:
            expected[c] = theirs  # the scenario did not change it, or both agree
        elif theirs == was:
            expected[c] = mine  # only the scenario changed it
        else:
            expected[c] = mine if c in scenario_wins else theirs  # a conflict: the chosen side
    got = {c: final[key(c)][1] if key(c) in final else 0.0 for c in CELLS}
    assert got == expected
    assert sum(got.values()) == sum(expected.values())
