"""people

Revision ID: 0004_people
Revises: 0003_raid
Create Date: 2026-11-27 22:13:00.751958
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_people"
down_revision: str | Sequence[str] | None = "0003_raid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "competency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("rubric_1", sa.Text(), nullable=False),
        sa.Column("rubric_2", sa.Text(), nullable=False),
        sa.Column("rubric_3", sa.Text(), nullable=False),
        sa.Column("rubric_4", sa.Text(), nullable=False),
        sa.Column("rubric_5", sa.Text(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_competency_name_required")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency")),
        sa.UniqueConstraint("role", "key", name="uq_competency_role_key"),
    )
    op.create_table(
        "onboarding_template_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_offset_days", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "due_offset_days >= 0 AND due_offset_days <= 365",
            name=op.f("ck_onboarding_template_item_offset_range"),
        ),
        sa.CheckConstraint(
            "length(title) > 0", name=op.f("ck_onboarding_template_item_title_required")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onboarding_template_item")),
    )
    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("overall_rating", sa.Integer(), nullable=True),
        sa.Column("potential", sa.Integer(), nullable=True),
        sa.Column("strengths", sa.Text(), nullable=True),
        sa.Column("development", sa.Text(), nullable=True),
        sa.Column("next_goals", sa.Text(), nullable=True),
        sa.CheckConstraint("length(period) > 0", name=op.f("ck_evaluation_period_required")),
        sa.CheckConstraint(
            "overall_rating IS NULL OR (overall_rating >= 1 AND overall_rating <= 5)",
            name=op.f("ck_evaluation_overall_range"),
        ),
        sa.CheckConstraint(
            "potential IS NULL OR (potential >= 1 AND potential <= 3)",
            name=op.f("ck_evaluation_potential_range"),
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["person.id"],
            name=op.f("fk_evaluation_manager_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_evaluation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("person_id", "period", "kind", name="uq_evaluation_person_period"),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_period"), ["period"], unique=False)
        batch_op.create_index(batch_op.f("ix_evaluation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.CheckConstraint("due_date >= start_date", name=op.f("ck_goal_dates_in_order")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_goal_title_required")),
        sa.CheckConstraint(
            "progress >= 0 AND progress <= 100", name=op.f("ck_goal_progress_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_goal_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_person_id"), ["person_id"], unique=False)

    op.create_table(
        "onboarding_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("buddy_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "review_date >= start_date", name=op.f("ck_onboarding_plan_dates_in_order")
        ),
        sa.ForeignKeyConstraint(
            ["buddy_id"],
            ["person.id"],
            name=op.f("fk_onboarding_plan_buddy_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_onboarding_plan_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onboarding_plan")),
        sa.UniqueConstraint("person_id", name=op.f("uq_onboarding_plan_person_id")),
    )
    with op.batch_alter_table("onboarding_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_onboarding_plan_buddy_id"), ["buddy_id"], unique=False)

    op.create_table(
        "one_on_one",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_one_on_one_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_on_one")),
    )
    with op.batch_alter_table("one_on_one", schema=None) as batch_op:
        batch_op.create_index("ix_one_on_one_person_day", ["person_id", "day"], unique=False)

    op.create_table(
        "people_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("cadence", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_people_profile_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people_profile")),
        sa.UniqueConstraint("person_id", name=op.f("uq_people_profile_person_id")),
    )
    op.create_table(
        "team_objective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_team_objective_title_required")),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_team_objective_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_objective")),
    )
    with op.batch_alter_table("team_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_objective_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_objective_period"), ["period"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("one_on_one_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_action_item_text_required")),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["action_item.id"],
            name=op.f("fk_action_item_carried_from_id_action_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["one_on_one_id"],
            ["one_on_one.id"],
            name=op.f("fk_action_item_one_on_one_id_one_on_one"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_item_carried_from_id"), ["carried_from_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_item_one_on_one_id"), ["one_on_one_id"], unique=False
        )

    op.create_table(
        "competency_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("competency_key", sa.String(length=40), nullable=False),
        sa.Column("competency_name", sa.String(length=200), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 1 AND rating <= 5)",
            name=op.f("ck_competency_rating_rating_range"),
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_competency_rating_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_rating")),
        sa.UniqueConstraint("evaluation_id", "competency_key", name="uq_rating_evaluation_key"),
    )
    op.create_table(
        "evaluation_reopening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "length(reason) > 0", name=op.f("ck_evaluation_reopening_reason_required")
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_reopening_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_reopening")),
    )
    with op.batch_alter_table("evaluation_reopening", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_reopening_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "key_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_key_result_title_required")),
        sa.CheckConstraint("score >= 0 AND score <= 1", name=op.f("ck_key_result_score_range")),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["team_objective.id"],
            name=op.f("fk_key_result_objective_id_team_objective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_result")),
    )
    with op.batch_alter_table("key_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_key_result_objective_id"), ["objective_id"], unique=False
        )

    op.create_table(
        "onboarding_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_offset_days", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "due_offset_days >= 0 AND due_offset_days <= 365",
            name=op.f("ck_onboarding_item_offset_range"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_onboarding_item_title_required")),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["onboarding_plan.id"],
            name=op.f("fk_onboarding_item_plan_id_onboarding_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onboarding_item")),
    )
    with op.batch_alter_table("onboarding_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_onboarding_item_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "talking_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("one_on_one_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_talking_point_text_required")),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["talking_point.id"],
            name=op.f("fk_talking_point_carried_from_id_talking_point"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["one_on_one_id"],
            ["one_on_one.id"],
            name=op.f("fk_talking_point_one_on_one_id_one_on_one"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talking_point")),
    )
    with op.batch_alter_table("talking_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_talking_point_carried_from_id"), ["carried_from_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_talking_point_one_on_one_id"), ["one_on_one_id"], unique=False
        )

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("situation", sa.Text(), nullable=True),
        sa.Column("behaviour", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=True),
        sa.CheckConstraint("length(behaviour) > 0", name=op.f("ck_feedback_behaviour_required")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_feedback_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_feedback_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_person_day", ["person_id", "day"], unique=False)
        batch_op.create_index(batch_op.f("ix_feedback_project_id"), ["project_id"], unique=False)

    op.create_table(
        "evidence_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("one_on_one_id", sa.Integer(), nullable=True),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(label) > 0", name=op.f("ck_evidence_link_label_required")),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_evidence_link_feedback_id_feedback"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
            name=op.f("fk_evidence_link_goal_id_goal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_evidence_link_milestone_id_milestone"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["one_on_one_id"],
            ["one_on_one.id"],
            name=op.f("fk_evidence_link_one_on_one_id_one_on_one"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"],
            ["competency_rating.id"],
            name=op.f("fk_evidence_link_rating_id_competency_rating"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_link")),
    )
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_link_feedback_id"), ["feedback_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evidence_link_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evidence_link_milestone_id"), ["milestone_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_link_one_on_one_id"), ["one_on_one_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evidence_link_rating_id"), ["rating_id"], unique=False)

    # ### end Alembic commands ###


def downgrade() -> None:
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_link_rating_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_link_one_on_one_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_link_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_link_goal_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_link_feedback_id"))

    op.drop_table("evidence_link")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_project_id"))
        batch_op.drop_index("ix_feedback_person_day")

    op.drop_table("feedback")
    with op.batch_alter_table("talking_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talking_point_one_on_one_id"))
        batch_op.drop_index(batch_op.f("ix_talking_point_carried_from_id"))

    op.drop_table("talking_point")
    with op.batch_alter_table("onboarding_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_onboarding_item_plan_id"))

    op.drop_table("onboarding_item")
    with op.batch_alter_table("key_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_result_objective_id"))

    op.drop_table("key_result")
    with op.batch_alter_table("evaluation_reopening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_reopening_evaluation_id"))

    op.drop_table("evaluation_reopening")
    op.drop_table("competency_rating")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_one_on_one_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_carried_from_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("team_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_objective_period"))
        batch_op.drop_index(batch_op.f("ix_team_objective_owner_id"))

    op.drop_table("team_objective")
    op.drop_table("people_profile")
    with op.batch_alter_table("one_on_one", schema=None) as batch_op:
        batch_op.drop_index("ix_one_on_one_person_day")

    op.drop_table("one_on_one")
    with op.batch_alter_table("onboarding_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_onboarding_plan_buddy_id"))

    op.drop_table("onboarding_plan")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_person_id"))

    op.drop_table("goal")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_person_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_period"))
        batch_op.drop_index(batch_op.f("ix_evaluation_manager_id"))

    op.drop_table("evaluation")
    op.drop_table("onboarding_template_item")
    op.drop_table("competency")
    # ### end Alembic commands ###
