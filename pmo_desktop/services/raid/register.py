"""The RAID register: rows for the table, validated edits that return what undo needs,
risk → issue conversion, the 5×5 heatmap, the exposure trend and program-level risk.

Every function takes a Session (one unit of work) and returns frozen dataclasses. Edits
return the prior state so the GUI's undo command can put it back exactly, history included.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from sqlalchemy import String, case, delete, func, insert, select, type_coerce, update
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
    check_dates,
    check_scale,
    check_severity,
    is_high,
    responses_for,
)
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_raid import RaidAction, RaidChange, RaidItem

#: Fields whose changes are written to an entry's history.
TRACKED = ("score", "status", "owner", "response", "due_date", "title")


def current_user() -> str:
    """The name recorded as "who" in the history: the signed-in account."""
    try:
        return getpass.getuser() or "PMO"
    except (KeyError, OSError):
        return "PMO"


def now_utc() -> datetime:
    """The current UTC time (history timestamps)."""
    return datetime.now(UTC)


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


_DATA_FIELDS = tuple(f.name for f in fields(RaidData))


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
class RaidSnapshot:
    """Everything stored about an entry, to put a deleted one back exactly."""

    id: int
    item: dict[str, Any]
    actions: tuple[dict[str, Any], ...]
    changes: tuple[dict[str, Any], ...]
    linked_from: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What an update changed: the prior fields and the history rows it wrote."""

    prior: RaidData
    change_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Conversion:
    """A risk converted to an issue: the new issue, and what undo needs."""

    risk_id: int
    issue_id: int
    prior_status: RaidStatus
    risk_change_ids: tuple[int, ...]


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
    data = RaidData(**{name: getattr(item, name) for name in _DATA_FIELDS})
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


# --------------------------------------------------------------------------- validation


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def validate(session: Session, data: RaidData) -> RaidData:
    """The entry as it will be stored, or a ValidationError naming the field at fault.

    Links are made consistent: a project implies its program and client, a program its
    client.
    """
    if _blank(data.title):
        raise ValidationError("Give the entry a title", "title")
    if len(data.title.strip()) > 300:
        raise ValidationError("Keep the title under 300 characters", "title")
    check_scale(data.probability, "probability", "Probability")
    check_scale(data.impact, "impact", "Impact")
    if data.residual_probability is not None:
        check_scale(data.residual_probability, "residual_probability", "Residual probability")
    if data.residual_impact is not None:
        check_scale(data.residual_impact, "residual_impact", "Residual impact")
    if data.severity is not None:
        check_severity(data.severity)
    check_dates(data.raised_date, data.due_date)
    if data.response is not None and data.response not in responses_for(
        opportunity=data.opportunity
    ):
        what = "an opportunity" if data.opportunity else "a threat"
        raise ValidationError(f"'{data.response.label}' is not a response to {what}", "response")
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("The owner is no longer in the team", "owner_id")
    if data.status.is_live and data.owner_id is None and is_high(data.probability, data.impact):
        raise ValidationError(
            f"An open high {data.kind.value} (score {data.score}) needs an owner", "owner_id"
        )
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
    if client_id is not None and session.get(Client, client_id) is None:
        raise ValidationError("The client no longer exists", "client_id")
    return replace(
        data,
        title=data.title.strip(),
        client_id=client_id,
        program_id=program_id,
    )


def validate_action(session: Session, data: ActionData) -> ActionData:
    """An action as it will be stored, or a ValidationError naming the field at fault."""
    if _blank(data.description):
        raise ValidationError("Describe the action", "description")
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("The owner is no longer in the team", "owner_id")
    return replace(data, description=data.description.strip())


# --------------------------------------------------------------------------- edits


def create_item(
    session: Session, data: RaidData, *, who: str | None = None, when: datetime | None = None
) -> int:
    """Add an entry to the register; returns its id. Undo with ``delete_item``."""
    clean = validate(session, data)
    item = RaidItem(**asdict(clean))
    session.add(item)
    session.flush()
    who, when = who or current_user(), when or now_utc()
    _record(session, item.id, who, when, "status", None, clean.status.value)
    _record(session, item.id, who, when, "score", None, _score_text(clean))
    return item.id


