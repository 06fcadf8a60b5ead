"""The demo's clients, programs, projects (with dates, budgets and PMs) and milestones."""

from __future__ import annotations

import random
import string
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.services.demo import names
from pmo_desktop.services.demo.dates import add_working_days, previous_weekday
from pmo_desktop.services.demo.plan import (
    LIVE_STAGES,
    MAX_BUDGET,
    MIN_BUDGET,
    STAFFED_STAGES,
    THOUSAND_DOLLARS,
    DemoClient,
    DemoMilestone,
    DemoPlan,
    DemoProgram,
    DemoProject,
    Row,
)
from pmo_desktop.store.models import (
    Client,
    Milestone,
    Program,
    Project,
)


@dataclass(slots=True)
class _ClientDraft:
    name: str
    code: str
    industry: str
    notes: str | None
    programs: list[str]
    internal: bool = False


def build_clients_and_programs(plan: DemoPlan) -> None:
    """Clients with their industries, two or three programs each, led by SPMs."""
    rng = plan.rng("clients")
    spec = plan.spec
    spms = [p.id for p in plan.people if p.role is Role.SPM]
    drafts = [
        _ClientDraft(name, code, industry, notes, list(programs))
        for name, code, industry, notes, programs in names.SMALL_CLIENTS
    ]
    if spec.internal_client:
        name, code, industry, notes = names.INTERNAL_CLIENT
        drafts.append(
            _ClientDraft(name, code, industry, notes, list(names.INTERNAL_PROGRAMS), True)
        )
    used_names = {d.name for d in drafts}
    used_codes = {d.code for d in drafts}
    used_brands = {d.name.split()[0] for d in drafts}
    brands = [b for b in names.CLIENT_BRANDS if b[0].split()[0] not in used_brands]
    rng.shuffle(brands)
    extra = spec.external_clients - len(names.SMALL_CLIENTS)
    industries = sorted(names.INDUSTRIES) * (extra // len(names.INDUSTRIES) + 1)
    rng.shuffle(industries)
    for i in range(extra):
        industry = industries[i]
        suffixes = names.INDUSTRIES[industry][0]
        brand, abbr = brands[i % len(brands)]
        name = f"{brand} {rng.choice(suffixes)}"
        while name in used_names:
            name = f"{brand} {rng.choice(suffixes)} {rng.choice(('Group', 'Partners', 'Co.'))}"
        code = _client_code(abbr, name, used_codes)
        used_names.add(name)
        used_codes.add(code)
        drafts.append(_ClientDraft(name, code, industry, None, []))

    # Programs: two per client, three for some, until the total is reached.
    external = [d for d in drafts if not d.internal]
    wanted = spec.programs - sum(len(d.programs) for d in drafts if d.internal)
    three = set(rng.sample(range(len(external)), max(0, wanted - 2 * len(external))))
    missing = wanted - sum(len(d.programs) for d in external)
    for i, draft in enumerate(external):
        pool = [p for p in names.INDUSTRIES[draft.industry][1] if p not in draft.programs]
        take = min(max(0, missing), (3 if i in three else 2) - len(draft.programs), len(pool))
        draft.programs.extend(rng.sample(pool, max(0, take)))
        missing -= max(0, take)
    for draft in external:  # still short: top up clients beyond three programs
        pool = [p for p in names.INDUSTRIES[draft.industry][1] if p not in draft.programs]
        while missing > 0 and pool:
            draft.programs.append(pool.pop(0))
            missing -= 1

    client_rows: list[Row] = []
    program_rows: list[Row] = []
    for client_id, draft in enumerate(drafts, 1):
        plan.clients.append(
            DemoClient(client_id, draft.name, draft.code, draft.industry, draft.internal)
        )
        client_rows.append(
            {"id": client_id, "name": draft.name, "industry": draft.industry, "notes": draft.notes}
        )
        for program in draft.programs:
            program_id = len(plan.programs) + 1
            plan.programs.append(
                DemoProgram(program_id, client_id, program, draft.industry, draft.internal)
            )
            description = rng.choice(names.PROGRAM_DESCRIPTIONS).format(
                program=program, client=draft.name, clients=names.possessive(draft.name)
            )
            program_rows.append(
                {
                    "id": program_id,
                    "client_id": client_id,
                    "name": program,
                    "description": description,
                    "lead_id": 1 if draft.internal else rng.choice(spms),
                }
            )
    plan.add_rows(Client, client_rows)
    plan.add_rows(Program, program_rows)


def _client_code(abbr: str, name: str, used: set[str]) -> str:
    """A three-letter code: the brand's two letters and a letter of the rest of the name."""
    rest = "".join(ch for ch in name.split(" ", 1)[-1].upper() if ch.isalpha())
    letters = rest + string.ascii_uppercase
    candidates = [abbr + c for c in letters] + [abbr[0] + a + b for a in letters for b in letters]
    return next(code for code in candidates if code not in used)


# ---------------------------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------------------------

_PROJECT_NOTES: dict[Stage, tuple[str, ...]] = {
    Stage.ON_HOLD: (
        "On hold: client budget freeze until next quarter.",
        "Paused while the client replaces its product owner.",
    ),
    Stage.LOST: (
        "Lost to a competitor on price.",
        "Client chose to build in-house.",
        "Lost: the client cancelled the initiative.",
    ),
    Stage.LEAD: ("Referral from the client's digital director.", "RFP expected next month."),
}


def build_projects(plan: DemoPlan) -> None:
    """Projects over every stage, with dates, budget, probability and PM to match the stage."""
    rng = plan.rng("projects")
    spec = plan.spec
    stages = [stage for stage, n in spec.stage_counts.items() for _ in range(n)]
    rng.shuffle(stages)
    total = len(stages)

    # How many projects each program gets: internal ones one per listed name, others 3+.
    counts = {p.id: 0 for p in plan.programs}
    for program in plan.programs:
        if program.internal:
            counts[program.id] = len(names.INTERNAL_PROGRAMS[program.name])
    external = [p for p in plan.programs if not p.internal]
    base = min(3, (total - sum(counts.values())) // len(external))
    for program in external:
        counts[program.id] = base
    weights = [rng.uniform(0.4, 2.0) for _ in external]
    rest = total - sum(counts.values())
    for program in rng.choices(external, weights=weights, k=rest):
        counts[program.id] += 1

    # Which program each project belongs to, and its stage; internal work is never pipeline.
    slots: list[tuple[DemoProgram, int, Stage]] = []
    for program in plan.programs:
        for k in range(counts[program.id]):
            if program.internal:
                allowed = (Stage.ACTIVE, Stage.CLOSED, Stage.APPROVED, Stage.CLOSING, Stage.ON_HOLD)
                slots.append((program, k, _take_stage(stages, allowed)))
            else:
                slots.append((program, k, stages.pop()))
    # Non-billable warranty or agency-funded work in a few client programs, all different.
    by_program: dict[int, list[int]] = {}
    for i, (program, _, stage) in enumerate(slots):
        if not program.internal and stage in (Stage.ACTIVE, Stage.CLOSING):
            by_program.setdefault(program.id, []).append(i)
    picked = rng.sample(sorted(by_program), min(len(by_program), max(2, total // 100)))
    support = {rng.choice(by_program[program_id]) for program_id in picked}

    drafts: list[DemoProject] = []
    used_names: dict[int, set[str]] = {c.id: set() for c in plan.clients}
    for i, (program, k, stage) in enumerate(slots):
        taken = used_names[program.client_id]
        if program.internal:
            name, kind = names.INTERNAL_PROGRAMS[program.name][k], "internal"
        elif i in support:
            name = rng.choice([n for n in names.NON_BILLABLE_CLIENT_PROJECTS if n not in taken])
            kind = "support"
        else:
            name, kind = _project_name(rng, program, stage)
            while name in taken:
                name, kind = _project_name(rng, program, stage)
        taken.add(name)
        short = kind != "delivery"
        start, end = _project_dates(rng, plan, stage, short)
        weeks = max(1, (end - start).days // 7 + 1)
        rate = rng.randint(5, 12) if short else rng.randint(9, 32)
        budget = min(MAX_BUDGET, max(MIN_BUDGET, weeks * rate * THOUSAND_DOLLARS))
        drafts.append(
            DemoProject(
                id=0,
                program_id=program.id,
                client_id=program.client_id,
                name=name,
                code="",
                stage=stage,
                start_date=start,
                end_date=end,
                budget_cents=budget,
                pm_id=None,
                priority=rng.choices((1, 2, 3, 4, 5), weights=(1, 2.5, 3.5, 2, 1))[0],
                billable=kind not in ("internal", "support"),
                kind=kind,
            )
        )

    # Codes run in start order per client, from a client-specific first number.
    codes = {c.id: c.code for c in plan.clients}
    next_number = {c.id: rng.randint(1, 20) for c in plan.clients}
    for project in sorted(drafts, key=lambda p: (p.client_id, p.start_date, p.program_id)):
        project.code = f"{codes[project.client_id]}-{next_number[project.client_id]:03d}"
        next_number[project.client_id] += 1

    _assign_pms(plan, rng, drafts)
    rows: list[Row] = []
    for project_id, project in enumerate(drafts, 1):
        project.id = project_id
        plan.projects.append(project)
        rows.append(
            {
                "id": project_id,
                "program_id": project.program_id,
                "name": project.name,
                "code": project.code,
                "stage": project.stage.value,
                "win_probability": _win_probability(rng, project.stage),
                "start_date": project.start_date,
                "end_date": project.end_date,
                "budget_cents": project.budget_cents,
                "pm_id": project.pm_id,
                "priority": project.priority,
                "billable": project.billable,
                "description": _project_description(rng, project),
            }
        )
    plan.add_rows(Project, rows)


def _take_stage(stages: list[Stage], allowed: tuple[Stage, ...]) -> Stage:
    for i in range(len(stages) - 1, -1, -1):
        if stages[i] in allowed:
            return stages.pop(i)
    return stages.pop()


def _project_name(rng: random.Random, program: DemoProgram, stage: Stage) -> tuple[str, str]:
    """A client project name and its kind ("delivery" or "discovery")."""
    subjects = names.INDUSTRIES[program.industry][2] + names.GENERIC_SUBJECTS
    discovery = rng.random() < (0.5 if stage is Stage.LEAD else 0.2)
    work = rng.choice(names.DISCOVERY_WORK if discovery else names.DELIVERY_WORK)
    subject = rng.choice(subjects)
    while set(subject.split()) & set(work.split()):  # no "Accessibility Accessibility Audit"
        subject = rng.choice(subjects)
    return f"{subject} {work}", "discovery" if discovery else "delivery"


def _project_dates(
    rng: random.Random, plan: DemoPlan, stage: Stage, short: bool
) -> tuple[date, date]:
    """Monday start and Friday end consistent with the stage, relative to this week.

    ``short`` work (discovery, warranty, internal) runs 4–12 weeks, delivery 8–30 or more.
    """
    ahead = plan.spec.allocation_weeks - plan.spec.weeks_back  # weeks of planning ahead
    lo, hi = (4, 12) if short else (8, 30)
    longest = hi if short else max(hi, ahead + 8)
    if stage is Stage.LEAD:
        start, weeks = rng.randint(3, max(8, ahead // 2)), rng.randint(lo, hi)
    elif stage is Stage.PROPOSAL:
        start, weeks = rng.randint(1, max(6, ahead // 3)), rng.randint(lo, hi)
    elif stage is Stage.APPROVED:
        start, weeks = rng.randint(0, 6), rng.randint(lo, longest)
    elif stage is Stage.ACTIVE:
        start = -rng.randint(2, 8 if short else 40)
        weeks = -start + rng.randint(3, 8 if short else longest)
    elif stage is Stage.CLOSING:  # ends within a few weeks, began at least a month ago
        end = rng.randint(-1, 3)
        weeks = max(rng.randint(lo, 12 if short else 40), end + 5)
        start = end - weeks + 1
    elif stage is Stage.CLOSED:
        end = -rng.randint(2, 60)
        weeks = rng.randint(lo, hi)
        start = end - weeks + 1
    elif stage is Stage.ON_HOLD:
        start = -rng.randint(4, 20)
        weeks = -start + rng.randint(4, 24)
    else:  # lost: the plan that was proposed
        start, weeks = rng.randint(-4, 10), rng.randint(lo, hi)
    first = plan.week_offset(start)
    return first, first + timedelta(weeks=weeks, days=-3)


def _assign_pms(plan: DemoPlan, rng: random.Random, projects: list[DemoProject]) -> None:
    """A PM or SPM for each project (PCs on small ones), balancing live projects per person."""
    people = [p for p in plan.people if p.role is not Role.AD]
    bench = set(plan.bench_ids)
    live: Counter[int] = Counter()
    for project in sorted(projects, key=lambda p: p.start_date):
        big = project.budget_cents >= 600 * THOUSAND_DOLLARS
        small = project.budget_cents <= 150 * THOUSAND_DOLLARS
        candidates = [
            p
            for p in people
            if (
                p.role is Role.SPM
                or (p.role is Role.PM and not big)
                or (p.role is Role.PC and small)
            )
            and (p.start_date <= project.start_date or project.stage in LIVE_STAGES)
            and not (p.id in bench and project.stage in STAFFED_STAGES | {Stage.ON_HOLD})
        ]
        if not candidates:
            candidates = [p for p in people if p.role is Role.SPM and p.id not in bench]
        sample = rng.sample(candidates, min(4, len(candidates)))
        chosen = min(sample, key=lambda p: live[p.id])
        project.pm_id = chosen.id
        if project.stage in LIVE_STAGES:
            live[chosen.id] += 1


def _win_probability(rng: random.Random, stage: Stage) -> int:
    if stage is Stage.LEAD:
        return rng.choice((10, 15, 20, 25, 30))
    if stage is Stage.PROPOSAL:
        return rng.choice((40, 45, 50, 55, 60, 65, 70))
    if stage is Stage.LOST:
        return 0
    return 100


def _project_description(rng: random.Random, project: DemoProject) -> str | None:
    if not project.billable:
        return "Non-billable: agency-funded work, tracked for capacity only."
    notes = _PROJECT_NOTES.get(project.stage)
    if notes and rng.random() < 0.7:
        return rng.choice(notes)
    return None


# ---------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------


def build_milestones(plan: DemoPlan) -> None:
    """3–6 milestones per non-lead project: done in the past, some slipping, some overdue."""
    rng = plan.rng("milestones")
    today = plan.today
    recent = today - timedelta(days=30)
    for project in plan.projects:
        if project.stage is Stage.LEAD:
            continue
        template, anchor = names.MILESTONE_TEMPLATES[project.kind]
        count = rng.randint(3, min(6, len(template)))
        optional = [i for i in range(1, len(template)) if i != anchor]
        picked = sorted([0, anchor, *rng.sample(optional, count - 2)])
        start, end = project.start_date, project.end_date
        span = (end - start).days
        last_index = len(template) - 1
        planned = project.stage in (Stage.PROPOSAL, Stage.LOST)
        for i in picked:
            if i == 0:
                offset = rng.randint(0, 3)
            elif i == last_index:
                offset = span
            else:
                offset = round(span * (i / last_index + rng.uniform(-0.04, 0.04)))
            baseline = _within(start + timedelta(days=offset), start, end)
            slip = 0 if planned else _slip(rng)
            forecast = _within(add_working_days(baseline, slip), start, end)
            actual: date | None = None
            if planned:
                status = MilestoneStatus.PLANNED
            elif forecast < today:
                overdue_odds = 0.35 if project.stage is Stage.ON_HOLD else 0.12
                if (
                    project.stage is not Stage.CLOSED
                    and forecast >= recent
                    and (rng.random() < overdue_odds)
                ):
                    status = MilestoneStatus.AT_RISK
                else:
                    status = MilestoneStatus.DONE
                    late = add_working_days(forecast, rng.choice((0, 0, 0, 1, 2)))
                    actual = _within(min(late, today), start, end)
            elif slip > 10 or (slip > 5 and rng.random() < 0.5) or project.stage is Stage.ON_HOLD:
                status = MilestoneStatus.AT_RISK
            else:
                status = MilestoneStatus.PLANNED
            plan.milestones.append(
                DemoMilestone(
                    id=len(plan.milestones) + 1,
                    project_id=project.id,
                    name=template[i],
                    baseline_date=baseline,
                    forecast_date=forecast,
                    actual_date=actual,
                    status=status,
                )
            )
    _ensure_overdue(plan)
    plan.add_rows(
        Milestone,
        [
            {
                "id": m.id,
                "project_id": m.project_id,
                "name": m.name,
                "baseline_date": m.baseline_date,
                "forecast_date": m.forecast_date,
                "actual_date": m.actual_date,
                "status": m.status.value,
            }
            for m in plan.milestones
        ],
    )


def _within(day: date, start: date, end: date) -> date:
    """``day`` moved into ``start..end`` and off the weekend (``start`` is a Monday)."""
    return max(start, previous_weekday(min(max(day, start), end)))


def _slip(rng: random.Random) -> int:
    """Working days a forecast has slipped: most none, some a little, a few badly."""
    band = rng.choices((0, 1, 2, 3), weights=(55, 25, 12, 8))[0]
    return (0, rng.randint(1, 5), rng.randint(6, 10), rng.randint(11, 20))[band]


def _ensure_overdue(plan: DemoPlan) -> None:
    """Make sure some active work shows overdue milestones (the latest done ones, reopened)."""
    stage = {p.id: p.stage for p in plan.projects}
    overdue = [
        m
        for m in plan.milestones
        if m.status is not MilestoneStatus.DONE
        and m.forecast_date < plan.today
        and stage[m.project_id] in STAFFED_STAGES
    ]
    missing = plan.spec.min_overdue - len(overdue)
    if missing <= 0:
        return
    done = [
        m
        for m in plan.milestones
        if m.status is MilestoneStatus.DONE and stage[m.project_id] is Stage.ACTIVE
    ]
    done.sort(key=lambda m: (m.forecast_date, m.id), reverse=True)
    for milestone in done[:missing]:
        milestone.status = MilestoneStatus.AT_RISK
        milestone.actual_date = None
