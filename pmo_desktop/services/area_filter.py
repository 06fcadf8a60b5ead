"""What a Home tile narrows its area to when it opens it (headless, no imports of ours).

A tile carries one ``AreaFilter``; the area page it opens keeps only the rows the filter
names and says so in a bar the manager can clear in one click.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class AreaFilter:
    """The rows a tile is about. None / empty / False on a field: that field keeps all."""

    #: What the filter bar says ("3 programs Red or Amber").
    label: str
    project_ids: frozenset[int] | None = None
    program_ids: frozenset[int] | None = None
    person_ids: frozenset[int] | None = None
    escalation_ids: frozenset[int] | None = None
    #: Health colours kept ("red", "amber").
    rags: frozenset[str] | None = None
    #: Only what is overdue.
    overdue: bool = False
    #: The weeks (Mondays) the tile looked at, oldest first.
    weeks: tuple[date, ...] = ()

    def keeps(self, ids: frozenset[int] | None, value: int | None) -> bool:
        """True when ``value`` passes an id set of this filter (None keeps everything)."""
        return ids is None or (value is not None and value in ids)
