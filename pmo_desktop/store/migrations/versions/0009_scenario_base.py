"""scenario base: the plan's hours of each cell a scenario changed, as they were when it
first changed it, get their own table (they were kept as JSON in the scenario's note)

Revision ID: 0009_scenario_base
Revises: 0008_adherence_history
Create Date: 2026-11-28 02:19:11.576769
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0009_scenario_base"
down_revision: str | Sequence[str] | None = "0008_adherence_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    base = op.create_table(
        "staffing_scenario_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "hours >= 0 AND hours <= 168", name=op.f("ck_staffing_scenario_base_hours_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_staffing_scenario_base_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_staffing_scenario_base_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["staffing_scenario.id"],
            name=op.f("fk_staffing_scenario_base_scenario_id_staffing_scenario"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_scenario_base")),
        sa.UniqueConstraint(
            "scenario_id", "person_id", "project_id", "week", name="uq_scenario_base_cell"
        ),
    )
    with op.batch_alter_table("staffing_scenario_base", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staffing_scenario_base_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_staffing_scenario_base_project_id"), ["project_id"], unique=False
        )
    with op.batch_alter_table("staffing_scenario", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("keeps_base", sa.Boolean(), server_default="0", nullable=False)
        )
    _move_bases_out_of_notes(base)


def _move_bases_out_of_notes(base: sa.Table) -> None:
    """Scenarios whose note holds ``{"base": {"person:project:week": hours}}`` keep it as rows
    (cells of people or projects deleted since are dropped, as a foreign key would have)."""
    conn = op.get_bind()
    scenario = sa.table(
        "staffing_scenario",
        sa.column("id", sa.Integer()),
        sa.column("note", sa.Text()),
        sa.column("keeps_base", sa.Boolean()),
    )
    people = {row[0] for row in conn.execute(sa.text("SELECT id FROM person"))}
    projects = {row[0] for row in conn.execute(sa.text("SELECT id FROM project"))}
    for scenario_id, note in conn.execute(sa.select(scenario.c.id, scenario.c.note)).all():
        try:
            doc = json.loads(note) if note else None
        except ValueError:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("base"), dict):
            continue
        rows = []
        for key, hours in doc["base"].items():
            person, project, week = str(key).split(":")
            if int(person) in people and int(project) in projects:
                rows.append(
                    {
                        "scenario_id": scenario_id,
                        "person_id": int(person),
                        "project_id": int(project),
                        "week": date.fromisoformat(week),
                        "hours": float(hours),
                    }
                )
        if rows:
            conn.execute(base.insert(), rows)
        conn.execute(
            sa.update(scenario)
            .where(scenario.c.id == scenario_id)
            .values(keeps_base=True, note=None)
        )


def downgrade() -> None:
    with op.batch_alter_table("staffing_scenario", schema=None) as batch_op:
        batch_op.drop_column("keeps_base")
    with op.batch_alter_table("staffing_scenario_base", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staffing_scenario_base_project_id"))
        batch_op.drop_index(batch_op.f("ix_staffing_scenario_base_person_id"))
    op.drop_table("staffing_scenario_base")
