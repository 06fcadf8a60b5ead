"""The RAID register as it is read: the entry's fields, the table's rows, an entry's
mitigation actions and history, and the people, clients, programs and projects an entry can
refer to. The edits that change it, validated and returning what undo needs, are in
``services.raid.edits``; the heatmap, the exposure trend and program-level risk in
``services.raid.analysis``.

Every function takes a Session (one unit of work) and returns frozen dataclasses or named
tuples.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    CauseCategory,
    RaidKind,
    RaidStatus,
    Response,
    action_overdue,
    band,
)
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_raid import RaidAction, RaidChange, RaidItem

# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class RaidData:
    """Every editable field of a register entry (input of create/update, and undo state)."""

    kind: RaidKind
    title: str
    probability: int = 3
    impact: int = 3
    status: RaidStatus = RaidStatus.OPEN
    raised_date: date = field(default_factory=date.today)
    description: str | None = None
    cause: str | None = None
    category: CauseCategory | None = None
    client_id: int | None = None
    program_id: int | None = None
    project_id: int | None = None
    owner_id: int | None = None
    opportunity: bool = False
    response: Response | None = None
    trigger: str | None = None
    contingency: str | None = None
    residual_probability: int | None = None
    residual_impact: int | None = None
    review_date: date | None = None
    due_date: date | None = None
    severity: int | None = None
    validation_date: date | None = None

    @property
    def score(self) -> int:
        """Probability × impact."""
        return self.probability * self.impact

    @property
    def band(self) -> Rag:
        """Colour of the score."""
        return band(self.score)


#: The names of every editable field, as RaidData and the stored entry both spell them.
DATA_FIELDS = tuple(f.name for f in fields(RaidData))


def data_of(item: RaidItem) -> RaidData:
    """The editable fields of a stored entry."""
    return RaidData(**{name: getattr(item, name) for name in DATA_FIELDS})


_KINDS = {k.value: k for k in RaidKind}
_RESPONSES: dict[str | None, Response | None] = {r.value: r for r in Response}
_STATUSES = {s.value: s for s in RaidStatus}


class RaidRow(NamedTuple):
    """One line of the register table (a named tuple: thousands are built per read)."""

    id: int
    kind: RaidKind
    title: str
    client_id: int | None
    client: str | None
    program_id: int | None
    program: str | None
    project_id: int | None
    project: str | None
    owner_id: int | None
    owner: str | None
    probability: int
    impact: int
    response: Response | None
    status: RaidStatus
    raised_date: date
    review_date: date | None
    due_date: date | None
    severity: int | None
    open_actions: int
    overdue_actions: int
    review_overdue: bool
    due_overdue: bool
    converted_from_id: int | None

    @property
    def score(self) -> int:
        """Probability × impact."""
        return self.probability * self.impact

    @property
    def band(self) -> Rag:
        """Colour of the score."""
        return band(self.score)

    @property
    def overdue(self) -> bool:
        """Any overdue flag: an action, the review date or the due date."""
        return bool(self.overdue_actions) or self.review_overdue or self.due_overdue


@dataclass(frozen=True, slots=True)
class ActionData:
    """A mitigation (or preventive) action: what, who, by when, done or not."""

    description: str
    owner_id: int | None = None
    due_date: date | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class ActionRow:
    """A stored action with its owner's name and the overdue flag."""

    id: int
    description: str
    owner_id: int | None
    owner: str | None
    due_date: date | None
    done: bool
    overdue: bool

    @property
    def data(self) -> ActionData:
        """The editable part."""
        return ActionData(self.description, self.owner_id, self.due_date, self.done)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One line of an entry's history."""

    id: int
    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class RaidDetail:
    """An entry as the editor shows it: its fields, actions, history and links."""

    id: int
    data: RaidData
    actions: tuple[ActionRow, ...]
    history: tuple[ChangeRow, ...]
    converted_from_id: int | None
    converted_to_id: int | None


@dataclass(frozen=True, slots=True)
class Choice:
    """An id and a label, for pickers and filters."""

    id: int
    label: str


@dataclass(frozen=True, slots=True)
class ProjectChoice:
    """A project with the program and client it belongs to."""

    id: int
    label: str
    program_id: int
    client_id: int


@dataclass(frozen=True, slots=True)
class Choices:
    """The people, clients, programs and projects an entry can refer to."""

    people: tuple[Choice, ...]
    clients: tuple[Choice, ...]
    programs: tuple[Choice, ...]
    projects: tuple[ProjectChoice, ...]


# --------------------------------------------------------------------------- reading


