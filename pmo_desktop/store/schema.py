"""The complete metadata: import every model module so all tables are registered."""

from __future__ import annotations

from sqlalchemy import MetaData

from pmo_desktop.store import models  # noqa: F401  (registers the core tables)
from pmo_desktop.store import models_staffing  # noqa: F401
from pmo_desktop.store import models_raid  # noqa: F401  (RAID, escalations)
from pmo_desktop.store import models_people  # noqa: F401  (1:1s, goals, evaluations)
from pmo_desktop.store.base import Base

#: Every revision this build knows, oldest first; the last is the head it migrates to.
#: A test checks this against the Alembic scripts, so start-up needs no Alembic import.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_core", "0002_staffing", "0003_raid", "0004_people")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def metadata() -> MetaData:
    """The metadata of every table of the current schema."""
    return Base.metadata
