"""The portfolio core: people, clients, programs, projects, milestones, allocations, time off.

Later areas add their own modules of models (each with its own migration) and import ``Base``
from ``store.base``; ``store.schema`` imports them all so the metadata is complete.
"""

from __future__ import annotations

from datetime import date

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
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.store.base import Base, EnumText


class Person(Base):
    """A member of the team (or the manager), with contracted weekly hours."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("weekly_hours >= 0 AND weekly_hours <= 168", name="weekly_hours_range"),
        CheckConstraint(
            "billable_target IS NULL OR (billable_target >= 0 AND billable_target <= 100)",
            name="billable_target_range",
        ),
        CheckConstraint("length(name) > 0", name="name_required"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="employment_dates_in_order",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(EnumText(Role))
    email: Mapped[str | None] = mapped_column(String(320))
    weekly_hours: Mapped[float] = mapped_column(Float, default=40.0)
    billable_target: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    """Last working day of a person who left (history kept; off the grid after that week)."""
    workweek: Mapped[str | None] = mapped_column(String(80))
    """Contracted hours Monday to Sunday, comma-separated ("8,8,8,8,0,0,0"); None: the
    weekly hours spread over Monday to Friday."""
    holiday_country: Mapped[str | None] = mapped_column(String(2))
    """ISO 3166 country whose public holidays apply (None: none are deducted)."""
    holiday_region: Mapped[str | None] = mapped_column(String(10))
    """Subdivision of ``holiday_country`` (a state, province or region code), if any."""
    notes: Mapped[str | None] = mapped_column(Text)

    manager: Mapped[Person | None] = relationship(remote_side=[id])


class Client(Base):
    """An account the team delivers for."""

    __tablename__ = "client"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    industry: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    programs: Mapped[list[Program]] = relationship(
        back_populates="client", cascade="all, delete-orphan", passive_deletes=True
    )


class Program(Base):
    """A group of projects for one client, led as one outcome."""

    __tablename__ = "program"
    __table_args__ = (
        UniqueConstraint("client_id", "name", name="uq_program_client_name"),
        CheckConstraint("length(name) > 0", name="name_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )

    client: Mapped[Client] = relationship(back_populates="programs")
    projects: Mapped[list[Project]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )


class Project(Base):
    """A piece of work with a stage, dates, a budget (in cents) and a project manager."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("win_probability >= 0 AND win_probability <= 100", name="win_prob_range"),
        CheckConstraint("budget_cents >= 0", name="budget_non_negative"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="dates_in_order",
        ),
        CheckConstraint("priority >= 1", name="priority_positive"),
        CheckConstraint("length(name) > 0", name="name_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(40))
    stage: Mapped[Stage] = mapped_column(EnumText(Stage), index=True)
    win_probability: Mapped[int] = mapped_column(Integer, default=100)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_cents: Mapped[int] = mapped_column(Integer, default=0)
    pm_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=3)
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str | None] = mapped_column(Text)

    program: Mapped[Program] = relationship(back_populates="projects")
    pm: Mapped[Person | None] = relationship()
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )


class Milestone(Base):
    """A dated commitment of a project: baseline, current forecast and actual dates."""

    __tablename__ = "milestone"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    baseline_date: Mapped[date] = mapped_column(Date)
    forecast_date: Mapped[date] = mapped_column(Date)
    actual_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MilestoneStatus] = mapped_column(
        EnumText(MilestoneStatus), default=MilestoneStatus.PLANNED
    )
    #: A milestone the project's timeline health is judged on (DOMAIN.md: "critical").
    critical: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    project: Mapped[Project] = relationship(back_populates="milestones")


class Allocation(Base):
    """Hours one person is planned on one project in one week (named by its Monday)."""

    __tablename__ = "allocation"
    __table_args__ = (
        UniqueConstraint("person_id", "project_id", "week", name="uq_allocation_cell"),
        CheckConstraint("hours >= 0 AND hours <= 168", name="hours_range"),
        Index("ix_allocation_week_person", "week", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)


class TimeOff(Base):
    """Leave or a public holiday for one person, whole days from start to end inclusive."""

    __tablename__ = "time_off"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("day_fraction IN (0.5, 1.0)", name="whole_or_half_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40), default="vacation")
    note: Mapped[str | None] = mapped_column(Text)
    day_fraction: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")
    """1.0 for whole days, 0.5 for half days (each day of the range)."""
