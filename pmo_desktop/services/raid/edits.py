"""The RAID register's edits: validated in the caller's unit of work, each returning what
its undo needs (the prior fields and the history rows written, a snapshot of a removed
entry, a conversion), and ``save_item``, the editor's one call that creates or changes an
entry, validating once, and hands back the saved register row.

History: an entry's changes of score, status, owner, response, due date and title are
written to ``raid_change`` with who and when; an undo removes exactly the rows it wrote.
"""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    RaidKind,
    RaidStatus,
    Response,
    check_dates,
    check_scale,
    check_severity,
    is_high,
    responses_for,
)
from pmo_desktop.services.raid.register import (
    DATA_FIELDS,
    ActionData,
    RaidData,
    RaidRow,
    data_of,
    register_row,
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
class Saved:
    """An entry as one save left it: its register row and, for a change, what undo needs."""

    row: RaidRow
    #: The prior fields and the history rows written; None when the entry is new.
    prior: UpdateResult | None = None


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
    prior = data_of(item)
    who, when = who or current_user(), when or now_utc()
    ids = []
    for name, old, new in _tracked_changes(session, prior, clean):
        ids.append(_record(session, item_id, who, when, name, old, new))
    for name in DATA_FIELDS:
        setattr(item, name, getattr(clean, name))
    session.flush()
    return UpdateResult(prior=prior, change_ids=tuple(ids))


def save_item(
    session: Session,
    item_id: int | None,
    data: RaidData,
    *,
    today: date | None = None,
    who: str | None = None,
    when: datetime | None = None,
) -> Saved:
    """Create (``item_id`` None) or change an entry: validated once, written, and read back
    as its register row, all in the caller's unit of work.

    Undo a creation with ``delete_item``, a change with ``revert_update(prior)``.
    """
    if item_id is None:
        new_id = create_item(session, data, who=who, when=when)
        return Saved(register_row(session, new_id, today))
    prior = update_item(session, item_id, data, who=who, when=when)
    return Saved(register_row(session, item_id, today), prior)


def revert_update(session: Session, item_id: int, result: UpdateResult) -> None:
    """Undo ``update_item``: the prior fields back, the history rows it wrote gone."""
    item = session.get(RaidItem, item_id)
    if item is None:
        raise ValidationError(f"RAID entry #{item_id} no longer exists", "id")
    for name in DATA_FIELDS:
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
    data = data_of(risk)
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
