"""health_rules: portfolio-wide health thresholds and critical milestones

Revision ID: 0007_health_rules
Revises: 0006_reporting
Create Date: 2026-11-28 00:27:45.059970
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_health_rules"
down_revision: str | Sequence[str] | None = "0006_reporting"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "health_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget_green_pct", sa.Float(), nullable=False),
        sa.Column("budget_amber_pct", sa.Float(), nullable=False),
        sa.Column("timeline_green_days", sa.Integer(), nullable=False),
        sa.Column("timeline_amber_days", sa.Integer(), nullable=False),
        sa.Column("scope_green_pct", sa.Float(), nullable=False),
        sa.Column("scope_amber_pct", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "budget_green_pct >= 0 AND budget_green_pct <= budget_amber_pct",
            name=op.f("ck_health_rules_budget_order"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_health_rules_single_row")),
        sa.CheckConstraint(
            "scope_green_pct >= 0 AND scope_green_pct <= scope_amber_pct",
            name=op.f("ck_health_rules_scope_order"),
        ),
        sa.CheckConstraint(
            "timeline_green_days >= 0 AND timeline_green_days <= timeline_amber_days",
            name=op.f("ck_health_rules_timeline_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_rules")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("critical", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_column("critical")

    op.drop_table("health_rules")