def update_item(
    session: Session,
    item_id: int,
    data: RaidData,
    *,
    who: str | None = None,
    when: datetime | None = None,
) -> UpdateResult:
    """Change an entry; history records score, status, owner, response, due date and title.

    Returns the prior fields and the history rows written; ``revert_update`` undoes it.
    """
    item = session.get(RaidItem, item_id)
    if item is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    clean = validate(session, data)
    prior = RaidData(**{name: getattr(item, name) for name in _DATA_FIELDS})
    who, when = who or current_user(), when or now_utc()
    ids = []
    for name, old, new in _tracked_changes(session, prior, clean):
        ids.append(_record(session, item_id, who, when, name, old, new))
    for name in _DATA_FIELDS:
        setattr(item, name, getattr(clean, name))
    session.flush()
    return UpdateResult(prior=prior, change_ids=tuple(ids))


def revert_update(session: Session, item_id: int, result: UpdateResult) -> None:
    """Undo ``update_item``: the prior fields back, the history rows it wrote gone."""
    item = session.get(RaidItem, item_id)
    if item is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    for name in _DATA_FIELDS:
        setattr(item, name, getattr(result.prior, name))
    if result.change_ids:
        session.execute(delete(RaidChange).where(RaidChange.id.in_(result.change_ids)))
    session.flush()


def delete_item(session: Session, item_id: int) -> RaidSnapshot:
    """Remove an entry with its actions and history; returns what ``restore_item`` needs."""
    item = session.get(RaidItem, item_id)
    if item is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    snapshot = RaidSnapshot(
        id=item_id,
        item=row_dicts(session, RaidItem, RaidItem.id == item_id)[0],
        actions=tuple(row_dicts(session, RaidAction, RaidAction.item_id == item_id)),
        changes=tuple(row_dicts(session, RaidChange, RaidChange.item_id == item_id)),
        linked_from=tuple(
            session.scalars(select(RaidItem.id).where(RaidItem.converted_from_id == item_id))
        ),
    )
    session.execute(delete(RaidItem).where(RaidItem.id == item_id))
    return snapshot


def restore_item(session: Session, snapshot: RaidSnapshot) -> None:
    """Put back an entry removed by ``delete_item``, with the same id, actions and history."""
    session.execute(insert(RaidItem), [snapshot.item])
    if snapshot.actions:
        session.execute(insert(RaidAction), list(snapshot.actions))
    if snapshot.changes:
        session.execute(insert(RaidChange), list(snapshot.changes))
    if snapshot.linked_from:
        session.execute(
            update(RaidItem)
            .where(RaidItem.id.in_(snapshot.linked_from))
            .values(converted_from_id=snapshot.id)
        )


def convert_to_issue(
    session: Session,
    risk_id: int,
    *,
    today: date | None = None,
    who: str | None = None,
    when: datetime | None = None,
) -> Conversion:
    """Turn a risk that happened into an open issue linked to it; the risk is closed.

    The issue starts with a copy of the risk's history and mitigation actions; both
    entries record the conversion. Undo with ``undo_conversion``.
    """
    risk = session.get(RaidItem, risk_id)
    if risk is None:
        raise ValidationError(f"RAID entry #{risk_id} no longer exists", "id")
    if risk.kind is not RaidKind.RISK:
        raise ValidationError(f"Only a risk can become an issue, not {risk.kind.value}", "kind")
    existing = session.scalar(select(RaidItem.id).where(RaidItem.converted_from_id == risk_id))
    if existing is not None:
        raise ValidationError(f"This risk already became issue #{existing}", "kind")
    today = today or date.today()
    who, when = who or current_user(), when or now_utc()
    data = RaidData(**{name: getattr(risk, name) for name in _DATA_FIELDS})
    issue_data = replace(
        data,
        kind=RaidKind.ISSUE,
        status=RaidStatus.OPEN,
        probability=5,
        raised_date=max(today, data.raised_date),
        due_date=None,
        severity=_severity_for(data.impact),
        opportunity=False,
        response=data.response if data.response in responses_for(opportunity=False) else None,
    )
    issue = RaidItem(**asdict(issue_data), converted_from_id=risk_id)
    session.add(issue)
    session.flush()
    copies = row_dicts(session, RaidChange, RaidChange.item_id == risk_id)
    for row in copies:
        row.pop("id")
        row["item_id"] = issue.id
    if copies:
        session.execute(insert(RaidChange), copies)
    actions = row_dicts(session, RaidAction, RaidAction.item_id == risk_id)
    for row in actions:
        row.pop("id")
        row["item_id"] = issue.id
    if actions:
        session.execute(insert(RaidAction), actions)
    _record(session, issue.id, who, when, "converted", f"risk #{risk_id}", "issue")
    _record(session, issue.id, who, when, "score", _score_text(data), _score_text(issue_data))
    prior_status = risk.status
    ids = [_record(session, risk_id, who, when, "converted", None, f"issue #{issue.id}")]
    if prior_status is not RaidStatus.CLOSED:
        ids.append(_record(session, risk_id, who, when, "status", prior_status.value, "closed"))
        risk.status = RaidStatus.CLOSED
    session.flush()
    return Conversion(risk_id, issue.id, prior_status, tuple(ids))


