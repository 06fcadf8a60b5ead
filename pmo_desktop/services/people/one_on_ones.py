"""People use cases for 1:1s: the timeline, a 1:1 with its notes (Markdown), its agenda of
talking points and its action items; a new 1:1 carries over what is still open.

The team roster, the person header and the 1:1 cadence live in ``team``; goals, feedback and
OKRs in ``growth``; onboarding in ``onboarding``; evaluations, evidence and calibration in
``evaluations``, ``evidence`` and ``calibration``; the iCalendar export in ``schedule``.
Every function takes a Session, validates, writes, and returns frozen DTOs; functions that
change data return what is needed to undo the change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.people import ActionOwner
from pmo_desktop.services.people.team import open_actions_filter, person_header
from pmo_desktop.store.models_people import ActionItem, OneOnOne, TalkingPoint

#: Longest text a single field accepts (a 1 MB note is fine; 10 MB is a mistake).
MAX_TEXT = 2_000_000


# ------------------------------------------------------------------------------ DTOs


@dataclass(frozen=True, slots=True)
class PointRow:
    """A talking point of a 1:1."""

    id: int
    one_on_one_id: int
    position: int
    text: str
    done: bool
    carried_from_id: int | None


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action item of a 1:1."""

    id: int
    one_on_one_id: int
    owner: ActionOwner
    text: str
    due_date: date | None
    done: bool
    carried_from_id: int | None


@dataclass(frozen=True, slots=True)
class OneOnOneRow:
    """A 1:1 on the person's timeline."""

    id: int
    person_id: int
    day: date
    summary: str


@dataclass(frozen=True, slots=True)
class OneOnOneDetail:
    """A 1:1 with its notes (Markdown), talking points and action items."""

    id: int
    person_id: int
    day: date
    notes: str
    points: tuple[PointRow, ...]
    actions: tuple[ActionRow, ...]


# --------------------------------------------------------------------------- helpers


def clean_text(value: str | None, field: str, label: str, *, required: bool) -> str | None:
    """Strip a text field; refuse it empty when required and when absurdly long."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"{label} is required", field)
    if len(text) > MAX_TEXT:
        raise ValidationError(f"{label} is longer than {MAX_TEXT:,} characters", field)
    return text or None


def _required(value: str | None, field: str, label: str) -> str:
    text = clean_text(value, field, label, required=True)
    assert text is not None
    return text


# ------------------------------------------------------------------------------- 1:1s


def one_on_ones(session: Session, person_id: int) -> list[OneOnOneRow]:
    """The person's 1:1 timeline, newest first, with the first line of the notes."""
    stmt = (
        select(OneOnOne.id, OneOnOne.person_id, OneOnOne.day, func.substr(OneOnOne.notes, 1, 200))
        .where(OneOnOne.person_id == person_id)
        .order_by(OneOnOne.day.desc(), OneOnOne.id.desc())
    )
    return [
        OneOnOneRow(mid, pid, day, notes_summary(text))
        for mid, pid, day, text in session.execute(stmt)
    ]


_MARKUP = re.compile(r"[*_`#>]+")


def notes_summary(notes: str | None, limit: int = 120) -> str:
    """The first non-empty line of Markdown notes, without markup, cut to ``limit``."""
    for line in (notes or "").splitlines():
        text = _MARKUP.sub("", line).strip().lstrip("-").strip()
        if text:
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return ""


def one_on_one(session: Session, one_on_one_id: int) -> OneOnOneDetail:
    """A 1:1 with its notes, talking points and actions."""
    head = session.execute(
        select(OneOnOne.id, OneOnOne.person_id, OneOnOne.day, OneOnOne.notes).where(
            OneOnOne.id == one_on_one_id
        )
    ).one_or_none()
    if head is None:
        raise ValidationError("this 1:1 no longer exists", "one_on_one")
    points = tuple(
        PointRow(*row)
        for row in session.execute(
            select(
                TalkingPoint.id,
                TalkingPoint.one_on_one_id,
                TalkingPoint.position,
                TalkingPoint.text,
                TalkingPoint.done,
                TalkingPoint.carried_from_id,
            )
            .where(TalkingPoint.one_on_one_id == one_on_one_id)
            .order_by(TalkingPoint.position, TalkingPoint.id)
        )
    )
    actions = tuple(
        ActionRow(*row)
        for row in session.execute(
            select(
                ActionItem.id,
                ActionItem.one_on_one_id,
                ActionItem.owner,
                ActionItem.text,
                ActionItem.due_date,
                ActionItem.done,
                ActionItem.carried_from_id,
            )
            .where(ActionItem.one_on_one_id == one_on_one_id)
            .order_by(ActionItem.id)
        )
    )
    return OneOnOneDetail(head[0], head[1], head[2], head[3] or "", points, actions)


