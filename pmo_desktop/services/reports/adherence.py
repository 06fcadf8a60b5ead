"""Process adherence: the share of checklist lines ticked per running project, per PM
and for the team, week by week, and one project's checklist grid over some weeks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.adherence import (
    DEFAULT_THRESHOLD,
    Adherence,
    adherence,
    combine,
    project_type,
)
from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.reports.checklist import ChecklistItem, checklist
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_reporting import AdherenceItem, AdherenceItemPeriod, AdherenceTick

#: Stages whose projects follow the process checklist each week.
RUNNING_STAGES: tuple[Stage, ...] = (Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING)


@dataclass(frozen=True, slots=True)
class ProjectAdherence:
    """A running project's adherence over a period, and per week."""

    project_id: int
    project: str
    program: str
    client: str
    pm_id: int | None
    pm: str | None
    project_type: str
    total: Adherence
    weeks: tuple[Adherence, ...]

    def below(self, threshold: int = DEFAULT_THRESHOLD) -> bool:
        """True when the period's adherence is under ``threshold`` %."""
        return self.total.below(threshold)


@dataclass(frozen=True, slots=True)
class PmAdherence:
    """A PM's adherence over their running projects."""

    pm_id: int
    pm: str
    projects: int
    total: Adherence
    weeks: tuple[Adherence, ...]


@dataclass(frozen=True, slots=True)
class AdherenceReport:
    """Adherence per project and per PM over ``weeks`` (oldest first)."""

    weeks: tuple[date, ...]
    projects: tuple[ProjectAdherence, ...]
    pms: tuple[PmAdherence, ...]
    team_weeks: tuple[Adherence, ...]


def period_weeks(today: date, count: int, *, include_current: bool = False) -> list[date]:
    """The ``count`` week Mondays ending with last week (or this week), oldest first."""
    last = monday_of(today) - (timedelta(0) if include_current else timedelta(weeks=1))
    return [last - timedelta(weeks=i) for i in range(count - 1, -1, -1)]


def adherence_report(
    session: Session, weeks: Sequence[date], *, project_ids: Sequence[int] | None = None
) -> AdherenceReport:
    """Adherence of running projects (active during each week) per project, PM and team."""
    weeks = tuple(sorted(monday_of(w) for w in weeks))
    # Lines expected per project type and week: each counts in the weeks of its periods
    # (from when it was added or reactivated until the week it was retired).
    expected_items: dict[tuple[str, date], int] = defaultdict(int)
    for item in checklist(session):
        for week in weeks:
            if item.counts_in(week):
                expected_items[(item.project_type, week)] += 1
    pm = aliased(Person)
    stmt = (
        select(
            Project.id,
            Project.name,
            Program.name,
            Client.name,
            Project.pm_id,
            pm.name,
            Project.billable,
            Project.start_date,
            Project.end_date,
        )
        .join(Program, Project.program_id == Program.id)
        .join(Client, Program.client_id == Client.id)
        .outerjoin(pm, Project.pm_id == pm.id)
        .where(Project.stage.in_(RUNNING_STAGES))
        .order_by(Client.name, Program.name, Project.name, Project.id)
    )
    if project_ids is not None:
        stmt = stmt.where(Project.id.in_(list(project_ids)))
    projects = session.execute(stmt).all()
    # Ticks of each project's own active checklist, counted per week in SQL.
    ticks: dict[tuple[int, date], int] = {}
    if weeks and projects:
        own_type = case((Project.billable.is_(True), "delivery"), else_="internal")
        tick_stmt = (
            select(AdherenceTick.project_id, AdherenceTick.week, func.count())
            .join(AdherenceItem, AdherenceTick.item_id == AdherenceItem.id)
            .join(Project, AdherenceTick.project_id == Project.id)
            .where(
                AdherenceTick.week >= weeks[0],
                AdherenceTick.week <= weeks[-1],
                _counts_in_tick_week(),
                AdherenceItem.project_type == own_type,
                Project.stage.in_(RUNNING_STAGES),
            )
            .group_by(AdherenceTick.project_id, AdherenceTick.week)
        )
        if project_ids is not None:
            tick_stmt = tick_stmt.where(AdherenceTick.project_id.in_(list(project_ids)))
        for pid, week, count in session.execute(tick_stmt):
            ticks[(pid, week)] = int(count)
    spans = [(week, week + timedelta(days=6)) for week in weeks]
    nothing = Adherence(0, 0)
    rows: list[ProjectAdherence] = []
    for pid, name, program, client, pm_id, pm_name, billable, start, end in projects:
        kind = project_type(bool(billable))
        per_week = [
            adherence(expected_items[(kind, week)], 1, ticks.get((pid, week), 0))
            if (start is None or end_of_week >= start) and (end is None or week <= end)
            else nothing
            for week, end_of_week in spans
        ]
        rows.append(
            ProjectAdherence(
                pid, name, program, client, pm_id, pm_name, kind, combine(per_week), tuple(per_week)
            )
        )
    by_pm: dict[int, list[ProjectAdherence]] = defaultdict(list)
    for row in rows:
        if row.pm_id is not None:
            by_pm[row.pm_id].append(row)
    pms = [
        PmAdherence(
            pm_id,
            group[0].pm or "",
            len(group),
            combine(r.total for r in group),
            tuple(combine(r.weeks[i] for r in group) for i in range(len(weeks))),
        )
        for pm_id, group in by_pm.items()
    ]
    pms.sort(key=lambda p: (p.pm.casefold(), p.pm_id))
    team = tuple(combine(r.weeks[i] for r in rows) for i in range(len(weeks)))
    return AdherenceReport(weeks, tuple(rows), tuple(pms), team)


