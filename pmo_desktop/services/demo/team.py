"""The demo team (names, roles, managers, start dates) and its leave."""

from __future__ import annotations

import random
from datetime import date, timedelta

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.demo import names
from pmo_desktop.services.demo.dates import add_working_days, public_holidays
from pmo_desktop.services.demo.plan import (
    DemoPerson,
    DemoPlan,
    Row,
)
from pmo_desktop.store.models import (
    Person,
    TimeOff,
)


def build_people(plan: DemoPlan) -> None:
    """The AD and the team; picks who is onboarding, on the bench and over-allocated."""
    rng = plan.rng("people")
    spec = plan.spec
    roles = [Role.AD] + [Role.SPM] * spec.spms + [Role.PM] * spec.pms + [Role.PC] * spec.pcs
    full_names = _person_names(rng, len(roles), distinct_parts=len(roles) <= 30)
    team = list(range(1, len(roles)))
    joiners = set(rng.sample([i for i in team if roles[i] in (Role.PC, Role.PM)], spec.joiners))
    settled = [i for i in team if i not in joiners]
    part_timers = set(rng.sample(settled, spec.part_timers))
    stories = rng.sample(
        [i for i in settled if i > spec.group_leads], spec.bench + spec.over_allocated
    )
    bench = set(stories[: spec.bench])
    over = set(stories[spec.bench :])
    custom_targets = set(rng.sample(team, max(3, len(team) // 5)))
    leads = list(range(1, 1 + spec.group_leads))

    emails: set[str] = set()
    rows: list[Row] = []
    for index, (role, (first, last)) in enumerate(zip(roles, full_names, strict=True)):
        person_id = index + 1
        if role is Role.AD:
            start = plan.monday - timedelta(days=rng.randint(3 * 365, 4 * 365))
            manager_id = None
        else:
            manager_id = 1 if not leads or index in leads else 1 + leads[index % len(leads)]
            if index in joiners:
                start = plan.today - timedelta(days=rng.randint(5, 50))
            elif role is Role.SPM:
                start = plan.monday - timedelta(days=rng.randint(365, 4 * 365))
            else:
                start = plan.monday - timedelta(days=rng.randint(90, 4 * 365))
        start = monday_of(start)
        target = None
        if index in custom_targets and role is not Role.AD:
            target = role.default_billable_target + rng.choice((-10, -5, 5))
        local = names.email_local_part(first, last)
        email, n = f"{local}@agency.example", 2
        while email in emails:
            email, n = f"{local}{n}@agency.example", n + 1
        emails.add(email)
        weekly = 32.0 if index in part_timers else 40.0
        name = f"{first} {last}"
        plan.people.append(DemoPerson(person_id, name, role, weekly, start, manager_id))
        rows.append(
            {
                "id": person_id,
                "name": name,
                "role": role.value,
                "email": email,
                "weekly_hours": weekly,
                "billable_target": target,
                "start_date": start,
                "manager_id": manager_id,
                "active": True,
            }
        )
    plan.bench_ids = sorted(i + 1 for i in bench)
    plan.over_allocated_ids = sorted(i + 1 for i in over)
    plan.joiner_ids = sorted(i + 1 for i in joiners)
    plan.add_rows(Person, rows)


def _person_names(rng: random.Random, count: int, *, distinct_parts: bool) -> list[tuple[str, str]]:
    """``count`` distinct (first, last) pairs, mostly from one naming tradition each.

    With ``distinct_parts`` no first or last name repeats (a small team reads better).
    """
    pools = names.NAME_POOLS
    chosen: list[tuple[str, str]] = []
    seen_first: set[str] = set()
    seen_last: set[str] = set()
    seen: set[tuple[str, str]] = set()
    order = list(range(len(pools)))
    rng.shuffle(order)
    turn = 0
    while len(chosen) < count:
        firsts, lasts = pools[order[turn % len(order)]]
        turn += 1
        first = rng.choice(firsts)
        last = rng.choice(lasts) if rng.random() < 0.85 else rng.choice(rng.choice(pools)[1])
        if first == last or (first, last) in seen:
            continue
        if distinct_parts and (first in seen_first or last in seen_last):
            continue
        seen.add((first, last))
        seen_first.add(first)
        seen_last.add(last)
        chosen.append((first, last))
    return chosen


_SHORT_LEAVE_NOTES = (None, None, "Long weekend", "Moving house", "Family event")
_LONG_LEAVE_NOTES = (None, None, "Family trip", "Wedding", "Trip abroad")


def build_time_off(plan: DemoPlan) -> None:
    """Public holidays in the staffing window for everyone, plus a few vacation blocks."""
    rng = plan.rng("time_off")
    weeks = plan.weeks
    first, last = weeks[0], weeks[-1] + timedelta(days=4)
    holidays = public_holidays(first, last)
    holiday_days = {day for day, _ in holidays}
    span = (last - first).days
    rows: list[Row] = []

    def add(person_id: int, start: date, end: date, kind: str, note: str | None) -> None:
        rows.append(
            {
                "id": len(rows) + 1,
                "person_id": person_id,
                "start_date": start,
                "end_date": end,
                "kind": kind,
                "note": note,
            }
        )

    for person in plan.people:
        off: set[date] = set()
        for day, holiday in holidays:
            if day >= person.start_date:
                add(person.id, day, day, "holiday", holiday)
                off.add(day)
        taken: list[tuple[date, date]] = []
        for _ in range(rng.choice(plan.spec.vacations)):
            start = first + timedelta(days=rng.randrange(span))
            start = max(start, person.start_date + timedelta(weeks=4))
            while start.weekday() >= 5 or start in holiday_days:
                start += timedelta(days=1)
            length = rng.choice((1, 2, 3, 5, 5, 5, 8, 10))
            end = add_working_days(start, length - 1)
            if (
                start > last
                or any(s <= end and start <= e for s, e in taken)
                or any(start <= day <= end for day in holiday_days)
            ):
                continue  # no overlapping leave, holidays stay rows of their own
            taken.append((start, end))
            note = rng.choice(_SHORT_LEAVE_NOTES if length <= 3 else _LONG_LEAVE_NOTES)
            add(person.id, start, end, "vacation", note)
            off.update(start + timedelta(days=d) for d in range((end - start).days + 1))
        for day in off:
            if day.weekday() < 5:
                plan.days_off[(person.id, monday_of(day))] += 1
    plan.time_off = len(rows)
    plan.add_rows(TimeOff, rows)
