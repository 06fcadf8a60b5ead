"""Schema state and migrations, run with the safety rules of the architecture.

* A database whose revision this build does not know was made by a newer version: refused,
  untouched.
* Before a pending migration of a SQLite file, a verified backup is taken.
* On a shared server, ``exclusive`` lets one client at a time read the schema state and
  migrate (a PostgreSQL advisory lock): clients opening a new database together wait for the
  first one's migration instead of running it twice.
* Migrations run on one connection with ``foreign_keys=OFF`` (set before BEGIN, so a batch
  rebuild of a parent table cannot cascade-delete children), in one transaction (transactional
  DDL, see ``engine``), and ``PRAGMA foreign_key_check`` must be clean before COMMIT.

Alembic is imported only when a migration is pending.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from pmo_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

#: The advisory lock key every PMO Desktop client takes while it migrates a shared database.
MIGRATION_LOCK = 0x504D4F2D4D4947  # "PMO-MIG"


class SchemaError(RuntimeError):
    """The database cannot be opened by this build (newer, foreign or broken schema)."""


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against this build's migrations."""

    current: str | None
    head: str
    has_tables: bool

    @property
    def pending(self) -> bool:
        """True when migrations must run before the app can use the database."""
        return self.current != self.head

    @property
    def known(self) -> bool:
        """False when the database was made by a newer (or unknown) version."""
        return self.current is None or self.current in KNOWN_REVISIONS


def read_state(engine: Engine) -> SchemaState:
    """Read the Alembic revision without importing Alembic."""
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        current: str | None = None
        if "alembic_version" in names:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            if len(rows) > 1:
                raise SchemaError(f"database has several schema heads ({', '.join(rows)})")
            current = rows[0] if rows else None
        has_tables = bool(names - {"alembic_version"})
    return SchemaState(current=current, head=HEAD_REVISION, has_tables=has_tables)


@contextmanager
def exclusive(engine: Engine) -> Iterator[None]:
    """Hold the migration lock of a shared (PostgreSQL) database; nothing on SQLite, where
    migrations take the file's write lock (``BEGIN IMMEDIATE``) anyway."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        conn.commit()  # the lock belongs to the session, not to this transaction
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()


def ensure_known(state: SchemaState) -> None:
    """Refuse a database made by a newer version of the app, or not made by it at all."""
    if not state.known:
        raise SchemaError(
            f"this portfolio was saved by a newer version of PMO Desktop (schema {state.current});"
            " update the app to open it"
        )
    if state.current is None and state.has_tables:
        raise SchemaError("this database was not created by PMO Desktop (no schema version)")


def alembic_config() -> Config:
    """An Alembic config built in code, with an absolute script location (wheel and bundle)."""
    from alembic.config import Config

    config = Config()
    location = resources.files("pmo_desktop.store") / "migrations"
    config.set_main_option("script_location", str(Path(str(location))))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction with foreign keys off, then check them."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _raw_execute(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite:
                    _assert_foreign_keys_clean(conn)
        finally:
            if sqlite:
                _raw_execute(conn, "PRAGMA foreign_keys=ON")


def _raw_execute(conn: Connection, sql: str) -> None:
    """Run a statement on the DBAPI connection, outside any SQLAlchemy transaction."""
    dbapi: Any = conn.connection.dbapi_connection
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _assert_foreign_keys_clean(conn: Connection) -> None:
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        first = problems[0]
        raise SchemaError(
            f"migration would break {len(problems)} reference(s), e.g. table {first[0]} row"
            f" {first[1]} → {first[2]}; nothing was changed"
        )
