"""Process adherence: the share of checklist items ticked, per project or PM, per period.

A project that has no checklist items in a period has no adherence (``None``): it is neither
compliant nor flagged. A project is below the threshold when its ticked share is strictly
less than the threshold, computed in integers so that exactly 80 % of 80 % is not flagged.

Checklists change over time without rewriting the past: an item counts in the weeks of its
active periods. A period starts the week the item was added or reactivated (``counts_from``)
and ends before the week it was retired (``retired_from``); retiring and reactivating again
add periods, so the weeks while it was retired keep not counting it and earlier weeks keep
its ticks and their share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

#: The checklist every new project type starts from (editable per type).
DEFAULT_CHECKLIST: tuple[str, ...] = (
    "Weekly status report sent",
    "RAID log reviewed",
    "Budget and forecast updated",
    "Timesheets submitted",
)
#: Project types the checklist is kept for: client delivery and internal work.
PROJECT_TYPES: tuple[str, ...] = ("delivery", "internal")
#: Projects below this adherence % over the period are flagged on Home.
DEFAULT_THRESHOLD = 80


def project_type(billable: bool) -> str:
    """The checklist type of a project: billable work is delivery, the rest internal."""
    return "delivery" if billable else "internal"


@dataclass(frozen=True, slots=True)
class Adherence:
    """Ticked items out of expected items over some weeks."""

    ticked: int
    expected: int

    @property
    def percent(self) -> float | None:
        """Ticked share in %, or None when nothing was expected."""
        if self.expected <= 0:
            return None
        return 100.0 * self.ticked / self.expected

    def below(self, threshold: int = DEFAULT_THRESHOLD) -> bool:
        """True when something was expected and less than ``threshold`` % of it was ticked."""
        if self.expected <= 0:
            return False
        return self.ticked * 100 < threshold * self.expected

    def __add__(self, other: Adherence) -> Adherence:
        return Adherence(self.ticked + other.ticked, self.expected + other.expected)


def adherence(items: int, weeks: int, ticked: int) -> Adherence:
    """Adherence of ``items`` checklist lines over ``weeks`` weeks with ``ticked`` ticks.

    Ticks beyond what is expected (items removed later) are capped; negative counts are
    refused.
    """
    if items < 0 or weeks < 0 or ticked < 0:
        raise ValueError("counts cannot be negative")
    expected = items * weeks
    return Adherence(min(ticked, expected), expected)


def combine(values: Iterable[Adherence]) -> Adherence:
    """Adherence over several projects or periods together (a PM's, a team's)."""
    ticked = expected = 0
    for value in values:
        ticked += value.ticked
        expected += value.expected
    return Adherence(ticked, expected)


def percent_label(value: Adherence) -> str:
    """``"85 %"``, or an en dash when nothing was expected."""
    pct = value.percent
    return "–" if pct is None else f"{pct:.0f} %"


@dataclass(frozen=True, slots=True)
class Period:
    """Weeks a checklist item counts in: from ``counts_from`` (None: from the start) up to,
    not including, ``retired_from`` (None: it is on the checklist now). Both are Mondays."""

    counts_from: date | None
    retired_from: date | None

    def __post_init__(self) -> None:
        if (
            self.counts_from is not None
            and self.retired_from is not None
            and self.retired_from < self.counts_from
        ):
            raise ValueError("a period cannot end before it starts")

    @property
    def open(self) -> bool:
        """True while the period lasts (the item was not retired since)."""
        return self.retired_from is None

    def contains(self, week: date) -> bool:
        """True when the week starting ``week`` is in the period."""
        if self.counts_from is not None and week < self.counts_from:
            return False
        return self.retired_from is None or week < self.retired_from


def item_counts(week: date, periods: Iterable[Period]) -> bool:
    """True when a checklist item is expected in the week starting ``week`` (a Monday): the
    week is in one of its periods. An item without periods counts in no week."""
    return any(period.contains(week) for period in periods)


def on_checklist(periods: Iterable[Period]) -> bool:
    """True when the item is on the checklist now (its last period is still open)."""
    return any(period.open for period in periods)


def retired_periods(periods: Sequence[Period], week: date) -> list[Period]:
    """The periods once the item is retired from ``week`` on: the open period ends there
    (weeks before keep counting). A period retired before it ever counted (the week it
    started, or earlier) is dropped: it would count in no week. Periods are changed with
    ``dataclasses.replace``, so a subclass's other fields (a row id) are kept."""
    if not on_checklist(periods):
        raise ValueError("the item is already retired")
    out: list[Period] = []
    for period in periods:
        if not period.open:
            out.append(period)
        elif period.counts_from is None or week > period.counts_from:
            out.append(replace(period, retired_from=week))
    return out


def reactivated_periods(periods: Sequence[Period], week: date) -> list[Period]:
    """The periods once the item is back on the checklist from ``week`` on. The weeks while
    it was retired keep not counting it; reactivated the week it was retired (or before
    that took effect), the last period simply goes on."""
    if on_checklist(periods):
        raise ValueError("the item is on the checklist already")
    out = list(periods)
    if out and out[-1].retired_from is not None and out[-1].retired_from >= week:
        out[-1] = replace(out[-1], retired_from=None)
    else:
        out.append(Period(week, None))
    return out
