"""The demo's staffing plan: weekly allocations that fill, bench and over-allocate the team."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.demo.plan import (
    MAX_CONCURRENT,
    PIPELINE_STAGES,
    STAFFED_STAGES,
    THOUSAND_DOLLARS,
    DemoPerson,
    DemoPlan,
    Row,
)
from pmo_desktop.store.models import (
    Allocation,
)


@dataclass(slots=True)
class _Load:
    """One person's staffing story across the window."""

    person: DemoPerson
    concurrent: int
    fill: float
    current: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    bench_weeks: range = range(0)
    crunch_weeks: range = range(0)
    crunch_fill: float = 1.0


def build_allocations(plan: DemoPlan) -> None:
    """Week-by-week staffing: each person on 1–4 projects at their target load.

    Engagements run until the project ends or the person rolls off; PMs are always on their
    own projects; pipeline projects get tentative hours. Capacity follows time off and the
    onboarding ramp; bench and crunch weeks tell their story.
    """
    rng = plan.rng("allocations")
    spec = plan.spec
    weeks = plan.weeks
    now = spec.weeks_back  # index of this week in the window
    projects = plan.projects

    # Which projects each week can staff, and the team size each can take.
    confirmed: list[list[int]] = [[] for _ in weeks]
    pipeline: list[list[int]] = [[] for _ in weeks]
    covers: list[range] = []
    cap: list[int] = []
    own: dict[int, list[int]] = {}
    for j, project in enumerate(projects):
        first = max(0, (monday_of(project.start_date) - weeks[0]).days // 7)
        last = min(len(weeks) - 1, (monday_of(project.end_date) - weeks[0]).days // 7)
        staffable = project.stage in STAFFED_STAGES or project.stage in PIPELINE_STAGES
        covers.append(range(first, last + 1) if staffable else range(0))
        cap.append(min(8, 2 + project.budget_cents // (150 * THOUSAND_DOLLARS)))
        for w in covers[j]:
            (pipeline if project.stage in PIPELINE_STAGES else confirmed)[w].append(j)
        if project.pm_id is not None and staffable:
            own.setdefault(project.pm_id, []).append(j)

    loads: list[_Load] = []
    for person in plan.people:
        load = _Load(
            person=person,
            concurrent=rng.choice(spec.load[person.role]),
            fill=0.5 if person.role is Role.AD else rng.choice((0.8, 0.85, 0.9, 0.9, 0.95, 1.0)),
        )
        if person.id in plan.bench_ids:
            begin = now - rng.randint(2, 6)
            load.bench_weeks = range(begin, now + rng.randint(4, 10))
        if person.id in plan.over_allocated_ids:
            begin = now - rng.randint(1, 3)
            load.crunch_weeks = range(begin, begin + rng.randint(5, 8))
            load.crunch_fill = rng.choice((1.1, 1.15, 1.2, 1.25, 1.3))
            load.concurrent = max(2, load.concurrent)
        loads.append(load)

    rows: list[Row] = []
    for w, week in enumerate(weeks):
        for load in loads:
            keep = own.get(load.person.id, ())
            load.current = [
                j for j in load.current if w in covers[j] and (j in keep or rng.random() > 0.02)
            ]
            if w in load.bench_weeks:
                load.current = load.current[:1]
        on_team = Counter(j for load in loads for j in load.current)
        for load in rng.sample(loads, len(loads)):
            person = load.person
            if monday_of(person.start_date) > week:
                continue
            wanted = 1 if w in load.bench_weeks else load.concurrent
            mine = own.get(person.id, [])
            for j in mine:  # a PM is always on their own running projects
                if w not in covers[j] or j in load.used or w in load.bench_weeks:
                    continue
                if len(load.current) >= wanted:
                    others = [c for c in load.current if c not in mine]
                    if not others and len(load.current) >= MAX_CONCURRENT:
                        break
                    if others:  # hand over the engagement that ends first
                        gone = min(others, key=lambda c: covers[c].stop)
                        load.current.remove(gone)
                        on_team[gone] -= 1
                load.current.append(j)
                load.used.add(j)
                on_team[j] += 1
            while len(load.current) < wanted:
                pick = _pick_project(rng, load, w, covers, confirmed, pipeline, on_team, cap)
                if pick is None:
                    break
                load.current.append(pick)
                load.used.add(pick)
                on_team[pick] += 1
        for load in loads:
            if not load.current:
                continue
            person = load.person
            fill = load.fill
            if w in load.bench_weeks:
                fill = rng.choice((0.2, 0.25, 0.3, 0.35))
            elif w in load.crunch_weeks:
                fill = load.crunch_fill
            elif person.role is not Role.AD:
                fill += rng.choice((-0.05, 0.0, 0.0, 0.0, 0.05))
            days = plan.days_off[(person.id, week)]
            tenure = (week - person.start_date).days
            ramp = 0.5 if tenure < 30 else 0.75 if tenure < 60 else 1.0
            capacity = person.weekly_hours * max(0, 5 - days) / 5
            total = 4 * round(capacity * fill * ramp / 4)
            if total <= 0:
                continue
            weights = [
                1
                if projects[j].stage in PIPELINE_STAGES
                else 3
                if j in own.get(person.id, ())
                else 2
                for j in load.current
            ]
            for j, hours in zip(load.current, _split_hours(total, weights), strict=True):
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "person_id": person.id,
                        "project_id": projects[j].id,
                        "week": week,
                        "hours": float(hours),
                        "tentative": projects[j].stage in PIPELINE_STAGES,
                    }
                )
    plan.allocations = len(rows)
    plan.add_rows(Allocation, rows)


def _pick_project(
    rng: random.Random,
    load: _Load,
    w: int,
    covers: list[range],
    confirmed: list[list[int]],
    pipeline: list[list[int]],
    on_team: Counter[int],
    cap: list[int],
) -> int | None:
    """A project with room on its team for ``load``'s person in week ``w``, or None."""
    pools = [confirmed[w], pipeline[w]]
    if rng.random() < 0.15:
        pools.reverse()
    for pool in pools:
        best: int | None = None
        for _ in range(8):
            if not pool:
                break
            j = rng.choice(pool)
            if j in load.used or j in load.current or on_team[j] >= cap[j]:
                continue
            if best is None or covers[j].stop > covers[best].stop:
                best = j
        if best is not None:
            return best
    return None


def _split_hours(total: int, weights: list[int]) -> list[int]:
    """``total`` hours shared by weight in multiples of 4, at least 4 each."""
    whole = sum(weights)
    hours = [max(4, 4 * round(total * weight / whole / 4)) for weight in weights]
    biggest = max(range(len(hours)), key=lambda i: hours[i])
    hours[biggest] = max(4, hours[biggest] + total - sum(hours))
    return hours
