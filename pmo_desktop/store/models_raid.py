"""RAID register and escalation tables: items, mitigation actions, change history,
escalations with their 5-whys chain and preventive actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pmo_desktop.domain.risk import (
    Audience,
    CauseCategory,
    EscalationStatus,
    RaidKind,
    RaidStatus,
    Response,
)
from pmo_desktop.store.base import Base, EnumText, UTCDateTime


class RaidItem(Base):
    """One Risk, Assumption, Issue or Dependency of the register."""

    __tablename__ = "raid_item"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("probability >= 1 AND probability <= 5", name="probability_range"),
        CheckConstraint("impact >= 1 AND impact <= 5", name="impact_range"),
        CheckConstraint(
            "residual_probability IS NULL OR "
            "(residual_probability >= 1 AND residual_probability <= 5)",
            name="residual_probability_range",
        ),
        CheckConstraint(
            "residual_impact IS NULL OR (residual_impact >= 1 AND residual_impact <= 5)",
            name="residual_impact_range",
        ),
        CheckConstraint(
            "severity IS NULL OR (severity >= 1 AND severity <= 4)", name="severity_range"
        ),
        CheckConstraint("due_date IS NULL OR due_date >= raised_date", name="due_after_raised"),
        Index("ix_raid_item_status_kind", "status", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[RaidKind] = mapped_column(EnumText(RaidKind))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(Text)
    category: Mapped[CauseCategory | None] = mapped_column(EnumText(CauseCategory))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    probability: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    opportunity: Mapped[bool] = mapped_column(Boolean, default=False)
    response: Mapped[Response | None] = mapped_column(EnumText(Response))
    trigger: Mapped[str | None] = mapped_column(Text)
    contingency: Mapped[str | None] = mapped_column(Text)
    residual_probability: Mapped[int | None] = mapped_column(Integer)
    residual_impact: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[RaidStatus] = mapped_column(EnumText(RaidStatus), default=RaidStatus.OPEN)
    raised_date: Mapped[date] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    severity: Mapped[int | None] = mapped_column(Integer)
    validation_date: Mapped[date | None] = mapped_column(Date)
    converted_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("raid_item.id", ondelete="SET NULL"), index=True
    )


class RaidAction(Base):
    """A mitigation action of a register entry: who does what by when."""

    __tablename__ = "raid_action"
    __table_args__ = (CheckConstraint("length(description) > 0", name="description_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("raid_item.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class RaidChange(Base):
    """One change of one field of a register entry (score, status…): who, when, old → new."""

    __tablename__ = "raid_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("raid_item.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class Escalation(Base):
    """An escalation: who raised it and when, how severe, who owns it, how it was resolved,
    and its root cause."""

    __tablename__ = "escalation"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("severity >= 1 AND severity <= 4", name="severity_range"),
        CheckConstraint(
            "resolved_on IS NULL OR resolved_on >= raised_on", name="resolved_after_raised"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    raised_by: Mapped[str] = mapped_column(String(200))
    raised_on: Mapped[date] = mapped_column(Date, index=True)
    severity: Mapped[int] = mapped_column(Integer)
    audience: Mapped[Audience] = mapped_column(EnumText(Audience))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[EscalationStatus] = mapped_column(
        EnumText(EscalationStatus), default=EscalationStatus.OPEN
    )
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    cause_category: Mapped[CauseCategory | None] = mapped_column(EnumText(CauseCategory))


class EscalationWhy(Base):
    """One step of an escalation's 5-whys chain, in order (position 1 is the first why)."""

    __tablename__ = "escalation_why"
    __table_args__ = (
        CheckConstraint("length(answer) > 0", name="answer_required"),
        CheckConstraint("position >= 1", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(
        ForeignKey("escalation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text)


class PreventiveAction(Base):
    """An action that keeps an escalation's root cause from happening again."""

    __tablename__ = "preventive_action"
    __table_args__ = (CheckConstraint("length(description) > 0", name="description_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(
        ForeignKey("escalation.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
