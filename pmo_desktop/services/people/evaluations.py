"""Evaluations: a person's evaluations, ratings with evidence, the narrative, the status.

Only a draft can be edited; final and shared evaluations are read-only until reopened with
a reason, and every reopening is recorded. Evidence is attached with the text it showed,
so the PDF prints it even when the source is later edited or deleted. The role's
competency framework lives in ``frameworks``, what a period offers as evidence in
``evidence``, the team's calibration in ``calibration``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.people import EvidenceKind
from pmo_desktop.domain.rating import (
    EvaluationKind,
    EvaluationStatus,
    check_editable,
    check_period,
    check_rating,
    check_transition,
    previous_period,
)
from pmo_desktop.services.people.evidence import EvidenceItem
from pmo_desktop.services.people.frameworks import framework
from pmo_desktop.services.people.one_on_ones import clean_text
from pmo_desktop.services.people.team import person_header
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import (
    CompetencyRating,
    Evaluation,
    EvaluationReopening,
    EvidenceLink,
)

# ------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class RatingRow:
    """One competency's rating, comment, rubric and evidence in an evaluation."""

    id: int
    key: str
    name: str
    description: str
    rubric: tuple[str, ...]
    rating: int | None
    comment: str | None
    evidence: tuple[EvidenceItem, ...]


@dataclass(frozen=True, slots=True)
class Reopening:
    """A recorded reopening of a final or shared evaluation."""

    at: datetime
    from_status: EvaluationStatus
    reason: str


@dataclass(frozen=True, slots=True)
class EvaluationFields:
    """The narrative and overall fields of an evaluation."""

    overall_rating: int | None
    potential: int | None
    strengths: str | None
    development: str | None
    next_goals: str | None


@dataclass(frozen=True, slots=True)
class EvaluationDetail:
    """An evaluation with everything the editor and the PDF show."""

    id: int
    person_id: int
    person: str
    role: Role
    manager: str | None
    period: str
    kind: EvaluationKind
    status: EvaluationStatus
    fields: EvaluationFields
    ratings: tuple[RatingRow, ...]
    reopenings: tuple[Reopening, ...]
    previous_ratings: dict[str, int]
    previous_overall: int | None

    @property
    def editable(self) -> bool:
        """True for a draft."""
        return self.status.editable


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    """An evaluation in a person's list."""

    id: int
    period: str
    kind: EvaluationKind
    status: EvaluationStatus
    overall_rating: int | None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What a status change did, so it can be undone exactly."""

    previous: EvaluationStatus
    reopening_id: int | None


# ---------------------------------------------------------------------------- reading


def evaluations(session: Session, person_id: int) -> list[EvaluationRow]:
    """A person's evaluations, newest period first."""
    stmt = (
        select(
            Evaluation.id,
            Evaluation.period,
            Evaluation.kind,
            Evaluation.status,
            Evaluation.overall_rating,
        )
        .where(Evaluation.person_id == person_id)
        .order_by(Evaluation.period.desc(), Evaluation.id.desc())
    )
    return [EvaluationRow(*r) for r in session.execute(stmt)]


def find_evaluation(session: Session, person_id: int, period: str) -> int | None:
    """The id of the person's evaluation for ``period`` (the latest written, if several)."""
    found = session.scalar(
        select(Evaluation.id)
        .where(Evaluation.person_id == person_id, Evaluation.period == check_period(period))
        .order_by(Evaluation.id.desc())
        .limit(1)
    )
    return int(found) if found is not None else None


def evaluation(session: Session, evaluation_id: int) -> EvaluationDetail:
    """Everything about one evaluation, with last period's ratings for comparison."""
    ev = session.get(Evaluation, evaluation_id)
    if ev is None:
        raise ValidationError("this evaluation no longer exists", "evaluation")
    header = person_header(session, ev.person_id)
    manager = session.get(Person, ev.manager_id).name if ev.manager_id else header.manager  # type: ignore[union-attr]
    rubric = {c.key: c for c in framework(session, header.role)}
    evidence: dict[int, list[EvidenceItem]] = {}
    for link in session.scalars(
        select(EvidenceLink)
        .join(CompetencyRating, EvidenceLink.rating_id == CompetencyRating.id)
        .where(CompetencyRating.evaluation_id == evaluation_id)
        .order_by(EvidenceLink.day, EvidenceLink.id)
    ):
        evidence.setdefault(link.rating_id, []).append(
            EvidenceItem(
                link.kind,
                link.day,
                link.label,
                link.one_on_one_id,
                link.feedback_id,
                link.goal_id,
                link.milestone_id,
                link.id,
            )
        )
    ratings = []
    for r in session.scalars(
        select(CompetencyRating)
        .where(CompetencyRating.evaluation_id == evaluation_id)
        .order_by(CompetencyRating.position, CompetencyRating.id)
    ):
        competency = rubric.get(r.competency_key)
        ratings.append(
            RatingRow(
                r.id,
                r.competency_key,
                r.competency_name,
                competency.description if competency else "",
                competency.rubric if competency else (),
                r.rating,
                r.comment,
                tuple(evidence.get(r.id, [])),
            )
        )
    reopenings = tuple(
        Reopening(at, status, reason)
        for at, status, reason in session.execute(
            select(
                EvaluationReopening.at, EvaluationReopening.from_status, EvaluationReopening.reason
            )
            .where(EvaluationReopening.evaluation_id == evaluation_id)
            .order_by(EvaluationReopening.at, EvaluationReopening.id)
        )
    )
    prev_ratings, prev_overall = _previous(session, ev.person_id, ev.period)
    return EvaluationDetail(
        id=ev.id,
        person_id=ev.person_id,
        person=header.name,
        role=header.role,
        manager=manager,
        period=ev.period,
        kind=ev.kind,
        status=ev.status,
        fields=EvaluationFields(
            ev.overall_rating, ev.potential, ev.strengths, ev.development, ev.next_goals
        ),
        ratings=tuple(ratings),
        reopenings=reopenings,
        previous_ratings=prev_ratings,
        previous_overall=prev_overall,
    )


