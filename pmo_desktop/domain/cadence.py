"""1:1 cadence: weekly, biweekly or monthly, and the date of the next meeting."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum


class Cadence(StrEnum):
    """How often a 1:1 happens."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        """Human label."""
        return {"weekly": "Weekly", "biweekly": "Every two weeks", "monthly": "Monthly"}[self.value]

    @property
    def rrule(self) -> str:
        """The iCalendar recurrence rule of the cadence."""
        return {
            "weekly": "FREQ=WEEKLY",
            "biweekly": "FREQ=WEEKLY;INTERVAL=2",
            "monthly": "FREQ=MONTHLY",
        }[self.value]


DEFAULT_CADENCE = Cadence.BIWEEKLY


def add_months(day: date, months: int) -> date:
    """The same day ``months`` months later, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def following(day: date, cadence: Cadence) -> date:
    """The meeting after one held on ``day``."""
    if cadence is Cadence.WEEKLY:
        return day + timedelta(days=7)
    if cadence is Cadence.BIWEEKLY:
        return day + timedelta(days=14)
    return add_months(day, 1)


def next_meeting(last: date | None, cadence: Cadence, today: date) -> date:
    """The next 1:1: the cadence after the last one, never before today.

    With no 1:1 yet, or when the due date has passed, the next one is due today; a 1:1
    already planned after today is the next one.
    """
    if last is None:
        return today
    if last > today:
        return last
    due = following(last, cadence)
    return max(due, today)


def is_overdue(last: date | None, cadence: Cadence, today: date) -> bool:
    """True when the cadence says a 1:1 should already have happened."""
    return last is None or following(last, cadence) < today
