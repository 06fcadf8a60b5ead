"""Editing clients, programs and projects (with milestones, financials and scope changes).

Each save validates everything first and raises ``ValidationError(message, field)`` before
writing anything, so nothing is half-saved. Saves return ``(id, prior)`` where ``prior`` is
the state before (None for a new record): undo saves the prior back, or deletes the new one.
A project is saved as a ``ProjectBundle`` — its fields, financials, milestones and scope
changes — with child rows matched by id, so undo restores them with the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import (
    check_financials,
    check_milestone_dates,
    check_name,
    check_project_fields,
)
from pmo_desktop.store.models import Client, Milestone, Person, Program, Project
from pmo_desktop.store.models_pipeline import ProjectFinancials, ScopeChange


@dataclass(frozen=True, slots=True)
class ClientData:
    """The editable fields of a client."""

    name: str
    industry: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ProgramData:
    """The editable fields of a program."""

    client_id: int
    name: str
    description: str | None = None
    lead_id: int | None = None


@dataclass(frozen=True, slots=True)
class MilestoneData:
    """A milestone of a project (``id`` None for a new one)."""

    name: str
    baseline_date: date
    forecast_date: date
    actual_date: date | None = None
    status: MilestoneStatus = MilestoneStatus.PLANNED
    id: int | None = None
    #: The project's timeline health is judged on its critical milestones first.
    critical: bool = False


@dataclass(frozen=True, slots=True)
class ScopeChangeData:
    """A change request of a project (``id`` None for a new one)."""

    raised_on: date
    description: str
    cost_impact_cents: int = 0
    approved: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FinancialsData:
    """Cost to date, forecast at completion, % complete and SOW date of a project."""

    actual_cost_cents: int | None = None
    forecast_cents: int | None = None
    percent_complete: int | None = None
    sow_signed_date: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectBundle:
    """Everything the project editor saves at once. ``stage`` is used when creating only;
    an existing project changes stage through ``pipeline.move_stage``."""

    program_id: int
    name: str
    stage: Stage = Stage.LEAD
    code: str | None = None
    win_probability: int = 50
    start_date: date | None = None
    end_date: date | None = None
    budget_cents: int = 0
    pm_id: int | None = None
    priority: int = 3
    billable: bool = True
    description: str | None = None
    financials: FinancialsData = field(default_factory=FinancialsData)
    milestones: tuple[MilestoneData, ...] = ()
    scope_changes: tuple[ScopeChangeData, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """An id and its name, for pickers."""

    id: int
    name: str
    parent_id: int | None = None


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


# --------------------------------------------------------------------------- pickers


def client_choices(session: Session) -> list[Choice]:
    """Every client by name."""
    stmt = select(Client.id, Client.name).order_by(func.lower(Client.name), Client.id)
    return [Choice(i, n) for i, n in session.execute(stmt)]


def program_choices(session: Session) -> list[Choice]:
    """Every program by client then name; ``parent_id`` is the client."""
    stmt = (
        select(Program.id, Program.name, Program.client_id, Client.name)
        .join(Client, Program.client_id == Client.id)
        .order_by(func.lower(Client.name), func.lower(Program.name), Program.id)
    )
    return [Choice(i, f"{c} — {n}", cid) for i, n, cid, c in session.execute(stmt)]


def person_choices(session: Session) -> list[Choice]:
    """Active people by name."""
    stmt = select(Person.id, Person.name).where(Person.active.is_(True)).order_by(Person.name)
    return [Choice(i, n) for i, n in session.execute(stmt)]


# --------------------------------------------------------------------------- clients


def get_client(session: Session, client_id: int) -> ClientData:
    """A client's fields."""
    client = session.get(Client, client_id)
    if client is None:
        raise ValidationError("that client no longer exists", "client")
    return ClientData(client.name, client.industry, client.notes)


def save_client(
    session: Session, client_id: int | None, data: ClientData
) -> tuple[int, ClientData | None]:
    """Create (``client_id`` None) or update a client; returns its id and the prior state.

    An id that no longer exists recreates the record with that id (redo after an undo).
    """
    name = check_name(data.name, "name", "client name")
    clash = session.scalar(
        select(Client.id).where(
            func.lower(Client.name) == name.lower(), Client.id != (client_id or 0)
        )
    )
    if clash is not None:
        raise ValidationError(f"a client called “{name}” already exists", "name")
    if client_id is None or session.get(Client, client_id) is None:
        client = Client(
            id=client_id, name=name, industry=_clean(data.industry), notes=_clean(data.notes)
        )
        session.add(client)
        session.flush()
        return client.id, None
    prior = get_client(session, client_id)
    found = session.get(Client, client_id)
    assert found is not None
    found.name, found.industry, found.notes = name, _clean(data.industry), _clean(data.notes)
    session.flush()
    return client_id, prior


