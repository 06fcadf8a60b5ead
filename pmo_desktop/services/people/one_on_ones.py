"""People use cases: the team roster, 1:1s with carried-over agenda and actions, cadence.

Goals, feedback, OKRs and onboarding live in ``people_growth``; evaluations, evidence and
calibration in ``people_evaluations``; the iCalendar export in ``people_calendar``.
Every function takes a Session, validates, writes, and returns frozen DTOs; functions that
change data return what is needed to undo the change.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    case,
    delete,
    exists,
    func,
    literal_column,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.cadence import DEFAULT_CADENCE, Cadence, is_overdue, next_meeting
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import GoalStatus
from pmo_desktop.domain.people import ActionOwner
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import (
    ActionItem,
    Goal,
    OnboardingItem,
    OnboardingPlan,
    OneOnOne,
    PeopleProfile,
    TalkingPoint,
)

#: Longest text a single field accepts (a 1 MB note is fine; 10 MB is a mistake).
MAX_TEXT = 2_000_000


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """A dict from (key, value) result rows."""
    return {key: value for key, value in rows}


# ------------------------------------------------------------------------------ DTOs


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One direct report as the roster shows them."""

    id: int
    name: str
    role: Role
    start_date: date | None
    tenure_days: int | None
    cadence: Cadence
    last_one_on_one: date | None
    next_one_on_one: date
    one_on_one_overdue: bool
    open_actions: int
    goals_on_track: int
    goals_at_risk: int
    goals_off_track: int
    onboarding_done: int | None
    onboarding_total: int | None
    billable_pct: float | None = None
    billable_target: int | None = None
    allocation_pct: float | None = None
    goals_done: int = 0

    @property
    def goals_total(self) -> int:
        """Open goals (not yet at 100 %)."""
        return self.goals_on_track + self.goals_at_risk + self.goals_off_track

    @property
    def goals_status(self) -> GoalStatus | None:
        """The worst status among the person's goals (None without goals)."""
        if self.goals_off_track:
            return GoalStatus.OFF_TRACK
        if self.goals_at_risk:
            return GoalStatus.AT_RISK
        return GoalStatus.ON_TRACK if self.goals_on_track else None


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


@dataclass(frozen=True, slots=True)
class PersonHeader:
    """Who a person is, for page headers and PDFs."""

    id: int
    name: str
    role: Role
    start_date: date | None
    manager_id: int | None
    manager: str | None
    cadence: Cadence


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


def person_header(session: Session, person_id: int) -> PersonHeader:
    """The person's name, role, manager and 1:1 cadence; ValidationError if unknown."""
    manager = aliased(Person)
    row = session.execute(
        select(
            Person.id,
            Person.name,
            Person.role,
            Person.start_date,
            Person.manager_id,
            manager.name,
            PeopleProfile.cadence,
        )
        .outerjoin(manager, Person.manager_id == manager.id)
        .outerjoin(PeopleProfile, PeopleProfile.person_id == Person.id)
        .where(Person.id == person_id)
    ).one_or_none()
    if row is None:
        raise ValidationError(f"no person with id {person_id}", "person")
    return PersonHeader(*row[:6], row[6] or DEFAULT_CADENCE)


def find_person(session: Session, name_or_id: str) -> int:
    """The id of the person named (case-insensitively) or numbered ``name_or_id``."""
    text = name_or_id.strip()
    if text.isdigit():
        found = session.scalar(select(Person.id).where(Person.id == int(text)))
        if found is not None:
            return int(found)
    ids = list(session.scalars(select(Person.id).where(func.lower(Person.name) == text.lower())))
    if len(ids) == 1:
        return int(ids[0])
    if len(ids) > 1:
        raise ValidationError(f"{len(ids)} people are named {text!r}; use the id", "person")
    raise ValidationError(f"no person named or numbered {text!r}", "person")


def team_ids(session: Session) -> list[int]:
    """Active team members (everyone but the Associate Director), by name."""
    stmt = (
        select(Person.id)
        .where(Person.active.is_(True), Person.role != Role.AD)
        .order_by(Person.name, Person.id)
    )
    return [int(i) for i in session.scalars(stmt)]


# ----------------------------------------------------------------------------- roster


def _open_actions_filter() -> ColumnElement[bool]:
    """Action items not carried forward to a later 1:1 (no row continues them)."""
    successor = aliased(ActionItem)
    return ~exists().where(successor.carried_from_id == ActionItem.id)


