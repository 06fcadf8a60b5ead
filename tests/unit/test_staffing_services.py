"""Staffing services on a temp SQLite: grid read, edits with undo state, placeholders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.staffing import edits as st
from pmo_desktop.services.staffing import grid as sg
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project, TimeOff

W0 = date(2026, 3, 2)
W1 = W0 + timedelta(weeks=1)
W2 = W0 + timedelta(weeks=2)


@pytest.fixture
def team(portfolio: Portfolio) -> dict[str, int]:
    """Two people, an active and a pipeline project, a holiday in week 1."""
    with portfolio.sessions.begin() as s:
        ana = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0)
        ben = Person(name="Ben Okafor", role=Role.PC, weekly_hours=40.0)
        client = Client(name="Acme Retail")
        program = Program(name="Web", client=client)
        live = Project(name="Checkout", program=program, stage=Stage.ACTIVE)
        lead = Project(name="Search", program=program, stage=Stage.PROPOSAL)
        s.add_all([ana, ben, client, program, live, lead])
        s.flush()
        s.add(TimeOff(person_id=ana.id, start_date=W1, end_date=W1, kind="holiday"))
        return {"ana": ana.id, "ben": ben.id, "live": live.id, "lead": lead.id}


def grid(portfolio: Portfolio, weeks: int = 3) -> sg.StaffingGrid:
    with unit_of_work(portfolio.sessions) as s:
        return sg.read_grid(s, [W0 + timedelta(weeks=i) for i in range(weeks)])


def test_grid_reads_cells_capacity_and_tentative_flag(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, team["ana"], team["live"], [W0, W1], 24)
        st.allocate(s, team["ana"], team["lead"], [W0], 8)
    g = grid(portfolio)
    assert g.cells[(team["ana"], team["live"], W1)] == (24, False)
    assert g.cells[(team["ana"], team["lead"], W0)] == (8, True)
    assert g.capacity[(team["ana"], W0)] == 40
    assert g.capacity[(team["ana"], W1)] == 32  # the holiday
    assert [p.name for p in g.people] == ["Ana Lima", "Ben Okafor"]


def test_changes_hold_prior_state_and_undo_restores_it(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, team["ana"], team["live"], [W0], 16)
    with unit_of_work(portfolio.sessions) as s:
        changes = st.allocate(s, team["ana"], team["live"], [W0, W1], 24)
    assert {c.hours for c in changes.before} == {16, 0}
    with unit_of_work(portfolio.sessions) as s:
        st.apply_changes(s, changes.inverse())
    g = grid(portfolio)
    assert g.cells == {(team["ana"], team["live"], W0): (16, False)}
    with unit_of_work(portfolio.sessions) as s:
        st.apply_changes(s, changes)
    assert grid(portfolio).cells[(team["ana"], team["live"], W1)] == (24, False)


def test_move_reassign_and_copy(portfolio: Portfolio, team: dict[str, int]) -> None:
    ana, ben, live = team["ana"], team["ben"], team["live"]
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0, W1], 10)
    with unit_of_work(portfolio.sessions) as s:  # move both weeks one week later
        st.transfer(s, [(ana, live, W0), (ana, live, W1)], week_shift=1)
    assert grid(portfolio).cells == {(ana, live, W1): (10, False), (ana, live, W2): (10, False)}
    with unit_of_work(portfolio.sessions) as s:
        st.transfer(s, [(ana, live, W1)], to_person=ben)
    with unit_of_work(portfolio.sessions) as s:
        st.transfer(s, [(ben, live, W1)], to_person=ana, week_shift=1, copy=True)
    cells = grid(portfolio).cells
    assert cells == {(ben, live, W1): (10, False), (ana, live, W2): (20, False)}


def test_over_limit_refused_with_percent_and_nothing_written(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with pytest.raises(st.OverLimitError) as caught, unit_of_work(portfolio.sessions) as s:
        st.allocate(s, team["ana"], team["live"], [W1], 40, allow_over_limit=False)
    assert caught.value.over[0].percent == pytest.approx(125)  # 40 h of 32 h
    assert "125%" in str(caught.value)
    assert grid(portfolio).cells == {}
    with unit_of_work(portfolio.sessions) as s:  # confirmed
        st.allocate(s, team["ana"], team["live"], [W1], 40, allow_over_limit=True)
    assert grid(portfolio).cells[(team["ana"], team["live"], W1)][0] == 40


def test_placeholder_fill_keeps_the_rest_as_smaller_placeholder(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    live, ben = team["live"], team["ben"]
    with unit_of_work(portfolio.sessions) as s:
        st.add_placeholder(s, live, Role.SPM, [W0, W1], 30)
    label = "Senior Project Manager — TBD"
    with unit_of_work(portfolio.sessions) as s:
        changes = st.fill_placeholder(
            s, live, label, [W0, W1], ben, hours_per_week={W0: 20, W1: 30}
        )
    g = grid(portfolio)
    assert g.cells[(ben, live, W0)] == (20, False)
    assert g.placeholders == {(live, label, W0): (Role.SPM, 10)}
    assert sg.open_demand(g) == [sg.RoleDemand(Role.SPM, 10)]
    with unit_of_work(portfolio.sessions) as s:
        st.apply_changes(s, changes.inverse())
    g = grid(portfolio)
    assert g.cells == {}
    assert g.placeholders[(live, label, W1)] == (Role.SPM, 30)


def test_hours_out_of_range_refused(portfolio: Portfolio, team: dict[str, int]) -> None:
    with (
        pytest.raises(ValidationError, match="between 0 and 168"),
        unit_of_work(portfolio.sessions) as s,
    ):
        st.allocate(s, team["ana"], team["live"], [W0], 200)
