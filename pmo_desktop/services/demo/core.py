"""The demo portfolio: a believable agency team, pipeline, milestones, staffing and leave.

``generate`` builds everything in memory first (a ``DemoPlan``), one function per area, each
with its own random stream derived from the seed, so an area added later does not change
what the earlier areas produce. The plan is then written in one transaction with Core bulk
inserts and explicit ids. Every date is relative to the Monday of ``today``'s week, so the
demo always looks current; the same seed and ``today`` always give the same rows.
"""

from __future__ import annotations

import random
import string
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.demo import names
from pmo_desktop.services.demo.dates import add_working_days, previous_weekday, public_holidays
from pmo_desktop.services.demo.people import people as people_demo
from pmo_desktop.services.demo.pipeline import pipeline as pipeline_demo
from pmo_desktop.services.demo.raid import raid as raid_demo
from pmo_desktop.services.demo.reporting import issue_status_reports
from pmo_desktop.services.demo.reporting import reporting as reporting_demo
from pmo_desktop.services.demo.staffing import staffing as staffing_demo
from pmo_desktop.store.models import (
    Allocation,
    Client,
    Milestone,
    Person,
    Program,
    Project,
    TimeOff,
)
from pmo_desktop.store.schema import sync_id_sequences

Row = dict[str, Any]

#: The tables whose rows make a portfolio non-empty for the demo.
CORE_MODELS: tuple[type[Any], ...] = (
    Person,
    Client,
    Program,
    Project,
    Milestone,
    Allocation,
    TimeOff,
)

#: Stages whose projects carry confirmed allocations; pipeline stages carry tentative ones.
STAFFED_STAGES = frozenset({Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING})
PIPELINE_STAGES = frozenset({Stage.LEAD, Stage.PROPOSAL})
LIVE_STAGES = STAFFED_STAGES | PIPELINE_STAGES | {Stage.ON_HOLD}

_THOUSAND_DOLLARS = 100_000  # in cents
_MIN_BUDGET = 40 * _THOUSAND_DOLLARS
_MAX_BUDGET = 1_200 * _THOUSAND_DOLLARS
_MAX_CONCURRENT = 4  # projects one person is on in a week


@dataclass(frozen=True)
class DemoStats:
    """How many rows the demo wrote, per table."""

    people: int
    clients: int
    programs: int
    projects: int
    milestones: int
    allocations: int
    time_off: int


@dataclass(frozen=True)
class SizeSpec:
    """The shape of one demo size."""

    name: str
    pcs: int
    pms: int
    spms: int
    #: SPMs who manage part of the team and report to the AD; 0 = everyone reports to the AD.
    group_leads: int
    external_clients: int
    internal_client: bool
    programs: int
    stage_counts: dict[Stage, int]
    allocation_weeks: int
    weeks_back: int
    joiners: int
    part_timers: int
    bench: int
    over_allocated: int
    #: Possible numbers of concurrent projects per role.
    load: dict[Role, tuple[int, ...]]
    vacations: tuple[int, ...]
    min_overdue: int


