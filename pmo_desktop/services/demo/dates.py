"""Calendar helpers for the demo: working days and the public holidays of a window."""

from __future__ import annotations

from datetime import date, timedelta


def add_working_days(day: date, count: int) -> date:
    """The working day ``count`` Monday–Friday days after ``day`` (before it if negative)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    current = day
    while remaining:
        current += timedelta(days=step)
        if current.weekday() < 5:
            remaining -= 1
    return current


def previous_weekday(day: date) -> date:
    """``day`` itself on a weekday, else the Friday before it."""
    if day.weekday() >= 5:
        return day - timedelta(days=day.weekday() - 4)
    return day


def _observed(day: date) -> date:
    """A fixed-date holiday on a weekend is observed on the Friday before or Monday after."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    next_month = date(year + (month == 12), month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def public_holidays(first: date, last: date) -> list[tuple[date, str]]:
    """The office's public holidays (US practice, observed dates) from ``first`` to ``last``."""
    found: list[tuple[date, str]] = []
    for year in range(first.year - 1, last.year + 2):
        thanksgiving = _nth_weekday(year, 11, 3, 4)
        found += [
            (_observed(date(year, 1, 1)), "New Year's Day"),
            (_last_weekday(year, 5, 0), "Memorial Day"),
            (_observed(date(year, 7, 4)), "Independence Day"),
            (_nth_weekday(year, 9, 0, 1), "Labor Day"),
            (thanksgiving, "Thanksgiving Day"),
            (thanksgiving + timedelta(days=1), "Day after Thanksgiving"),
            (_observed(date(year, 12, 25)), "Christmas Day"),
        ]
    return sorted((day, name) for day, name in found if first <= day <= last)