def open_actions(session: Session, person_id: int) -> list[ActionRow]:
    """The person's action items that are neither done nor carried forward to a later 1:1."""
    stmt = (
        select(
            ActionItem.id,
            ActionItem.one_on_one_id,
            ActionItem.owner,
            ActionItem.text,
            ActionItem.due_date,
            ActionItem.done,
            ActionItem.carried_from_id,
        )
        .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
        .where(OneOnOne.person_id == person_id, ActionItem.done.is_(False))
        .where(open_actions_filter())
        .order_by(OneOnOne.day, ActionItem.id)
    )
    return [ActionRow(*row) for row in session.execute(stmt)]


def start_one_on_one(session: Session, person_id: int, day: date) -> OneOnOneDetail:
    """A new 1:1 whose agenda carries the unfinished talking points of the last 1:1 and
    every open action item (as new rows linked to the ones they continue)."""
    person_header(session, person_id)
    last_id = session.scalar(
        select(OneOnOne.id)
        .where(OneOnOne.person_id == person_id, OneOnOne.day <= day)
        .order_by(OneOnOne.day.desc(), OneOnOne.id.desc())
        .limit(1)
    )
    carried_actions = open_actions(session, person_id)
    meeting = OneOnOne(person_id=person_id, day=day, notes=None)
    session.add(meeting)
    session.flush()
    if last_id is not None:
        successor = aliased(TalkingPoint)
        points = session.execute(
            select(TalkingPoint.text, TalkingPoint.id)
            .where(TalkingPoint.one_on_one_id == last_id, TalkingPoint.done.is_(False))
            .where(~exists().where(successor.carried_from_id == TalkingPoint.id))
            .order_by(TalkingPoint.position, TalkingPoint.id)
        ).all()
        for position, (text, pid) in enumerate(points):
            session.add(
                TalkingPoint(
                    one_on_one_id=meeting.id,
                    position=position,
                    text=text,
                    done=False,
                    carried_from_id=pid,
                )
            )
    for action in carried_actions:
        session.add(
            ActionItem(
                one_on_one_id=meeting.id,
                owner=action.owner,
                text=action.text,
                due_date=action.due_date,
                done=False,
                carried_from_id=action.id,
            )
        )
    session.flush()
    return one_on_one(session, meeting.id)


def delete_one_on_one(session: Session, one_on_one_id: int) -> OneOnOneDetail:
    """Delete a 1:1 (its carried items become open again in the one before); returns it."""
    detail = one_on_one(session, one_on_one_id)
    session.execute(delete(OneOnOne).where(OneOnOne.id == one_on_one_id))
    return detail


def restore_one_on_one(session: Session, detail: OneOnOneDetail) -> None:
    """Put back a deleted 1:1 exactly, with the same ids (undo of delete or of start)."""
    session.add(
        OneOnOne(
            id=detail.id, person_id=detail.person_id, day=detail.day, notes=detail.notes or None
        )
    )
    session.flush()
    for p in detail.points:
        session.add(
            TalkingPoint(
                id=p.id,
                one_on_one_id=p.one_on_one_id,
                position=p.position,
                text=p.text,
                done=p.done,
                carried_from_id=p.carried_from_id,
            )
        )
    for a in detail.actions:
        session.add(
            ActionItem(
                id=a.id,
                one_on_one_id=a.one_on_one_id,
                owner=a.owner,
                text=a.text,
                due_date=a.due_date,
                done=a.done,
                carried_from_id=a.carried_from_id,
            )
        )
    session.flush()


def update_one_on_one(
    session: Session, one_on_one_id: int, *, day: date | None = None, notes: str | None = None
) -> tuple[date, str]:
    """Change a 1:1's date and/or notes; returns the previous (date, notes)."""
    meeting = session.get(OneOnOne, one_on_one_id)
    if meeting is None:
        raise ValidationError("this 1:1 no longer exists", "one_on_one")
    previous = (meeting.day, meeting.notes or "")
    if day is not None:
        meeting.day = day
    if notes is not None:
        clean_text(notes, "notes", "Notes", required=False)  # the size check
        meeting.notes = notes if notes.strip() else None  # kept exactly, for undo
    return previous


