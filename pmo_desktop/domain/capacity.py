"""Capacity and utilization of one person in one week (DOMAIN.md, Staffing).

Capacity = contracted hours of each day of the week (the weekly hours spread over Monday–Friday,
or the person's own workweek: a part-timer's 4 × 8 h or 5 × 6 h), less every day off (leave,
whole or half days, a public holiday of their calendar, a closure day of the portfolio), scaled
by the onboarding ramp: 50% for the first 30 days after the start date, 75% for the next 30,
100% from day 60 (full capacity within the first 90 days). Days before the start date and after
the end date (a person who left) carry no capacity.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
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


#: Hours a workweek may give one day, and the week in all (the editor's 0–80 h).
MAX_DAY_HOURS = 24.0
MAX_WEEK_HOURS = 80.0
DAYS_IN_WEEK = 7


def day_hours(weekly_hours: float, workweek: Sequence[float] | None = None) -> tuple[float, ...]:
    """Contracted hours Monday to Sunday: the person's own workweek, else the weekly hours
    spread evenly over Monday to Friday."""
    if workweek is not None:
        return tuple(float(h) for h in workweek)
    share = max(weekly_hours, 0.0) / WORKING_DAYS
    return (share,) * WORKING_DAYS + (0.0,) * (DAYS_IN_WEEK - WORKING_DAYS)


def parse_workweek(text: str | None) -> tuple[float, ...] | None:
    """A stored or typed workweek ("8,8,8,8,0" or "8 8 8 8 0 0 0") as seven day figures.

    Missing trailing days are 0 (a weekend off). Raises ValueError with a sentence a user can
    act on when the text is not 1 to 7 numbers from 0 to 24 adding up to at most 80.
    """
    if text is None or not text.strip():
        return None
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    if not 1 <= len(parts) <= DAYS_IN_WEEK:
        raise ValueError("a workweek is 1 to 7 day figures, Monday first (8,8,8,8,0)")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise ValueError("a workweek is day figures in hours, Monday first (8,8,8,8,0)") from None
    if any(not 0 <= v <= MAX_DAY_HOURS for v in values):
        raise ValueError(f"each day of a workweek is 0 to {MAX_DAY_HOURS:g} hours")
    values += [0.0] * (DAYS_IN_WEEK - len(values))
    if sum(values) > MAX_WEEK_HOURS:
        raise ValueError(f"a workweek is at most {MAX_WEEK_HOURS:g} hours in all")
    return tuple(values)


def format_workweek(values: Sequence[float] | None) -> str:
    """Seven day figures as stored ("8,8,8,8,0,0,0"); "" for the default workweek."""
    if values is None:
        return ""
    return ",".join(f"{v:g}" for v in values)


def working_days(week: date) -> list[date]:
    """Monday to Friday of the week named by ``week`` (any day of it)."""
    monday = monday_of(week)
    return [monday + timedelta(days=i) for i in range(WORKING_DAYS)]


def week_capacity(
    weekly_hours: float,
    week: date,
    days_off: Collection[date] | Mapping[date, float] = (),
    start_date: date | None = None,
    *,
    workweek: Sequence[float] | None = None,
    end_date: date | None = None,
) -> float:
    """Hours a person can work in ``week``: contracted hours less days off, ramped.

    ``days_off`` holds days off (each a whole day), or maps a day to the share of it that is
    off (0.5 for a half day); a day off on a day with no contracted hours changes nothing.
    """
    hours = day_hours(weekly_hours, workweek)
    if sum(hours) <= 0:
        return 0.0
    monday = monday_of(week)
    fractions: Mapping[date, float] = (
        days_off if isinstance(days_off, Mapping) else dict.fromkeys(days_off, 1.0)
    )
    ramped = start_date is not None and (monday - start_date).days < RAMP[-1][0]
    ending = end_date is not None and end_date < monday + timedelta(days=DAYS_IN_WEEK - 1)
    if not ramped and not ending and not fractions:
        return sum(hours)
    total = 0.0
    for offset, contracted in enumerate(hours):
        if contracted <= 0:
            continue
        day = monday + timedelta(days=offset)
        if end_date is not None and day > end_date:
            break
        worked = contracted * (1.0 - min(fractions.get(day, 0.0), 1.0))
        if ramped:
            worked *= ramp_factor(start_date, day)
        total += worked
    return total


def days_off_by_week(
    periods: Iterable[tuple[date, date] | tuple[date, date, float]],
) -> dict[date, dict[date, float]]:
    """Days off per week Monday, each with the share of it that is off, from inclusive
    (start, end) or (start, end, share) periods; overlapping periods never exceed a day."""
    found: dict[date, dict[date, float]] = {}
    for period in periods:
        start, end = period[0], period[1]
        share = float(period[2]) if len(period) > 2 else 1.0
        day = start
        while day <= end:
            week = found.setdefault(monday_of(day), {})
            week[day] = min(week.get(day, 0.0) + share, 1.0)
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
