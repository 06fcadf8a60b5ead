"""The team from an empty portfolio: people added, edited, deactivated, deleted and brought
back; role targets; time off, public holidays and closure days in capacity and billability."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.calendar import days_off as team_calendar
from pmo_desktop.services.calendar.days_off import TimeOffData
from pmo_desktop.services.people import roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.staffing.actuals import billability
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project, TimeOff
from pmo_desktop.store.models_people import OneOnOne

MONDAY = date(2026, 12, 21)  # Christmas week: Friday the 25th is a holiday in GB and US


def add(portfolio: Portfolio, **fields: object) -> int:
    with unit_of_work(portfolio.sessions) as session:
        return roster.add_person(session, PersonData(**fields))  # type: ignore[arg-type]


def capacity(portfolio: Portfolio, person_id: int, week: date) -> float:
    with unit_of_work(portfolio.sessions) as session:
        people = staffing.list_staff_by_ids(session, [person_id])
        return staffing.capacities(session, people, [week])[(person_id, week)]


def test_a_new_person_is_saved_with_everything_the_editor_sets(portfolio: Portfolio) -> None:
    lead = add(portfolio, name="Ana García", role=Role.SPM)
    pid = add(
        portfolio,
        name="  李明 <b>&  ",
        role=Role.PM,
        email="li@example.org",
        manager_id=lead,
        start_date=date(2026, 1, 5),
        workweek=(8, 8, 8, 8, 0, 0, 0),
        billable_target=75,
        holiday_country="gb",
        holiday_region="sct",
        notes="مرحبا 🎉",
        skills=(("Jira", 4), ("SAFe", 2)),
    )
    with unit_of_work(portfolio.sessions) as session:
        data = roster.person_data(session, pid)
    assert data.name == "李明 <b>&"
    assert data.weekly_hours == 32 and data.workweek == (8, 8, 8, 8, 0, 0, 0)
    assert (data.holiday_country, data.holiday_region) == ("GB", "SCT")
    assert data.skills == (("Jira", 4), ("SAFe", 2)) and data.manager_id == lead
    with unit_of_work(portfolio.sessions) as session:
        listed = {r.name: r for r in roster.list_people(session)}
    assert listed["李明 <b>&"].billable_target == 75
    assert listed["Ana García"].billable_target == 70  # the SPM default
    assert listed["李明 <b>&"].manager == "Ana García"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "  "}, "name", "needs a name"),
        ({"name": "X", "weekly_hours": 81}, "weekly_hours", "0 to 80"),
        ({"name": "X", "weekly_hours": -1}, "weekly_hours", "0 to 80"),
        ({"name": "X", "workweek": (25, 0, 0, 0, 0, 0, 0)}, "workweek", "0 to 24"),
        (
            {"name": "X", "start_date": date(2026, 5, 1), "end_date": date(2026, 4, 30)},
            "end_date",
            "before the start date",
        ),
        ({"name": "X", "start_date": date(1752, 1, 1)}, "start_date", "between 1900"),
        ({"name": "X", "billable_target": 101}, "billable_target", "0 to 100"),
        ({"name": "X", "email": "not an address"}, "email", "not an email"),
        ({"name": "X", "holiday_country": "XX"}, "holiday_country", "no public-holiday"),
        ({"name": "X", "holiday_country": "GB", "holiday_region": "ZZ"}, "holiday_region", "ZZ"),
        ({"name": "X", "holiday_region": "SCT"}, "holiday_region", "needs its country"),
        ({"name": "X", "skills": (("Jira", 6),)}, "skills", r"1 \(learning\) to 5"),
        ({"name": "X", "skills": (("Jira", 3), ("jira", 4))}, "skills", "twice"),
        ({"name": "X", "manager_id": 999}, "manager_id", "not in the portfolio"),
        ({"name": "x" * 201}, "name", "longer than 200"),
    ],
)
def test_what_cannot_be_saved_is_refused_naming_the_field(
    portfolio: Portfolio, fields: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        add(portfolio, **fields)
    assert refused.value.field == field
    with unit_of_work(portfolio.sessions) as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_duplicate_name_is_a_warning_and_a_reporting_circle_a_refusal(
    portfolio: Portfolio,
) -> None:
    a = add(portfolio, name="Sam Lee")
    with unit_of_work(portfolio.sessions) as session:
        checked = roster.check_person(session, PersonData(name="sam lee"))
    assert checked.warnings and "already named" in checked.warnings[0]
    b = add(portfolio, name="sam lee", manager_id=a)
    with unit_of_work(portfolio.sessions) as session:
        data = roster.person_data(session, a)
        assert not roster.check_person(session, data, a).warnings  # unchanged name: no nag
        with pytest.raises(ValidationError, match="circle"):
            roster.update_person(session, a, PersonData(name="Sam Lee", manager_id=b))
        with pytest.raises(ValidationError, match="own manager"):
            roster.update_person(session, a, PersonData(name="Sam Lee", manager_id=a))


def test_editing_returns_what_undo_needs(portfolio: Portfolio) -> None:
    pid = add(portfolio, name="Kim", role=Role.PC, skills=(("Excel", 3),))
    with unit_of_work(portfolio.sessions) as session:
        before = roster.update_person(
            session, pid, PersonData(name="Kim Park", role=Role.PM, skills=(("SQL", 5),))
        )
    with unit_of_work(portfolio.sessions) as session:
        assert roster.person_data(session, pid).skills == (("SQL", 5),)
        roster.update_person(session, pid, before)
    with unit_of_work(portfolio.sessions) as session:
        assert roster.person_data(session, pid) == before


def staffed(portfolio: Portfolio) -> tuple[int, int]:
    """A person with a project, an allocation, time off and a 1:1."""
    pid = add(portfolio, name="Rae", role=Role.PM)
    with unit_of_work(portfolio.sessions) as session:
        client = Client(name="Acme")
        program = Program(name="Move", client=client)
        project = Project(name="Cutover", program=program, stage=Stage.ACTIVE, pm_id=pid)
        session.add(project)
        session.flush()
        session.add(Allocation(person_id=pid, project_id=project.id, week=MONDAY, hours=20))
        session.add(OneOnOne(person_id=pid, day=MONDAY))
        session.flush()
        team_calendar.add_time_off(session, TimeOffData(pid, MONDAY, MONDAY))
        return pid, project.id


def test_deleting_a_person_counts_what_goes_and_restores_all_of_it(portfolio: Portfolio) -> None:
    pid, project_id = staffed(portfolio)
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        impact = roster.deletion_impact(session, pid)
    assert "1 allocation" in impact.summary and "1 1:1" in impact.summary
    assert "1 time off" in impact.summary and "1 project" in impact.summary  # unlinked as PM
    with unit_of_work(portfolio.sessions) as session:
        record = roster.delete_person(session, pid)
    with unit_of_work(portfolio.sessions) as session:
        assert session.get(Person, pid) is None
        assert session.get(Project, project_id).pm_id is None  # type: ignore[union-attr]
    with unit_of_work(portfolio.sessions) as session:
        roster.restore_person(session, record)
    assert export_json_bytes(portfolio) == before


def test_a_deactivated_person_leaves_the_grid_and_comes_back(portfolio: Portfolio) -> None:
    pid, _ = staffed(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        roster.set_active(session, pid, False)
        assert pid not in {p.id for p in staffing.list_staff(session)}
        roster.set_active(session, pid, True)
        assert pid in {p.id for p in staffing.list_staff(session)}


def test_a_person_who_left_drops_out_of_the_grid_after_their_last_week(
    portfolio: Portfolio,
) -> None:
    wednesday = MONDAY + timedelta(days=2)
    pid = add(portfolio, name="Leaver", end_date=wednesday)
    weeks = [MONDAY - timedelta(weeks=1), MONDAY, MONDAY + timedelta(weeks=1)]
    with unit_of_work(portfolio.sessions) as session:
        grid = staffing.read_grid(session, weeks)
        assert [p.id for p in grid.people] == [pid]
        assert grid.capacity[(pid, MONDAY)] == pytest.approx(24)  # Mon–Wed
        assert grid.capacity[(pid, weeks[2])] == 0
        assert staffing.read_grid(session, weeks[2:]).people == ()


def test_public_holidays_follow_each_persons_calendar(portfolio: Portfolio) -> None:
    london = add(portfolio, name="London", holiday_country="GB", holiday_region="ENG")
    austin = add(portfolio, name="Austin", holiday_country="US", holiday_region="TX")
    federal = add(portfolio, name="Federal", holiday_country="US")
    nowhere = add(portfolio, name="No calendar")
    # GB: Fri 25 Dec; Boxing Day falls on Saturday, so Monday 28 Dec is off, and so is
    # New Year's Day on the Friday after.
    assert capacity(portfolio, london, MONDAY) == pytest.approx(32)
    assert capacity(portfolio, london, MONDAY + timedelta(weeks=1)) == pytest.approx(24)
    # US: Christmas on Friday, Texas adds Christmas Eve; the 28th is a working day and
    # New Year's Day the Friday after is not.
    assert capacity(portfolio, federal, MONDAY) == pytest.approx(32)
    assert capacity(portfolio, austin, MONDAY) == pytest.approx(24)
    assert capacity(portfolio, austin, MONDAY + timedelta(weeks=1)) == pytest.approx(32)
    assert capacity(portfolio, nowhere, MONDAY) == pytest.approx(40)
    with unit_of_work(portfolio.sessions) as session:
        people = staffing.list_staff(session)
        names = staffing.capacities(session, people, [MONDAY]).holiday_names
    assert any("Christmas" in name and "(GB-ENG)" in name for name in names[date(2026, 12, 25)])


def test_time_off_half_days_closures_and_a_part_time_week_add_up(portfolio: Portfolio) -> None:
    pid = add(portfolio, name="Part-timer", workweek=(8, 8, 8, 8, 0, 0, 0))
    week = date(2026, 3, 2)
    assert capacity(portfolio, pid, week) == pytest.approx(32)
    with unit_of_work(portfolio.sessions) as session:
        team_calendar.add_time_off(
            session, TimeOffData(pid, week, week + timedelta(days=1), "training", half_days=True)
        )
    assert capacity(portfolio, pid, week) == pytest.approx(24)  # two half days
    shutdown = [week + timedelta(days=d) for d in range(5)]
    with unit_of_work(portfolio.sessions) as session:
        before = team_calendar.set_closure_days(session, shutdown, "Shutdown")
    assert before == {}
    assert capacity(portfolio, pid, week) == 0
    with unit_of_work(portfolio.sessions) as session:
        team_calendar.restore_closure_days(
            session, [week + timedelta(days=d) for d in range(5)], {}
        )
    assert capacity(portfolio, pid, week) == pytest.approx(24)


def test_time_off_is_validated_edited_and_deleted_for_undo(portfolio: Portfolio) -> None:
    pid = add(portfolio, name="Jo")
    with unit_of_work(portfolio.sessions) as session:
        with pytest.raises(ValidationError, match="ends before"):
            team_calendar.add_time_off(session, TimeOffData(pid, MONDAY, MONDAY - timedelta(1)))
        with pytest.raises(ValidationError, match="one of vacation"):
            team_calendar.add_time_off(session, TimeOffData(pid, MONDAY, MONDAY, "fun"))
        added = team_calendar.add_time_off(session, TimeOffData(pid, MONDAY, MONDAY, "Sick"))
        assert added.kind == "sick" and added.id is not None
        was = team_calendar.update_time_off(
            session, TimeOffData(pid, MONDAY, MONDAY + timedelta(1), "sick", id=added.id)
        )
        assert was == added
        gone = team_calendar.delete_time_off(session, added.id)
        assert session.scalar(select(func.count()).select_from(TimeOff)) == 0
        team_calendar.add_time_off(session, gone)
        assert team_calendar.time_off_of(session, pid) == [gone]


def test_role_targets_are_the_portfolios_own_and_billability_follows(
    portfolio: Portfolio,
) -> None:
    staffed(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        assert roster.role_targets(session)[Role.PM] == 80
        before = roster.set_role_targets(session, {Role.PM: 60})
        assert before == {Role.PM: None}
        assert billability(session, [MONDAY]).people[0].target == 60
        with pytest.raises(ValidationError, match="0 to 100"):
            roster.set_role_targets(session, {Role.PM: 120})
        roster.set_role_targets(session, before)
        assert billability(session, [MONDAY]).people[0].target == 80
