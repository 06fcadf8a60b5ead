"""The grid read's lazy tables agree with the plain rules: capacity per person-week and per
team-week, and person-week sums of the cells."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.capacity import days_off_by_week, week_capacity
from pmo_desktop.domain.enums import Role
from pmo_desktop.services.staffing.tables import (
    CapacityTable,
    CellTable,
    PersonInfo,
    PersonWeekTotals,
)

MONDAY = date(2026, 3, 2)
WEEKS = [MONDAY + timedelta(weeks=i) for i in range(8)]

date_st = st.integers(-120, 70).map(lambda d: MONDAY + timedelta(days=d))
person_st = st.tuples(
    st.sampled_from([0.0, 16.0, 32.0, 37.5, 40.0]),
    st.one_of(st.none(), date_st),
    st.one_of(st.none(), st.integers(0, 70).map(lambda d: MONDAY + timedelta(days=d))),
    st.sampled_from([None, (8.0, 8.0, 8.0, 8.0, 0.0, 0.0, 0.0), (6.0,) * 5 + (0.0, 4.0)]),
)
period_st = st.tuples(st.integers(-10, 60), st.integers(0, 12), st.sampled_from([1.0, 0.5])).map(
    lambda t: (MONDAY + timedelta(days=t[0]), MONDAY + timedelta(days=t[0] + t[1]), t[2])
)


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(person_st, min_size=1, max_size=5),
    periods=st.lists(st.tuples(st.integers(0, 4), period_st), max_size=6),
)
def test_capacity_table_matches_the_rule_per_person_and_per_team_week(
    people: list[tuple[float, date | None, date | None, tuple[float, ...] | None]],
    periods: list[tuple[int, tuple[date, date, float]]],
) -> None:
    infos = [
        PersonInfo(
            i + 1,
            f"P{i}",
            Role.PM,
            sum(workweek) if workweek else hours,
            start,
            None,
            end if start is None or end is None or end >= start else None,
            workweek,
        )
        for i, (hours, start, end, workweek) in enumerate(people)
    ]
    by_person: dict[int, list[tuple[date, date, float]]] = {}
    for index, period in periods:
        if index < len(infos):
            by_person.setdefault(index + 1, []).append(period)
    table = CapacityTable(infos, WEEKS, by_person)
    for week in WEEKS:
        expected_total = 0.0
        for info in infos:
            days = days_off_by_week(by_person.get(info.id, ())).get(week, {})
            expected = week_capacity(
                info.weekly_hours,
                week,
                days,
                info.start_date,
                workweek=info.workweek,
                end_date=info.end_date,
            )
            assert table[(info.id, week)] == pytest.approx(expected)
            expected_total += expected
        assert table.week_total(week) == pytest.approx(expected_total)
    assert table.get((99, WEEKS[0]), 0.0) == 0.0


def test_cells_are_built_from_the_read_rows_on_first_use_and_sum_per_person_week() -> None:
    iso = {w.isoformat(): w for w in WEEKS}
    rows = [
        (1, 10, WEEKS[0].isoformat(), 8.0, 0),
        (1, 11, WEEKS[0].isoformat(), 4.5, 1),
        (2, 10, WEEKS[1].isoformat(), 20.0, 0),
    ]
    cells = CellTable(rows, iso)
    assert len(cells) == 3
    assert cells[(1, 11, WEEKS[0])] == (4.5, True)
    assert dict(cells) == {
        (1, 10, WEEKS[0]): (8.0, False),
        (1, 11, WEEKS[0]): (4.5, True),
        (2, 10, WEEKS[1]): (20.0, False),
    }
    assert cells.pairs() == {1: {10, 11}, 2: {10}}
    totals = PersonWeekTotals.from_rows(rows, iso)
    assert totals.get(1, WEEKS[0]) == (12.5, 8.0)
    assert totals.get(2, WEEKS[0]) == (0.0, 0.0)
    assert totals.week(WEEKS[0], [1, 2]) == (12.5, 8.0)
    assert PersonWeekTotals.from_cells(cells).get(1, WEEKS[0]) == (12.5, 8.0)
    totals.set(1, WEEKS[0], 10.0, 10.0)
    assert totals.week(WEEKS[0], [1, 2]) == (10.0, 10.0)