def team_roster(session: Session, today: date) -> list[RosterRow]:
    """Every team member with tenure, cadence, next 1:1, open actions, goals, onboarding."""
    people = session.execute(
        select(Person.id, Person.name, Person.role, Person.start_date, PeopleProfile.cadence)
        .outerjoin(PeopleProfile, PeopleProfile.person_id == Person.id)
        .where(Person.active.is_(True), Person.role != Role.AD)
        .order_by(Person.name, Person.id)
    ).all()
    last = _pairs(
        session.execute(
            select(OneOnOne.person_id, func.max(OneOnOne.day)).group_by(OneOnOne.person_id)
        )
    )
    open_actions = _pairs(
        session.execute(
            select(OneOnOne.person_id, func.count(ActionItem.id))
            .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
            .where(ActionItem.done.is_(False), _open_actions_filter())
            .group_by(OneOnOne.person_id)
        )
    )
    goals: dict[int, dict[GoalStatus, int]] = defaultdict(lambda: defaultdict(int))
    done_goals: dict[int, int] = defaultdict(int)
    # The 100 is written into the SQL: PostgreSQL refuses to group by an expression whose
    # bound parameter differs from the select list's (two placeholders for one value).
    finished_expr = Goal.progress >= literal_column("100", Integer)
    for pid, status, finished, n in session.execute(
        select(Goal.person_id, Goal.status, finished_expr, func.count()).group_by(
            Goal.person_id, Goal.status, finished_expr
        )
    ):
        if finished:
            done_goals[pid] += n
        else:
            goals[pid][status] = n
    onboarding = {
        pid: (int(done or 0), int(total))
        for pid, done, total in session.execute(
            select(
                OnboardingPlan.person_id,
                func.sum(case((OnboardingItem.done.is_(True), 1), else_=0)),
                func.count(OnboardingItem.id),
            )
            .join(OnboardingItem, OnboardingItem.plan_id == OnboardingPlan.id)
            .group_by(OnboardingPlan.person_id)
        )
    }
    billing = _month_billability(session, today)
    rows = []
    for pid, name, role, start, cadence in people:
        cadence = cadence or DEFAULT_CADENCE
        last_day = last.get(pid)
        counts = goals.get(pid, {})
        done, total = onboarding.get(pid, (None, None))
        billable, target, allocated = billing.get(pid, (None, None, None))
        rows.append(
            RosterRow(
                id=pid,
                name=name,
                role=role,
                start_date=start,
                tenure_days=(today - start).days if start else None,
                cadence=cadence,
                last_one_on_one=last_day,
                next_one_on_one=next_meeting(last_day, cadence, today),
                one_on_one_overdue=is_overdue(last_day, cadence, today),
                open_actions=int(open_actions.get(pid, 0)),
                goals_on_track=counts.get(GoalStatus.ON_TRACK, 0),
                goals_at_risk=counts.get(GoalStatus.AT_RISK, 0),
                goals_off_track=counts.get(GoalStatus.OFF_TRACK, 0),
                onboarding_done=done,
                onboarding_total=total,
                billable_pct=billable,
                billable_target=target,
                allocation_pct=allocated,
                goals_done=done_goals.get(pid, 0),
            )
        )
    return rows


def _month_billability(
    session: Session, today: date
) -> dict[int, tuple[float | None, int, float | None]]:
    """This month's billable utilization, target and allocation per person (staffing data)."""
    from pmo_desktop.domain.weeks import monday_of
    from pmo_desktop.services.staffing.actuals import billability
    from pmo_desktop.store.models import Allocation

    first = monday_of(today.replace(day=1))
    weeks = []
    week = first
    while week.month == today.month or week == first:
        weeks.append(week)
        week = date.fromordinal(week.toordinal() + 7)
    team = billability(session, weeks, today)
    total = _pairs(
        session.execute(
            select(Allocation.person_id, func.sum(Allocation.hours))
            .where(Allocation.week >= weeks[0], Allocation.week <= weeks[-1])
            .where(Allocation.tentative.is_(False))
            .group_by(Allocation.person_id)
        )
    )
    out: dict[int, tuple[float | None, int, float | None]] = {}
    for person in team.people:
        allocated = None
        if person.available_hours > 0:
            allocated = (
                100 * float(total.get(person.person_id, 0.0) or 0.0) / person.available_hours
            )
        out[person.person_id] = (person.utilization, person.target, allocated)
    return out


# ------------------------------------------------------------------------------- 1:1s


def set_cadence(session: Session, person_id: int, cadence: Cadence) -> Cadence:
    """Set a person's 1:1 cadence; returns the previous one (for undo)."""
    person_header(session, person_id)
    profile = session.scalar(select(PeopleProfile).where(PeopleProfile.person_id == person_id))
    if profile is None:
        session.add(PeopleProfile(person_id=person_id, cadence=cadence))
        return DEFAULT_CADENCE
    previous = profile.cadence
    profile.cadence = cadence
    return previous


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
        .where(_open_actions_filter())
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
