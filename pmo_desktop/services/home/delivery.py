"""Home's delivery tiles: program health, milestones due, capacity, billability, escalations
and process adherence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.adherence import DEFAULT_THRESHOLD, percent_label
from pmo_desktop.domain.enums import MilestoneStatus, Rag
from pmo_desktop.domain.risk import SEVERITY_LABELS
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.area_filter import AreaFilter
from pmo_desktop.services.home.tiles import (
    BAD,
    FINISHED,
    GOOD,
    NEUTRAL,
    SEVERE,
    UNDER_CAPACITY,
    WARN,
    Tile,
    TileLine,
    cut,
    plural,
)
from pmo_desktop.services.pipeline import health as health_service
from pmo_desktop.services.raid import escalations as raid_escalations
from pmo_desktop.services.reports import adherence as reports_adherence
from pmo_desktop.services.staffing import actuals as staffing_actuals
from pmo_desktop.services.staffing import grid as staffing_service
from pmo_desktop.store.models import Allocation, Milestone, Project

_RAG_TONE = {Rag.RED: BAD, Rag.AMBER: WARN, Rag.GREEN: GOOD}
_RAG_ORDER = {Rag.RED: 0, Rag.AMBER: 1, Rag.GREEN: 2}


def programs_tile(session: Session, today: date) -> Tile:
    """Programs by health (Red first) with the reason of the overall verdict."""
    health = health_service.portfolio_health(session, today)
    rows = [p for p in health.programs if p.health.health.overall.rag is not None]
    rows.sort(key=lambda p: (_RAG_ORDER[p.health.health.overall.rag or Rag.GREEN], p.name))
    counts: dict[Rag, int] = defaultdict(int)
    lines = []
    for p in rows:
        rag = p.health.health.overall.rag or Rag.GREEN
        counts[rag] += 1
        lines.append(
            TileLine(f"{p.name} ({p.client})", p.health.health.overall.why, _RAG_TONE[rag], p.id)
        )
    shown, more = cut(lines)
    tone = BAD if counts[Rag.RED] else WARN if counts[Rag.AMBER] else GOOD
    flagged = frozenset(p.id for p in rows if p.health.health.overall.rag in (Rag.RED, Rag.AMBER))
    area_filter = (
        AreaFilter(
            f"{plural(len(flagged), 'program')} Red or Amber, with their Red or Amber projects",
            program_ids=flagged,
            rags=frozenset({Rag.RED.value, Rag.AMBER.value}),
        )
        if flagged
        else None
    )
    return Tile(
        "programs",
        "Programs by health",
        f"{counts[Rag.RED]} red · {counts[Rag.AMBER]} amber",
        f"{counts[Rag.GREEN]} green of {len(rows)} assessed",
        tone,
        shown,
        "health",
        more,
        area_filter,
    )


def milestones_tile(session: Session, today: date, days: int = 14) -> Tile:
    """Milestones due in the next ``days`` days (and overdue ones), soonest first."""
    end = today + timedelta(days=days)
    stmt = (
        select(
            Milestone.id,
            Milestone.name,
            Project.id,
            Project.name,
            Milestone.baseline_date,
            Milestone.forecast_date,
            Milestone.status,
        )
        .join(Project, Milestone.project_id == Project.id)
        .where(
            Milestone.actual_date.is_(None),
            Milestone.status != MilestoneStatus.DONE,
            Project.stage.not_in(FINISHED),
            Milestone.forecast_date <= end,
            Milestone.forecast_date >= today - timedelta(days=days),
        )
        .order_by(Milestone.forecast_date, Milestone.id)
    )
    lines = []
    overdue = 0
    for _mid, name, pid, project, baseline, forecast, status in session.execute(stmt):
        slip = (forecast - baseline).days
        late = forecast < today
        overdue += late
        tone = BAD if late else WARN if status is MilestoneStatus.AT_RISK or slip > 0 else GOOD
        when = "overdue since" if late else "due"
        detail = f"{when} {forecast:%a %d %b}" + (f" · slipped {slip} d" if slip > 0 else "")
        lines.append(TileLine(f"{name} — {project}", detail, tone, pid))
    lines.sort(key=lambda line: (line.tone != BAD,))
    shown, more = cut(lines)
    upcoming = len(lines) - overdue
    projects = frozenset(line.target_id for line in lines if line.target_id is not None)
    area_filter = (
        AreaFilter(
            f"{plural(len(projects), 'project')} with milestones due in the next {days} days "
            "or overdue",
            project_ids=projects,
        )
        if projects
        else None
    )
    return Tile(
        "milestones",
        "Milestones, next 14 days",
        f"{upcoming} due",
        f"{overdue} overdue" if overdue else "none overdue",
        BAD if overdue else WARN if any(line.tone == WARN for line in lines) else GOOD,
        shown,
        "pipeline",
        more,
        area_filter,
    )


def capacity_tile(
    session: Session,
    today: date,
    weeks_ahead: int = 4,
    team: staffing_actuals.TeamBillability | None = None,
) -> Tile:
    """People over capacity in any of the next weeks, or well under it over the period.

    ``team`` (billability read over these weeks) saves reading capacities a second time."""
    weeks = [monday_of(today) + timedelta(weeks=i) for i in range(weeks_ahead)]
    if team is not None:
        staff = [(p.person_id, p.name) for p in team.people]
        wanted = set(weeks)
        capacity: Mapping[tuple[int, date], float] = {
            (p.person_id, w.week): w.available_hours
            for p in team.people
            for w in p.weeks
            if w.week in wanted
        }
    else:
        people = staffing_service.list_staff(session)
        staff = [(p.id, p.name) for p in people]
        capacity = staffing_service.capacities(session, people, weeks)
    hours: dict[tuple[int, date], float] = defaultdict(float)
    for pid, week, total in session.execute(
        select(Allocation.person_id, Allocation.week, func.sum(Allocation.hours))
        .where(Allocation.week >= weeks[0], Allocation.week <= weeks[-1])
        .group_by(Allocation.person_id, Allocation.week)
    ):
        hours[(pid, week)] = float(total or 0)
    over: list[TileLine] = []
    under: list[TileLine] = []
    for person_id, name in staff:
        worst = max(
            ((hours[(person_id, w)] - capacity.get((person_id, w), 0.0), w) for w in weeks),
            key=lambda t: t[0],
        )
        if worst[0] > 0.5:
            cap = capacity.get((person_id, worst[1]), 0.0)
            pct = f"{100 * hours[(person_id, worst[1])] / cap:.0f} %" if cap else "no capacity"
            over.append(TileLine(name, f"{pct} in week of {worst[1]:%d %b}", BAD, person_id))
            continue
        total_cap = sum(capacity.get((person_id, w), 0.0) for w in weeks)
        total = sum(hours[(person_id, w)] for w in weeks)
        if total_cap > 0 and total < UNDER_CAPACITY * total_cap:
            under.append(
                TileLine(name, f"{100 * total / total_cap:.0f} % allocated", WARN, person_id)
            )
    shown, more = cut(over + under)
    flagged = frozenset(line.target_id for line in over + under if line.target_id is not None)
    area_filter = (
        AreaFilter(
            f"{plural(len(flagged), 'person', 'people')} over or under capacity, "
            f"weeks of {weeks[0]:%d %b} to {weeks[-1]:%d %b}",
            person_ids=flagged,
            weeks=tuple(weeks),
        )
        if flagged
        else None
    )
    return Tile(
        "capacity",
        "Capacity, next 4 weeks",
        f"{len(over)} over · {len(under)} under",
        f"of {len(staff)} people",
        BAD if over else WARN if under else GOOD,
        shown,
        "staffing",
        more,
        area_filter,
    )


def team_billability(session: Session, today: date) -> staffing_actuals.TeamBillability:
    """Billability of the last four weeks and the next four (the staffing service)."""
    this_week = monday_of(today)
    weeks = [this_week + timedelta(weeks=i) for i in range(-4, 4)]
    return staffing_actuals.billability(session, weeks, today)


def billability_tile(
    session: Session, today: date, team: staffing_actuals.TeamBillability | None = None
) -> Tile:
    """Team billable utilization of the last four weeks against target, the forecast of the
    next four, and the people furthest below their own target."""
    this_week = monday_of(today)
    past = [this_week - timedelta(weeks=i) for i in range(4, 0, -1)]
    ahead = [this_week + timedelta(weeks=i) for i in range(4)]
    result = team if team is not None else team_billability(session, today)
    target = result.target

    def pct(billable: float, available: float) -> float | None:
        return 100 * billable / available if available else None

    def util(weeks: list[date]) -> float | None:
        chosen = [w for w in result.weeks if w.week in set(weeks)]
        return pct(sum(w.billable_hours for w in chosen), sum(w.available_hours for w in chosen))

    def series(weeks: list[date]) -> str:
        values = [
            pct(w.billable_hours, w.available_hours) for w in result.weeks if w.week in set(weeks)
        ]
        return " · ".join("–" if v is None else f"{v:.0f}" for v in values) + " %"

    actual, forecast = util(past), util(ahead)
    lines = [
        TileLine("Last 4 weeks, week by week", series(past), NEUTRAL),
        TileLine(
            "Next 4 weeks, as planned",
            series(ahead),
            NEUTRAL if forecast is None else GOOD if forecast >= target else WARN,
        ),
    ]
    below = []
    for person in result.people:
        chosen = [w for w in person.weeks if w.week in set(past)]
        share = pct(sum(w.billable_hours for w in chosen), sum(w.available_hours for w in chosen))
        if share is not None and share < person.target - 10:
            below.append((share - person.target, person, share))
    below.sort(key=lambda t: (t[0], t[1].name))
    for _, person, share in below:
        lines.append(
            TileLine(
                person.name,
                f"{share:.0f} % billable vs target {person.target} %",
                WARN,
                person.person_id,
            )
        )
    shown, more = cut(lines)
    low = frozenset(person.person_id for _, person, _ in below)
    area_filter = (
        AreaFilter(
            f"{plural(len(low), 'person', 'people')} more than 10 points below their "
            "billable target, last 4 weeks",
            person_ids=low,
            weeks=tuple(past),
        )
        if low
        else None
    )
    value = "–" if actual is None else f"{actual:.0f} %"
    caption = f"target {target:.0f} % · forecast " + (
        "–" if forecast is None else f"{forecast:.0f} %"
    )
    tone = NEUTRAL if actual is None else GOOD if actual >= target else WARN
    if actual is not None and actual < target - 10:
        tone = BAD
    return Tile(
        "billability",
        "Team billability, last 4 weeks",
        value,
        caption,
        tone,
        shown,
        "billability",
        more,
        area_filter,
    )


def escalations_tile(session: Session) -> Tile:
    """Open escalations, most severe first."""
    rows = [r for r in raid_escalations.list_escalations(session) if r.status.is_open]
    rows.sort(key=lambda r: (r.severity, r.raised_on, r.id))  # 1 is the most severe
    lines = [
        TileLine(
            r.title,
            f"{SEVERITY_LABELS.get(r.severity, r.severity)} · "
            f"{r.project or r.program or r.client or 'team'} · since {r.raised_on:%d %b}",
            BAD if r.severity <= SEVERE else WARN,
            r.id,
        )
        for r in rows
    ]
    shown, more = cut(lines)
    area_filter = (
        AreaFilter(
            f"{plural(len(rows), 'open escalation')}",
            escalation_ids=frozenset(r.id for r in rows),
        )
        if rows
        else None
    )
    return Tile(
        "escalations",
        "Open escalations",
        str(len(rows)),
        f"{sum(1 for r in rows if r.severity <= SEVERE)} critical or high",
        BAD if any(r.severity <= SEVERE for r in rows) else WARN if rows else GOOD,
        shown,
        "escalations",
        more,
        area_filter,
    )


def adherence_tile(session: Session, today: date, threshold: int = DEFAULT_THRESHOLD) -> Tile:
    """Running projects under the adherence threshold over the last four weeks."""
    period = reports_adherence.period_weeks(today, 4)
    report = reports_adherence.adherence_report(session, period)
    low = [p for p in report.projects if p.below(threshold)]
    low.sort(key=lambda p: (p.total.percent or 0.0, p.project))
    lines = [
        TileLine(p.project, f"{percent_label(p.total)} · PM {p.pm or 'none'}", BAD, p.project_id)
        for p in low
    ]
    team = reports_adherence.combine_all(report)
    shown, more = cut(lines)
    area_filter = (
        AreaFilter(
            f"{plural(len(low), 'project')} below {threshold} % adherence over 4 weeks",
            project_ids=frozenset(p.project_id for p in low),
            weeks=tuple(period),
        )
        if low
        else None
    )
    return Tile(
        "adherence",
        f"Process adherence below {threshold} %",
        str(len(low)),
        f"team {percent_label(team)} over 4 weeks",
        BAD if low else GOOD,
        shown,
        "adherence",
        more,
        area_filter,
    )
