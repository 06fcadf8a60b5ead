"""checklist periods: a checklist item counts in the weeks of its active periods (one per
stretch between being added or reactivated and being retired), instead of one interval that
reactivating erased, so the weeks while it was retired changed after the fact

Revision ID: 0010_checklist_periods
Revises: 0009_scenario_base
Create Date: 2026-11-28 04:19:56.528099
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0010_checklist_periods"
down_revision: str | Sequence[str] | None = "0009_scenario_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("retired_from IS NULL")
#: adherence_item as 0009 left it (and as the downgrade puts it back).
_ITEM = sa.table(
    "adherence_item",
    sa.column("id", sa.Integer()),
    sa.column("active", sa.Boolean()),
    sa.column("counts_from", sa.Date()),
    sa.column("retired_from", sa.Date()),
)
_PERIOD = sa.table(
    "adherence_item_period",
    sa.column("id", sa.Integer()),
    sa.column("item_id", sa.Integer()),
    sa.column("counts_from", sa.Date()),
    sa.column("retired_from", sa.Date()),
)


def upgrade() -> None:
    period = op.create_table(
        "adherence_item_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("counts_from", sa.Date(), nullable=True),
        sa.Column("retired_from", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "counts_from IS NULL OR retired_from IS NULL OR retired_from >= counts_from",
            name=op.f("ck_adherence_item_period_retired_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["adherence_item.id"],
            name=op.f("fk_adherence_item_period_item_id_adherence_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adherence_item_period")),
    )
    with op.batch_alter_table("adherence_item_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_adherence_item_period_item_id"), ["item_id"], unique=False
        )
        batch_op.create_index(
            "uq_adherence_item_period_open",
            ["item_id"],
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        )
    # Read first, write after the rebuild: the period rows never sit under a table that is
    # being recreated.
    rows = _periods_of_intervals()
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_adherence_item_retired_after_start"), type_="check")
        batch_op.drop_column("counts_from")
        batch_op.drop_column("retired_from")
        batch_op.drop_column("active")
    if rows:
        op.get_bind().execute(period.insert(), rows)


def _periods_of_intervals() -> list[dict[str, Any]]:
    """Each item's interval becomes its one period: an item on the checklist counts from
    ``counts_from`` on; a retired one up to ``retired_from``; one retired without a date
    (before 0008) counted in no week and gets no period. Whether an item is on the checklist
    is then whether it has an open period, so ``active`` goes too."""
    conn = op.get_bind()
    rows: list[dict[str, Any]] = []
    for item_id, active, counts_from, retired_from in conn.execute(
        sa.select(_ITEM.c.id, _ITEM.c.active, _ITEM.c.counts_from, _ITEM.c.retired_from).order_by(
            _ITEM.c.id
        )
    ):
        if active:
            rows.append({"item_id": item_id, "counts_from": counts_from, "retired_from": None})
        elif retired_from is not None:
            rows.append(
                {"item_id": item_id, "counts_from": counts_from, "retired_from": retired_from}
            )
    return rows


def downgrade() -> None:
    """Back to one interval per item: the first period's start and the last one's end (the
    weeks between periods count again, as 0009 could not tell them apart)."""
    conn = op.get_bind()
    spans: dict[int, list[tuple[Any, Any]]] = {}
    for item_id, counts_from, retired_from in conn.execute(
        sa.select(_PERIOD.c.item_id, _PERIOD.c.counts_from, _PERIOD.c.retired_from).order_by(
            _PERIOD.c.item_id,
            _PERIOD.c.counts_from.is_not(None),  # "from the start" first
            _PERIOD.c.counts_from,
            _PERIOD.c.id,
        )
    ):
        spans.setdefault(item_id, []).append((counts_from, retired_from))
    with op.batch_alter_table("adherence_item_period", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_adherence_item_period_open", sqlite_where=_OPEN, postgresql_where=_OPEN
        )
        batch_op.drop_index(batch_op.f("ix_adherence_item_period_item_id"))
    op.drop_table("adherence_item_period")
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("counts_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("retired_from", sa.Date(), nullable=True))
    for item_id, periods in spans.items():
        conn.execute(
            sa.update(_ITEM)
            .where(_ITEM.c.id == item_id)
            .values(
                active=periods[-1][1] is None,
                counts_from=periods[0][0],
                retired_from=periods[-1][1],
            )
        )
    with op.batch_alter_table("adherence_item", schema=None) as batch_op:
        batch_op.alter_column("active", server_default=None)
        batch_op.create_check_constraint(
            op.f("ck_adherence_item_retired_after_start"),
            "counts_from IS NULL OR retired_from IS NULL OR retired_from >= counts_from",
        )
