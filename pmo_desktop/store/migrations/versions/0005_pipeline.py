"""pipeline

Revision ID: 0005_pipeline
Revises: 0004_people
Create Date: 2026-11-27 22:14:00.372533
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_pipeline"
down_revision: str | Sequence[str] | None = "0004_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "health_threshold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("budget_green_pct", sa.Float(), nullable=False),
        sa.Column("budget_amber_pct", sa.Float(), nullable=False),
        sa.Column("timeline_green_days", sa.Integer(), nullable=False),
        sa.Column("timeline_amber_days", sa.Integer(), nullable=False),
        sa.Column("scope_green_pct", sa.Float(), nullable=False),
        sa.Column("scope_amber_pct", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "budget_green_pct >= 0 AND budget_green_pct <= budget_amber_pct",
            name=op.f("ck_health_threshold_budget_order"),
        ),
        sa.CheckConstraint(
            "scope_green_pct >= 0 AND scope_green_pct <= scope_amber_pct",
            name=op.f("ck_health_threshold_scope_order"),
        ),
        sa.CheckConstraint(
            "timeline_green_days >= 0 AND timeline_green_days <= timeline_amber_days",
            name=op.f("ck_health_threshold_timeline_order"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_health_threshold_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_threshold")),
        sa.UniqueConstraint("program_id", name=op.f("uq_health_threshold_program_id")),
    )
    op.create_table(
        "roadmap_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_roadmap_item_title_required")),
        sa.CheckConstraint(
            "quarter >= 1 AND quarter <= 4", name=op.f("ck_roadmap_item_quarter_range")
        ),
        sa.CheckConstraint(
            "year >= 2000 AND year <= 2100", name=op.f("ck_roadmap_item_year_range")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_roadmap_item_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_roadmap_item_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_item")),
    )
    with op.batch_alter_table("roadmap_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_item_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_roadmap_item_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "health_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("rag", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(project_id IS NULL) <> (program_id IS NULL)",
            name=op.f("ck_health_override_project_or_program"),
        ),
        sa.CheckConstraint("length(reason) > 0", name=op.f("ck_health_override_reason_required")),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_health_override_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_health_override_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_override")),
    )
    with op.batch_alter_table("health_override", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_health_override_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_health_override_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_financials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("actual_cost_cents", sa.Integer(), nullable=True),
        sa.Column("forecast_cents", sa.Integer(), nullable=True),
        sa.Column("percent_complete", sa.Integer(), nullable=True),
        sa.Column("sow_signed_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "actual_cost_cents IS NULL OR actual_cost_cents >= 0",
            name=op.f("ck_project_financials_actual_non_negative"),
        ),
        sa.CheckConstraint(
            "forecast_cents IS NULL OR forecast_cents >= 0",
            name=op.f("ck_project_financials_forecast_non_negative"),
        ),
        sa.CheckConstraint(
            "percent_complete IS NULL OR (percent_complete >= 0 AND percent_complete <= 100)",
            name=op.f("ck_project_financials_percent_range"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_financials_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_financials")),
        sa.UniqueConstraint("project_id", name=op.f("uq_project_financials_project_id")),
    )
    op.create_table(
        "scope_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost_impact_cents", sa.Integer(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(description) > 0", name=op.f("ck_scope_change_description_required")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_scope_change_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scope_change")),
    )
    with op.batch_alter_table("scope_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scope_change_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=32), nullable=False),
        sa.Column("to_stage", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_stage_change_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_change_project_id"), ["project_id"], unique=False
        )

    # ### end Alembic commands ###


def downgrade() -> None:
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_change_project_id"))

    op.drop_table("stage_change")
    with op.batch_alter_table("scope_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scope_change_project_id"))

    op.drop_table("scope_change")
    op.drop_table("project_financials")
    with op.batch_alter_table("health_override", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_override_project_id"))
        batch_op.drop_index(batch_op.f("ix_health_override_program_id"))

    op.drop_table("health_override")
    with op.batch_alter_table("roadmap_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_item_program_id"))
        batch_op.drop_index(batch_op.f("ix_roadmap_item_client_id"))

    op.drop_table("roadmap_item")
    op.drop_table("health_threshold")
    # ### end Alembic commands ###
