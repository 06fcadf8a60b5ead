"""The over-allocation check an edit runs before it commits: the person-weeks it leaves above
the limit (a percent of capacity), each with the figures the confirmation shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import DEFAULT_OVER_LIMIT, is_over_limit, utilization
from pmo_desktop.services.staffing.grid import capacities, cell_table, list_staff_by_ids
from pmo_desktop.store.models_staffing import ScenarioAllocation


@dataclass(frozen=True, slots=True)
class OverLimit:
    """A person-week an edit would take above the limit, with the resulting percent."""

    person_id: int
    person: str
    week: date
    hours: float
    capacity: float
    percent: float | None

    def describe(self) -> str:
        """``Dana Reyes, week of 2 Mar 2026: 52 h of 40 h (130%)``."""
        share = "no capacity" if self.percent is None else f"{self.percent:.0f}%"
        return (
            f"{self.person}, week of {self.week:%d %b %Y}: {self.hours:g} h of "
            f"{self.capacity:g} h ({share})"
        )


def over_limit(
    session: Session,
    person_weeks: Iterable[tuple[int, date]],
    *,
    scenario_id: int | None = None,
    limit: float = DEFAULT_OVER_LIMIT,
) -> list[OverLimit]:
    """The person-weeks above ``limit`` percent of capacity, with the resulting figures."""
    wanted = set(person_weeks)
    if not wanted:
        return []
    table = cell_table(scenario_id)
    people_ids = {p for p, _ in wanted}
    weeks = sorted({w for _, w in wanted})
    stmt = (
        select(table.person_id, table.week, func.sum(table.hours))
        .where(table.person_id.in_(people_ids), table.week.in_(weeks))
        .group_by(table.person_id, table.week)
    )
    if scenario_id is not None:
        stmt = stmt.where(ScenarioAllocation.scenario_id == scenario_id)
    totals = {(p, w): float(h or 0) for p, w, h in session.execute(stmt)}
    people = list_staff_by_ids(session, people_ids)
    span = [weeks[0] + timedelta(weeks=i) for i in range((weeks[-1] - weeks[0]).days // 7 + 1)]
    caps = capacities(session, people, span)
    names = {p.id: p.name for p in people}
    found: list[OverLimit] = []
    for person_id, week in sorted(wanted):
        hours = totals.get((person_id, week), 0.0)
        capacity = caps.get((person_id, week), 0.0)
        if is_over_limit(hours, capacity, limit):
            found.append(
                OverLimit(
                    person_id,
                    names.get(person_id, "?"),
                    week,
                    hours,
                    capacity,
                    utilization(hours, capacity),
                )
            )
    return found
