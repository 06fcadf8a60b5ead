"""Figures behind the pipeline charts: budget burn per project, milestone slip per program."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus
from pmo_desktop.domain.evm import planned_fraction
from pmo_desktop.domain.rag import ASSESSED_STAGES, MilestoneFacts, slip_days
from pmo_desktop.store.models import Client, Milestone, Program, Project
from pmo_desktop.store.models_pipeline import ProjectFinancials


@dataclass(frozen=True, slots=True)
class BurnRow:
    """Budget, planned value to date, actual cost and forecast of one project (cents)."""

    project: str
    program: str
    budget_cents: int
    planned_cents: int | None
    actual_cents: int | None
    forecast_cents: int | None

    @property
    def overrun_share(self) -> float:
        """Forecast over budget as a fraction (0 when unknown)."""
        if not self.forecast_cents or not self.budget_cents:
            return 0.0
        return (self.forecast_cents - self.budget_cents) / self.budget_cents


@dataclass(frozen=True, slots=True)
class SlipRow:
    """One milestone's baseline, forecast and slip in working days."""

    milestone: str
    project: str
    baseline: date
    forecast: date
    slip_days: int
    done: bool
    #: A critical milestone (the timeline health is judged on these first).
    critical: bool = False


def budget_burn(session: Session, today: date | None = None) -> list[BurnRow]:
    """Every project in delivery with financials, most over budget first."""
    today = today or date.today()
    stmt = (
        select(
            Project.name,
            Program.name,
            Project.budget_cents,
            Project.start_date,
            Project.end_date,
            ProjectFinancials.actual_cost_cents,
            ProjectFinancials.forecast_cents,
        )
        .join(Program, Project.program_id == Program.id)
        .join(ProjectFinancials, ProjectFinancials.project_id == Project.id)
        .where(Project.stage.in_(ASSESSED_STAGES))
    )
    rows = []
    for name, program, budget, start, end, actual, forecast in session.execute(stmt):
        planned = planned_fraction(start, end, today)
        rows.append(
            BurnRow(
                name,
                program,
                budget,
                None if planned is None else round(planned * budget),
                actual,
                forecast,
            )
        )
    rows.sort(key=lambda r: (-r.overrun_share, r.project.casefold()))
    return rows


def program_choices_with_milestones(session: Session) -> list[tuple[int, str]]:
    """Programs that have milestones on projects in delivery: (id, "Client — Program")."""
    stmt = (
        select(Program.id, Client.name, Program.name)
        .join(Client, Program.client_id == Client.id)
        .join(Project, Project.program_id == Program.id)
        .join(Milestone, Milestone.project_id == Project.id)
        .where(Project.stage.in_(ASSESSED_STAGES))
        .distinct()
        .order_by(Client.name, Program.name)
    )
    return [(pid, f"{client} — {name}") for pid, client, name in session.execute(stmt)]


def milestone_slip(session: Session, program_id: int) -> list[SlipRow]:
    """Milestones of a program's projects in delivery, by baseline date."""
    stmt = (
        select(
            Milestone.name,
            Project.name,
            Milestone.baseline_date,
            Milestone.forecast_date,
            Milestone.actual_date,
            Milestone.status,
            Milestone.critical,
        )
        .join(Project, Milestone.project_id == Project.id)
        .where(Project.program_id == program_id, Project.stage.in_(ASSESSED_STAGES))
        .order_by(Milestone.baseline_date, Milestone.id)
    )
    rows = []
    for name, project, baseline, forecast, actual, status, critical in session.execute(stmt):
        done = status is MilestoneStatus.DONE or actual is not None
        facts = MilestoneFacts(name, baseline, forecast, done, critical)
        rows.append(SlipRow(name, project, baseline, forecast, slip_days(facts), done, critical))
    return rows
