"""Process adherence: the share of checklist items ticked, per project or PM, per period.

A project that has no checklist items in a period has no adherence (``None``): it is neither
compliant nor flagged. A project is below the threshold when its ticked share is strictly
less than the threshold, computed in integers so that exactly 80 % of 80 % is not flagged.

Checklists change over time without rewriting the past: an item counts from the week it was
added (``counts_from``) and, once retired, no longer counts from the week it was retired
(``retired_from``); earlier weeks keep its ticks and their share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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


def item_counts(
    week: date, *, active: bool, counts_from: date | None, retired_from: date | None
) -> bool:
    """True when a checklist item is expected in the week starting ``week`` (a Monday).

    ``counts_from`` None: the item was always on the checklist. A retired item (``active``
    false) counts only in the weeks before ``retired_from``; retired without a date: never.
    """
    if counts_from is not None and week < counts_from:
        return False
    if active:
        return True
    return retired_from is not None and week < retired_from