def list_register(
    session: Session, today: date | None = None, *, ids: Iterable[int] | None = None
) -> list[RaidRow]:
    """Every entry of the register (or those in ``ids``) with names and overdue flags, in
    one column select."""
    today = today or date.today()
    owner = aliased(Person)
    actions = (
        select(
            RaidAction.item_id.label("item_id"),
            func.count().label("open_actions"),
            func.sum(case((RaidAction.due_date < today, 1), else_=0)).label("overdue"),
        )
        .where(RaidAction.done.is_(False))
        .group_by(RaidAction.item_id)
        .subquery()
    )
    stmt = (
        select(
            RaidItem.id,
            type_coerce(RaidItem.kind, String),
            RaidItem.title,
            RaidItem.client_id,
            Client.name,
            RaidItem.program_id,
            Program.name,
            RaidItem.project_id,
            Project.name,
            RaidItem.owner_id,
            owner.name,
            RaidItem.probability,
            RaidItem.impact,
            type_coerce(RaidItem.response, String),
            type_coerce(RaidItem.status, String),
            type_coerce(RaidItem.raised_date, String),
            type_coerce(RaidItem.review_date, String),
            type_coerce(RaidItem.due_date, String),
            RaidItem.severity,
            actions.c.open_actions,
            actions.c.overdue,
            RaidItem.converted_from_id,
        )
        .outerjoin(Client, RaidItem.client_id == Client.id)
        .outerjoin(Program, RaidItem.program_id == Program.id)
        .outerjoin(Project, RaidItem.project_id == Project.id)
        .outerjoin(owner, RaidItem.owner_id == owner.id)
        .outerjoin(actions, actions.c.item_id == RaidItem.id)
        .order_by(RaidItem.id)
    )
    if ids is not None:
        stmt = stmt.where(RaidItem.id.in_(list(ids)))
    rows = []
    make = RaidRow._make
    # Core-level execute: the register is read often and the ORM layer adds nothing here.
    # Dates come as ISO text on SQLite (parsed at C speed here, not by a Python type
    # processor); other databases hand back dates, which pass through.
    day = _as_date
    for r in session.connection().execute(stmt):
        values = list(r)
        values[1] = _KINDS[values[1]]
        values[13] = _RESPONSES.get(values[13])
        status = values[14] = _STATUSES[values[14]]
        live = status is not RaidStatus.CLOSED
        values[15] = day(values[15])
        review = values[16] = day(values[16]) if values[16] else None
        due = values[17] = day(values[17]) if values[17] else None
        values[19] = values[19] or 0
        values[20] = (values[20] or 0) if live else 0
        values.insert(21, live and review is not None and review < today)
        values.insert(22, live and due is not None and due < today)
        rows.append(make(values))
    return rows


def _as_date(value: Any) -> date:
    """A date from ISO text (SQLite) or a date (other databases)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def register_row(session: Session, item_id: int, today: date | None = None) -> RaidRow:
    """One register row (after an edit), without reading the whole register."""
    for row in list_register(session, today, ids=[item_id]):
        return row
    raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")


def get_item(session: Session, item_id: int, today: date | None = None) -> RaidDetail:
    """An entry with its mitigation actions, history and conversion links."""
    today = today or date.today()
    item = session.get(RaidItem, item_id)
    if item is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    data = data_of(item)
    converted_to = session.scalar(
        select(RaidItem.id).where(RaidItem.converted_from_id == item_id).limit(1)
    )
    return RaidDetail(
        id=item_id,
        data=data,
        actions=tuple(list_actions(session, item_id, today)),
        history=tuple(history(session, item_id)),
        converted_from_id=item.converted_from_id,
        converted_to_id=converted_to,
    )


def list_actions(session: Session, item_id: int, today: date | None = None) -> list[ActionRow]:
    """The mitigation actions of an entry, by due date."""
    today = today or date.today()
    stmt = (
        select(
            RaidAction.id,
            RaidAction.description,
            RaidAction.owner_id,
            Person.name,
            RaidAction.due_date,
            RaidAction.done,
        )
        .outerjoin(Person, RaidAction.owner_id == Person.id)
        .where(RaidAction.item_id == item_id)
        .order_by(RaidAction.id)
    )
    return [ActionRow(*r, overdue=action_overdue(r[4], r[5], today)) for r in session.execute(stmt)]


def history(session: Session, item_id: int) -> list[ChangeRow]:
    """The change history of an entry, oldest first."""
    stmt = (
        select(
            RaidChange.id,
            RaidChange.changed_at,
            RaidChange.changed_by,
            RaidChange.field,
            RaidChange.old_value,
            RaidChange.new_value,
        )
        .where(RaidChange.item_id == item_id)
        .order_by(RaidChange.changed_at, RaidChange.id)
    )
    return [ChangeRow(*r) for r in session.execute(stmt)]


def choices(session: Session) -> Choices:
    """Active people, clients, programs and projects, by name, for pickers and filters."""
    conn = session.connection()  # plain rows: thousands of projects in a large portfolio
    people = conn.execute(
        select(Person.id, Person.name).where(Person.active.is_(True)).order_by(Person.name)
    )
    clients = conn.execute(select(Client.id, Client.name).order_by(Client.name))
    programs = conn.execute(
        select(Program.id, Program.name, Client.name)
        .join(Client, Program.client_id == Client.id)
        .order_by(Client.name, Program.name)
    )
    projects = conn.execute(
        select(Project.id, Project.name, Project.program_id, Program.client_id)
        .join(Program, Project.program_id == Program.id)
        .order_by(Project.name)
    )
    return Choices(
        people=tuple(Choice(i, n) for i, n in people),
        clients=tuple(Choice(i, n) for i, n in clients),
        programs=tuple(Choice(i, f"{n} ({c})") for i, n, c in programs),
        projects=tuple(ProjectChoice(i, n, p, c) for i, n, p, c in projects),
    )
