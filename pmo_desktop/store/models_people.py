"""People tables: 1:1s with talking points and action items, goals, team OKRs, feedback,
onboarding plans and template, competency frameworks, evaluations with ratings, evidence
and the log of reopenings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pmo_desktop.domain.cadence import Cadence
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.goals import GoalStatus
from pmo_desktop.domain.people import ActionOwner, EvidenceKind, FeedbackKind
from pmo_desktop.domain.rating import EvaluationKind, EvaluationStatus
from pmo_desktop.store.base import Base, EnumText, UTCDateTime


class PeopleProfile(Base):
    """Per-person settings of the people area: the 1:1 cadence."""

    __tablename__ = "people_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    cadence: Mapped[Cadence] = mapped_column(EnumText(Cadence), default=Cadence.BIWEEKLY)


class OneOnOne(Base):
    """A 1:1 meeting with one person: its date and the manager's private notes (HTML)."""

    __tablename__ = "one_on_one"
    __table_args__ = (Index("ix_one_on_one_person_day", "person_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class TalkingPoint(Base):
    """An agenda item of a 1:1; unfinished ones carry over to the next 1:1."""

    __tablename__ = "talking_point"
    __table_args__ = (CheckConstraint("length(text) > 0", name="text_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    one_on_one_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("talking_point.id", ondelete="SET NULL"), index=True
    )


class ActionItem(Base):
    """An action agreed in a 1:1, owed by me or them; open ones carry over until done."""

    __tablename__ = "action_item"
    __table_args__ = (CheckConstraint("length(text) > 0", name="text_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    one_on_one_id: Mapped[int] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="CASCADE"), index=True
    )
    owner: Mapped[ActionOwner] = mapped_column(EnumText(ActionOwner))
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="SET NULL"), index=True
    )


class Goal(Base):
    """A SMART goal of one person with progress (0–100 %) and a status."""

    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
        CheckConstraint("due_date >= start_date", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[GoalStatus] = mapped_column(EnumText(GoalStatus), default=GoalStatus.ON_TRACK)
    result: Mapped[str | None] = mapped_column(Text)


class TeamObjective(Base):
    """An objective of the team's OKRs for a period."""

    __tablename__ = "team_objective"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )


class KeyResult(Base):
    """A key result of an objective, scored 0–1."""

    __tablename__ = "key_result"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("score >= 0 AND score <= 1", name="score_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("team_objective.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float, default=0.0)


class Feedback(Base):
    """Feedback on a person's work, in situation-behaviour-impact fields."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("length(behaviour) > 0", name="behaviour_required"),
        Index("ix_feedback_person_day", "person_id", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[FeedbackKind] = mapped_column(EnumText(FeedbackKind))
    situation: Mapped[str | None] = mapped_column(Text)
    behaviour: Mapped[str] = mapped_column(Text)
    impact: Mapped[str | None] = mapped_column(Text)


class OnboardingTemplateItem(Base):
    """An item of the editable 30-60-90 onboarding template, due N days after the start."""

    __tablename__ = "onboarding_template_item"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("due_offset_days >= 0 AND due_offset_days <= 365", name="offset_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    due_offset_days: Mapped[int] = mapped_column(Integer)


class OnboardingPlan(Base):
    """A new joiner's onboarding: buddy, start and the 90-day review."""

    __tablename__ = "onboarding_plan"
    __table_args__ = (CheckConstraint("review_date >= start_date", name="dates_in_order"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    buddy_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    review_date: Mapped[date] = mapped_column(Date)


class OnboardingItem(Base):
    """One checklist item of an onboarding plan."""

    __tablename__ = "onboarding_item"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("due_offset_days >= 0 AND due_offset_days <= 365", name="offset_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("onboarding_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    due_offset_days: Mapped[int] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Competency(Base):
    """A competency of a role's (editable) framework with its 1–5 rubric."""

    __tablename__ = "competency"
    __table_args__ = (
        UniqueConstraint("role", "key", name="uq_competency_role_key"),
        CheckConstraint("length(name) > 0", name="name_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[Role] = mapped_column(EnumText(Role))
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    rubric_1: Mapped[str] = mapped_column(Text, default="")
    rubric_2: Mapped[str] = mapped_column(Text, default="")
    rubric_3: Mapped[str] = mapped_column(Text, default="")
    rubric_4: Mapped[str] = mapped_column(Text, default="")
    rubric_5: Mapped[str] = mapped_column(Text, default="")


class Evaluation(Base):
    """An evaluation of one person for one period (mid-year, annual or probation)."""

    __tablename__ = "evaluation"
    __table_args__ = (
        UniqueConstraint("person_id", "period", "kind", name="uq_evaluation_person_period"),
        CheckConstraint(
            "overall_rating IS NULL OR (overall_rating >= 1 AND overall_rating <= 5)",
            name="overall_range",
        ),
        CheckConstraint(
            "potential IS NULL OR (potential >= 1 AND potential <= 3)", name="potential_range"
        ),
        CheckConstraint("length(period) > 0", name="period_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[EvaluationKind] = mapped_column(EnumText(EvaluationKind))
    status: Mapped[EvaluationStatus] = mapped_column(
        EnumText(EvaluationStatus), default=EvaluationStatus.DRAFT
    )
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    overall_rating: Mapped[int | None] = mapped_column(Integer)
    potential: Mapped[int | None] = mapped_column(Integer)
    strengths: Mapped[str | None] = mapped_column(Text)
    development: Mapped[str | None] = mapped_column(Text)
    next_goals: Mapped[str | None] = mapped_column(Text)


class EvaluationReopening(Base):
    """A record of a final or shared evaluation being reopened, with the reason."""

    __tablename__ = "evaluation_reopening"
    __table_args__ = (CheckConstraint("length(reason) > 0", name="reason_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    from_status: Mapped[EvaluationStatus] = mapped_column(EnumText(EvaluationStatus))
    reason: Mapped[str] = mapped_column(Text)


class CompetencyRating(Base):
    """The rating (1–5) and comment of one competency in an evaluation."""

    __tablename__ = "competency_rating"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "competency_key", name="uq_rating_evaluation_key"),
        CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    competency_key: Mapped[str] = mapped_column(String(40))
    competency_name: Mapped[str] = mapped_column(String(200))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)


class EvidenceLink(Base):
    """A piece of evidence behind a rating, with the text it showed when attached."""

    __tablename__ = "evidence_link"
    __table_args__ = (CheckConstraint("length(label) > 0", name="label_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rating_id: Mapped[int] = mapped_column(
        ForeignKey("competency_rating.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[EvidenceKind] = mapped_column(EnumText(EvidenceKind))
    day: Mapped[date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(Text)
    one_on_one_id: Mapped[int | None] = mapped_column(
        ForeignKey("one_on_one.id", ondelete="SET NULL"), index=True
    )
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback.id", ondelete="SET NULL"), index=True
    )
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="SET NULL"), index=True
    )
