"""Demo pipeline rows: financials, scope changes, stage history, overrides, roadmap items,
and which milestones are critical.

Costs follow each project's progress with the drift real projects show (most near plan, a
few over), so the health view has a believable mix of Green, Amber and Red.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.pipeline import Quarter, RoadmapStatus
from pmo_desktop.domain.rag import Dimension
from pmo_desktop.services.demo import names
from pmo_desktop.store.models import Milestone
from pmo_desktop.store.models_pipeline import (
    HealthOverride,
    HealthThresholdSetting,
    ProjectFinancials,
    RoadmapItem,
    ScopeChange,
    StageChange,
)

_DELIVERY = (Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.CLOSED, Stage.ON_HOLD)
_CHANGES = (
    "Add single sign-on with the client's identity provider",
    "Extra reporting dashboard for the finance team",
    "Second language for customer-facing screens",
    "Data migration of archived records from the legacy system",
    "Additional integration with the warehouse management system",
    "Accessibility audit and WCAG 2.2 AA fixes",
    "Extended hypercare by four weeks after go-live",
    "Remove the offline mode from phase one",
    "Load testing for the peak season volumes",
    "New approval workflow for regional managers",
    "Drop the native tablet app in favour of the responsive web app",
    "Security penetration test by a third party",
)
_HOLD_REASONS = (
    "Client budget frozen until the next fiscal year",
    "Waiting for the client's new CTO to confirm priorities",
    "Paused during the client's merger due diligence",
)
_LOST_REASONS = (
    "Lost on price to a lower-cost offshore bid",
    "Client chose to build it in-house",
    "Competitor already held the framework agreement",
    "Client postponed indefinitely after a reorganisation",
)
_OVERRIDES = (
    (Rag.AMBER, "Client has agreed to fund the overrun through a change request in signature"),
    (Rag.GREEN, "Milestone moved at the client's request; new date agreed in steering committee"),
)
_INITIATIVES = (
    "Customer self-service portal",
    "Cloud migration of core systems",
    "Data platform and analytics",
    "Mobile app refresh",
    "Process automation wave",
    "Security and compliance uplift",
    "Legacy decommissioning",
    "Partner integration hub",
    "Knowledge base and search",
    "Payments modernisation",
    "Field service scheduling",
    "Loyalty programme relaunch",
)


def pipeline(plan: Any) -> None:
    """Queue the pipeline area's rows on ``plan`` (a ``DemoPlan``)."""
    rng = plan.rng("pipeline")
    today = plan.today
    financials: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    overrides: list[dict[str, Any]] = []
    for project in plan.projects:
        if project.stage in _DELIVERY:
            span = max((project.end_date - project.start_date).days, 1)
            elapsed = min(max((today - project.start_date).days, 0), span)
            planned = elapsed / span
            if project.stage is Stage.CLOSED:
                done = 1.0
            elif project.stage is Stage.APPROVED:
                done = 0.0
            else:
                done = min(max(planned + rng.uniform(-0.12, 0.06), 0.0), 0.98)
            cost_factor = rng.choices((1.0, 1.06, 1.12, 0.95), weights=(60, 20, 10, 10))[0]
            cost_factor += rng.uniform(-0.02, 0.02)
            actual = round(project.budget_cents * done * cost_factor) if done else 0
            # The forecast follows what the work is costing so far (CPI ≈ 1 / cost factor).
            overrun = cost_factor - 1 + rng.uniform(-0.015, 0.015)
            forecast = max(round(project.budget_cents * (1 + overrun)), actual)
            signed = project.start_date - timedelta(days=rng.randint(7, 30))
            financials.append(
                {
                    "id": len(financials) + 1,
                    "project_id": project.id,
                    "actual_cost_cents": actual,
                    "forecast_cents": forecast,
                    "percent_complete": round(done * 100),
                    "sow_signed_date": signed,
                }
            )
            for _ in range(rng.choices((0, 1, 2, 3), weights=(55, 25, 14, 6))[0]):
                raised = project.start_date + timedelta(days=rng.randint(0, span))
                if raised > today:
                    continue
                share = rng.choice((0.01, 0.02, 0.03, 0.05, 0.08))
                sign = -1 if rng.random() < 0.15 else 1
                changes.append(
                    {
                        "id": len(changes) + 1,
                        "project_id": project.id,
                        "raised_on": raised,
                        "description": rng.choice(_CHANGES),
                        "cost_impact_cents": sign * round(project.budget_cents * share / 100) * 100,
                        "approved": rng.random() < 0.75,
                    }
                )
        if project.stage in (Stage.ON_HOLD, Stage.LOST):
            reasons = _HOLD_REASONS if project.stage is Stage.ON_HOLD else _LOST_REASONS
            when = datetime.combine(today - timedelta(days=rng.randint(5, 60)), time(15), UTC)
            moves.append(
                {
                    "id": len(moves) + 1,
                    "project_id": project.id,
                    "from_stage": (
                        Stage.ACTIVE if project.stage is Stage.ON_HOLD else Stage.PROPOSAL
                    ).value,
                    "to_stage": project.stage.value,
                    "reason": rng.choice(reasons),
                    "changed_at": when,
                }
            )
    active = [p for p in plan.projects if p.stage is Stage.ACTIVE]
    for (rag, reason), project in zip(
        _OVERRIDES, rng.sample(active, min(2, len(active))), strict=False
    ):
        overrides.append(
            {
                "id": len(overrides) + 1,
                "project_id": project.id,
                "program_id": None,
                "dimension": (Dimension.BUDGET if rag is Rag.AMBER else Dimension.TIMELINE).value,
                "rag": rag.value,
                "reason": reason,
                "set_at": datetime.combine(today - timedelta(days=3), time(10), UTC),
            }
        )
    thresholds: list[dict[str, Any]] = []
    if plan.programs:
        strict = rng.choice(plan.programs)
        thresholds.append(
            {
                "id": 1,
                "program_id": strict.id,
                "budget_green_pct": 3.0,
                "budget_amber_pct": 8.0,
                "timeline_green_days": 3,
                "timeline_amber_days": 8,
                "scope_green_pct": 5.0,
                "scope_amber_pct": 10.0,
            }
        )
    plan.add_rows(ProjectFinancials, financials)
    plan.add_rows(ScopeChange, changes)
    plan.add_rows(StageChange, moves)
    plan.add_rows(HealthOverride, overrides)
    plan.add_rows(HealthThresholdSetting, thresholds)
    plan.add_rows(RoadmapItem, _roadmap(plan, rng))
    _critical_milestones(plan)