def _counts_in_tick_week() -> ColumnElement[bool]:
    """SQL: the ticked item counts in the tick's week (the rule of ``item_counts``: one of
    its periods holds the week)."""
    period = AdherenceItemPeriod
    return (
        select(period.id)
        .where(
            period.item_id == AdherenceTick.item_id,
            or_(period.counts_from.is_(None), AdherenceTick.week >= period.counts_from),
            or_(period.retired_from.is_(None), AdherenceTick.week < period.retired_from),
        )
        .exists()
    )


def combine_all(report: AdherenceReport) -> Adherence:
    """The team's adherence over the whole period."""
    return combine(report.team_weeks)


@dataclass(frozen=True, slots=True)
class ChecklistWeek:
    """The checklist grid of one project for some weeks: items × weeks, ticked or not.
    ``items`` are the lines that count in at least one of the weeks."""

    project_id: int
    items: tuple[ChecklistItem, ...]
    weeks: tuple[date, ...]
    ticked: frozenset[tuple[int, date]]

    def counts(self, item: ChecklistItem, week: date) -> bool:
        """True when ``item`` is on the checklist in ``week`` (a cell that can be ticked)."""
        return item.counts_in(week)


def project_checklist(session: Session, project_id: int, weeks: Sequence[date]) -> ChecklistWeek:
    """The checklist of a project's type in ``weeks`` (lines that count in any of them) and
    its ticks."""
    billable = session.scalar(select(Project.billable).where(Project.id == project_id))
    if billable is None:
        raise ValidationError("that project no longer exists", "project")
    weeks = tuple(sorted(monday_of(w) for w in weeks))
    items = [
        i
        for i in checklist(session, project_type(bool(billable)))
        if any(i.counts_in(w) for w in weeks)
    ]
    ticked = frozenset(
        (item_id, week)
        for item_id, week in session.execute(
            select(AdherenceTick.item_id, AdherenceTick.week).where(
                AdherenceTick.project_id == project_id,
                AdherenceTick.week.in_(weeks),
            )
        )
    )
    return ChecklistWeek(project_id, tuple(items), weeks, ticked)