def undo_conversion(session: Session, conversion: Conversion) -> None:
    """Undo ``convert_to_issue``: the issue is removed, the risk as it was."""
    session.execute(delete(RaidItem).where(RaidItem.id == conversion.issue_id))
    session.execute(delete(RaidChange).where(RaidChange.id.in_(conversion.risk_change_ids)))
    session.execute(
        update(RaidItem)
        .where(RaidItem.id == conversion.risk_id)
        .values(status=conversion.prior_status)
    )


def add_action(session: Session, item_id: int, data: ActionData) -> int:
    """Add a mitigation action to an entry; returns its id. Undo with ``delete_action``."""
    if session.get(RaidItem, item_id) is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    clean = validate_action(session, data)
    action = RaidAction(item_id=item_id, **asdict(clean))
    session.add(action)
    session.flush()
    return action.id


def update_action(session: Session, action_id: int, data: ActionData) -> ActionData:
    """Change a mitigation action; returns its prior state (undo: call again with it)."""
    return update_action_row(session, RaidAction, action_id, data)


def delete_action(session: Session, action_id: int) -> dict[str, Any]:
    """Remove a mitigation action; returns the stored row for ``restore_action``."""
    return delete_action_row(session, RaidAction, action_id)


def restore_action(session: Session, row: dict[str, Any]) -> None:
    """Put back an action removed by ``delete_action``."""
    session.execute(insert(RaidAction), [row])


# --------------------------------------------------------------------------- helpers


def update_action_row(
    session: Session, model: type[Any], action_id: int, data: ActionData
) -> ActionData:
    """Change an action of any kind (mitigation, preventive); returns its prior state."""
    action = session.get(model, action_id)
    if action is None:
        raise ValidationError("That action no longer exists", "id")
    clean = validate_action(session, data)
    prior = ActionData(action.description, action.owner_id, action.due_date, action.done)
    for name, value in asdict(clean).items():
        setattr(action, name, value)
    session.flush()
    return prior


def delete_action_row(session: Session, model: type[Any], action_id: int) -> dict[str, Any]:
    """Remove an action of any kind; returns the stored row, for putting it back."""
    rows = row_dicts(session, model, model.id == action_id)
    if not rows:
        raise ValidationError("That action no longer exists", "id")
    session.execute(delete(model).where(model.id == action_id))
    return rows[0]


def _severity_for(impact: int) -> int:
    """Severity of an issue from the impact of the risk it came from (5 → 1 critical)."""
    return {5: 1, 4: 2, 3: 3}.get(impact, 4)


def _score_text(data: RaidData) -> str:
    return f"{data.probability}×{data.impact}"


def _tracked_changes(
    session: Session, old: RaidData, new: RaidData
) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    if (old.probability, old.impact) != (new.probability, new.impact):
        out.append(("score", _score_text(old), _score_text(new)))
    if old.status != new.status:
        out.append(("status", old.status.value, new.status.value))
    if old.owner_id != new.owner_id:
        out.append(("owner", _person(session, old.owner_id), _person(session, new.owner_id)))
    if old.response != new.response:
        out.append(("response", _enum(old.response), _enum(new.response)))
    if old.due_date != new.due_date:
        out.append(("due_date", _iso(old.due_date), _iso(new.due_date)))
    if old.title != new.title:
        out.append(("title", old.title, new.title))
    return out


def _person(session: Session, person_id: int | None) -> str | None:
    if person_id is None:
        return None
    return session.scalar(select(Person.name).where(Person.id == person_id))


def _enum(value: Response | None) -> str | None:
    return None if value is None else value.value


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _record(
    session: Session,
    item_id: int,
    who: str,
    when: datetime,
    name: str,
    old: str | None,
    new: str | None,
) -> int:
    change = RaidChange(
        item_id=item_id, changed_at=when, changed_by=who, field=name, old_value=old, new_value=new
    )
    session.add(change)
    session.flush()
    return change.id


def row_dicts(session: Session, model: type[Any], where: Any) -> list[dict[str, Any]]:
    """Stored rows of ``model`` matching ``where``, as plain dicts (for undo)."""
    table = model.__table__
    stmt = select(*table.columns).where(where).order_by(table.c.id)
    return [dict(row._mapping) for row in session.execute(stmt)]
