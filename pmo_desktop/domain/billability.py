"""Billable utilization (DOMAIN.md): billable hours ÷ available hours over a period.

Sum the hours, then divide: weekly percentages are never averaged. The forecast of a week is
the actual billable hours where a timesheet is known for a past week, otherwise the planned
hours on billable projects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from pmo_desktop.domain.enums import Role


@dataclass(frozen=True, slots=True)
class WeekBillability:
    """Billable and available hours of one person (or team) in one week."""

    week: date
    billable_hours: float
    available_hours: float
    actual: bool = False


def billable_utilization(weeks: Iterable[tuple[float, float]]) -> float | None:
    """Σ billable ÷ Σ available in percent over (billable, available) pairs; None if no hours
    were available at all."""
    billable = 0.0
    available = 0.0
    for b, a in weeks:
        billable += b
        available += a
    if available <= 0:
        return None
    return billable / available * 100.0


def target_for(
    role: Role, override: int | None = None, role_targets: Mapping[Role, int] | None = None
) -> int:
    """A person's billable target in percent: their own when set, else their role's (the
    portfolio's ``role_targets`` when given, else DOMAIN.md's default)."""
    if override is not None:
        return override
    if role_targets is not None and role in role_targets:
        return role_targets[role]
    return role.default_billable_target


def forecast_billable(
    actuals: Mapping[date, float], planned: Mapping[date, float], cutoff: date
) -> dict[date, tuple[float, bool]]:
    """Billable hours per week: actuals for weeks before ``cutoff`` that have a timesheet,
    planned hours otherwise. Values are (hours, from actuals)."""
    weeks = set(planned) | {week for week in actuals if week < cutoff}
    result: dict[date, tuple[float, bool]] = {}
    for week in sorted(weeks):
        if week < cutoff and week in actuals:
            result[week] = (actuals[week], True)
        else:
            result[week] = (planned.get(week, 0.0), False)
    return result


def meets_target(utilization: float | None, target: int) -> bool:
    """True when a utilization figure reaches its target."""
    return utilization is not None and utilization >= target - 1e-9
