"""The team's own calendar and settings: skills, closure days, billability targets by role.

Public holidays are not stored: they come from the ``holidays`` package for each person's
country and region (``Person.holiday_country`` / ``holiday_region``). Closure days are the
portfolio's own extra days off for everybody (an agency shutdown week).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pmo_desktop.domain.enums import Role
from pmo_desktop.store.base import Base, EnumText


class PersonSkill(Base):
    """A skill a person has, with a level from 1 (learning) to 5 (expert), for staffing."""

    __tablename__ = "person_skill"
    __table_args__ = (
        UniqueConstraint("person_id", "skill", name="uq_person_skill"),
        CheckConstraint("level >= 1 AND level <= 5", name="level_range"),
        CheckConstraint("length(skill) > 0", name="skill_required"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    skill: Mapped[str] = mapped_column(String(100))
    level: Mapped[int] = mapped_column(Integer, default=3)


class ClosureDay(Base):
    """A day the whole team is off beyond public holidays (the agency's shutdown)."""

    __tablename__ = "closure_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str | None] = mapped_column(String(200))


class RoleTarget(Base):
    """The portfolio's billability target for a role (a person's own target overrides it)."""

    __tablename__ = "role_target"
    __table_args__ = (
        CheckConstraint(
            "billable_target >= 0 AND billable_target <= 100", name="billable_target_range"
        ),
    )

    role: Mapped[Role] = mapped_column(EnumText(Role), primary_key=True)
    billable_target: Mapped[int] = mapped_column(Integer)
