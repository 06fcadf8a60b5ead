"""reporting

Revision ID: 0006_reporting
Revises: 0005_pipeline
Create Date: 2026-11-27 22:31:56.216317
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_reporting"
down_revision: str | Sequence[str] | None = "0005_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "adherence_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_type", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(project_type) > 0", name=op.f("ck_adherence_item_type_required")
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_adherence_item_title_required")),
        sa.CheckConstraint("position >= 0", name=op.f("ck_adherence_item_position_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adherence_item")),
    )
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_adherence_item_project_type"), ["project_type"], unique=False
        )

    op.create_table(
        "status_report_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("executive_summary", sa.Text(), nullable=True),
        sa.Column("accomplishments", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("decisions_needed", sa.Text(), nullable=True),
        sa.CheckConstraint("target_id >= 1", name=op.f("ck_status_report_draft_target_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_report_draft")),
        sa.UniqueConstraint("scope", "target_id", name="uq_status_report_draft_target"),
    )
    op.create_table(
        "improvement_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("expected_effect", sa.Text(), nullable=True),
        sa.Column("measured_effect", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "length(problem) > 0", name=op.f("ck_improvement_proposal_problem_required")
        ),
        sa.CheckConstraint(
            "length(title) > 0", name=op.f("ck_improvement_proposal_title_required")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_improvement_proposal_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_proposal")),
    )
    with op.batch_alter_table("improvement_proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_proposal_owner_id"), ["owner_id"], unique=False
        )

    op.create_table(
        "status_report_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("overall_rag", sa.String(length=16), nullable=True),
        sa.Column("executive_summary", sa.Text(), nullable=True),
        sa.Column("accomplishments", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("decisions_needed", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "length(payload) > 0", name=op.f("ck_status_report_snapshot_payload_required")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_status_report_snapshot_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_status_report_snapshot_program_id_program"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_report_snapshot")),
    )
    with op.batch_alter_table("status_report_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_report_snapshot_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_status_report_snapshot_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "adherence_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["adherence_item.id"],
            name=op.f("fk_adherence_tick_item_id_adherence_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_adherence_tick_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adherence_tick")),
        sa.UniqueConstraint("project_id", "item_id", "week", name="uq_adherence_tick_cell"),
    )
    with op.batch_alter_table("adherence_tick", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adherence_tick_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_adherence_tick_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_adherence_tick_week"), ["week"], unique=False)

    op.create_table(
        "project_rank",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_project_rank_rank_positive")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_rank_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_rank")),
        sa.UniqueConstraint("project_id", name=op.f("uq_project_rank_project_id")),
    )
    op.create_table(
        "retrospective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("program_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_retrospective_title_required")),
        sa.CheckConstraint(
            "project_id IS NOT NULL OR program_id IS NOT NULL",
            name=op.f("ck_retrospective_project_or_program"),
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["program.id"],
            name=op.f("fk_retrospective_program_id_program"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_retrospective_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retrospective")),
    )
    with op.batch_alter_table("retrospective", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retrospective_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_retrospective_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "improvement_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("escalation_id", sa.Integer(), nullable=True),
        sa.Column("retrospective_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "escalation_id IS NOT NULL OR retrospective_id IS NOT NULL",
            name=op.f("ck_improvement_evidence_evidence_target"),
        ),
        sa.ForeignKeyConstraint(
            ["escalation_id"],
            ["escalation.id"],
            name=op.f("fk_improvement_evidence_escalation_id_escalation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["improvement_proposal.id"],
            name=op.f("fk_improvement_evidence_proposal_id_improvement_proposal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["retrospective_id"],
            ["retrospective.id"],
            name=op.f("fk_improvement_evidence_retrospective_id_retrospective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_evidence")),
    )
    with op.batch_alter_table("improvement_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_evidence_escalation_id"), ["escalation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_improvement_evidence_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_improvement_evidence_retrospective_id"),
            ["retrospective_id"],
            unique=False,
        )

    op.create_table(
        "retro_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("retrospective_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_retro_action_text_required")),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_retro_action_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["retrospective_id"],
            ["retrospective.id"],
            name=op.f("fk_retro_action_retrospective_id_retrospective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retro_action")),
    )
    with op.batch_alter_table("retro_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retro_action_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_retro_action_retrospective_id"), ["retrospective_id"], unique=False
        )

    op.create_table(
        "retro_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("retrospective_id", sa.Integer(), nullable=False),
        sa.Column("column_name", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(column_name) > 0", name=op.f("ck_retro_item_column_required")),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_retro_item_text_required")),
        sa.CheckConstraint("votes >= 0", name=op.f("ck_retro_item_votes_non_negative")),
        sa.ForeignKeyConstraint(
            ["retrospective_id"],
            ["retrospective.id"],
            name=op.f("fk_retro_item_retrospective_id_retrospective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retro_item")),
    )
    with op.batch_alter_table("retro_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retro_item_retrospective_id"), ["retrospective_id"], unique=False
        )

    # ### end Alembic commands ###


def downgrade() -> None:
    with op.batch_alter_table("retro_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retro_item_retrospective_id"))

    op.drop_table("retro_item")
    with op.batch_alter_table("retro_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retro_action_retrospective_id"))
        batch_op.drop_index(batch_op.f("ix_retro_action_owner_id"))

    op.drop_table("retro_action")
    with op.batch_alter_table("improvement_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_evidence_retrospective_id"))
        batch_op.drop_index(batch_op.f("ix_improvement_evidence_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_improvement_evidence_escalation_id"))

    op.drop_table("improvement_evidence")
    with op.batch_alter_table("retrospective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retrospective_project_id"))
        batch_op.drop_index(batch_op.f("ix_retrospective_program_id"))

    op.drop_table("retrospective")
    op.drop_table("project_rank")
    with op.batch_alter_table("adherence_tick", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adherence_tick_week"))
        batch_op.drop_index(batch_op.f("ix_adherence_tick_project_id"))
        batch_op.drop_index(batch_op.f("ix_adherence_tick_item_id"))

    op.drop_table("adherence_tick")
    with op.batch_alter_table("status_report_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_report_snapshot_program_id"))
        batch_op.drop_index(batch_op.f("ix_status_report_snapshot_client_id"))

    op.drop_table("status_report_snapshot")
    with op.batch_alter_table("improvement_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_proposal_owner_id"))

    op.drop_table("improvement_proposal")
    op.drop_table("status_report_draft")
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adherence_item_project_type"))

    op.drop_table("adherence_item")
    # ### end Alembic commands ###
