"""Capacity and utilization of one person in one week (DOMAIN.md, Staffing).

Capacity = contracted weekly hours spread over Monday–Friday, less every working day off
(leave or public holiday), scaled by the onboarding ramp: 50% for the first 30 days after the
start date, 75% for the next 30, 100% from day 60 (full capacity within the first 90 days).
Days before the start date carry no capacity.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta
from enum import StrEnum

from pmo_desktop.domain.weeks import monday_of

WORKING_DAYS = 5
STANDARD_WEEK_HOURS = 40.0
#: Default over-allocation limit (percent of capacity) above which a drop asks to confirm.
DEFAULT_OVER_LIMIT = 120.0
#: Onboarding ramp: (days since start below which, share of capacity), in order.
RAMP: tuple[tuple[int, float], ...] = ((30, 0.5), (60, 0.75))


class Band(StrEnum):
    """Colour band of a utilization figure."""

    LIGHT = "light"  # under 50%
    NORMAL = "normal"  # 50% up to 85%
    FULL = "full"  # 85% up to 100%
    OVER = "over"  # above 100%


def ramp_factor(start_date: date | None, day: date) -> float:
    """Share of full capacity on ``day`` for someone who started on ``start_date``."""
    if start_date is None:
        return 1.0
    tenure = (day - start_date).days
    if tenure < 0:
        return 0.0
    for below, share in RAMP:
        if tenure < below:
            return share
    return 1.0


def full_capacity_from(start_date: date | None) -> date | None:
    """The first day of full (unramped) capacity; None when there is no start date."""
    return None if start_date is None else start_date + timedelta(days=RAMP[-1][0])


def working_days(week: date) -> list[date]:
    """Monday to Friday of the week named by ``week`` (any day of it)."""
    monday = monday_of(week)
    return [monday + timedelta(days=i) for i in range(WORKING_DAYS)]


def week_capacity(
    weekly_hours: float,
    week: date,
    days_off: Collection[date] = (),
    start_date: date | None = None,
) -> float:
    """Hours a person can work in ``week``: contracted hours less days off, ramped."""
    if weekly_hours <= 0:
        return 0.0
    monday = monday_of(week)
    if start_date is None or (monday - start_date).days >= RAMP[-1][0]:
        # Past onboarding: a fifth of the week per working day off.
        friday = monday + timedelta(days=WORKING_DAYS - 1)
        off = sum(1 for day in days_off if monday <= day <= friday)
        return weekly_hours * (WORKING_DAYS - off) / WORKING_DAYS
    daily = weekly_hours / WORKING_DAYS
    total = 0.0
    for day in working_days(monday):
        if day in days_off:
            continue
        total += daily * ramp_factor(start_date, day)
    return total


def days_off_by_week(periods: Iterable[tuple[date, date]]) -> dict[date, set[date]]:
    """Working days off per week Monday from inclusive (start, end) periods."""
    found: dict[date, set[date]] = {}
    for start, end in periods:
        day = start
        while day <= end:
            if day.weekday() < WORKING_DAYS:
                found.setdefault(monday_of(day), set()).add(day)
            day += timedelta(days=1)
    return found


def utilization(hours: float, capacity: float) -> float | None:
    """Allocated hours as a percent of capacity; None when there is no capacity at all."""
    if capacity <= 0:
        return None
    return hours / capacity * 100.0


def band(hours: float, capacity: float) -> Band:
    """The colour band of ``hours`` against ``capacity`` (any hours with no capacity: OVER)."""
    percent = utilization(hours, capacity)
    if percent is None:
        return Band.OVER if hours > 0 else Band.LIGHT
    if percent > 100.0 + 1e-9:
        return Band.OVER
    if percent >= 85.0 - 1e-9:
        return Band.FULL
    if percent >= 50.0 - 1e-9:
        return Band.NORMAL
    return Band.LIGHT


def is_over_limit(hours: float, capacity: float, limit: float = DEFAULT_OVER_LIMIT) -> bool:
    """True when ``hours`` would take the person above ``limit`` percent of capacity."""
    if hours <= 0:
        return False
    percent = utilization(hours, capacity)
    return percent is None or percent > limit + 1e-9


def fte(hours: float, standard: float = STANDARD_WEEK_HOURS) -> float:
    """Hours as full-time equivalents of a standard week."""
    return hours / standard if standard > 0 else 0.0


def format_percent(percent: float | None) -> str:
    """A utilization figure as a manager reads it: ``115%``; ``—`` for no capacity."""
    if percent is None:
        return "—"
    return f"{percent:.0f}%"
