"""The complete metadata, and the schema revisions this build knows.

Model modules are imported lazily by ``metadata()`` so that start-up only pays for the
core tables the first view needs; each area's services import their own models.
"""

from __future__ import annotations

import importlib

from sqlalchemy import Connection, MetaData, func, select, text

from pmo_desktop.store.base import Base

#: Every model module, in the order their tables were added.
MODEL_MODULES: tuple[str, ...] = (
    "pmo_desktop.store.models",  # the portfolio core
    "pmo_desktop.store.models_staffing",  # placeholders, scenarios, actuals
    "pmo_desktop.store.models_raid",  # RAID, escalations
    "pmo_desktop.store.models_people",  # 1:1s, goals, evaluations
    "pmo_desktop.store.models_pipeline",  # financials, health, roadmap
    "pmo_desktop.store.models_reporting",  # status reports, retros, adherence, workload
    "pmo_desktop.store.models_team",  # skills, closure days, role targets
)

#: Every revision this build knows, oldest first; the last is the head it migrates to.
#: A test checks this against the Alembic scripts, so start-up needs no Alembic import.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_core",
    "0002_staffing",
    "0003_raid",
    "0004_people",
    "0005_pipeline",
    "0006_reporting",
    "0007_health_rules",
    "0008_adherence_history",
    "0009_scenario_base",
    "0010_checklist_periods",
    "0011_team_calendar",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def metadata() -> MetaData:
    """The metadata of every table of the current schema (imports every model module)."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata


def sync_id_sequences(conn: Connection) -> None:
    """After rows were written with explicit ids, move each id sequence past the largest id.

    SQLite takes the next id from the table itself; PostgreSQL draws it from a sequence that
    explicit ids do not advance, so the next record added would collide with an imported one.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in metadata().sorted_tables:
        (pk,) = table.primary_key.columns
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": pk.name},
        ).scalar()
        if sequence is None:
            continue
        largest = conn.execute(select(func.max(pk))).scalar()
        if largest is not None:
            conn.execute(
                text("SELECT setval(:sequence, :value)"), {"sequence": sequence, "value": largest}
            )
