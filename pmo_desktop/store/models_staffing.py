"""Staffing tables: placeholders (unfilled demand), what-if scenarios and timesheet actuals."""

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

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.staffing import ScenarioStatus
from pmo_desktop.store.base import Base, EnumText, UTCDateTime


class Placeholder(Base):
    """Demand for an unnamed person of a role on a project in one week (hours)."""

    __tablename__ = "staffing_placeholder"
    __table_args__ = (
        UniqueConstraint("project_id", "label", "week", name="uq_placeholder_cell"),
        CheckConstraint("hours > 0 AND hours <= 168", name="hours_range"),
        CheckConstraint("length(label) > 0", name="label_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(EnumText(Role))
    label: Mapped[str] = mapped_column(String(200))
    week: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(Float)


class Scenario(Base):
    """A named what-if copy of the staffing plan."""

    __tablename__ = "staffing_scenario"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_required"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[ScenarioStatus] = mapped_column(
        EnumText(ScenarioStatus), default=ScenarioStatus.DRAFT
    )
    note: Mapped[str | None] = mapped_column(Text)
    #: Started since the base of each changed cell is kept (``ScenarioBaseCell``); older
    #: scenarios apply their whole copy.
    keeps_base: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class ScenarioBaseCell(Base):
    """The plan's hours of a cell as they were when its scenario first changed it."""

    __tablename__ = "staffing_scenario_base"
    __table_args__ = (
        UniqueConstraint(
            "scenario_id", "person_id", "project_id", "week", name="uq_scenario_base_cell"
        ),
        CheckConstraint("hours >= 0 AND hours <= 168", name="hours_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("staffing_scenario.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)


class ScenarioAllocation(Base):
    """One cell of a scenario's copy of the plan (same shape as an allocation)."""

    __tablename__ = "staffing_scenario_allocation"
    __table_args__ = (
        UniqueConstraint("scenario_id", "person_id", "project_id", "week", name="uq_scenario_cell"),
        CheckConstraint("hours >= 0 AND hours <= 168", name="hours_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("staffing_scenario.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)


class TimesheetActual(Base):
    """Hours a person actually booked on a project in one week, from a timesheet import."""

    __tablename__ = "staffing_actual"
    __table_args__ = (
        UniqueConstraint("person_id", "project_id", "week", name="uq_actual_cell"),
        CheckConstraint("hours >= 0 AND hours <= 168", name="hours_range"),
        Index("ix_staffing_actual_week_person", "week", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    week: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    billable: Mapped[bool] = mapped_column(Boolean, default=True)
