"""Engines with the pragmas HR data deserves, and transactional DDL on SQLite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    target: str | Path | URL,
    *,
    passphrase: str | None = None,
    readonly: bool = False,
    **kwargs: Any,
) -> Engine:
    """Create an engine; on SQLite every connection gets the pragmas and BEGIN IMMEDIATE.

    pysqlite's own transaction handling is switched off (``isolation_level=None``) and every
    SQLAlchemy transaction starts with ``BEGIN IMMEDIATE``, so DDL is transactional (a failed
    migration rolls back whole) and a writer takes the lock up front instead of failing late.

    With ``passphrase`` a SQLite file is opened encrypted, through SQLAlchemy's
    ``sqlite+pysqlcipher`` dialect (the ``sqlcipher3`` driver): the dialect sets the key
    first on each connection, then the same pragmas follow. The passphrase lives only in
    the engine's URL, which SQLAlchemy never renders with it.

    ``readonly`` opens a SQLite file with ``mode=ro`` and deferred transactions: such a
    connection never writes, checkpoints or removes the WAL, and never holds the write lock
    (a long export does not keep the app from saving).
    """
    url = target if isinstance(target, URL) else to_url(target)
    if not is_sqlite(url):
        # A shared server: a connection the server (or the network) dropped is replaced
        # before use instead of failing the next edit.
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(url, **kwargs)
    file = sqlite_file(url)
    if file is None:
        kwargs.setdefault("poolclass", StaticPool)
    elif passphrase is not None:
        from pmo_desktop.store.cipher import forbid_core_dumps

        forbid_core_dumps()  # the passphrase is held in memory from here on
        url = url.set(drivername="sqlite+pysqlcipher", password=passphrase)
        kwargs.setdefault("poolclass", QueuePool)  # as for a plain file; keys cost a KDF
    if readonly and file is not None:
        kwargs.setdefault("creator", _readonly_creator(file, encrypted=passphrase is not None))
    engine = create_engine(url, **kwargs)
    _install_sqlite_events(engine, readonly=readonly)
    if file is not None and not readonly:
        _refuse_transactions_once_damaged(engine, file)
    return engine


def _refuse_transactions_once_damaged(engine: Engine, file: Path) -> None:
    """No transaction starts on ``file`` once it was found damaged (``live.mark_damaged``)."""
    from pmo_desktop.store import live

    @event.listens_for(engine, "begin", insert=True)  # before BEGIN IMMEDIATE is sent
    def _refuse(_conn: Any) -> None:
        live.refuse_if_damaged(file)


def _readonly_creator(file: Path, *, encrypted: bool) -> Callable[[], Any]:
    """A DBAPI connect function opening ``file`` with ``mode=ro`` (SQLCipher's when encrypted).

    The key of an encrypted file is set by SQLAlchemy's pysqlcipher dialect on connect.
    """
    uri = f"file:{quote(file.as_posix())}?mode=ro"

    def connect() -> Any:
        if encrypted:
            from sqlcipher3 import dbapi2 as driver  # type: ignore[import-untyped]
        else:
            import sqlite3 as driver
        return driver.connect(uri, uri=True, check_same_thread=False)

    return connect


def _install_sqlite_events(engine: Engine, *, readonly: bool = False) -> None:
    # A read-only connection reads the file in whatever journal mode it is in.
    pragmas = [p for p in SQLITE_PRAGMAS if not (readonly and "journal_mode" in p)]
    begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if engine.dialect.driver == "pysqlcipher":
                cursor.execute("PRAGMA cipher_log_level = NONE")
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)
