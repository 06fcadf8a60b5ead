"""adherence history: checklist items count from the week they were added and stop counting
from the week they were retired (earlier weeks keep their ticks and their share)

Revision ID: 0008_adherence_history
Revises: 0007_health_rules
Create Date: 2026-11-28 00:37:01.874603
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_adherence_history"
down_revision: str | Sequence[str] | None = "0007_health_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counts_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("retired_from", sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_adherence_item_retired_after_start"),
            "counts_from IS NULL OR retired_from IS NULL OR retired_from >= counts_from",
        )


def downgrade() -> None:
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_adherence_item_retired_after_start"), type_="check")
        batch_op.drop_column("retired_from")
        batch_op.drop_column("counts_from")
