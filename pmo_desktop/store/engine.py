"""Engines with the pragmas HR data deserves, and transactional DDL on SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import QueuePool, StaticPool

BUSY_TIMEOUT_MS = 5000

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for ``target``: a URL as given, or a SQLite file path."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    """True when the URL names a SQLite database."""
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(
    target: str | Path | URL, *, passphrase: str | None = None, **kwargs: Any
) -> Engine:
    """Create an engine; on SQLite every connection gets the pragmas and BEGIN IMMEDIATE.

    pysqlite's own transaction handling is switched off (``isolation_level=None``) and every
    SQLAlchemy transaction starts with ``BEGIN IMMEDIATE``, so DDL is transactional (a failed
    migration rolls back whole) and a writer takes the lock up front instead of failing late.

    With ``passphrase`` a SQLite file is opened encrypted, through SQLAlchemy's
    ``sqlite+pysqlcipher`` dialect (the ``sqlcipher3`` driver): the dialect sets the key
    first on each connection, then the same pragmas follow. The passphrase lives only in
    the engine's URL, which SQLAlchemy never renders with it.
    """
    url = target if isinstance(target, URL) else to_url(target)
    if not is_sqlite(url):
        return create_engine(url, **kwargs)
    if sqlite_file(url) is None:
        kwargs.setdefault("poolclass", StaticPool)
    elif passphrase is not None:
        url = url.set(drivername="sqlite+pysqlcipher", password=passphrase)
        kwargs.setdefault("poolclass", QueuePool)  # as for a plain file; keys cost a KDF
    engine = create_engine(url, **kwargs)
    _install_sqlite_events(engine)
    return engine


def _install_sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if engine.dialect.driver == "pysqlcipher":
                cursor.execute("PRAGMA cipher_log_level = NONE")
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
