"""The complete metadata, and the schema revisions this build knows.

Model modules are imported lazily by ``metadata()`` so that start-up only pays for the
core tables the first view needs; each area's services import their own models.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from pmo_desktop.store.base import Base

#: Every model module, in the order their tables were added.
MODEL_MODULES: tuple[str, ...] = (
    "pmo_desktop.store.models",  # the portfolio core
    "pmo_desktop.store.models_staffing",  # placeholders, scenarios, actuals
    "pmo_desktop.store.models_raid",  # RAID, escalations
    "pmo_desktop.store.models_people",  # 1:1s, goals, evaluations
    "pmo_desktop.store.models_pipeline",  # financials, health, roadmap
    "pmo_desktop.store.models_reporting",  # status reports, retros, adherence, workload
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
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def metadata() -> MetaData:
    """The metadata of every table of the current schema (imports every model module)."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
