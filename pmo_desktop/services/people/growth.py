"""People use cases for growth: SMART goals, the feedback log and team OKRs.

Onboarding plans and their template live in ``onboarding``. Each change returns what its
undo needs (the previous row, or the new id to delete).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import GoalStatus, objective_score
from pmo_desktop.domain.people import FeedbackKind
from pmo_desktop.domain.rating import check_period
from pmo_desktop.services.people.one_on_ones import clean_text
from pmo_desktop.services.people.team import person_header
from pmo_desktop.store.models import Person, Project
from pmo_desktop.store.models_people import (
    Feedback,
    Goal,
    KeyResult,
    TeamObjective,
)

# ------------------------------------------------------------------------------ goals


@dataclass(frozen=True, slots=True)
class GoalRow:
    """A SMART goal of one person."""

    id: int
    person_id: int
    title: str
    measure: str | None
    target: str | None
    start_date: date
    due_date: date
    progress: int
    status: GoalStatus
    result: str | None


@dataclass(frozen=True, slots=True)
class GoalInput:
    """What a goal editor submits."""

    title: str
    measure: str | None
    target: str | None
    start_date: date
    due_date: date
    progress: int = 0
    status: GoalStatus = GoalStatus.ON_TRACK
    result: str | None = None


def _goal_values(data: GoalInput) -> dict[str, Any]:
    title = clean_text(data.title, "title", "A goal title", required=True)
    if data.due_date < data.start_date:
        raise ValidationError("the due date is before the start date", "due_date")
    if not 0 <= data.progress <= 100:
        raise ValidationError("progress is a percentage from 0 to 100", "progress")
    return {
        "title": title,
        "measure": clean_text(data.measure, "measure", "The measure", required=False),
        "target": clean_text(data.target, "target", "The target", required=False),
        "start_date": data.start_date,
        "due_date": data.due_date,
        "progress": int(data.progress),
        "status": GoalStatus(data.status),
        "result": clean_text(data.result, "result", "The result", required=False),
    }


_GOAL_COLUMNS = (
    Goal.id,
    Goal.person_id,
    Goal.title,
    Goal.measure,
    Goal.target,
    Goal.start_date,
    Goal.due_date,
    Goal.progress,
    Goal.status,
    Goal.result,
)


def goals(session: Session, person_id: int) -> list[GoalRow]:
    """A person's goals, by due date."""
    stmt = select(*_GOAL_COLUMNS).where(Goal.person_id == person_id)
    return [GoalRow(*tuple(r)) for r in session.execute(stmt.order_by(Goal.due_date, Goal.id))]


def add_goal(session: Session, person_id: int, data: GoalInput) -> GoalRow:
    """Add a goal to a person."""
    person_header(session, person_id)
    goal = Goal(person_id=person_id, **_goal_values(data))
    session.add(goal)
    session.flush()
    return _goal_row(session, goal.id)


def _goal_row(session: Session, goal_id: int) -> GoalRow:
    row = session.execute(select(*_GOAL_COLUMNS).where(Goal.id == goal_id)).one_or_none()
    if row is None:
        raise ValidationError("this goal no longer exists", "title")
    return GoalRow(*tuple(row))


def update_goal(session: Session, goal_id: int, data: GoalInput) -> GoalRow:
    """Replace a goal's fields; returns the previous row (for undo)."""
    previous = _goal_row(session, goal_id)
    values = _goal_values(data)
    goal = session.get(Goal, goal_id)
    assert goal is not None
    for key, value in values.items():
        setattr(goal, key, value)
    return previous


def delete_goal(session: Session, goal_id: int) -> GoalRow:
    """Remove a goal; returns it for ``restore_goal``."""
    previous = _goal_row(session, goal_id)
    session.execute(delete(Goal).where(Goal.id == goal_id))
    return previous


def restore_goal(session: Session, row: GoalRow) -> None:
    """Put back a deleted goal (or its previous fields) with the same id."""
    goal = session.get(Goal, row.id)
    values = asdict(row)
    if goal is None:
        session.add(Goal(**values))
    else:
        for key, value in values.items():
            setattr(goal, key, value)


# ---------------------------------------------------------------------------- feedback


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    """One feedback entry in situation-behaviour-impact form."""

    id: int
    person_id: int
    project_id: int | None
    project: str | None
    day: date
    kind: FeedbackKind
    situation: str | None
    behaviour: str
    impact: str | None


@dataclass(frozen=True, slots=True)
class FeedbackInput:
    """What the feedback editor submits."""

    day: date
    kind: FeedbackKind
    behaviour: str
    situation: str | None = None
    impact: str | None = None
    project_id: int | None = None


def feedback(session: Session, person_id: int) -> list[FeedbackRow]:
    """A person's feedback log, newest first."""
    stmt = (
        select(
            Feedback.id,
            Feedback.person_id,
            Feedback.project_id,
            Project.name,
            Feedback.day,
            Feedback.kind,
            Feedback.situation,
            Feedback.behaviour,
            Feedback.impact,
        )
        .outerjoin(Project, Feedback.project_id == Project.id)
        .where(Feedback.person_id == person_id)
        .order_by(Feedback.day.desc(), Feedback.id.desc())
    )
    return [FeedbackRow(*r) for r in session.execute(stmt)]


