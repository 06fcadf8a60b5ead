"""Health of every project and program, with the reasons; overrides and thresholds.

``portfolio_health`` reads each table it needs once (column selects, no ORM graphs) and
applies the pure rules of ``domain.rag`` and ``domain.evm``, so a thousand projects take a
few tens of milliseconds. Edits return the prior state so the GUI can undo them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, delete, select, type_coerce
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus, Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.evm import EarnedValue, earned_value
from pmo_desktop.domain.rag import (
    ASSESSED_STAGES,
    DEFAULT_THRESHOLDS,
    Dimension,
    HealthThresholds,
    MilestoneFacts,
    Override,
    ProgramHealth,
    ProjectFacts,
    ProjectHealth,
    program_health,
    project_health,
)
from pmo_desktop.store.models import Client, Milestone, Program, Project
from pmo_desktop.store.models_pipeline import (
    HealthOverride,
    HealthThresholdSetting,
    PortfolioHealthRules,
    ProjectFinancials,
    ScopeChange,
)

STAGES = {stage.value: stage for stage in Stage}

# The reads of the first screen select from the Core tables behind the models: a Core select
# compiles without the ORM, so the first paint does not wait for the mappers to be configured.
_client = Client.__table__
_program = Program.__table__
_project = Project.__table__
_milestone = Milestone.__table__
_scope_change = ScopeChange.__table__
_financials = ProjectFinancials.__table__
_override = HealthOverride.__table__
_program_rules = HealthThresholdSetting.__table__
_portfolio_rules = PortfolioHealthRules.__table__


def as_text(column: Any) -> Any:
    """``column`` read as its stored text, without the column type's result processing."""
    return type_coerce(column, String)


def _day(value: str | date | None) -> date | None:
    """A stored date (ISO text on SQLite, a ``date`` on other databases)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def _date(value: str | date) -> date:
    """A stored non-null date."""
    return value if isinstance(value, date) else date.fromisoformat(value[:10])


@dataclass(frozen=True, slots=True)
class ProjectHealthRow:
    """A project's health with where it sits and its earned value."""

    id: int
    name: str
    client: str
    program_id: int
    program: str
    stage: Stage
    health: ProjectHealth
    #: What earned value needs (budget, % complete, cost, start, end, today); None outside
    #: delivery. Kept as inputs so the board, which shows no EVM, does not pay for it.
    evm_inputs: tuple[int, int | None, int | None, date | None, date | None, date] | None

    @property
    def evm(self) -> EarnedValue | None:
        """Earned value of the project (computed on each call; None outside delivery)."""
        return None if self.evm_inputs is None else earned_value(*self.evm_inputs)


@dataclass(frozen=True, slots=True)
class ProgramHealthRow:
    """A program's rolled-up health with its client."""

    id: int
    name: str
    client: str
    health: ProgramHealth
    thresholds: HealthThresholds
    #: True when the program has rules of its own (else the portfolio's apply).
    own_rules: bool = False


@dataclass(frozen=True, slots=True)
class PortfolioHealth:
    """Health of every project (by id) and every program."""

    projects: dict[int, ProjectHealthRow]
    programs: list[ProgramHealthRow]

    def overall(self, project_id: int) -> Rag | None:
        """The overall colour of one project (None when not assessed)."""
        row = self.projects.get(project_id)
        return row.health.health.overall.rag if row else None


@dataclass(frozen=True, slots=True)
class OverrideTarget:
    """What an override is set on: exactly one of a project or a program, and a dimension."""

    dimension: Dimension
    project_id: int | None = None
    program_id: int | None = None

    def __post_init__(self) -> None:
        if (self.project_id is None) == (self.program_id is None):
            raise ValidationError("an override is set on a project or a program", "target")


#: The limits, named alike in ``HealthThresholds`` and the two rule tables.
_THRESHOLD_FIELDS = tuple(f.name for f in fields(HealthThresholds))


def _values(t: HealthThresholds) -> dict[str, float | int]:
    return asdict(t)


def portfolio_thresholds(session: Session) -> HealthThresholds | None:
    """The portfolio's own thresholds (None: DOMAIN.md's defaults apply)."""
    columns = [getattr(_portfolio_rules.c, name) for name in _THRESHOLD_FIELDS]
    row = session.connection().execute(select(*columns).limit(1)).first()
    return HealthThresholds(*row) if row is not None else None


def fallback_thresholds(session: Session) -> HealthThresholds:
    """What a program without rules of its own uses: the portfolio's, else the defaults."""
    return portfolio_thresholds(session) or DEFAULT_THRESHOLDS


def program_thresholds(session: Session) -> dict[int, HealthThresholds]:
    """The thresholds each program set for itself (others use the defaults)."""
    conn = session.connection()
    limits = [getattr(_program_rules.c, name) for name in _THRESHOLD_FIELDS]
    stmt = select(_program_rules.c.program_id, *limits)
    return {row[0]: HealthThresholds(*row[1:]) for row in conn.execute(stmt)}


