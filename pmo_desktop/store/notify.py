"""Seeing other users' commits: what a transaction wrote is announced, and a watch notices it.

- On PostgreSQL every transaction that wrote announces, as it commits, the tables it wrote
  and who wrote them (``pg_notify`` on ``CHANNEL``, delivered by the server only if the
  transaction commits). A ``ChangeWatch`` listens on its own connection and returns what
  *other* clients changed.
- On SQLite the watch reads ``PRAGMA data_version`` on its own connection: the value changes
  when any other connection (another process, the command line, another window) commits.
  The app's own commits change it too, so the app tells the watch about each of its own
  commits (``ChangeWatch.absorb``) right after making it. SQLite cannot say which tables
  changed: the watch reports ``ANY``.

No Qt here: the GUI polls a watch from a timer (``gui.live``).
"""

from __future__ import annotations

import json
import os
import re
import socket
import uuid
import weakref
from typing import Any

from sqlalchemy import Engine, event, text

CHANNEL = "pmo_desktop_changes"
#: "Something changed, the tables are not known" (SQLite).
ANY = frozenset({"*"})
#: In what ``poll`` returns: someone replaced the whole portfolio (``import json --replace``);
#: ids seen before mean nothing now (an open window drops its undo history and re-reads).
REPLACED = "!replaced"
_WRITE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE)
_installed: weakref.WeakSet[Engine] = weakref.WeakSet()  # engines that announce their writes


def client_id() -> str:
    """This process's identity in notices: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def install_notices(engine: Engine, source: str) -> None:
    """Announce, on commit, the tables each transaction of ``engine`` wrote (PostgreSQL)."""
    if engine.dialect.name != "postgresql" or engine in _installed:
        return
    _installed.add(engine)
    engine.dispose()  # connections opened before (the migration check) get the name too

    @event.listens_for(engine, "connect")
    def _name(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:  # who is connected, in pg_stat_activity (see ``other_clients``)
            cursor.execute("SELECT set_config('application_name', %s, false)", (_app(source),))
        finally:
            cursor.close()
        dbapi_connection.commit()

    @event.listens_for(engine, "before_cursor_execute")
    def _remember(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        match = _WRITE.match(statement)
        if match is not None:
            conn.info.setdefault("pmo_written", set()).add(match.group(1).lower())

    @event.listens_for(engine, "commit")  # before the COMMIT is sent: the notice rides on it
    def _announce(conn: Any) -> None:
        written = conn.info.pop("pmo_written", None)
        if not written:
            return
        payload = json.dumps({"source": source, "tables": sorted(written)})
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload[:7900]))
        finally:
            cursor.close()

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        conn.info.pop("pmo_written", None)


def announce_replaced(conn: Any, source: str) -> None:
    """Tell every other client, when this transaction commits, that the whole portfolio was
    replaced (nothing on SQLite, where the instance lock keeps the app out meanwhile)."""
    if conn.dialect.name == "postgresql":
        payload = json.dumps({"source": source, "tables": ["*"], "replaced": True})
        conn.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
        )


def _app(source: str) -> str:
    return f"pmo-desktop {source}"[:63]


def other_clients(engine: Engine, source: str) -> int:
    """How many sessions of other clients are connected to this shared database (0 on
    SQLite, where the instance lock says who has the file open)."""
    if engine.dialect.name != "postgresql":
        return 0
    with engine.connect() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND backend_type = 'client backend' AND application_name <> :mine"
            ),
            {"mine": _app(source)},
        ).scalar_one()
    return int(count)


class ChangeWatch:
    """Tells what other connections committed to one database since the last look."""

    def __init__(self, engine: Engine, source: str) -> None:
        self.engine = engine
        self.source = source
        self.postgresql = engine.dialect.name == "postgresql"
        raw: Any = engine.raw_connection()
        driver: Any = raw.driver_connection
        self._raw, self._dbapi = raw, driver
        if self.postgresql:
            driver.autocommit = True
            cursor = driver.cursor()
            cursor.execute(f"LISTEN {CHANNEL}")
            cursor.close()
            self._seen = 0
        else:
            self._seen = self._data_version()

    def _data_version(self) -> int:
        cursor = self._dbapi.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def poll(self) -> frozenset[str]:
        """The tables others changed since the last ``poll`` (``ANY`` on SQLite; empty:
        nothing changed)."""
        if not self.postgresql:
            version = self._data_version()
            if version == self._seen:
                return frozenset()
            self._seen = version
            return ANY
        tables: set[str] = set()
        for notice in self._dbapi.notifies(timeout=0.0):
            try:
                body = json.loads(notice.payload)
            except ValueError:
                tables.update(ANY)
                continue
            if body.get("source") != self.source:
                tables.update(str(t) for t in body.get("tables", ()))
                if body.get("replaced"):
                    tables.update({REPLACED, *ANY})
        return frozenset(tables)

    def absorb(self) -> None:
        """This process just committed: that change is not someone else's (SQLite)."""
        if not self.postgresql:
            self._seen = self._data_version()

    def close(self) -> None:
        """Give the watch's connection back."""
        raw, self._raw = self._raw, None
        if raw is not None:
            if self.postgresql:
                try:
                    cursor = self._dbapi.cursor()
                    cursor.execute(f"UNLISTEN {CHANNEL}")
                    cursor.close()
                    self._dbapi.autocommit = False
                except Exception:  # a dropped connection: it is closed below anyway
                    raw.invalidate()
            raw.close()