def _feedback_values(session: Session, data: FeedbackInput) -> dict[str, Any]:
    if data.project_id is not None and session.get(Project, data.project_id) is None:
        raise ValidationError("the project no longer exists", "project")
    return {
        "day": data.day,
        "kind": FeedbackKind(data.kind),
        "situation": clean_text(data.situation, "situation", "The situation", required=False),
        "behaviour": clean_text(data.behaviour, "behaviour", "The behaviour", required=True),
        "impact": clean_text(data.impact, "impact", "The impact", required=False),
        "project_id": data.project_id,
    }


def add_feedback(session: Session, person_id: int, data: FeedbackInput) -> int:
    """Log feedback on a person's work; returns the new entry's id."""
    person_header(session, person_id)
    entry = Feedback(person_id=person_id, **_feedback_values(session, data))
    session.add(entry)
    session.flush()
    return entry.id


def update_feedback(session: Session, feedback_id: int, data: FeedbackInput) -> FeedbackInput:
    """Replace a feedback entry's fields; returns the previous input (for undo)."""
    entry = session.get(Feedback, feedback_id)
    if entry is None:
        raise ValidationError("this feedback entry no longer exists", "behaviour")
    previous = FeedbackInput(
        entry.day, entry.kind, entry.behaviour, entry.situation, entry.impact, entry.project_id
    )
    for key, value in _feedback_values(session, data).items():
        setattr(entry, key, value)
    return previous


def delete_feedback(session: Session, feedback_id: int) -> tuple[int, FeedbackInput]:
    """Remove a feedback entry; returns (person id, fields) for ``restore_feedback``."""
    entry = session.get(Feedback, feedback_id)
    if entry is None:
        raise ValidationError("this feedback entry no longer exists", "behaviour")
    kept = (
        entry.person_id,
        FeedbackInput(
            entry.day, entry.kind, entry.behaviour, entry.situation, entry.impact, entry.project_id
        ),
    )
    session.delete(entry)
    return kept


def restore_feedback(
    session: Session, feedback_id: int, person_id: int, data: FeedbackInput
) -> None:
    """Put back a deleted feedback entry with its id."""
    session.add(Feedback(id=feedback_id, person_id=person_id, **_feedback_values(session, data)))


def projects_for_feedback(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every project, for the feedback editor's project choice."""
    return [
        (int(i), n)
        for i, n in session.execute(select(Project.id, Project.name).order_by(Project.name))
    ]


# --------------------------------------------------------------------------------- OKRs


@dataclass(frozen=True, slots=True)
class KeyResultRow:
    """A key result with its 0–1 score."""

    id: int
    title: str
    score: float


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    """A team objective with its key results and score."""

    id: int
    period: str
    title: str
    owner: str | None
    key_results: tuple[KeyResultRow, ...]

    @property
    def score(self) -> float | None:
        """Mean of the key results' scores."""
        return objective_score([k.score for k in self.key_results])


def team_okrs(session: Session, period: str) -> list[ObjectiveRow]:
    """The team's objectives of a period with their key results."""
    period = check_period(period)
    objectives = session.execute(
        select(TeamObjective.id, TeamObjective.title, Person.name)
        .outerjoin(Person, TeamObjective.owner_id == Person.id)
        .where(TeamObjective.period == period)
        .order_by(TeamObjective.id)
    ).all()
    krs: dict[int, list[KeyResultRow]] = {}
    for oid, kid, title, score in session.execute(
        select(KeyResult.objective_id, KeyResult.id, KeyResult.title, KeyResult.score).order_by(
            KeyResult.position, KeyResult.id
        )
    ):
        krs.setdefault(oid, []).append(KeyResultRow(kid, title, score))
    return [
        ObjectiveRow(oid, period, title, owner, tuple(krs.get(oid, [])))
        for oid, title, owner in objectives
    ]


def add_objective(session: Session, period: str, title: str, owner_id: int | None = None) -> int:
    """Add a team objective; returns its id."""
    objective = TeamObjective(
        period=check_period(period),
        title=clean_text(title, "title", "An objective", required=True),
        owner_id=owner_id,
    )
    session.add(objective)
    session.flush()
    return objective.id


def add_key_result(session: Session, objective_id: int, title: str, score: float = 0.0) -> int:
    """Add a key result to an objective; returns its id."""
    _check_score(score)
    if session.get(TeamObjective, objective_id) is None:
        raise ValidationError("this objective no longer exists", "objective")
    position = session.scalar(select(func.count()).where(KeyResult.objective_id == objective_id))
    kr = KeyResult(
        objective_id=objective_id,
        position=int(position or 0),
        title=clean_text(title, "title", "A key result", required=True),
        score=float(score),
    )
    session.add(kr)
    session.flush()
    return kr.id


def _check_score(score: float) -> None:
    if not 0.0 <= score <= 1.0:
        raise ValidationError("a key result is scored from 0.0 to 1.0", "score")


def score_key_result(session: Session, key_result_id: int, score: float) -> float:
    """Set a key result's score (0–1); returns the previous score."""
    _check_score(score)
    kr = session.get(KeyResult, key_result_id)
    if kr is None:
        raise ValidationError("this key result no longer exists", "score")
    previous = kr.score
    kr.score = float(score)
    return previous


def delete_key_result(session: Session, key_result_id: int) -> None:
    """Remove a key result."""
    session.execute(delete(KeyResult).where(KeyResult.id == key_result_id))


def delete_objective(session: Session, objective_id: int) -> None:
    """Remove an objective with its key results."""
    session.execute(delete(TeamObjective).where(TeamObjective.id == objective_id))
