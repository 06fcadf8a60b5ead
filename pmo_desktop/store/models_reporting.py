"""Reporting tables: issued status report snapshots and drafts, retrospectives with items
and actions, process adherence checklists and ticks, improvement proposals, and the
workload ranking of projects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope, RetroFormat
from pmo_desktop.store.base import Base, EnumText, UTCDateTime


class StatusReportSnapshot(Base):
    """One issued status report: its whole payload as JSON, so it re-renders identically."""

    __tablename__ = "status_report_snapshot"
    __table_args__ = (CheckConstraint("length(payload) > 0", name="payload_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[ReportScope] = mapped_column(EnumText(ReportScope))
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="SET NULL"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    overall_rag: Mapped[str | None] = mapped_column(String(16))
    executive_summary: Mapped[str | None] = mapped_column(Text)
    accomplishments: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    decisions_needed: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)


class StatusReportDraft(Base):
    """The editable narrative of the next report of one program or client."""

    __tablename__ = "status_report_draft"
    __table_args__ = (
        UniqueConstraint("scope", "target_id", name="uq_status_report_draft_target"),
        CheckConstraint("target_id >= 1", name="target_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[ReportScope] = mapped_column(EnumText(ReportScope))
    target_id: Mapped[int] = mapped_column(Integer)
    executive_summary: Mapped[str | None] = mapped_column(Text)
    accomplishments: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    decisions_needed: Mapped[str | None] = mapped_column(Text)


class Retrospective(Base):
    """A retrospective of a project or a program, in one board format."""

    __tablename__ = "retrospective"
    __table_args__ = (
        CheckConstraint(
            "project_id IS NOT NULL OR program_id IS NOT NULL", name="project_or_program"
        ),
        CheckConstraint("length(title) > 0", name="title_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    format: Mapped[RetroFormat] = mapped_column(EnumText(RetroFormat))
    held_on: Mapped[date] = mapped_column(Date)


class RetroItem(Base):
    """A sticky note on a retrospective board, with its votes."""

    __tablename__ = "retro_item"
    __table_args__ = (
        CheckConstraint("votes >= 0", name="votes_non_negative"),
        CheckConstraint("length(text) > 0", name="text_required"),
        CheckConstraint("length(column_name) > 0", name="column_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    retrospective_id: Mapped[int] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    column_name: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)


class RetroAction(Base):
    """An action agreed in a retrospective, with an owner and a due date."""

    __tablename__ = "retro_action"
    __table_args__ = (CheckConstraint("length(text) > 0", name="text_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    retrospective_id: Mapped[int] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class AdherenceItem(Base):
    """One line of the process checklist of a project type (editable). The weeks it counts
    in are its periods; it is on the checklist now while one of them is open."""

    __tablename__ = "adherence_item"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("length(project_type) > 0", name="type_required"),
        CheckConstraint("position >= 0", name="position_non_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_type: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class AdherenceItemPeriod(Base):
    """A stretch of weeks a checklist item counts in. An item retired and reactivated has
    several; one without any counts in no week (retired before it ever counted)."""

    __tablename__ = "adherence_item_period"
    __table_args__ = (
        CheckConstraint(
            "counts_from IS NULL OR retired_from IS NULL OR retired_from >= counts_from",
            name="retired_after_start",
        ),
        # At most one period of an item is open (the item is on the checklist now). Migration
        # 0010 makes the index partial on PostgreSQL as well; naming ``postgresql_where`` here
        # would load SQLAlchemy's whole PostgreSQL dialect whenever the models are imported
        # (about 45 ms of every start on a portfolio file).
        Index(
            "uq_adherence_item_period_open",
            "item_id",
            unique=True,
            sqlite_where=text("retired_from IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("adherence_item.id", ondelete="CASCADE"), index=True
    )
    #: First week (Monday) it counts in; None: from the start (the item was always there).
    counts_from: Mapped[date | None] = mapped_column(Date)
    #: First week it no longer counts in; None: still on the checklist.
    retired_from: Mapped[date | None] = mapped_column(Date)


class AdherenceTick(Base):
    """A checklist item done for one project in one week (named by its Monday)."""

    __tablename__ = "adherence_tick"
    __table_args__ = (
        UniqueConstraint("project_id", "item_id", "week", name="uq_adherence_tick_cell"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("adherence_item.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[date] = mapped_column(Date, index=True)


class ImprovementProposal(Base):
    """A process improvement: the problem, the proposal, and its expected and measured effect."""

    __tablename__ = "improvement_proposal"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("length(problem) > 0", name="problem_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text)
    proposal: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ImprovementStatus] = mapped_column(
        EnumText(ImprovementStatus), default=ImprovementStatus.PROPOSED
    )
    raised_on: Mapped[date] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    expected_effect: Mapped[str | None] = mapped_column(Text)
    measured_effect: Mapped[str | None] = mapped_column(Text)


class ImprovementEvidence(Base):
    """A link from a proposal to an escalation or a retrospective that supports it."""

    __tablename__ = "improvement_evidence"
    __table_args__ = (
        CheckConstraint(
            "escalation_id IS NOT NULL OR retrospective_id IS NOT NULL", name="evidence_target"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_proposal.id", ondelete="CASCADE"), index=True
    )
    escalation_id: Mapped[int | None] = mapped_column(
        ForeignKey("escalation.id", ondelete="CASCADE"), index=True
    )
    retrospective_id: Mapped[int | None] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)


class ProjectRank(Base):
    """The team's workload order: rank 1 is worked on first (finer than ``priority``)."""

    __tablename__ = "project_rank"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), unique=True
    )
    rank: Mapped[int] = mapped_column(Integer)