def _critical_milestones(plan: Any) -> None:
    """Mark the key milestone (Launch, Team rollout…) of about a third of the projects in
    delivery critical, so their timeline health is judged on it."""
    rng = plan.rng("critical-milestones")
    key_name = {}
    for project in plan.projects:
        template, anchor = names.MILESTONE_TEMPLATES[project.kind]
        if project.stage in _DELIVERY and rng.random() < 0.35:
            key_name[project.id] = template[anchor]
    for model, rows in plan.inserts:
        if model is Milestone:
            for row in rows:
                row["critical"] = key_name.get(row["project_id"]) == row["name"]


def _roadmap(plan: Any, rng: Any) -> list[dict[str, Any]]:
    """Three to six initiatives per client from last quarter to four quarters out."""
    now = Quarter.of(plan.today)
    rows: list[dict[str, Any]] = []
    by_client: dict[int, list[Any]] = {}
    for program in plan.programs:
        by_client.setdefault(program.client_id, []).append(program)
    for client in plan.clients:
        programs = by_client.get(client.id, [])
        for title in rng.sample(_INITIATIVES, rng.randint(3, 6)):
            offset = rng.randint(-1, 4)
            quarter = now.shifted(offset)
            if offset < 0:
                status = RoadmapStatus.DONE
            elif offset == 0:
                status = RoadmapStatus.IN_PROGRESS
            else:
                status = rng.choice(
                    (RoadmapStatus.PLANNED, RoadmapStatus.PLANNED, RoadmapStatus.IDEA)
                )
            program = rng.choice(programs) if programs and rng.random() < 0.7 else None
            rows.append(
                {
                    "id": len(rows) + 1,
                    "client_id": client.id,
                    "program_id": program.id if program else None,
                    "title": title,
                    "year": quarter.year,
                    "quarter": quarter.quarter,
                    "status": status.value,
                    "description": f"{title} for {client.name}.",
                }
            )
    return rows
