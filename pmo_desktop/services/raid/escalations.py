"""The escalation log: validated edits that return what undo needs, the 5-whys chain,
preventive actions, and escalations by cause category over time."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any, cast

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    Audience,
    CauseCategory,
    EscalationStatus,
    action_overdue,
    check_severity,
)
from pmo_desktop.services.raid.edits import (
    delete_action_row,
    row_dicts,
    update_action_row,
    validate_action,
)
from pmo_desktop.services.raid.register import ActionData, ActionRow
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_raid import Escalation, EscalationWhy, PreventiveAction

MAX_WHYS = 7


@dataclass(frozen=True, slots=True)
class EscalationData:
    """Every editable field of an escalation."""

    title: str
    raised_by: str
    raised_on: date
    severity: int = 3
    audience: Audience = Audience.INTERNAL
    status: EscalationStatus = EscalationStatus.OPEN
    description: str | None = None
    owner_id: int | None = None
    resolution: str | None = None
    resolved_on: date | None = None
    client_id: int | None = None
    program_id: int | None = None
    project_id: int | None = None
    cause_category: CauseCategory | None = None


_FIELDS = tuple(f.name for f in fields(EscalationData))


@dataclass(frozen=True, slots=True)
class EscalationRow:
    """One line of the escalation log."""

    id: int
    title: str
    raised_by: str
    raised_on: date
    severity: int
    audience: Audience
    status: EscalationStatus
    owner: str | None
    client: str | None
    program: str | None
    project: str | None
    cause_category: CauseCategory | None
    resolved_on: date | None
    whys: int


@dataclass(frozen=True, slots=True)
class EscalationDetail:
    """An escalation with its 5-whys chain and preventive actions."""

    id: int
    data: EscalationData
    whys: tuple[str, ...]
    preventive: tuple[ActionRow, ...]


def validate(session: Session, data: EscalationData) -> EscalationData:
    """The escalation as it will be stored, or a ValidationError naming the field."""
    if not data.title or not data.title.strip():
        raise ValidationError("Give the escalation a title", "title")
    if not data.raised_by or not data.raised_by.strip():
        raise ValidationError("Say who raised the escalation", "raised_by")
    check_severity(data.severity)
    if data.resolved_on is not None and data.resolved_on < data.raised_on:
        raise ValidationError("The resolution date is before the date raised", "resolved_on")
    if data.status is EscalationStatus.RESOLVED and not (data.resolution or "").strip():
        raise ValidationError("Describe the resolution before marking it resolved", "resolution")
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("The owner is no longer in the team", "owner_id")
    client_id, program_id = data.client_id, data.program_id
    if data.project_id is not None:
        project = session.get(Project, data.project_id)
        if project is None:
            raise ValidationError("The project no longer exists", "project_id")
        program_id = project.program_id
    if program_id is not None:
        program = session.get(Program, program_id)
        if program is None:
            raise ValidationError("The program no longer exists", "program_id")
        client_id = program.client_id
    return replace(
        data,
        title=data.title.strip(),
        raised_by=data.raised_by.strip(),
        client_id=client_id,
        program_id=program_id,
    )


def list_escalations(session: Session) -> list[EscalationRow]:
    """The escalation log, newest first, in one column select."""
    owner = aliased(Person)
    whys = (
        select(EscalationWhy.escalation_id.label("eid"), func.count().label("n"))
        .group_by(EscalationWhy.escalation_id)
        .subquery()
    )
    stmt = (
        select(
            Escalation.id,
            Escalation.title,
            Escalation.raised_by,
            Escalation.raised_on,
            Escalation.severity,
            Escalation.audience,
            Escalation.status,
            owner.name,
            Client.name,
            Program.name,
            Project.name,
            Escalation.cause_category,
            Escalation.resolved_on,
            func.coalesce(whys.c.n, 0),
        )
        .outerjoin(owner, Escalation.owner_id == owner.id)
        .outerjoin(Client, Escalation.client_id == Client.id)
        .outerjoin(Program, Escalation.program_id == Program.id)
        .outerjoin(Project, Escalation.project_id == Project.id)
        .outerjoin(whys, whys.c.eid == Escalation.id)
        .order_by(Escalation.raised_on.desc(), Escalation.id.desc())
    )
    return [EscalationRow(*cast(Any, r)) for r in session.execute(stmt)]


def get_escalation(
    session: Session, escalation_id: int, today: date | None = None
) -> EscalationDetail:
    """An escalation with its whys (in order) and preventive actions."""
    today = today or date.today()
    esc = session.get(Escalation, escalation_id)
    if esc is None:
        raise ValidationError(f"Escalation #{escalation_id} no longer exists", "id")
    data = EscalationData(**{name: getattr(esc, name) for name in _FIELDS})
    return EscalationDetail(
        id=escalation_id,
        data=data,
        whys=tuple(whys_of(session, escalation_id)),
        preventive=tuple(list_preventive(session, escalation_id, today)),
    )


def whys_of(session: Session, escalation_id: int) -> list[str]:
    """The 5-whys chain in order."""
    stmt = (
        select(EscalationWhy.answer)
        .where(EscalationWhy.escalation_id == escalation_id)
        .order_by(EscalationWhy.position, EscalationWhy.id)
    )
    return list(session.scalars(stmt))


def list_preventive(
    session: Session, escalation_id: int, today: date | None = None
) -> list[ActionRow]:
    """The preventive actions of an escalation."""
    today = today or date.today()
    stmt = (
        select(
            PreventiveAction.id,
            PreventiveAction.description,
            PreventiveAction.owner_id,
            Person.name,
            PreventiveAction.due_date,
            PreventiveAction.done,
        )
        .outerjoin(Person, PreventiveAction.owner_id == Person.id)
        .where(PreventiveAction.escalation_id == escalation_id)
        .order_by(PreventiveAction.id)
    )
    return [ActionRow(*r, overdue=action_overdue(r[4], r[5], today)) for r in session.execute(stmt)]


def create_escalation(session: Session, data: EscalationData) -> int:
    """Log an escalation; returns its id. Undo with ``delete_escalation``."""
    clean = validate(session, data)
    esc = Escalation(**asdict(clean))
    session.add(esc)
    session.flush()
    return esc.id


def update_escalation(session: Session, escalation_id: int, data: EscalationData) -> EscalationData:
    """Change an escalation; returns the prior fields (undo: call again with them)."""
    esc = session.get(Escalation, escalation_id)
    if esc is None:
        raise ValidationError(f"Escalation #{escalation_id} no longer exists", "id")
    clean = validate(session, data)
    prior = EscalationData(**{name: getattr(esc, name) for name in _FIELDS})
    for name in _FIELDS:
        setattr(esc, name, getattr(clean, name))
    session.flush()
    return prior


@dataclass(frozen=True, slots=True)
class EscalationSnapshot:
    """Everything stored about an escalation, to put a deleted one back."""

    row: dict[str, Any]
    whys: tuple[dict[str, Any], ...]
    preventive: tuple[dict[str, Any], ...]


def delete_escalation(session: Session, escalation_id: int) -> EscalationSnapshot:
    """Remove an escalation with its whys and preventive actions."""
    rows = row_dicts(session, Escalation, Escalation.id == escalation_id)
    if not rows:
        raise ValidationError(f"Escalation #{escalation_id} no longer exists", "id")
    snapshot = EscalationSnapshot(
        row=rows[0],
        whys=tuple(row_dicts(session, EscalationWhy, EscalationWhy.escalation_id == escalation_id)),
        preventive=tuple(
            row_dicts(session, PreventiveAction, PreventiveAction.escalation_id == escalation_id)
        ),
    )
    session.execute(delete(Escalation).where(Escalation.id == escalation_id))
    return snapshot


def restore_escalation(session: Session, snapshot: EscalationSnapshot) -> None:
    """Put back an escalation removed by ``delete_escalation``."""
    session.execute(insert(Escalation), [snapshot.row])
    if snapshot.whys:
        session.execute(insert(EscalationWhy), list(snapshot.whys))
    if snapshot.preventive:
        session.execute(insert(PreventiveAction), list(snapshot.preventive))


def set_whys(session: Session, escalation_id: int, answers: list[str]) -> list[str]:
    """Replace the 5-whys chain (blank answers dropped, order kept); returns the prior chain.

    At most seven whys: the method stops at the root cause, usually by the fifth.
    """
    if session.get(Escalation, escalation_id) is None:
        raise ValidationError(f"Escalation #{escalation_id} no longer exists", "id")
    clean = [a.strip() for a in answers if a and a.strip()]
    if len(clean) > MAX_WHYS:
        raise ValidationError(f"Keep the chain to {MAX_WHYS} whys or fewer", "whys")
    prior = whys_of(session, escalation_id)
    session.execute(delete(EscalationWhy).where(EscalationWhy.escalation_id == escalation_id))
    if clean:
        session.execute(
            insert(EscalationWhy),
            [
                {"escalation_id": escalation_id, "position": n, "answer": text}
                for n, text in enumerate(clean, start=1)
            ],
        )
    return prior


def add_preventive(session: Session, escalation_id: int, data: ActionData) -> int:
    """Add a preventive action; returns its id. Undo with ``delete_preventive``."""
    if session.get(Escalation, escalation_id) is None:
        raise ValidationError(f"Escalation #{escalation_id} no longer exists", "id")
    clean = validate_action(session, data)
    action = PreventiveAction(escalation_id=escalation_id, **asdict(clean))
    session.add(action)
    session.flush()
    return action.id


def update_preventive(session: Session, action_id: int, data: ActionData) -> ActionData:
    """Change a preventive action; returns its prior state."""
    return update_action_row(session, PreventiveAction, action_id, data)


def delete_preventive(session: Session, action_id: int) -> dict[str, Any]:
    """Remove a preventive action; returns the stored row for ``restore_preventive``."""
    return delete_action_row(session, PreventiveAction, action_id)


def restore_preventive(session: Session, row: dict[str, Any]) -> None:
    """Put back a preventive action removed by ``delete_preventive``."""
    session.execute(insert(PreventiveAction), [row])


@dataclass(frozen=True, slots=True)
class CauseSeries:
    """Escalations per cause category per month (``counts[category][k]`` for ``months[k]``)."""

    months: tuple[date, ...]
    counts: dict[CauseCategory | None, tuple[int, ...]]

    def total(self, category: CauseCategory | None) -> int:
        """All escalations of one category in the period."""
        return sum(self.counts.get(category, ()))


def escalations_by_cause(
    session: Session, *, months: int = 6, today: date | None = None
) -> CauseSeries:
    """How many escalations each cause category had in each of the last ``months`` months
    (None for those without a root cause yet), so systemic causes stand out."""
    today = today or date.today()
    first = _add_months(date(today.year, today.month, 1), -(months - 1))
    month_list = tuple(_add_months(first, k) for k in range(months))
    index = {m: k for k, m in enumerate(month_list)}
    counter: Counter[tuple[CauseCategory | None, int]] = Counter()
    stmt = select(Escalation.raised_on, Escalation.cause_category).where(
        Escalation.raised_on >= first
    )
    for raised, category in session.execute(stmt):
        k = index.get(date(raised.year, raised.month, 1))
        if k is not None:
            counter[(category, k)] += 1
    categories: list[CauseCategory | None] = [*CauseCategory, None]
    counts = {
        c: tuple(counter[(c, k)] for k in range(months))
        for c in categories
        if any(counter[(c, k)] for k in range(months))
    }
    return CauseSeries(month_list, counts)


def _add_months(day: date, delta: int) -> date:
    total = day.year * 12 + day.month - 1 + delta
    return date(total // 12, total % 12 + 1, 1)
