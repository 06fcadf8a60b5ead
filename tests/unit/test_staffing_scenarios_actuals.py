"""What-if scenarios, billability over a period and all-or-nothing timesheet import."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.staffing import ScenarioStatus
from pmo_desktop.reports.tables import read_csv_rows
from pmo_desktop.services.staffing import actuals as sa
from pmo_desktop.services.staffing import edits as st
from pmo_desktop.services.staffing import grid as sg
from pmo_desktop.services.staffing import scenarios as sc
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project, TimeOff
from pmo_desktop.store.models_staffing import TimesheetActual

W0 = date(2026, 3, 2)
W1 = W0 + timedelta(weeks=1)
TODAY = W1 + timedelta(days=2)  # W0 is past, W1 is this week


@pytest.fixture
def team(portfolio: Portfolio) -> dict[str, int]:
    with portfolio.sessions.begin() as s:
        ana = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0, email="ana@x.com")
        ben = Person(name="Ben Okafor", role=Role.PC, weekly_hours=40.0, billable_target=60)
        client = Client(name="Acme Retail")
        program = Program(name="Web", client=client)
        live = Project(name="Checkout", code="ACM-01", program=program, stage=Stage.ACTIVE)
        internal = Project(name="PMO Tools", program=program, stage=Stage.ACTIVE, billable=False)
        s.add_all([ana, ben, client, program, live, internal])
        s.flush()
        s.add(TimeOff(person_id=ana.id, start_date=W1, end_date=W1, kind="holiday"))
        return {"ana": ana.id, "ben": ben.id, "live": live.id, "internal": internal.id}


def test_scenario_edits_a_copy_shows_delta_and_applies(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    ana, ben, live = team["ana"], team["ben"], team["live"]
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0, W1], 30)
    with unit_of_work(portfolio.sessions) as s:
        info = sc.start_scenario(s, "  Move Ana  ")
    assert (info.name, info.cells, info.status) == ("Move Ana", 2, ScenarioStatus.DRAFT)
    with unit_of_work(portfolio.sessions) as s:
        st.transfer(s, [(ana, live, W1)], to_person=ben, scenario_id=info.id)
    with unit_of_work(portfolio.sessions) as s:
        plan = sg.read_grid(s, [W0, W1])
        delta = sc.scenario_delta(s, info.id)
    assert plan.cells[(ana, live, W1)] == (30, False)  # plan of record untouched
    assert [(d.person, d.week, d.delta) for d in delta] == [
        ("Ana Lima", W1, -30),
        ("Ben Okafor", W1, 30),
    ]
    with unit_of_work(portfolio.sessions) as s:
        changes = sc.apply_scenario(s, info.id)
    with unit_of_work(portfolio.sessions) as s:
        assert sg.read_grid(s, [W1]).cells == {(ben, live, W1): (30, False)}
        assert sc.list_scenarios(s)[0].status is ScenarioStatus.APPLIED
        with pytest.raises(ValidationError, match="already applied"):
            sc.discard_scenario(s, info.id)
    with unit_of_work(portfolio.sessions) as s:  # undo of apply
        st.apply_changes(s, changes.inverse())
        sc.reopen_scenario(s, info.id)
    with unit_of_work(portfolio.sessions) as s:
        assert sg.read_grid(s, [W1]).cells == {(ana, live, W1): (30, False)}


def test_duplicate_scenario_name_refused(portfolio: Portfolio, team: dict[str, int]) -> None:
    with unit_of_work(portfolio.sessions) as s:
        sc.start_scenario(s, "Plan B")
    with (
        pytest.raises(ValidationError, match="already exists"),
        unit_of_work(portfolio.sessions) as s,
    ):
        sc.start_scenario(s, "Plan B")


def test_billability_sums_then_divides_with_actuals_before_this_week(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    ana, live, internal = team["ana"], team["live"], team["internal"]
    with unit_of_work(portfolio.sessions) as s:
        st.allocate(s, ana, live, [W0, W1], 32)
        st.allocate(s, ana, internal, [W0], 8)
        s.add(TimesheetActual(person_id=ana, project_id=live, week=W0, hours=20, billable=True))
    with unit_of_work(portfolio.sessions) as s:
        report = sa.billability(s, [W0, W1], today=TODAY)
    person = next(p for p in report.people if p.person_id == ana)
    # W0: 20 actual of 40 available; W1: 32 planned of 32 (holiday) → 52 / 72.
    assert person.billable_hours == 52
    assert person.available_hours == 72
    assert person.utilization == pytest.approx(52 / 72 * 100)
    assert person.target == 80
    assert [w.actual for w in person.weeks] == [True, False]
    ben = next(p for p in report.people if p.person_id == team["ben"])
    assert ben.target == 60
    assert report.utilization == pytest.approx(52 / 152 * 100)
    assert report.target == pytest.approx((80 * 72 + 60 * 80) / 152)


GOOD = (
    "Person,Date,Project,Hours,Billable\r\n"
    "Ana Lima,2026-03-03,ACM-01,8,yes\r\n"
    "ana@x.com,2026-03-04,Checkout,7.5,\r\n"
    "Ben Okafor,2026-03-04,PMO Tools,4,no\r\n"
)


def test_timesheet_import_sums_lines_per_week(portfolio: Portfolio, team: dict[str, int]) -> None:
    lines = read_csv_rows(("\ufeff" + GOOD).encode())
    with unit_of_work(portfolio.sessions) as s:
        preview = sa.preview_timesheet(s, lines)
        assert preview.ok
        assert [(r.person, r.week, r.hours, r.billable, r.lines) for r in preview.rows] == [
            ("Ana Lima", W0, 15.5, True, (2, 3)),
            ("Ben Okafor", W0, 4.0, False, (4,)),
        ]
        result = sa.import_timesheet(s, lines)
    assert result.written == 2


def test_timesheet_with_bad_rows_is_refused_and_nothing_imported(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    bad = GOOD + (
        "Zoe Nobody,2026-03-04,ACM-01,8,yes\r\n"
        "Ana Lima,03/04/2026,ACM-01,8,yes\r\n"
        "Ana Lima,2026-03-04,Nope,8,yes\r\n"
        "Ana Lima,2026-03-04,ACM-01,eight,yes\r\n"
        "Ana Lima,2026-03-04,ACM-01,8,maybe\r\n"
        "Ana Lima,2026-03-04,ACM-01,-1,yes\r\n"
    )
    lines = read_csv_rows(bad.encode())
    with pytest.raises(ValidationError) as caught, unit_of_work(portfolio.sessions) as s:
        sa.import_timesheet(s, lines)
    message = str(caught.value)
    for line, reason in [
        (5, "unknown person 'Zoe Nobody'"),
        (6, "is not a date"),
        (7, "unknown project 'Nope'"),
        (8, "is not a number"),
        (9, "billable must be yes or no"),
        (10, "outside 0–168"),
    ]:
        assert f"line {line}: " in message and reason in message
    with unit_of_work(portfolio.sessions) as s:
        assert s.scalar(select(func.count()).select_from(TimesheetActual)) == 0


def test_timesheet_missing_columns_refused(portfolio: Portfolio, team: dict[str, int]) -> None:
    with unit_of_work(portfolio.sessions) as s:
        preview = sa.preview_timesheet(s, [["Person", "Hours"], ["Ana Lima", "8"]])
    assert preview.errors == ((1, "missing column(s): project, date or week"),)
