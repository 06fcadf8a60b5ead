"""The pipeline: board cards with health, stage moves, weighted value per stage and client.

Every function takes a Session (one unit of work) and returns frozen dataclasses. A stage
move returns what undo needs (``StageMove``); ``undo_stage_move`` puts it back exactly.
Editing of clients, programs and projects lives in ``services.pipeline_edit``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import SIDE_EXITS, check_stage_move, weighted_cents
from pmo_desktop.domain.rag import Verdict
from pmo_desktop.services.pipeline.health import PortfolioHealth, portfolio_health
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project
from pmo_desktop.store.models_pipeline import ProjectFinancials, StageChange

#: Stages whose value is still open (counted in the per-client pipeline totals).
OPEN_STAGES = (Stage.LEAD, Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING)


@dataclass(frozen=True, slots=True)
class PipelineCard:
    """One project as the board and the table show it, with its overall health."""

    id: int
    name: str
    client_id: int
    client: str
    program_id: int
    program: str
    stage: Stage
    pm_id: int | None
    pm: str | None
    start_date: date | None
    end_date: date | None
    budget_cents: int
    win_probability: int
    priority: int
    health: Rag | None
    #: The overall health verdict (its words are built only when ``health_why`` is read).
    health_detail: Verdict | str = ""
    #: Why the project is On hold or Lost (the reason given when it was moved there).
    stage_reason: str | None = None

    @property
    def health_why(self) -> str:
        """The reasons of the overall health colour ("" outside delivery)."""
        detail = self.health_detail
        return detail if isinstance(detail, str) else detail.why

    @property
    def weighted_cents(self) -> int:
        """Budget × win probability."""
        return weighted_cents(self.budget_cents, self.win_probability)


@dataclass(frozen=True, slots=True)
class StageMove:
    """A stage move done, with everything undo needs to put the project back."""

    project_id: int
    from_stage: Stage
    to_stage: Stage
    prior_sow_signed: date | None
    had_financials: bool
    change_id: int
    #: Allocations whose tentative flag the move changed (won: confirmed; back in the
    #: pipeline: tentative again), for undo to flip back.
    flipped: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class StageValue:
    """Projects, budget and weighted value of one stage."""

    stage: Stage
    projects: int
    budget_cents: int
    weighted_cents: int


@dataclass(frozen=True, slots=True)
class ClientValue:
    """Open projects, budget and weighted value of one client."""

    client: str
    projects: int
    budget_cents: int
    weighted_cents: int


def board_cards(
    session: Session,
    today: date | None = None,
    health: PortfolioHealth | None = None,
    *,
    project_id: int | None = None,
) -> list[PipelineCard]:
    """Every project (or just ``project_id``) with client, program, PM and overall health."""
    health = health or portfolio_health(session, today, project_id=project_id)
    # Core tables (as in ``services.health``): the first screen's reads compile without the ORM.
    project, program, client = Project.__table__, Program.__table__, Client.__table__
    pm = Person.__table__.alias("pm")
    stmt = (
        select(
            project.c.id,
            project.c.name,
            client.c.id,
            client.c.name,
            program.c.id,
            program.c.name,
            project.c.stage,
            project.c.pm_id,
            pm.c.name,
            project.c.start_date,
            project.c.end_date,
            project.c.budget_cents,
            project.c.win_probability,
            project.c.priority,
        )
        .join(program, project.c.program_id == program.c.id)
        .join(client, program.c.client_id == client.c.id)
        .outerjoin(pm, project.c.pm_id == pm.c.id)
        .order_by(project.c.priority, client.c.name, program.c.name, project.c.name, project.c.id)
    )
    if project_id is not None:
        stmt = stmt.where(project.c.id == project_id)
    rows = session.connection().execute(stmt).all()  # Core rows: no ORM cost per row
    # Only On hold / Lost cards show a reason: one card elsewhere (after a move) skips the read.
    needs_reasons = project_id is None or any(row[6] in SIDE_EXITS for row in rows)
    reasons = _side_exit_reasons(session, project_id) if needs_reasons else {}
    cards = []
    for (
        pid,
        name,
        cid,
        client,
        prid,
        program,
        stage,
        pm_id,
        pm_name,
        start,
        end,
        budget,
        win,
        prio,
    ) in rows:
        found = health.projects.get(pid)
        overall = found.health.health.overall if found else None
        cards.append(
            PipelineCard(
                pid,
                name,
                cid,
                client,
                prid,
                program,
                stage,
                pm_id,
                pm_name,
                start,
                end,
                budget,
                win,
                prio,
                overall.rag if overall else None,
                overall if overall else "",
                reasons.get(pid) if stage in SIDE_EXITS else None,
            )
        )
    return cards


def _side_exit_reasons(session: Session, project_id: int | None) -> dict[int, str]:
    """The latest reason each project was moved to On hold or Lost."""
    change = StageChange.__table__
    stmt = (
        select(change.c.project_id, change.c.reason)
        .where(change.c.to_stage.in_(SIDE_EXITS), change.c.reason.is_not(None))
        .order_by(change.c.changed_at, change.c.id)
    )
    if project_id is not None:
        stmt = stmt.where(change.c.project_id == project_id)
    return {pid: reason for pid, reason in session.connection().execute(stmt).all() if reason}


def card(session: Session, project_id: int, today: date | None = None) -> PipelineCard:
    """One project's card (after an edit or a move)."""
    for found in board_cards(session, today, project_id=project_id):
        return found
    raise ValidationError("that project no longer exists", "project")


