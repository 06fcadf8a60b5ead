"""The demo's shape: sizes, the in-memory plan every area adds its rows to, and its records."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.store.models import (
    Allocation,
    Client,
    Milestone,
    Person,
    Program,
    Project,
    TimeOff,
)

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

THOUSAND_DOLLARS = 100_000  # in cents
MIN_BUDGET = 40 * THOUSAND_DOLLARS
MAX_BUDGET = 1_200 * THOUSAND_DOLLARS
MAX_CONCURRENT = 4  # projects one person is on in a week


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
