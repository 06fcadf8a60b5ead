"""Evidence for an evaluation: what a period offers (1:1 notes, feedback, goal results,
milestones delivered on projects the person manages, planned billable utilization), as
items a rating can have attached. An attached item keeps the text it showed, so the PDF
prints it even when the source is later edited or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus
from pmo_desktop.domain.people import EvidenceKind
from pmo_desktop.domain.rating import period_range
from pmo_desktop.services.people.one_on_ones import notes_summary
from pmo_desktop.store.models import Milestone, Project
from pmo_desktop.store.models_people import Feedback, Goal, OneOnOne


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """A piece of evidence: in the panel (not yet attached) or attached to a rating."""

    kind: EvidenceKind
    day: date | None
    label: str
    one_on_one_id: int | None = None
    feedback_id: int | None = None
    goal_id: int | None = None
    milestone_id: int | None = None
    link_id: int | None = None


def evidence_panel(session: Session, person_id: int, period: str) -> list[EvidenceItem]:
    """What the period offers as evidence: 1:1 notes, feedback, goal results, milestones
    delivered on projects the person manages, and planned billable utilization."""
    start, end = period_range(period)
    items: list[EvidenceItem] = []
    for mid, day, notes in session.execute(
        select(OneOnOne.id, OneOnOne.day, OneOnOne.notes)
        .where(OneOnOne.person_id == person_id, OneOnOne.day.between(start, end))
        .order_by(OneOnOne.day)
    ):
        summary = notes_summary(notes, 200)
        if summary:
            items.append(
                EvidenceItem(
                    EvidenceKind.ONE_ON_ONE, day, f"1:1 notes: {summary}", one_on_one_id=mid
                )
            )
    for fid, day, kind, situation, behaviour, impact in session.execute(
        select(
            Feedback.id,
            Feedback.day,
            Feedback.kind,
            Feedback.situation,
            Feedback.behaviour,
            Feedback.impact,
        )
        .where(Feedback.person_id == person_id, Feedback.day.between(start, end))
        .order_by(Feedback.day)
    ):
        parts = [p for p in (situation, behaviour, impact) if p]
        label = f"{kind.label}: " + " — ".join(parts)
        items.append(EvidenceItem(EvidenceKind.FEEDBACK, day, label, feedback_id=fid))
    for gid, title, due, progress, status, result in session.execute(
        select(Goal.id, Goal.title, Goal.due_date, Goal.progress, Goal.status, Goal.result)
        .where(Goal.person_id == person_id, Goal.start_date <= end, Goal.due_date >= start)
        .order_by(Goal.due_date)
    ):
        outcome = result or f"{progress}% done, {status.label.lower()}"
        items.append(
            EvidenceItem(EvidenceKind.GOAL, due, f"Goal: {title} — {outcome}", goal_id=gid)
        )
    for msid, name, project, actual in session.execute(
        select(Milestone.id, Milestone.name, Project.name, Milestone.actual_date)
        .join(Project, Milestone.project_id == Project.id)
        .where(
            Project.pm_id == person_id,
            Milestone.status == MilestoneStatus.DONE,
            Milestone.actual_date.between(start, end),
        )
        .order_by(Milestone.actual_date)
    ):
        items.append(
            EvidenceItem(
                EvidenceKind.MILESTONE, actual, f"Delivered {name} ({project})", milestone_id=msid
            )
        )
    utilization = _utilization(session, person_id, start, end)
    if utilization is not None:
        items.append(EvidenceItem(EvidenceKind.UTILIZATION, end, utilization))
    return items


def _utilization(session: Session, person_id: int, start: date, end: date) -> str | None:
    from pmo_desktop.domain.weeks import monday_of
    from pmo_desktop.services.staffing.actuals import billability

    weeks = []
    week = monday_of(start)
    while week <= end:
        weeks.append(week)
        week += timedelta(days=7)
    team = billability(session, weeks, date.today())
    for person in team.people:
        if person.person_id == person_id and person.available_hours > 0:
            pct = person.utilization
            if pct is None or person.billable_hours <= 0:
                return None
            return (
                f"Billable utilization {pct:.0f}% against a {person.target}% target "
                f"({person.billable_hours:,.0f} of {person.available_hours:,.0f} available hours)"
            )
    return None
