"""staffing: placeholders, what-if scenarios, timesheet actuals

Revision ID: 0002_staffing
Revises: 0001_core
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_staffing"
down_revision: str | Sequence[str] | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staffing_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_staffing_scenario_name_required")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_scenario")),
        sa.UniqueConstraint("name", name=op.f("uq_staffing_scenario_name")),
    )
    op.create_table(
        "staffing_actual",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "hours >= 0 AND hours <= 168", name=op.f("ck_staffing_actual_hours_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_staffing_actual_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_staffing_actual_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_actual")),
        sa.UniqueConstraint("person_id", "project_id", "week", name="uq_actual_cell"),
    )
    with op.batch_alter_table("staffing_actual", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staffing_actual_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index("ix_staffing_actual_week_person", ["week", "person_id"], unique=False)

    op.create_table(
        "staffing_placeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "hours > 0 AND hours <= 168", name=op.f("ck_staffing_placeholder_hours_range")
        ),
        sa.CheckConstraint(
            "length(label) > 0", name=op.f("ck_staffing_placeholder_label_required")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_staffing_placeholder_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_placeholder")),
        sa.UniqueConstraint("project_id", "label", "week", name="uq_placeholder_cell"),
    )
    with op.batch_alter_table("staffing_placeholder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staffing_placeholder_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_staffing_placeholder_week"), ["week"], unique=False)

    op.create_table(
        "staffing_scenario_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("tentative", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "hours >= 0 AND hours <= 168", name=op.f("ck_staffing_scenario_allocation_hours_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_staffing_scenario_allocation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_staffing_scenario_allocation_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["staffing_scenario.id"],
            name=op.f("fk_staffing_scenario_allocation_scenario_id_staffing_scenario"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_scenario_allocation")),
        sa.UniqueConstraint(
            "scenario_id", "person_id", "project_id", "week", name="uq_scenario_cell"
        ),
    )
    with op.batch_alter_table("staffing_scenario_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staffing_scenario_allocation_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_staffing_scenario_allocation_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("staffing_scenario_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staffing_scenario_allocation_project_id"))
        batch_op.drop_index(batch_op.f("ix_staffing_scenario_allocation_person_id"))

    op.drop_table("staffing_scenario_allocation")
    with op.batch_alter_table("staffing_placeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staffing_placeholder_week"))
        batch_op.drop_index(batch_op.f("ix_staffing_placeholder_project_id"))

    op.drop_table("staffing_placeholder")
    with op.batch_alter_table("staffing_actual", schema=None) as batch_op:
        batch_op.drop_index("ix_staffing_actual_week_person")
        batch_op.drop_index(batch_op.f("ix_staffing_actual_project_id"))

    op.drop_table("staffing_actual")
    op.drop_table("staffing_scenario")
