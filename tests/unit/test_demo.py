"""The demo portfolio generator: deterministic, realistic, within every rule of the schema."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, text

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.demo import DemoStats, generate
from pmo_desktop.store.database import Portfolio, open_portfolio
from pmo_desktop.store.models import Person

TODAY = date(2026, 5, 20)  # a Wednesday
TABLES = ("person", "client", "program", "project", "milestone", "allocation", "time_off")


@pytest.fixture
def make_portfolio(tmp_path: Path) -> Iterator[Any]:
    opened: list[Portfolio] = []

    def make(name: str = "demo") -> Portfolio:
        portfolio = open_portfolio(tmp_path / f"{name}.sqlite")
        opened.append(portfolio)
        return portfolio

    yield make
    for portfolio in opened:
        portfolio.close()


@pytest.fixture
def small(make_portfolio: Any) -> tuple[Engine, DemoStats]:
    engine = make_portfolio().engine
    return engine, generate(engine, size="small", seed=1, today=TODAY)


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in TABLES
        }


def rows(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def scalar(engine: Engine, sql: str, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def load_by_person_week(engine: Engine, *, tentative: bool = True) -> dict[tuple[int, str], float]:
    """Allocated hours ÷ weekly hours per (person, week), in percent."""
    where = "" if tentative else "WHERE a.tentative = 0"
    totals: dict[tuple[int, str], float] = defaultdict(float)
    for person_id, week, hours, weekly in rows(
        engine,
        "SELECT a.person_id, a.week, a.hours, p.weekly_hours FROM allocation a "
        f"JOIN person p ON p.id = a.person_id {where}",
    ):
        totals[(person_id, week)] += 100 * hours / weekly
    return totals


# --- determinism --------------------------------------------------------------------------------


def test_same_seed_and_day_give_identical_rows(make_portfolio: Any) -> None:
    first, second = make_portfolio("a").engine, make_portfolio("b").engine
    assert generate(first, seed=7, today=TODAY) == generate(second, seed=7, today=TODAY)
    assert dump(first) == dump(second)


def test_a_different_seed_gives_a_different_portfolio(make_portfolio: Any) -> None:
    first, second = make_portfolio("a").engine, make_portfolio("b").engine
    generate(first, seed=1, today=TODAY)
    generate(second, seed=2, today=TODAY)
    one, two = dump(first), dump(second)
    assert one["person"] != two["person"]
    assert one["project"] != two["project"]
    assert one["allocation"] != two["allocation"]


def test_the_global_random_state_is_left_alone(make_portfolio: Any) -> None:
    import random

    random.seed(99)
    expected = random.random()
    random.seed(99)
    generate(make_portfolio().engine, today=TODAY)
    assert random.random() == expected


# --- the small demo ------------------------------------------------------------------------------


def test_small_counts_match_the_stats(small: tuple[Engine, DemoStats]) -> None:
    engine, stats = small
    assert stats == DemoStats(
        people=scalar(engine, "SELECT count(*) FROM person"),
        clients=scalar(engine, "SELECT count(*) FROM client"),
        programs=scalar(engine, "SELECT count(*) FROM program"),
        projects=scalar(engine, "SELECT count(*) FROM project"),
        milestones=scalar(engine, "SELECT count(*) FROM milestone"),
        allocations=scalar(engine, "SELECT count(*) FROM allocation"),
        time_off=scalar(engine, "SELECT count(*) FROM time_off"),
    )
    assert (stats.people, stats.clients, stats.programs) == (13, 4, 8)
    assert 25 <= stats.projects <= 35


def test_small_team_is_an_ad_and_twelve_reports(small: tuple[Engine, DemoStats]) -> None:
    engine, _ = small
    people = rows(
        engine,
        "SELECT id, name, role, email, weekly_hours, manager_id, start_date "
        "FROM person ORDER BY id",
    )
    roles = Counter(p.role for p in people)
    assert roles[Role.AD.value] == 1
    assert 3 <= roles[Role.PC.value] <= 5
    assert 4 <= roles[Role.PM.value] <= 6
    assert 2 <= roles[Role.SPM.value] <= 4
    (ad,) = [p for p in people if p.role == Role.AD.value]
    assert ad.manager_id is None
    assert all(p.manager_id == ad.id for p in people if p.id != ad.id)
    # Real names, one e-mail each, first.last at the agency.
    assert len({p.name for p in people}) == 13
    assert not any(re.search(r"\d", p.name) or "Person" in p.name for p in people)
    assert len({p.email for p in people}) == 13
    assert all(re.fullmatch(r"[a-z-]+\.[a-z-]+@agency\.example", p.email) for p in people)
    assert {p.weekly_hours for p in people} <= {40.0, 32.0}
    assert sum(p.weekly_hours == 40.0 for p in people) >= 10
    # Start dates over the last four years, with someone onboarding now.
    starts = [date.fromisoformat(p.start_date) for p in people]
    assert all(TODAY - timedelta(days=4 * 366) <= s <= TODAY for s in starts)
    assert any(s >= TODAY - timedelta(days=60) for s in starts)


def test_small_pipeline_covers_every_stage_with_consistent_data(
    small: tuple[Engine, DemoStats],
) -> None:
    engine, _ = small
    projects = rows(
        engine, "SELECT p.*, r.role AS pm_role FROM project p LEFT JOIN person r ON r.id = p.pm_id"
    )
    assert {p.stage for p in projects} == {s.value for s in Stage}
    for p in projects:
        stage = Stage(p.stage)
        start, end = date.fromisoformat(p.start_date), date.fromisoformat(p.end_date)
        assert start <= end
        assert 40_000_00 <= p.budget_cents <= 1_200_000_00 and p.budget_cents % 1_000_00 == 0
        assert 1 <= p.priority <= 5
        assert p.pm_role in (Role.PM.value, Role.SPM.value, Role.PC.value)
        assert re.fullmatch(r"[A-Z]{3}-\d{3}", p.code)
        if stage is Stage.LEAD:
            assert 10 <= p.win_probability <= 30 and start > TODAY
        elif stage is Stage.PROPOSAL:
            assert 40 <= p.win_probability <= 70 and start > TODAY
        elif stage is Stage.LOST:
            assert p.win_probability == 0
        else:
            assert p.win_probability == 100
        if stage is Stage.CLOSED:
            assert end < TODAY
        if stage is Stage.ACTIVE:
            assert start <= TODAY <= end
    assert len({p.code for p in projects}) == len(projects)
    assert any(not p.billable for p in projects)
    assert sum(p.billable for p in projects) >= len(projects) - 3


def test_milestones_sit_inside_their_project(small: tuple[Engine, DemoStats]) -> None:
    engine, _ = small
    outside = scalar(
        engine,
        "SELECT count(*) FROM milestone m JOIN project p ON p.id = m.project_id "
        "WHERE m.baseline_date NOT BETWEEN p.start_date AND p.end_date "
        "OR m.forecast_date NOT BETWEEN p.start_date AND p.end_date "
        "OR (m.actual_date IS NOT NULL AND m.actual_date NOT BETWEEN p.start_date AND p.end_date)",
    )
    assert outside == 0
    per_project = Counter(
        r.stage
        for r in rows(
            engine,
            "SELECT p.stage FROM milestone m JOIN project p "
            "ON p.id = m.project_id GROUP BY m.project_id",
        )
    )
    assert Stage.LEAD.value not in per_project
    counts = rows(
        engine,
        "SELECT p.stage, count(m.id) AS n FROM project p "
        "LEFT JOIN milestone m ON m.project_id = p.id GROUP BY p.id",
    )
    assert all(3 <= c.n <= 6 for c in counts if c.stage != Stage.LEAD.value)


def test_milestone_status_agrees_with_the_dates(small: tuple[Engine, DemoStats]) -> None:
    engine, _ = small
    milestones = rows(engine, "SELECT * FROM milestone")
    today = TODAY.isoformat()
    for m in milestones:
        assert m.forecast_date >= m.baseline_date
        if m.status == MilestoneStatus.DONE.value:
            assert m.actual_date is not None and m.actual_date <= today
        else:
            assert m.actual_date is None
    assert any(m.forecast_date > m.baseline_date for m in milestones)  # some slip
    overdue = [m for m in milestones if m.status != "done" and m.forecast_date < today]
    assert overdue


def test_small_allocations_show_full_over_and_under_loaded_people(
    small: tuple[Engine, DemoStats],
) -> None:
    engine, _ = small
    load = load_by_person_week(engine)
    assert max(load.values()) > 100
    assert min(load.values()) < 50
    over = {person for (person, _), pct in load.items() if 110 <= pct <= 130}
    assert len(over) >= 2
    healthy = [pct for pct in load.values() if 70 <= pct <= 100]
    assert len(healthy) > len(load) / 2


def test_allocations_follow_the_staffing_rules(small: tuple[Engine, DemoStats]) -> None:
    engine, _ = small
    allocations = rows(
        engine,
        "SELECT a.*, p.stage, p.start_date, p.end_date FROM allocation a "
        "JOIN project p ON p.id = a.project_id",
    )
    monday = TODAY - timedelta(days=TODAY.weekday())
    weeks = {date.fromisoformat(a.week) for a in allocations}
    assert min(weeks) == monday - timedelta(weeks=8)
    assert max(weeks) <= monday + timedelta(weeks=17)
    assert all(w.weekday() == 0 for w in weeks)
    for a in allocations:
        assert 0 < a.hours <= 168 and a.hours % 2 == 0
        assert a.stage in ("approved", "active", "closing", "lead", "proposal")
        assert bool(a.tentative) == (a.stage in ("lead", "proposal"))
        week = date.fromisoformat(a.week)
        assert week <= date.fromisoformat(a.end_date)
        assert week + timedelta(days=6) >= date.fromisoformat(a.start_date)
    per_week = Counter((a.person_id, a.week) for a in allocations)
    assert max(per_week.values()) <= 4
    assert any(a.tentative for a in allocations)


def test_time_off_has_vacations_and_public_holidays(make_portfolio: Any) -> None:
    engine = make_portfolio().engine
    today = date(2026, 11, 10)  # the window spans Thanksgiving, Christmas and New Year's Day
    generate(engine, today=today)
    people = scalar(engine, "SELECT count(*) FROM person")
    holidays = {
        r.start_date: r.n
        for r in rows(
            engine,
            "SELECT start_date, count(*) AS n FROM time_off "
            "WHERE kind = 'holiday' GROUP BY start_date",
        )
    }
    for day in ("2026-11-26", "2026-12-25", "2027-01-01"):
        assert holidays[day] == people
    vacations = rows(engine, "SELECT * FROM time_off WHERE kind = 'vacation'")
    assert vacations
    for v in vacations:
        start, end = date.fromisoformat(v.start_date), date.fromisoformat(v.end_date)
        working = sum(
            (start + timedelta(days=i)).weekday() < 5 for i in range((end - start).days + 1)
        )
        assert 1 <= working <= 10


@pytest.mark.parametrize("seed", [1, 2, 3, 11, 42])
@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2026, 7, 4), date(2026, 12, 27)])
def test_every_check_constraint_holds_for_many_seeds_and_days(
    make_portfolio: Any, seed: int, today: date
) -> None:
    engine = make_portfolio().engine
    stats = generate(engine, size="small", seed=seed, today=today)
    assert stats.people == 13 and stats.clients == 4 and stats.programs == 8
    checks = {
        "person": "length(name) = 0 OR weekly_hours NOT BETWEEN 0 AND 168 "
        "OR (billable_target IS NOT NULL AND billable_target NOT BETWEEN 0 AND 100)",
        "client": "length(name) = 0",
        "program": "length(name) = 0",
        "project": "length(name) = 0 OR win_probability NOT BETWEEN 0 AND 100 "
        "OR budget_cents < 0 OR end_date < start_date OR priority < 1",
        "milestone": "length(name) = 0",
        "allocation": "hours < 0 OR hours > 168",
        "time_off": "end_date < start_date",
    }
    for table, violation in checks.items():
        assert scalar(engine, f"SELECT count(*) FROM {table} WHERE {violation}") == 0, table
    assert {r.stage for r in rows(engine, "SELECT DISTINCT stage FROM project")} == {
        s.value for s in Stage
    }
    load = load_by_person_week(engine)
    assert max(load.values()) > 100 and min(load.values()) < 50
    assert rows(engine, "PRAGMA foreign_key_check") == []


# --- refusals ------------------------------------------------------------------------------------


def test_a_non_empty_portfolio_is_refused_and_left_unchanged(make_portfolio: Any) -> None:
    engine = make_portfolio().engine
    with engine.begin() as conn:
        conn.execute(insert(Person), [{"id": 1, "name": "Existing Person", "role": "PM"}])
    before = dump(engine)
    with pytest.raises(ValidationError, match="the demo needs an empty portfolio"):
        generate(engine, today=TODAY)
    assert dump(engine) == before


def test_a_second_run_is_refused(small: tuple[Engine, DemoStats]) -> None:
    engine, _ = small
    before = dump(engine)
    with pytest.raises(ValidationError):
        generate(engine, today=TODAY)
    assert dump(engine) == before


def test_an_unknown_size_is_refused(make_portfolio: Any) -> None:
    engine = make_portfolio().engine
    with pytest.raises(ValidationError):
        generate(engine, size="medium", today=TODAY)
    assert all(v == [] for v in dump(engine).values())


# --- the large demo ------------------------------------------------------------------------------


def test_large_demo_counts(make_portfolio: Any) -> None:
    engine = make_portfolio().engine
    stats = generate(engine, size="large", seed=1, today=TODAY)
    assert stats.people == 200 == scalar(engine, "SELECT count(*) FROM person")
    assert stats.clients == 60 == scalar(engine, "SELECT count(*) FROM client")
    assert 140 <= stats.programs == scalar(engine, "SELECT count(*) FROM program") <= 160
    assert stats.projects == 1000 == scalar(engine, "SELECT count(*) FROM project")
    assert stats.allocations >= 30_000
    assert stats.allocations == scalar(engine, "SELECT count(*) FROM allocation")
    weeks = scalar(engine, "SELECT count(DISTINCT week) FROM allocation")
    assert weeks == 52
    without = scalar(
        engine,
        "SELECT count(*) FROM project p WHERE p.stage != 'lead' "
        "AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.project_id = p.id)",
    )
    assert without == 0
    assert scalar(engine, "SELECT count(*) FROM person WHERE role = 'AD'") == 1
    assert scalar(engine, "SELECT count(*) FROM person WHERE manager_id IS NULL") == 1
    assert scalar(engine, "SELECT count(DISTINCT email) FROM person") == 200
    assert scalar(engine, "SELECT count(DISTINCT name) FROM person") == 200
    assert scalar(engine, "SELECT count(*) FROM project WHERE billable = 0") > 0