def delete_new_client(session: Session, client_id: int) -> None:
    """Remove a client that has no programs (the undo of creating it)."""
    if session.scalar(select(Program.id).where(Program.client_id == client_id).limit(1)):
        raise ValidationError("the client has programs; remove them first", "client")
    session.execute(delete(Client).where(Client.id == client_id))


# --------------------------------------------------------------------------- programs


def get_program(session: Session, program_id: int) -> ProgramData:
    """A program's fields."""
    program = session.get(Program, program_id)
    if program is None:
        raise ValidationError("that program no longer exists", "program")
    return ProgramData(program.client_id, program.name, program.description, program.lead_id)


def save_program(
    session: Session, program_id: int | None, data: ProgramData
) -> tuple[int, ProgramData | None]:
    """Create or update a program; returns its id and the prior state."""
    name = check_name(data.name, "name", "program name")
    if session.get(Client, data.client_id) is None:
        raise ValidationError("choose the program's client", "client")
    if data.lead_id is not None and session.get(Person, data.lead_id) is None:
        raise ValidationError("that program lead no longer exists", "lead")
    clash = session.scalar(
        select(Program.id).where(
            Program.client_id == data.client_id,
            func.lower(Program.name) == name.lower(),
            Program.id != (program_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError(f"this client already has a program “{name}”", "name")
    if program_id is None or session.get(Program, program_id) is None:
        program = Program(
            id=program_id,
            client_id=data.client_id,
            name=name,
            description=_clean(data.description),
            lead_id=data.lead_id,
        )
        session.add(program)
        session.flush()
        return program.id, None
    prior = get_program(session, program_id)
    found = session.get(Program, program_id)
    assert found is not None
    found.client_id, found.name = data.client_id, name
    found.description, found.lead_id = _clean(data.description), data.lead_id
    session.flush()
    return program_id, prior


def delete_new_program(session: Session, program_id: int) -> None:
    """Remove a program that has no projects (the undo of creating it)."""
    if session.scalar(select(Project.id).where(Project.program_id == program_id).limit(1)):
        raise ValidationError("the program has projects; remove them first", "program")
    session.execute(delete(Program).where(Program.id == program_id))


# --------------------------------------------------------------------------- projects


def get_project(session: Session, project_id: int) -> ProjectBundle:
    """A project with its financials, milestones and scope changes."""
    p = session.get(Project, project_id)
    if p is None:
        raise ValidationError("that project no longer exists", "project")
    fin = session.scalars(
        select(ProjectFinancials).where(ProjectFinancials.project_id == project_id)
    ).first()
    financials = (
        FinancialsData(
            fin.actual_cost_cents, fin.forecast_cents, fin.percent_complete, fin.sow_signed_date
        )
        if fin
        else FinancialsData()
    )
    milestones = tuple(
        MilestoneData(
            m.name,
            m.baseline_date,
            m.forecast_date,
            m.actual_date,
            m.status,
            m.id,
            critical=m.critical,
        )
        for m in session.scalars(
            select(Milestone)
            .where(Milestone.project_id == project_id)
            .order_by(Milestone.baseline_date, Milestone.id)
        )
    )
    changes = tuple(
        ScopeChangeData(c.raised_on, c.description, c.cost_impact_cents, c.approved, c.id)
        for c in session.scalars(
            select(ScopeChange)
            .where(ScopeChange.project_id == project_id)
            .order_by(ScopeChange.raised_on, ScopeChange.id)
        )
    )
    return ProjectBundle(
        program_id=p.program_id,
        name=p.name,
        stage=p.stage,
        code=p.code,
        win_probability=p.win_probability,
        start_date=p.start_date,
        end_date=p.end_date,
        budget_cents=p.budget_cents,
        pm_id=p.pm_id,
        priority=p.priority,
        billable=p.billable,
        description=p.description,
        financials=financials,
        milestones=milestones,
        scope_changes=changes,
    )


def validate_bundle(session: Session, bundle: ProjectBundle) -> str:
    """Every check of a project save; returns the cleaned name. Writes nothing."""
    name = check_name(bundle.name, "name", "project name")
    if session.get(Program, bundle.program_id) is None:
        raise ValidationError("choose the project's program", "program")
    if bundle.pm_id is not None and session.get(Person, bundle.pm_id) is None:
        raise ValidationError("that project manager no longer exists", "pm")
    check_project_fields(
        bundle.start_date,
        bundle.end_date,
        bundle.budget_cents,
        bundle.win_probability,
        bundle.priority,
    )
    fin = bundle.financials
    check_financials(fin.actual_cost_cents, fin.forecast_cents, fin.percent_complete)
    for m in bundle.milestones:
        check_name(m.name, "milestones", "milestone name")
        check_milestone_dates(
            m.name,
            m.baseline_date,
            m.forecast_date,
            m.actual_date,
            bundle.start_date,
            bundle.end_date,
        )
    for c in bundle.scope_changes:
        check_name(c.description, "scope_changes", "change request description")
    return name


def save_project(
    session: Session, project_id: int | None, bundle: ProjectBundle
) -> tuple[int, ProjectBundle | None]:
    """Create or update a project with all its parts; returns its id and the prior bundle."""
    name = validate_bundle(session, bundle)
    exists = project_id is not None and session.get(Project, project_id) is not None
    prior = get_project(session, project_id) if exists and project_id is not None else None
    fields = {
        "program_id": bundle.program_id,
        "name": name,
        "code": _clean(bundle.code),
        "win_probability": bundle.win_probability,
        "start_date": bundle.start_date,
        "end_date": bundle.end_date,
        "budget_cents": bundle.budget_cents,
        "pm_id": bundle.pm_id,
        "priority": bundle.priority,
        "billable": bundle.billable,
        "description": _clean(bundle.description),
    }
    if not exists:
        project = Project(id=project_id, stage=bundle.stage, **fields)
        session.add(project)
        session.flush()
    else:
        found = session.get(Project, project_id)
        assert found is not None
        project = found
        for key, value in fields.items():
            setattr(project, key, value)
    _sync_financials(session, project.id, bundle.financials)
    _sync_milestones(session, project.id, bundle.milestones)
    _sync_changes(session, project.id, bundle.scope_changes)
    session.flush()
    return project.id, prior


def delete_project(session: Session, project_id: int) -> ProjectBundle:
    """Delete a project and its parts; returns the bundle (undo recreates it)."""
    bundle = get_project(session, project_id)
    session.execute(delete(Project).where(Project.id == project_id))
    return bundle


def _sync_financials(session: Session, project_id: int, data: FinancialsData) -> None:
    row = session.scalars(
        select(ProjectFinancials).where(ProjectFinancials.project_id == project_id)
    ).first()
    empty = data == FinancialsData()
    if row is None:
        if not empty:
            session.add(
                ProjectFinancials(
                    project_id=project_id,
                    actual_cost_cents=data.actual_cost_cents,
                    forecast_cents=data.forecast_cents,
                    percent_complete=data.percent_complete,
                    sow_signed_date=data.sow_signed_date,
                )
            )
        return
    if empty:
        session.delete(row)
        return
    row.actual_cost_cents = data.actual_cost_cents
    row.forecast_cents = data.forecast_cents
    row.percent_complete = data.percent_complete
    row.sow_signed_date = data.sow_signed_date


def _sync_milestones(session: Session, project_id: int, wanted: tuple[MilestoneData, ...]) -> None:
    current = {
        m.id: m
        for m in session.scalars(select(Milestone).where(Milestone.project_id == project_id))
    }
    keep = {m.id for m in wanted if m.id is not None}
    for mid in set(current) - keep:
        session.delete(current[mid])
    session.flush()
    for m in wanted:
        values = {
            "name": m.name.strip(),
            "baseline_date": m.baseline_date,
            "forecast_date": m.forecast_date,
            "actual_date": m.actual_date,
            "status": m.status,
            "critical": m.critical,
        }
        row = current.get(m.id) if m.id is not None else None
        if row is None:  # new, or one a later undo brings back with its old id
            session.add(Milestone(id=m.id, project_id=project_id, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)


def _sync_changes(session: Session, project_id: int, wanted: tuple[ScopeChangeData, ...]) -> None:
    current = {
        c.id: c
        for c in session.scalars(select(ScopeChange).where(ScopeChange.project_id == project_id))
    }
    keep = {c.id for c in wanted if c.id is not None}
    for cid in set(current) - keep:
        session.delete(current[cid])
    session.flush()
    for c in wanted:
        values = {
            "raised_on": c.raised_on,
            "description": c.description.strip(),
            "cost_impact_cents": c.cost_impact_cents,
            "approved": c.approved,
        }
        row = current.get(c.id) if c.id is not None else None
        if row is None:
            session.add(ScopeChange(id=c.id, project_id=project_id, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