def _overrides(
    session: Session,
) -> tuple[dict[int, dict[Dimension, Override]], dict[int, dict[Dimension, Override]]]:
    conn = session.connection()
    by_project: dict[int, dict[Dimension, Override]] = defaultdict(dict)
    by_program: dict[int, dict[Dimension, Override]] = defaultdict(dict)
    stmt = select(
        _override.c.project_id,
        _override.c.program_id,
        _override.c.dimension,
        _override.c.rag,
        _override.c.reason,
    ).order_by(_override.c.set_at, _override.c.id)
    for project_id, program_id, dimension, rag, reason in conn.execute(stmt):
        if not reason.strip():
            continue
        if project_id is not None:
            by_project[project_id][dimension] = Override(rag, reason)
        elif program_id is not None:
            by_program[program_id][dimension] = Override(rag, reason)
    return by_project, by_program


def portfolio_health(
    session: Session, today: date | None = None, *, project_id: int | None = None
) -> PortfolioHealth:
    """Every project's and program's health with the reasons, one query per table.

    With ``project_id`` only that project is read (and no program roll-up is made): what a
    card needs after a stage move.
    """
    today = today or date.today()
    one = project_id is not None
    conn = session.connection()  # Core rows: no ORM loading cost per row
    milestones: dict[int, list[MilestoneFacts]] = defaultdict(list)
    done = MilestoneStatus.DONE.value
    # The two big reads skip SQLAlchemy's per-value type processing (``as_text``): dates are
    # parsed with ``date.fromisoformat`` and only for projects in delivery. Twice as fast.
    assessed = [stage.value for stage in ASSESSED_STAGES]
    milestone_stmt = (
        select(
            _milestone.c.project_id,
            _milestone.c.name,
            as_text(_milestone.c.baseline_date),
            as_text(_milestone.c.forecast_date),
            _milestone.c.actual_date.is_not(None),
            as_text(_milestone.c.status),
            _milestone.c.critical,
        )
        .join(_project, _milestone.c.project_id == _project.c.id)
        .where(as_text(_project.c.stage).in_(assessed))
    )
    change_stmt = select(_scope_change.c.project_id, _scope_change.c.cost_impact_cents).where(
        _scope_change.c.approved.is_(True)
    )
    money_stmt = select(
        _financials.c.project_id,
        _financials.c.forecast_cents,
        _financials.c.actual_cost_cents,
        _financials.c.percent_complete,
    )
    project_stmt = select(
        _project.c.id,
        _project.c.name,
        as_text(_project.c.stage),
        _project.c.budget_cents,
        _project.c.program_id,
        as_text(_project.c.start_date),
        as_text(_project.c.end_date),
    )
    if one:
        milestone_stmt = milestone_stmt.where(_milestone.c.project_id == project_id)
        change_stmt = change_stmt.where(_scope_change.c.project_id == project_id)
        money_stmt = money_stmt.where(_financials.c.project_id == project_id)
        project_stmt = project_stmt.where(_project.c.id == project_id)
    for pid, name, baseline, forecast, has_actual, status, critical in conn.execute(
        milestone_stmt
    ).all():
        milestones[pid].append(
            MilestoneFacts(
                name,
                _date(baseline),
                _date(forecast),
                status == done or has_actual,
                bool(critical),
            )
        )
    changes: dict[int, list[int]] = defaultdict(list)
    for pid, cents in conn.execute(change_stmt).all():
        changes[pid].append(cents)
    money = {row[0]: row[1:] for row in conn.execute(money_stmt).all()}
    thresholds = program_thresholds(session)
    fallback = fallback_thresholds(session)
    project_overrides, program_overrides = _overrides(session)
    program_stmt = select(_program.c.id, _program.c.name, _client.c.name).join(
        _client, _program.c.client_id == _client.c.id
    )
    if one:
        owner = select(_project.c.program_id).where(_project.c.id == project_id).scalar_subquery()
        program_stmt = program_stmt.where(_program.c.id == owner)
    programs = {pid: (name, client) for pid, name, client in conn.execute(program_stmt).all()}
    rows: dict[int, ProjectHealthRow] = {}
    per_program: dict[int, list[ProjectHealth]] = defaultdict(list)
    no_money: tuple[int | None, int | None, int | None] = (None, None, None)
    for pid, name, stage_text, budget, program_id, start_text, end_text in conn.execute(
        project_stmt
    ).all():
        stage = STAGES[stage_text]
        fac, cost, percent = money.get(pid, no_money)
        facts = ProjectFacts(
            pid, name, stage, budget, fac, changes.get(pid, ()), milestones.get(pid, ())
        )
        health = project_health(
            facts,
            today,
            thresholds.get(program_id, fallback),
            project_overrides.get(pid),
        )
        evm = (
            (budget, percent, cost, _day(start_text), _day(end_text), today)
            if health.assessed
            else None
        )
        program_name, client = programs[program_id]
        rows[pid] = ProjectHealthRow(
            pid, name, client, program_id, program_name, stage, health, evm
        )
        per_program[program_id].append(health)
    if one:
        return PortfolioHealth(rows, [])
    program_rows = [
        ProgramHealthRow(
            program_id,
            name,
            client,
            program_health(
                program_id, name, per_program.get(program_id, []), program_overrides.get(program_id)
            ),
            thresholds.get(program_id, fallback),
            program_id in thresholds,
        )
        for program_id, (name, client) in programs.items()
    ]
    program_rows.sort(key=lambda r: (r.client.casefold(), r.name.casefold(), r.id))
    return PortfolioHealth(rows, program_rows)


