"""Capacity, utilization bands and billability rules (DOMAIN.md), with property tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.billability import (
    billable_utilization,
    forecast_billable,
    meets_target,
    target_for,
)
from pmo_desktop.domain.capacity import (
    Band,
    band,
    days_off_by_week,
    format_percent,
    fte,
    is_over_limit,
    parse_workweek,
    ramp_factor,
    utilization,
    week_capacity,
    working_days,
)
from pmo_desktop.domain.enums import Role

MONDAY = date(2026, 3, 2)
weekly = st.floats(min_value=0, max_value=80, allow_nan=False)
any_monday = st.integers(-200, 200).map(lambda w: MONDAY + timedelta(weeks=w))


def test_full_week_capacity_is_contracted_hours() -> None:
    assert week_capacity(40, MONDAY) == pytest.approx(40)


def test_a_holiday_and_a_vacation_day_each_remove_a_fifth() -> None:
    off = {MONDAY, MONDAY + timedelta(days=3)}
    assert week_capacity(40, MONDAY, off) == pytest.approx(24)


def test_weekend_time_off_does_not_reduce_capacity() -> None:
    off = days_off_by_week([(MONDAY + timedelta(days=5), MONDAY + timedelta(days=6))])
    assert week_capacity(40, MONDAY, off.get(MONDAY, {})) == pytest.approx(40)
    # ... unless the person's own workweek has hours on Saturday.
    weekend_shift = (8.0, 8.0, 8.0, 0.0, 0.0, 8.0, 8.0)
    assert week_capacity(40, MONDAY, off[MONDAY], workweek=weekend_shift) == pytest.approx(24)


def test_a_part_timer_loses_only_the_days_they_work() -> None:
    four_days = parse_workweek("8,8,8,8,0")
    assert four_days == (8.0, 8.0, 8.0, 8.0, 0.0, 0.0, 0.0)
    assert week_capacity(32, MONDAY, workweek=four_days) == pytest.approx(32)
    friday_off = {MONDAY + timedelta(days=4)}
    assert week_capacity(32, MONDAY, friday_off, workweek=four_days) == pytest.approx(32)
    assert week_capacity(32, MONDAY, {MONDAY}, workweek=four_days) == pytest.approx(24)
    five_short = parse_workweek("6 6 6 6 6")
    assert week_capacity(30, MONDAY, {MONDAY}, workweek=five_short) == pytest.approx(24)


def test_half_days_and_overlapping_leave_never_take_more_than_the_day() -> None:
    half = days_off_by_week([(MONDAY, MONDAY + timedelta(days=1), 0.5)])
    assert week_capacity(40, MONDAY, half[MONDAY]) == pytest.approx(32)
    both = days_off_by_week([(MONDAY, MONDAY, 0.5), (MONDAY, MONDAY, 1.0)])
    assert both[MONDAY] == {MONDAY: 1.0}
    assert week_capacity(40, MONDAY, both[MONDAY]) == pytest.approx(32)


def test_no_capacity_after_the_last_day() -> None:
    wednesday = MONDAY + timedelta(days=2)
    assert week_capacity(40, MONDAY, end_date=wednesday) == pytest.approx(24)
    assert week_capacity(40, MONDAY + timedelta(weeks=1), end_date=wednesday) == 0.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("8,8,x", "day figures in hours"),
        ("8,8,8,8,8,8,8,8", "1 to 7 day figures"),
        ("25,8", "0 to 24 hours"),
        ("-1", "0 to 24 hours"),
        ("24,24,24,24", "at most 80 hours"),
    ],
)
def test_a_workweek_that_is_not_one_says_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_workweek(text)


def test_time_off_spanning_weeks_is_split_by_week() -> None:
    off = days_off_by_week([(MONDAY + timedelta(days=3), MONDAY + timedelta(days=8))])
    assert sorted(off[MONDAY]) == [MONDAY + timedelta(days=d) for d in (3, 4, 5, 6)]
    assert sorted(off[MONDAY + timedelta(weeks=1)]) == [MONDAY + timedelta(days=d) for d in (7, 8)]
    assert week_capacity(40, MONDAY, off[MONDAY]) == pytest.approx(24)
    assert week_capacity(40, MONDAY + timedelta(weeks=1), off[MONDAY + timedelta(weeks=1)]) == 24


@pytest.mark.parametrize(
    ("days", "share"), [(-1, 0.0), (0, 0.5), (29, 0.5), (30, 0.75), (59, 0.75), (60, 1.0)]
)
def test_onboarding_ramp_steps(days: int, share: float) -> None:
    start = date(2026, 1, 1)
    assert ramp_factor(start, start + timedelta(days=days)) == share


def test_joiner_first_week_is_half_capacity_from_start_day() -> None:
    start = MONDAY + timedelta(days=2)  # Wednesday
    assert week_capacity(40, MONDAY, start_date=start) == pytest.approx(3 * 8 * 0.5)


@given(weekly, any_monday, st.sets(st.integers(0, 6), max_size=7))
def test_capacity_never_exceeds_contract_and_drops_by_a_fifth_per_weekday_off(
    hours: float, week: date, offsets: set[int]
) -> None:
    off = {week + timedelta(days=o) for o in offsets}
    weekdays_off = sum(1 for o in offsets if o < 5)
    assert week_capacity(hours, week, off) == pytest.approx(hours * (5 - weekdays_off) / 5)


@given(weekly, any_monday, st.integers(-30, 200))
def test_ramp_never_increases_capacity(hours: float, week: date, tenure: int) -> None:
    start = week - timedelta(days=tenure)
    assert 0 <= week_capacity(hours, week, start_date=start) <= hours + 1e-9


@given(st.floats(0, 300, allow_nan=False), st.floats(0.5, 80, allow_nan=False))
def test_bands_follow_the_percent(hours: float, capacity: float) -> None:
    percent = hours / capacity * 100
    expected = (
        Band.OVER
        if percent > 100 + 1e-9
        else Band.FULL
        if percent >= 85 - 1e-9
        else Band.NORMAL
        if percent >= 50 - 1e-9
        else Band.LIGHT
    )
    assert band(hours, capacity) is expected
    assert is_over_limit(hours, capacity) == (percent > 120 + 1e-9)


@pytest.mark.parametrize(
    ("hours", "band_"),
    [
        (19.9, Band.LIGHT),
        (20, Band.NORMAL),
        (33.9, Band.NORMAL),
        (34, Band.FULL),
        (40, Band.FULL),
        (40.1, Band.OVER),
    ],
)
def test_band_thresholds_at_forty_hours(hours: float, band_: Band) -> None:
    assert band(hours, 40) is band_


def test_hours_without_capacity_are_over_and_over_limit() -> None:
    assert band(8, 0) is Band.OVER
    assert band(0, 0) is Band.LIGHT
    assert utilization(8, 0) is None
    assert is_over_limit(8, 0)
    assert not is_over_limit(0, 0)
    assert format_percent(None) == "—"
    assert format_percent(utilization(46, 40)) == "115%"


def test_over_limit_uses_the_configured_limit() -> None:
    assert not is_over_limit(48, 40)  # exactly 120%
    assert is_over_limit(48.5, 40)
    assert is_over_limit(44, 40, limit=100)


def test_fte_and_working_days() -> None:
    assert fte(20) == 0.5
    assert working_days(MONDAY + timedelta(days=4))[0] == MONDAY


pairs = st.lists(
    st.tuples(st.floats(0, 60, allow_nan=False), st.floats(0, 60, allow_nan=False)),
    max_size=20,
)


@given(pairs)
def test_billable_utilization_is_sum_then_divide(weeks: list[tuple[float, float]]) -> None:
    total_available = sum(a for _, a in weeks)
    result = billable_utilization(weeks)
    if total_available <= 0:
        assert result is None
    else:
        assert result == pytest.approx(sum(b for b, _ in weeks) / total_available * 100)


def test_billable_utilization_is_not_the_average_of_weekly_percent() -> None:
    # 40/40 in a full week and 0/8 in a holiday week: 40/48 = 83.3%, not (100 + 0) / 2.
    assert billable_utilization([(40, 40), (0, 8)]) == pytest.approx(83.333, abs=0.01)


@settings(max_examples=50)
@given(
    st.dictionaries(any_monday, st.floats(0, 60, allow_nan=False), max_size=10),
    st.dictionaries(any_monday, st.floats(0, 60, allow_nan=False), max_size=10),
    any_monday,
)
def test_forecast_uses_actuals_before_cutoff_and_plan_after(
    actuals: dict[date, float], planned: dict[date, float], cutoff: date
) -> None:
    result = forecast_billable(actuals, planned, cutoff)
    for week, (hours, from_actuals) in result.items():
        if week < cutoff and week in actuals:
            assert (hours, from_actuals) == (actuals[week], True)
        else:
            assert (hours, from_actuals) == (planned.get(week, 0.0), False)
    assert set(planned) <= set(result)


def test_targets_default_by_role_and_can_be_overridden() -> None:
    assert [target_for(r) for r in (Role.PC, Role.PM, Role.SPM, Role.AD)] == [85, 80, 70, 50]
    assert target_for(Role.PM, 60) == 60
    assert meets_target(80.0, 80) and not meets_target(None, 0)