def _previous(session: Session, person_id: int, period: str) -> tuple[dict[str, int], int | None]:
    try:
        before = previous_period(period)
    except ValidationError:
        return {}, None
    prev_id = find_evaluation(session, person_id, before)
    if prev_id is None:
        return {}, None
    overall = session.scalar(select(Evaluation.overall_rating).where(Evaluation.id == prev_id))
    ratings = {
        key: rating
        for key, rating in session.execute(
            select(CompetencyRating.competency_key, CompetencyRating.rating).where(
                CompetencyRating.evaluation_id == prev_id
            )
        )
        if rating is not None
    }
    return ratings, overall


# ---------------------------------------------------------------------------- writing


def create_evaluation(session: Session, person_id: int, period: str, kind: EvaluationKind) -> int:
    """Start a draft evaluation with one empty rating per competency of the role."""
    header = person_header(session, person_id)
    period = check_period(period)
    exists = session.scalar(
        select(Evaluation.id).where(
            Evaluation.person_id == person_id,
            Evaluation.period == period,
            Evaluation.kind == kind,
        )
    )
    if exists is not None:
        raise ValidationError(
            f"{header.name} already has a {EvaluationKind(kind).label.lower()} evaluation "
            f"for {period}",
            "period",
        )
    ev = Evaluation(
        person_id=person_id,
        period=period,
        kind=EvaluationKind(kind),
        status=EvaluationStatus.DRAFT,
        manager_id=header.manager_id,
    )
    session.add(ev)
    session.flush()
    for position, c in enumerate(framework(session, header.role)):
        session.add(
            CompetencyRating(
                evaluation_id=ev.id,
                position=position,
                competency_key=c.key,
                competency_name=c.name,
            )
        )
    session.flush()
    return ev.id


def delete_evaluation(session: Session, evaluation_id: int) -> None:
    """Remove a draft evaluation (a final one must be reopened first)."""
    ev = _draft(session, evaluation_id)
    session.delete(ev)


def _draft(session: Session, evaluation_id: int) -> Evaluation:
    ev = session.get(Evaluation, evaluation_id)
    if ev is None:
        raise ValidationError("this evaluation no longer exists", "evaluation")
    check_editable(ev.status)
    return ev


def _rating_draft(session: Session, rating_id: int) -> CompetencyRating:
    row = session.get(CompetencyRating, rating_id)
    if row is None:
        raise ValidationError("this rating no longer exists", "rating")
    _draft(session, row.evaluation_id)
    return row


def update_fields(
    session: Session, evaluation_id: int, fields: EvaluationFields
) -> EvaluationFields:
    """Set the overall rating, potential and narrative of a draft; returns the previous."""
    ev = _draft(session, evaluation_id)
    check_rating(fields.overall_rating, "overall_rating")
    if fields.potential is not None and fields.potential not in (1, 2, 3):
        raise ValidationError("potential is 1 (low), 2 (medium) or 3 (high)", "potential")
    previous = EvaluationFields(
        ev.overall_rating, ev.potential, ev.strengths, ev.development, ev.next_goals
    )
    ev.overall_rating = fields.overall_rating
    ev.potential = fields.potential
    ev.strengths = clean_text(fields.strengths, "strengths", "Strengths", required=False)
    ev.development = clean_text(
        fields.development, "development", "Development areas", required=False
    )
    ev.next_goals = clean_text(fields.next_goals, "next_goals", "Next goals", required=False)
    return previous


def rate(
    session: Session, rating_id: int, rating: int | None, comment: str | None
) -> tuple[int | None, str | None]:
    """Set one competency's rating (1–5 or none) and comment; returns the previous pair."""
    row = _rating_draft(session, rating_id)
    check_rating(rating)
    previous = (row.rating, row.comment)
    row.rating = rating
    row.comment = clean_text(comment, "comment", "The comment", required=False)
    return previous


