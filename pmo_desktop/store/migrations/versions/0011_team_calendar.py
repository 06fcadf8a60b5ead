"""team calendar: a person's end date, workweek, holiday calendar and notes; skills with a
level; whole or half days of time off; the portfolio's closure days; billability targets
by role

Revision ID: 0011_team_calendar
Revises: 0010_checklist_periods
Create Date: 2026-12-03 13:04:28.277769
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_team_calendar"
down_revision: str | Sequence[str] | None = "0010_checklist_periods"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "closure_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure_day")),
        sa.UniqueConstraint("day", name=op.f("uq_closure_day_day")),
    )
    op.create_table(
        "role_target",
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("billable_target", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "billable_target >= 0 AND billable_target <= 100",
            name=op.f("ck_role_target_billable_target_range"),
        ),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_role_target")),
    )
    op.create_table(
        "person_skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=100), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(skill) > 0", name=op.f("ck_person_skill_skill_required")),
        sa.CheckConstraint("level >= 1 AND level <= 5", name=op.f("ck_person_skill_level_range")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_skill_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_skill")),
        sa.UniqueConstraint("person_id", "skill", name="uq_person_skill"),
    )
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_skill_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("workweek", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("holiday_country", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("holiday_region", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_person_employment_dates_in_order"),
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
        )

    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("day_fraction", sa.Float(), server_default="1.0", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_time_off_whole_or_half_days"), "day_fraction IN (0.5, 1.0)"
        )


def downgrade() -> None:
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_time_off_whole_or_half_days"), type_="check")
        batch_op.drop_column("day_fraction")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_person_employment_dates_in_order"), type_="check")
        batch_op.drop_column("notes")
        batch_op.drop_column("holiday_region")
        batch_op.drop_column("holiday_country")
        batch_op.drop_column("workweek")
        batch_op.drop_column("end_date")

    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_skill_person_id"))

    op.drop_table("person_skill")
    op.drop_table("role_target")
    op.drop_table("closure_day")
