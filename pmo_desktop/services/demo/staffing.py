"""Demo staffing rows: open role demand (placeholders) and past timesheet actuals.

Actuals follow the allocations of past weeks with the small drift real timesheets show;
placeholders are the roles a few upcoming projects still need.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.staffing import placeholder_label
from pmo_desktop.store.models import Allocation
from pmo_desktop.store.models_staffing import Placeholder, TimesheetActual

_DEMAND_STAGES = (Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE)
_ROLE_HOURS = {Role.SPM: (8.0, 12.0, 16.0), Role.PM: (16.0, 24.0, 32.0), Role.PC: (20.0, 40.0)}


def staffing(plan: Any) -> None:
    """Queue placeholders and timesheet actuals on ``plan`` (a ``DemoPlan``)."""
    _placeholders(plan)
    _actuals(plan)


def _placeholders(plan: Any) -> None:
    rng = plan.rng("staffing/placeholders")
    rows: list[dict[str, Any]] = []
    last_week = plan.weeks[-1]
    for project in plan.projects:
        if project.stage not in _DEMAND_STAGES or rng.random() > 0.35:
            continue
        role = rng.choice((Role.PM, Role.PC, Role.PC, Role.SPM))
        start = max(plan.week_offset(rng.randint(1, 4)), project.start_date - timedelta(days=7))
        start -= timedelta(days=start.weekday())
        hours = rng.choice(_ROLE_HOURS[role])
        label = placeholder_label(role)
        for i in range(rng.randint(4, 10)):
            week = start + timedelta(weeks=i)
            if week > project.end_date or week > last_week:
                break
            rows.append(
                {
                    "id": len(rows) + 1,
                    "project_id": project.id,
                    "role": role,
                    "label": label,
                    "week": week,
                    "hours": hours,
                }
            )
    plan.add_rows(Placeholder, rows)


def _actuals(plan: Any) -> None:
    rng = plan.rng("staffing/actuals")
    billable = {project.id: project.billable for project in plan.projects}
    allocations = [row for model, rows in plan.inserts if model is Allocation for row in rows]
    rows: list[dict[str, Any]] = []
    for alloc in allocations:
        if alloc["week"] >= plan.monday or alloc["tentative"]:
            continue
        if rng.random() < 0.04:  # a missing timesheet line
            continue
        drift = rng.choice((-4.0, -2.0, 0.0, 0.0, 0.0, 0.0, 2.0, 4.0))
        hours = max(0.0, min(168.0, alloc["hours"] + drift))
        rows.append(
            {
                "id": len(rows) + 1,
                "person_id": alloc["person_id"],
                "project_id": alloc["project_id"],
                "week": alloc["week"],
                "hours": hours,
                "billable": billable[alloc["project_id"]],
            }
        )
    plan.add_rows(TimesheetActual, rows)
