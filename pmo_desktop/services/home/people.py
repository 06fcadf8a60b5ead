"""Home's people tiles: 1:1s due this week and onboarding items past due."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.cadence import DEFAULT_CADENCE, is_overdue, next_meeting
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.area_filter import AreaFilter
from pmo_desktop.services.home.tiles import (
    BAD,
    GOOD,
    NEUTRAL,
    WARN,
    Tile,
    TileLine,
    cut,
    plural,
)
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import (
    ActionItem,
    OnboardingItem,
    OnboardingPlan,
    OneOnOne,
    PeopleProfile,
)


def one_on_ones_tile(session: Session, today: date) -> Tile:
    """1:1s due by the end of this week (overdue ones first), by the people area's cadence
    rules (read here in two queries: the full roster also computes billability)."""
    end = monday_of(today) + timedelta(days=6)
    last = dict(
        session.execute(
            select(OneOnOne.person_id, func.max(OneOnOne.day)).group_by(OneOnOne.person_id)
        ).all()
    )
    successor = aliased(ActionItem)
    open_actions = dict(
        session.execute(
            select(OneOnOne.person_id, func.count(ActionItem.id))
            .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
            .where(ActionItem.done.is_(False))
            .where(~exists().where(successor.carried_from_id == ActionItem.id))
            .group_by(OneOnOne.person_id)
        ).all()
    )
    due = []
    for pid, name, cadence in session.execute(
        select(Person.id, Person.name, PeopleProfile.cadence)
        .outerjoin(PeopleProfile, PeopleProfile.person_id == Person.id)
        .where(Person.active.is_(True), Person.role != Role.AD)
    ):
        cadence = cadence or DEFAULT_CADENCE
        last_day = last.get(pid)
        overdue = is_overdue(last_day, cadence, today)
        upcoming = next_meeting(last_day, cadence, today)
        if overdue or upcoming <= end:
            due.append((pid, name, last_day, overdue, upcoming, int(open_actions.get(pid, 0))))
    due.sort(key=lambda r: (not r[3], r[4], r[1]))
    lines = []
    for pid, name, last_day, overdue, _upcoming, actions in due:
        detail = ("overdue · " if overdue else "") + (
            f"last {last_day:%d %b}" if last_day else "never met"
        )
        if actions:
            detail += f" · {actions} open action{'s' if actions != 1 else ''}"
        lines.append(TileLine(name, detail, BAD if overdue else NEUTRAL, pid))
    shown, more = cut(lines)
    late = sum(1 for r in due if r[3])
    area_filter = (
        AreaFilter(
            f"{plural(len(due), 'person', 'people')} with a 1:1 due this week",
            person_ids=frozenset(r[0] for r in due),
        )
        if due
        else None
    )
    return Tile(
        "one_on_ones",
        "1:1s due this week",
        str(len(due)),
        f"{late} overdue" if late else "none overdue",
        WARN if late else NEUTRAL,
        shown,
        "people",
        more,
        area_filter,
    )


def onboarding_tile(session: Session, today: date) -> Tile:
    """Onboarding plans with items past their due day and not done."""
    behind: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    names: dict[int, str] = {}
    for pid, name, start, offset, done in session.execute(
        select(
            Person.id,
            Person.name,
            OnboardingPlan.start_date,
            OnboardingItem.due_offset_days,
            OnboardingItem.done,
        )
        .join(OnboardingPlan, OnboardingItem.plan_id == OnboardingPlan.id)
        .join(Person, OnboardingPlan.person_id == Person.id)
        .where(OnboardingPlan.review_date >= today - timedelta(days=30))
    ):
        names[pid] = name
        counts = behind[pid]
        counts[1] += 1
        if not done and start + timedelta(days=offset) < today:
            counts[0] += 1
    late = sorted((pid for pid, c in behind.items() if c[0]), key=lambda p: -behind[p][0])
    lines = [
        TileLine(names[pid], f"{behind[pid][0]} of {behind[pid][1]} items overdue", WARN, pid)
        for pid in late
    ]
    shown, more = cut(lines)
    area_filter = (
        AreaFilter(
            f"{plural(len(late), 'person', 'people')} behind on onboarding",
            person_ids=frozenset(late),
        )
        if late
        else None
    )
    return Tile(
        "onboarding",
        "Onboarding behind",
        str(len(late)),
        f"of {len(behind)} plans running",
        WARN if late else GOOD,
        shown,
        "onboarding",
        more,
        area_filter,
    )
