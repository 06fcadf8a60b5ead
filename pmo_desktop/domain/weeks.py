"""Weeks are named by their Monday."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta


def monday_of(day: date) -> date:
    """The Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def weeks_from(start: date, count: int) -> list[date]:
    """``count`` consecutive week Mondays starting with the week of ``start``."""
    first = monday_of(start)
    return [first + timedelta(weeks=i) for i in range(count)]


def iter_weeks(first: date, last: date) -> Iterator[date]:
    """Every week Monday from the week of ``first`` to the week of ``last`` inclusive."""
    week = monday_of(first)
    end = monday_of(last)
    while week <= end:
        yield week
        week += timedelta(weeks=1)


def working_days_between(start: date, end: date) -> int:
    """Signed count of Monday–Friday days from ``start`` to ``end`` (end exclusive)."""
    if end == start:
        return 0
    sign = 1 if end > start else -1
    lo, hi = (start, end) if sign > 0 else (end, start)
    days = (hi - lo).days
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    for i in range(rest):
        if (lo + timedelta(days=full_weeks * 7 + i)).weekday() < 5:
            count += 1
    return sign * count