# --------------------------------------------------------------------------- overrides


def _override_row(session: Session, target: OverrideTarget) -> HealthOverride | None:
    stmt = select(HealthOverride).where(HealthOverride.dimension == target.dimension)
    if target.project_id is not None:
        stmt = stmt.where(HealthOverride.project_id == target.project_id)
    else:
        stmt = stmt.where(HealthOverride.program_id == target.program_id)
    return session.scalars(stmt.order_by(HealthOverride.id.desc())).first()


def get_override(session: Session, target: OverrideTarget) -> Override | None:
    """The override set on ``target`` (None when the rules decide)."""
    row = _override_row(session, target)
    return Override(row.rag, row.reason) if row else None


def set_override(
    session: Session, target: OverrideTarget, override: Override | None
) -> Override | None:
    """Put ``override`` on ``target`` (None clears it); returns the prior one for undo."""
    if target.project_id is not None and session.get(Project, target.project_id) is None:
        raise ValidationError("that project no longer exists", "target")
    if target.program_id is not None and session.get(Program, target.program_id) is None:
        raise ValidationError("that program no longer exists", "target")
    row = _override_row(session, target)
    prior = Override(row.rag, row.reason) if row else None
    if override is None:
        if row is not None:
            session.execute(delete(HealthOverride).where(HealthOverride.id == row.id))
    elif row is None:
        session.add(
            HealthOverride(
                project_id=target.project_id,
                program_id=target.program_id,
                dimension=target.dimension,
                rag=override.rag,
                reason=override.reason.strip(),
                set_at=datetime.now(UTC),
            )
        )
    else:
        row.rag = override.rag
        row.reason = override.reason.strip()
        row.set_at = datetime.now(UTC)
    session.flush()
    return prior


# --------------------------------------------------------------------------- thresholds


def set_program_thresholds(
    session: Session, program_id: int, thresholds: HealthThresholds | None
) -> HealthThresholds | None:
    """Give a program its own thresholds (None: back to the defaults); returns the prior."""
    if session.get(Program, program_id) is None:
        raise ValidationError("that program no longer exists", "program")
    row = session.scalars(
        select(HealthThresholdSetting).where(HealthThresholdSetting.program_id == program_id)
    ).first()
    prior = program_thresholds(session).get(program_id)
    if thresholds is None:
        if row is not None:
            session.delete(row)
    else:
        values = _values(thresholds)
        if row is None:
            session.add(HealthThresholdSetting(program_id=program_id, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    session.flush()
    return prior


@dataclass(frozen=True, slots=True)
class HealthRules:
    """The portfolio's thresholds and, optionally, one program's own.

    ``portfolio`` None means DOMAIN.md's defaults; ``program`` None means the program uses
    the portfolio's. ``program_id`` None leaves every program's rules alone.
    """

    portfolio: HealthThresholds | None
    program_id: int | None = None
    program: HealthThresholds | None = None

    @property
    def effective_portfolio(self) -> HealthThresholds:
        """The thresholds programs without their own use."""
        return self.portfolio or DEFAULT_THRESHOLDS


def health_rules(session: Session, program_id: int | None = None) -> HealthRules:
    """The portfolio's thresholds and (with ``program_id``) that program's own."""
    own = program_thresholds(session).get(program_id) if program_id is not None else None
    return HealthRules(portfolio_thresholds(session), program_id, own)


def set_portfolio_thresholds(
    session: Session, thresholds: HealthThresholds | None
) -> HealthThresholds | None:
    """Set the portfolio's thresholds (None: back to DOMAIN.md's); returns the prior."""
    prior = portfolio_thresholds(session)
    row = session.get(PortfolioHealthRules, 1)
    if thresholds is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(PortfolioHealthRules(id=1, **_values(thresholds)))
    else:
        for key, value in _values(thresholds).items():
            setattr(row, key, value)
    session.flush()
    return prior


def apply_health_rules(session: Session, rules: HealthRules) -> HealthRules:
    """Save the portfolio's (and a program's) thresholds; returns the prior rules for undo."""
    if rules.program_id is not None and session.get(Program, rules.program_id) is None:
        raise ValidationError("that program no longer exists", "program")
    prior_portfolio = set_portfolio_thresholds(session, rules.portfolio)
    prior_program = None
    if rules.program_id is not None:
        prior_program = set_program_thresholds(session, rules.program_id, rules.program)
    return HealthRules(prior_portfolio, rules.program_id, prior_program)
