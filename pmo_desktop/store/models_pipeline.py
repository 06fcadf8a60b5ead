"""Pipeline and health tables: project financials, stage history, scope changes, health
overrides and thresholds (per program and portfolio-wide), and the client roadmap."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.pipeline import RoadmapStatus
from pmo_desktop.domain.rag import Dimension
from pmo_desktop.store.base import Base, EnumText, UTCDateTime


class ProjectFinancials(Base):
    """Cost to date, forecast at completion, % complete and SOW date of one project."""

    __tablename__ = "project_financials"
    __table_args__ = (
        CheckConstraint(
            "actual_cost_cents IS NULL OR actual_cost_cents >= 0", name="actual_non_negative"
        ),
        CheckConstraint(
            "forecast_cents IS NULL OR forecast_cents >= 0", name="forecast_non_negative"
        ),
        CheckConstraint(
            "percent_complete IS NULL OR (percent_complete >= 0 AND percent_complete <= 100)",
            name="percent_range",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), unique=True
    )
    actual_cost_cents: Mapped[int | None] = mapped_column(Integer)
    forecast_cents: Mapped[int | None] = mapped_column(Integer)
    percent_complete: Mapped[int | None] = mapped_column(Integer)
    sow_signed_date: Mapped[date | None] = mapped_column(Date)


class StageChange(Base):
    """One move of a project between stages, with the reason when one was asked."""

    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[Stage] = mapped_column(EnumText(Stage))
    to_stage: Mapped[Stage] = mapped_column(EnumText(Stage))
    reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ScopeChange(Base):
    """A change request on a project's scope and what it costs (negative: descoped)."""

    __tablename__ = "scope_change"
    __table_args__ = (CheckConstraint("length(description) > 0", name="description_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    raised_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    cost_impact_cents: Mapped[int] = mapped_column(Integer, default=0)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)


class HealthOverride(Base):
    """The manager's colour for a project's or program's dimension, with a written reason."""

    __tablename__ = "health_override"
    __table_args__ = (
        CheckConstraint("length(reason) > 0", name="reason_required"),
        CheckConstraint("(project_id IS NULL) <> (program_id IS NULL)", name="project_or_program"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    dimension: Mapped[Dimension] = mapped_column(EnumText(Dimension))
    rag: Mapped[Rag] = mapped_column(EnumText(Rag))
    reason: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HealthThresholdSetting(Base):
    """Health thresholds of one program (its own rules instead of DOMAIN.md's defaults)."""

    __tablename__ = "health_threshold"
    __table_args__ = (
        CheckConstraint(
            "budget_green_pct >= 0 AND budget_green_pct <= budget_amber_pct", name="budget_order"
        ),
        CheckConstraint(
            "timeline_green_days >= 0 AND timeline_green_days <= timeline_amber_days",
            name="timeline_order",
        ),
        CheckConstraint(
            "scope_green_pct >= 0 AND scope_green_pct <= scope_amber_pct", name="scope_order"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), unique=True
    )
    budget_green_pct: Mapped[float] = mapped_column(Float)
    budget_amber_pct: Mapped[float] = mapped_column(Float)
    timeline_green_days: Mapped[int] = mapped_column(Integer)
    timeline_amber_days: Mapped[int] = mapped_column(Integer)
    scope_green_pct: Mapped[float] = mapped_column(Float)
    scope_amber_pct: Mapped[float] = mapped_column(Float)


class PortfolioHealthRules(Base):
    """The portfolio's own health thresholds (one row, id 1): every program without rules of
    its own uses them instead of DOMAIN.md's defaults."""

    __tablename__ = "health_rules"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(
            "budget_green_pct >= 0 AND budget_green_pct <= budget_amber_pct", name="budget_order"
        ),
        CheckConstraint(
            "timeline_green_days >= 0 AND timeline_green_days <= timeline_amber_days",
            name="timeline_order",
        ),
        CheckConstraint(
            "scope_green_pct >= 0 AND scope_green_pct <= scope_amber_pct", name="scope_order"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_green_pct: Mapped[float] = mapped_column(Float)
    budget_amber_pct: Mapped[float] = mapped_column(Float)
    timeline_green_days: Mapped[int] = mapped_column(Integer)
    timeline_amber_days: Mapped[int] = mapped_column(Integer)
    scope_green_pct: Mapped[float] = mapped_column(Float)
    scope_amber_pct: Mapped[float] = mapped_column(Float)


class RoadmapItem(Base):
    """A client initiative placed in a quarter, optionally linked to a program."""

    __tablename__ = "roadmap_item"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("quarter >= 1 AND quarter <= 4", name="quarter_range"),
        CheckConstraint("year >= 2000 AND year <= 2100", name="year_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    status: Mapped[RoadmapStatus] = mapped_column(
        EnumText(RoadmapStatus), default=RoadmapStatus.PLANNED
    )
    description: Mapped[str | None] = mapped_column(Text)