def attach_evidence(session: Session, rating_id: int, item: EvidenceItem) -> int:
    """Attach a piece of evidence to a rating of a draft; returns the link id."""
    _rating_draft(session, rating_id)
    label = clean_text(item.label, "label", "Evidence", required=True)
    link = EvidenceLink(
        id=item.link_id,
        rating_id=rating_id,
        kind=EvidenceKind(item.kind),
        day=item.day,
        label=label,
        one_on_one_id=item.one_on_one_id,
        feedback_id=item.feedback_id,
        goal_id=item.goal_id,
        milestone_id=item.milestone_id,
    )
    session.add(link)
    session.flush()
    return link.id


def detach_evidence(session: Session, link_id: int) -> tuple[int, EvidenceItem]:
    """Remove evidence from a rating of a draft; returns (rating id, item) to re-attach."""
    link = session.get(EvidenceLink, link_id)
    if link is None:
        raise ValidationError("this evidence is no longer attached", "evidence")
    _rating_draft(session, link.rating_id)
    item = EvidenceItem(
        link.kind,
        link.day,
        link.label,
        link.one_on_one_id,
        link.feedback_id,
        link.goal_id,
        link.milestone_id,
        link.id,
    )
    rating_id = link.rating_id
    session.delete(link)
    return rating_id, item


def set_status(
    session: Session,
    evaluation_id: int,
    target: EvaluationStatus,
    reason: str | None = None,
    now: datetime | None = None,
) -> StatusChange:
    """Move an evaluation along draft → final → shared, or reopen it with a reason.

    Finalising needs every competency rated and an overall rating. A reopening is recorded.
    """
    ev = session.get(Evaluation, evaluation_id)
    if ev is None:
        raise ValidationError("this evaluation no longer exists", "evaluation")
    reopening = check_transition(ev.status, EvaluationStatus(target), reason)
    if target is EvaluationStatus.FINAL:
        unrated = session.scalar(
            select(CompetencyRating.competency_name).where(
                CompetencyRating.evaluation_id == evaluation_id,
                CompetencyRating.rating.is_(None),
            )
        )
        if unrated is not None:
            raise ValidationError(f"rate {unrated} before finalising", "rating")
        if ev.overall_rating is None:
            raise ValidationError("give an overall rating before finalising", "overall_rating")
    previous = ev.status
    reopening_id = None
    if reopening:
        record = EvaluationReopening(
            evaluation_id=evaluation_id,
            at=now or datetime.now(UTC),
            from_status=previous,
            reason=(reason or "").strip(),
        )
        session.add(record)
        session.flush()
        reopening_id = record.id
    ev.status = EvaluationStatus(target)
    return StatusChange(previous, reopening_id)


def undo_status(session: Session, evaluation_id: int, change: StatusChange) -> None:
    """Undo a ``set_status``: the previous status, and the reopening record removed."""
    ev = session.get(Evaluation, evaluation_id)
    if ev is None:
        raise ValidationError("this evaluation no longer exists", "evaluation")
    ev.status = change.previous
    if change.reopening_id is not None:
        session.execute(
            delete(EvaluationReopening).where(EvaluationReopening.id == change.reopening_id)
        )


def snapshot_and_delete(session: Session, evaluation_id: int) -> EvaluationDetail:
    """Delete a draft evaluation and return everything needed to put it back."""
    detail = evaluation(session, evaluation_id)
    delete_evaluation(session, evaluation_id)
    session.flush()
    return detail


def restore_evaluation(session: Session, detail: EvaluationDetail) -> None:
    """Put back a deleted evaluation with the same ids for it, its ratings and evidence."""
    header = person_header(session, detail.person_id)
    f = detail.fields
    session.add(
        Evaluation(
            id=detail.id,
            person_id=detail.person_id,
            period=detail.period,
            kind=detail.kind,
            status=detail.status,
            manager_id=header.manager_id,
            overall_rating=f.overall_rating,
            potential=f.potential,
            strengths=f.strengths,
            development=f.development,
            next_goals=f.next_goals,
        )
    )
    session.flush()
    for position, r in enumerate(detail.ratings):
        session.add(
            CompetencyRating(
                id=r.id,
                evaluation_id=detail.id,
                position=position,
                competency_key=r.key,
                competency_name=r.name,
                rating=r.rating,
                comment=r.comment,
            )
        )
    session.flush()
    for r in detail.ratings:
        for e in r.evidence:
            session.add(
                EvidenceLink(
                    id=e.link_id,
                    rating_id=r.id,
                    kind=e.kind,
                    day=e.day,
                    label=e.label,
                    one_on_one_id=e.one_on_one_id,
                    feedback_id=e.feedback_id,
                    goal_id=e.goal_id,
                    milestone_id=e.milestone_id,
                )
            )
    for x in detail.reopenings:
        session.add(
            EvaluationReopening(
                evaluation_id=detail.id, at=x.at, from_status=x.from_status, reason=x.reason
            )
        )
    session.flush()