def move_stage(
    session: Session,
    project_id: int,
    stage: Stage,
    *,
    reason: str | None = None,
    sow_signed: date | None = None,
    now: datetime | None = None,
) -> StageMove:
    """Move a project to ``stage``; Lost/On hold need a reason, Approved the SOW date.

    The move is recorded in the stage history with its reason. Returns the prior state.
    """
    project = session.get(Project, project_id)
    if project is None:
        raise ValidationError("that project no longer exists", "project")
    if project.stage is stage:
        raise ValidationError(f"the project is already {stage.label}", "stage")
    check_stage_move(stage, reason, sow_signed)
    financials = session.scalars(
        select(ProjectFinancials).where(ProjectFinancials.project_id == project_id)
    ).first()
    prior_sow = financials.sow_signed_date if financials else None
    if stage is Stage.APPROVED:
        if financials is None:
            financials = ProjectFinancials(project_id=project_id)
            session.add(financials)
        financials.sow_signed_date = sow_signed
    change = StageChange(
        project_id=project_id,
        from_stage=project.stage,
        to_stage=stage,
        reason=(reason or "").strip() or None,
        changed_at=now or datetime.now(UTC),
    )
    session.add(change)
    moved_from = project.stage
    project.stage = stage
    flipped: tuple[int, ...] = ()
    if moved_from.is_pipeline != stage.is_pipeline:
        # Tentative follows the stage: hours on a won project are confirmed, and hours on a
        # project back in the pipeline are tentative again.
        flipped = tuple(
            session.scalars(
                select(Allocation.id).where(
                    Allocation.project_id == project_id,
                    Allocation.tentative.is_not(stage.is_pipeline),
                )
            )
        )
        _set_tentative(session, flipped, stage.is_pipeline)
    session.flush()
    return StageMove(
        project_id, moved_from, stage, prior_sow, financials is not None, change.id, flipped
    )


def _set_tentative(session: Session, ids: tuple[int, ...], tentative: bool) -> None:
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        session.execute(
            update(Allocation).where(Allocation.id.in_(part)).values(tentative=tentative)
        )


def undo_stage_move(session: Session, move: StageMove) -> None:
    """Put a project back where ``move`` found it and forget the history line."""
    project = session.get(Project, move.project_id)
    if project is None:
        raise ValidationError("that project no longer exists", "project")
    project.stage = move.from_stage
    _set_tentative(session, move.flipped, move.from_stage.is_pipeline)
    session.execute(delete(StageChange).where(StageChange.id == move.change_id))
    financials = session.scalars(
        select(ProjectFinancials).where(ProjectFinancials.project_id == move.project_id)
    ).first()
    if financials is not None:
        if not move.had_financials:
            session.delete(financials)
        else:
            financials.sow_signed_date = move.prior_sow_signed
    session.flush()


def weighted_by_stage(cards: list[PipelineCard]) -> list[StageValue]:
    """Projects, budget and Σ budget × probability per stage, in board order."""
    totals: dict[Stage, list[int]] = {stage: [0, 0, 0] for stage in Stage}
    for c in cards:
        t = totals[c.stage]
        t[0] += 1
        t[1] += c.budget_cents
        t[2] += c.weighted_cents
    return [StageValue(stage, *totals[stage]) for stage in Stage]


def weighted_by_client(cards: list[PipelineCard]) -> list[ClientValue]:
    """Open projects, budget and weighted value per client, largest weighted value first."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for c in cards:
        if c.stage not in OPEN_STAGES:
            continue
        t = totals[c.client]
        t[0] += 1
        t[1] += c.budget_cents
        t[2] += c.weighted_cents
    rows = [ClientValue(client, *t) for client, t in totals.items()]
    rows.sort(key=lambda r: (-r.weighted_cents, r.client.casefold()))
    return rows


@dataclass(frozen=True, slots=True)
class StageHistoryRow:
    """One recorded move of a project."""

    from_stage: Stage
    to_stage: Stage
    reason: str | None
    changed_at: datetime


def stage_history(session: Session, project_id: int) -> list[StageHistoryRow]:
    """A project's stage moves, newest first."""
    stmt = (
        select(
            StageChange.from_stage, StageChange.to_stage, StageChange.reason, StageChange.changed_at
        )
        .where(StageChange.project_id == project_id)
        .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
    )
    return [StageHistoryRow(*row) for row in session.execute(stmt)]
