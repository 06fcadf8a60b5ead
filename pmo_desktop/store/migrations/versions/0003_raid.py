"""raid

Revision ID: 0003_raid
Revises: 0002_staffing
Create Date: 2026-11-27 22:10:59.596351
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_raid"
down_revision: str | Sequence[str] | None = "0002_staffing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "escalation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("cause_category", sa.String(length=32), nullable=True),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_escalation_title_required")),
        sa.CheckConstraint(
            "resolved_on IS NULL OR resolved_on >= raised_on",
            name=op.f("ck_escalation_resolved_after_raised"),
        ),
        sa.CheckConstraint(
            "severity >= 1 AND severity <= 4", name=op.f("ck_escalation_severity_range")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_escalation_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_escalation_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_escalation_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_escalation_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_program_id"), ["program_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_escalation_raised_on"), ["raised_on"], unique=False)

    op.create_table(
        "raid_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("cause", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("opportunity", sa.Boolean(), nullable=False),
        sa.Column("response", sa.String(length=32), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=True),
        sa.Column("contingency", sa.Text(), nullable=True),
        sa.Column("residual_probability", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("raised_date", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("severity", sa.Integer(), nullable=True),
        sa.Column("validation_date", sa.Date(), nullable=True),
        sa.Column("converted_from_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "due_date IS NULL OR due_date >= raised_date",
            name=op.f("ck_raid_item_due_after_raised"),
        ),
        sa.CheckConstraint("impact >= 1 AND impact <= 5", name=op.f("ck_raid_item_impact_range")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_raid_item_title_required")),
        sa.CheckConstraint(
            "probability >= 1 AND probability <= 5", name=op.f("ck_raid_item_probability_range")
        ),
        sa.CheckConstraint(
            "residual_impact IS NULL OR (residual_impact >= 1 AND residual_impact <= 5)",
            name=op.f("ck_raid_item_residual_impact_range"),
        ),
        sa.CheckConstraint(
            "residual_probability IS NULL OR "
            "(residual_probability >= 1 AND residual_probability <= 5)",
            name=op.f("ck_raid_item_residual_probability_range"),
        ),
        sa.CheckConstraint(
            "severity IS NULL OR (severity >= 1 AND severity <= 4)",
            name=op.f("ck_raid_item_severity_range"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_raid_item_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["converted_from_id"],
            ["raid_item.id"],
            name=op.f("fk_raid_item_converted_from_id_raid_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_raid_item_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_raid_item_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_raid_item_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raid_item")),
    )
    with op.batch_alter_table("raid_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_raid_item_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_raid_item_converted_from_id"), ["converted_from_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_raid_item_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_raid_item_program_id"), ["program_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_raid_item_project_id"), ["project_id"], unique=False)
        batch_op.create_index("ix_raid_item_status_kind", ["status", "kind"], unique=False)

    op.create_table(
        "escalation_why",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.CheckConstraint("length(answer) > 0", name=op.f("ck_escalation_why_answer_required")),
        sa.CheckConstraint("position >= 1", name=op.f("ck_escalation_why_position_positive")),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_escalation_why_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation_why")),
    )
    with op.batch_alter_table("escalation_why", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_escalation_why_escalation_id"), ["escalation_id"], unique=False
        )

    op.create_table(
        "preventive_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(description) > 0", name=op.f("ck_preventive_action_description_required")
        ),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_preventive_action_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_preventive_action_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preventive_action")),
    )
    with op.batch_alter_table("preventive_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preventive_action_escalation_id"), ["escalation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_preventive_action_owner_id"), ["owner_id"], unique=False
        )

    op.create_table(
        "raid_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(description) > 0", name=op.f("ck_raid_action_description_required")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["raid_item.id"],
            name=op.f("fk_raid_action_item_id_raid_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_raid_action_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raid_action")),
    )
    with op.batch_alter_table("raid_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_raid_action_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_raid_action_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "raid_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["raid_item.id"],
            name=op.f("fk_raid_change_item_id_raid_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raid_change")),
    )
    with op.batch_alter_table("raid_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_raid_change_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("raid_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raid_change_item_id"))

    op.drop_table("raid_change")
    with op.batch_alter_table("raid_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raid_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_raid_action_item_id"))

    op.drop_table("raid_action")
    with op.batch_alter_table("preventive_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preventive_action_owner_id"))
        batch_op.drop_index(batch_op.f("ix_preventive_action_escalation_id"))

    op.drop_table("preventive_action")
    with op.batch_alter_table("escalation_why", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_why_escalation_id"))

    op.drop_table("escalation_why")
    with op.batch_alter_table("raid_item", schema=None) as batch_op:
        batch_op.drop_index("ix_raid_item_status_kind")
        batch_op.drop_index(batch_op.f("ix_raid_item_project_id"))
        batch_op.drop_index(batch_op.f("ix_raid_item_program_id"))
        batch_op.drop_index(batch_op.f("ix_raid_item_owner_id"))
        batch_op.drop_index(batch_op.f("ix_raid_item_converted_from_id"))
        batch_op.drop_index(batch_op.f("ix_raid_item_client_id"))

    op.drop_table("raid_item")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_raised_on"))
        batch_op.drop_index(batch_op.f("ix_escalation_project_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_program_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_owner_id"))
        batch_op.drop_index(batch_op.f("ix_escalation_client_id"))

    op.drop_table("escalation")