def add_talking_point(session: Session, one_on_one_id: int, text: str) -> PointRow:
    """Append a talking point to a 1:1's agenda."""
    value = _required(text, "text", "A talking point")
    if session.get(OneOnOne, one_on_one_id) is None:
        raise ValidationError("this 1:1 no longer exists", "one_on_one")
    position = session.scalar(
        select(func.coalesce(func.max(TalkingPoint.position), -1) + 1).where(
            TalkingPoint.one_on_one_id == one_on_one_id
        )
    )
    point = TalkingPoint(
        one_on_one_id=one_on_one_id, position=int(position or 0), text=value, done=False
    )
    session.add(point)
    session.flush()
    return PointRow(point.id, one_on_one_id, point.position, value, False, None)


def update_talking_point(
    session: Session, point_id: int, *, text: str | None = None, done: bool | None = None
) -> PointRow:
    """Edit a talking point's text or tick it done; returns the previous state."""
    point = session.get(TalkingPoint, point_id)
    if point is None:
        raise ValidationError("this talking point no longer exists", "text")
    previous = PointRow(
        point.id, point.one_on_one_id, point.position, point.text, point.done, point.carried_from_id
    )
    if text is not None:
        point.text = _required(text, "text", "A talking point")
    if done is not None:
        point.done = done
    return previous


def delete_talking_point(session: Session, point_id: int) -> PointRow:
    """Remove a talking point; returns it (for undo with ``restore_talking_point``)."""
    previous = update_talking_point(session, point_id)
    session.execute(delete(TalkingPoint).where(TalkingPoint.id == point_id))
    return previous


def restore_talking_point(session: Session, row: PointRow) -> None:
    """Put back a deleted talking point with its id."""
    session.add(
        TalkingPoint(
            id=row.id,
            one_on_one_id=row.one_on_one_id,
            position=row.position,
            text=row.text,
            done=row.done,
            carried_from_id=row.carried_from_id,
        )
    )


def add_action(
    session: Session,
    one_on_one_id: int,
    text: str,
    owner: ActionOwner = ActionOwner.THEM,
    due_date: date | None = None,
) -> ActionRow:
    """Add an action item to a 1:1 (due date, if any, on or after the 1:1)."""
    value = _required(text, "text", "An action item")
    meeting = session.get(OneOnOne, one_on_one_id)
    if meeting is None:
        raise ValidationError("this 1:1 no longer exists", "one_on_one")
    if due_date is not None and due_date < meeting.day:
        raise ValidationError("the due date is before the 1:1", "due_date")
    item = ActionItem(
        one_on_one_id=one_on_one_id,
        owner=ActionOwner(owner),
        text=value,
        due_date=due_date,
        done=False,
    )
    session.add(item)
    session.flush()
    return ActionRow(item.id, one_on_one_id, item.owner, value, due_date, False, None)


_KEEP = object()


def update_action(
    session: Session,
    action_id: int,
    *,
    text: str | None = None,
    owner: ActionOwner | None = None,
    due_date: date | object | None = _KEEP,
    done: bool | None = None,
) -> ActionRow:
    """Edit an action item; returns its previous state (for undo)."""
    item = session.get(ActionItem, action_id)
    if item is None:
        raise ValidationError("this action item no longer exists", "text")
    previous = ActionRow(
        item.id,
        item.one_on_one_id,
        item.owner,
        item.text,
        item.due_date,
        item.done,
        item.carried_from_id,
    )
    if text is not None:
        item.text = _required(text, "text", "An action item")
    if owner is not None:
        item.owner = ActionOwner(owner)
    if due_date is not _KEEP:
        assert due_date is None or isinstance(due_date, date)
        item.due_date = due_date
    if done is not None:
        item.done = done
    return previous


def restore_action_state(session: Session, row: ActionRow) -> None:
    """Set an action item back to a state returned by ``update_action``."""
    session.execute(
        update(ActionItem)
        .where(ActionItem.id == row.id)
        .values(text=row.text, owner=row.owner, due_date=row.due_date, done=row.done)
    )


def delete_action(session: Session, action_id: int) -> ActionRow:
    """Remove an action item; returns it (for undo with ``restore_action``)."""
    previous = update_action(session, action_id)
    session.execute(delete(ActionItem).where(ActionItem.id == action_id))
    return previous


def restore_action(session: Session, row: ActionRow) -> None:
    """Put back a deleted action item with its id."""
    session.add(
        ActionItem(
            id=row.id,
            one_on_one_id=row.one_on_one_id,
            owner=row.owner,
            text=row.text,
            due_date=row.due_date,
            done=row.done,
            carried_from_id=row.carried_from_id,
        )
    )