SIZES: dict[str, SizeSpec] = {
    "small": SizeSpec(
        name="small",
        pcs=4,
        pms=5,
        spms=3,
        group_leads=0,
        external_clients=4,
        internal_client=False,
        programs=8,
        stage_counts={
            Stage.LEAD: 4,
            Stage.PROPOSAL: 4,
            Stage.APPROVED: 3,
            Stage.ACTIVE: 9,
            Stage.CLOSING: 3,
            Stage.CLOSED: 4,
            Stage.ON_HOLD: 1,
            Stage.LOST: 2,
        },
        allocation_weeks=26,
        weeks_back=8,
        joiners=2,
        part_timers=2,
        bench=1,
        over_allocated=2,
        load={Role.PC: (2, 3, 3, 4), Role.PM: (2, 2, 3), Role.SPM: (1, 2, 2, 3), Role.AD: (2,)},
        vacations=(0, 0, 1, 1),
        min_overdue=2,
    ),
    "large": SizeSpec(
        name="large",
        pcs=60,
        pms=84,
        spms=55,
        group_leads=9,
        external_clients=59,
        internal_client=True,
        programs=150,
        stage_counts={
            Stage.LEAD: 110,
            Stage.PROPOSAL: 110,
            Stage.APPROVED: 90,
            Stage.ACTIVE: 330,
            Stage.CLOSING: 80,
            Stage.CLOSED: 190,
            Stage.ON_HOLD: 40,
            Stage.LOST: 50,
        },
        allocation_weeks=52,
        weeks_back=8,
        joiners=8,
        part_timers=14,
        bench=8,
        over_allocated=10,
        load={Role.PC: (3, 4, 4), Role.PM: (3, 3, 4), Role.SPM: (2, 3, 3, 4), Role.AD: (2,)},
        vacations=(0, 1, 1, 2, 2, 3),
        min_overdue=10,
    ),
}


@dataclass(slots=True)
class DemoPerson:
    """A generated person, as later areas need them."""

    id: int
    name: str
    role: Role
    weekly_hours: float
    start_date: date
    manager_id: int | None


@dataclass(slots=True)
class DemoClient:
    """A generated client."""

    id: int
    name: str
    code: str
    industry: str
    internal: bool


@dataclass(slots=True)
class DemoProgram:
    """A generated program."""

    id: int
    client_id: int
    name: str
    industry: str
    internal: bool


@dataclass(slots=True)
class DemoProject:
    """A generated project."""

    id: int
    program_id: int
    client_id: int
    name: str
    code: str
    stage: Stage
    start_date: date
    end_date: date
    budget_cents: int
    pm_id: int | None
    priority: int
    billable: bool
    #: "delivery", "discovery", "support" (warranty, non-billable) or "internal".
    kind: str


@dataclass(slots=True)
class DemoMilestone:
    """A generated milestone."""

    id: int
    project_id: int
    name: str
    baseline_date: date
    forecast_date: date
    actual_date: date | None
    status: MilestoneStatus


@dataclass
class DemoPlan:
    """Everything the demo will write, built area by area before one transaction.

    Areas read what earlier areas made (``people``, ``projects``…) and queue their rows with
    ``add_rows`` in foreign-key order.
    """

    spec: SizeSpec
    seed: int
    today: date
    people: list[DemoPerson] = field(default_factory=list)
    clients: list[DemoClient] = field(default_factory=list)
    programs: list[DemoProgram] = field(default_factory=list)
    projects: list[DemoProject] = field(default_factory=list)
    milestones: list[DemoMilestone] = field(default_factory=list)
    allocations: int = 0
    time_off: int = 0
    #: People picked for a story: on the bench, over-allocated, recently joined.
    bench_ids: list[int] = field(default_factory=list)
    over_allocated_ids: list[int] = field(default_factory=list)
    joiner_ids: list[int] = field(default_factory=list)
    #: Working days off per (person id, week Monday), from leave and public holidays.
    days_off: Counter[tuple[int, date]] = field(default_factory=Counter)
    inserts: list[tuple[type[Any], list[Row]]] = field(default_factory=list)

    @property
    def monday(self) -> date:
        """The Monday of ``today``'s week: every demo date is placed relative to it."""
        return monday_of(self.today)

    @property
    def weeks(self) -> list[date]:
        """The weeks of the staffing window, oldest first."""
        first = self.monday - timedelta(weeks=self.spec.weeks_back)
        return [first + timedelta(weeks=i) for i in range(self.spec.allocation_weeks)]

    def rng(self, area: str) -> random.Random:
        """The random stream of one area, derived from the seed and the size only."""
        return random.Random(f"pmo-demo/{self.seed}/{self.spec.name}/{area}")

    def add_rows(self, model: type[Any], rows: list[Row]) -> None:
        """Queue rows for a bulk insert into ``model``'s table (after what is queued)."""
        if rows:
            self.inserts.append((model, rows))

    def week_offset(self, weeks: int) -> date:
        """The Monday ``weeks`` weeks after this week's (before it if negative)."""
        return self.monday + timedelta(weeks=weeks)


