"""Read models of the portfolio: the project list and what a database holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.store.models import Allocation, Client, Milestone, Person, Program, Project


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """One project as the pipeline table shows it."""

    id: int
    name: str
    client: str
    program: str
    stage: Stage
    pm: str | None
    start_date: date | None
    end_date: date | None
    budget_cents: int
    win_probability: int
    priority: int


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person of the team."""

    id: int
    name: str
    role: Role
    weekly_hours: float
    active: bool


@dataclass(frozen=True)
class PortfolioSummary:
    """How much a portfolio holds, for the status bar, About and ``check``."""

    people: int
    clients: int
    programs: int
    projects: int
    milestones: int
    allocations: int

    @property
    def is_empty(self) -> bool:
        """True for a portfolio with nothing in it yet."""
        return not (self.people or self.clients or self.projects)


def list_projects(session: Session) -> list[ProjectRow]:
    """Every project with its client, program and PM name, in one column select."""
    pm = aliased(Person)
    stmt = (
        select(
            Project.id,
            Project.name,
            Client.name,
            Program.name,
            Project.stage,
            pm.name,
            Project.start_date,
            Project.end_date,
            Project.budget_cents,
            Project.win_probability,
            Project.priority,
        )
        .join(Program, Project.program_id == Program.id)
        .join(Client, Program.client_id == Client.id)
        .outerjoin(pm, Project.pm_id == pm.id)
        .order_by(Client.name, Program.name, Project.name, Project.id)
    )
    return [ProjectRow(*row) for row in session.execute(stmt)]


def list_people(session: Session, *, active_only: bool = True) -> list[PersonRow]:
    """The team, by name."""
    stmt = select(Person.id, Person.name, Person.role, Person.weekly_hours, Person.active)
    if active_only:
        stmt = stmt.where(Person.active.is_(True))
    return [PersonRow(*row) for row in session.execute(stmt.order_by(Person.name, Person.id))]


def summary(session: Session) -> PortfolioSummary:
    """Counts of the main things in the portfolio (one statement: the status bar asks at start)."""
    counts = [  # from the Core tables: compiled without the ORM (see ``services.health``)
        select(func.count()).select_from(model.__table__).scalar_subquery()
        for model in (Person, Client, Program, Project, Milestone, Allocation)
    ]
    people, clients, programs, projects, milestones, allocations = (
        int(n or 0) for n in session.execute(select(*counts)).one()
    )
    return PortfolioSummary(
        people=people,
        clients=clients,
        programs=programs,
        projects=projects,
        milestones=milestones,
        allocations=allocations,
    )
