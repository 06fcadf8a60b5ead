"""The team as the People page lists it: who is on it, each person's header, and the roster
row of every member (tenure, 1:1 cadence and the next 1:1, open actions, goals, onboarding,
this month's billability and allocation).

1:1s live in ``one_on_ones``; goals, feedback and OKRs in ``growth``; onboarding in
``onboarding``; evaluations in ``evaluations``. The person records themselves (add, edit,
delete) are ``roster``'s.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    case,
    exists,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.cadence import DEFAULT_CADENCE, Cadence, is_overdue, next_meeting
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import GoalStatus
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import (
    ActionItem,
    Goal,
    OnboardingItem,
    OnboardingPlan,
    OneOnOne,
    PeopleProfile,
)


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
class PersonHeader:
    """Who a person is, for page headers and PDFs."""

    id: int
    name: str
    role: Role
    start_date: date | None
    manager_id: int | None
    manager: str | None
    cadence: Cadence


# ---------------------------------------------------------------------------- people


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


def open_actions_filter() -> ColumnElement[bool]:
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
            .where(ActionItem.done.is_(False), open_actions_filter())
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


# ---------------------------------------------------------------------------- cadence


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