def generate(
    engine: Engine, *, size: str = "small", seed: int = 1, today: date | None = None
) -> DemoStats:
    """Fill an empty portfolio with a realistic demo team and portfolio; return the counts.

    ``size`` is ``"small"`` (an AD and a 12-person team, 4 clients, ~30 projects) or
    ``"large"`` (200 people, 60 clients, 1,000 projects, a year of staffing). The output
    depends only on ``size``, ``seed`` and ``today`` (default: the current date). Raises
    ``ValidationError`` for an unknown size or a portfolio that is not empty, writing nothing.
    """
    spec = SIZES.get(size)
    if spec is None:
        raise ValidationError(f"unknown demo size {size!r}: use 'small' or 'large'", "size")
    plan = build_plan(spec, seed, today or date.today())
    with engine.begin() as conn:
        if not portfolio_is_empty(conn):
            raise ValidationError("the demo needs an empty portfolio")
        for model, rows in plan.inserts:
            conn.execute(insert(model), rows)
        sync_id_sequences(conn)  # rows went in with their ids; the services add more
        issue_status_reports(conn, plan)  # built by the services from the rows just written
    return DemoStats(
        people=len(plan.people),
        clients=len(plan.clients),
        programs=len(plan.programs),
        projects=len(plan.projects),
        milestones=len(plan.milestones),
        allocations=plan.allocations,
        time_off=plan.time_off,
    )


def build_plan(spec: SizeSpec, seed: int, today: date) -> DemoPlan:
    """Build the whole demo in memory, area by area, without touching a database."""
    plan = DemoPlan(spec=spec, seed=seed, today=today)
    _people(plan)
    _clients_and_programs(plan)
    _projects(plan)
    _milestones(plan)
    _time_off(plan)
    _allocations(plan)
    staffing_demo(plan)
    raid_demo(plan)
    people_demo(plan)
    pipeline_demo(plan)
    reporting_demo(plan)
    return plan


def portfolio_is_empty(conn: Connection) -> bool:
    """True when none of the core tables holds a row."""
    return all(conn.execute(select(model.id).limit(1)).first() is None for model in CORE_MODELS)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


def _people(plan: DemoPlan) -> None:
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


# ---------------------------------------------------------------------------------------------
# Clients and programs
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _ClientDraft:
    name: str
    code: str
    industry: str
    notes: str | None
    programs: list[str]
    internal: bool = False


def _clients_and_programs(plan: DemoPlan) -> None:
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


def _projects(plan: DemoPlan) -> None:
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
        budget = min(_MAX_BUDGET, max(_MIN_BUDGET, weeks * rate * _THOUSAND_DOLLARS))
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
        big = project.budget_cents >= 600 * _THOUSAND_DOLLARS
        small = project.budget_cents <= 150 * _THOUSAND_DOLLARS
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


def _milestones(plan: DemoPlan) -> None:
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


# ---------------------------------------------------------------------------------------------
# Time off
# ---------------------------------------------------------------------------------------------

#: Notes for short (1–3 working days) and long leave; None leaves the note empty.
_SHORT_LEAVE_NOTES = (None, None, "Long weekend", "Moving house", "Family event")
_LONG_LEAVE_NOTES = (None, None, "Family trip", "Wedding", "Trip abroad")


def _time_off(plan: DemoPlan) -> None:
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


# ---------------------------------------------------------------------------------------------
# Allocations
# ---------------------------------------------------------------------------------------------


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


def _allocations(plan: DemoPlan) -> None:
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
        cap.append(min(8, 2 + project.budget_cents // (150 * _THOUSAND_DOLLARS)))
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
                    if not others and len(load.current) >= _MAX_CONCURRENT:
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
