"""``kill -9`` at random moments during random transactions: nothing committed is lost,
nothing half-done survives, the file stays sound; and the harness does catch an unsafe setup."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store.engine import make_engine
from tests.reliability.crash_harness import run_kills

KILLS = 520


def _portfolio_file(tmp_path: Path) -> Path:
    file = tmp_path / "p.sqlite"
    open_portfolio(file).close()  # created and migrated the way the app does it
    return file


def test_kill_9_during_transactions_loses_nothing_and_leaves_nothing_partial(
    tmp_path: Path,
) -> None:
    file = _portfolio_file(tmp_path)
    engine = make_engine(file)  # made before the forks, connected only in each child
    findings = run_kills(file, lambda: engine, KILLS, seed=8, max_delay=0.015)
    assert findings.child_errors == []
    assert findings.kills == KILLS
    assert findings.integrity_failures == []
    assert findings.foreign_key_violations == []
    assert findings.lost_or_unexpected == []
    assert findings.partial_batches == []
    assert findings.commits_reported > 0
    assert findings.killed_mid_transaction > 0  # some kills did land inside a transaction
    print(
        f"\n{findings.kills} kills, {findings.commits_reported} commits reported, "
        f"{findings.killed_mid_transaction} kills inside a transaction: 0 problems"
    )


def _unsafe_engine(file: Path) -> Engine:
    """No journal, no syncing and a tiny page cache: a transaction spills straight to the file."""
    engine = create_engine(f"sqlite+pysqlite:///{file}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        for pragma in (
            "PRAGMA journal_mode=OFF",
            "PRAGMA synchronous=OFF",
            "PRAGMA foreign_keys=ON",
            "PRAGMA cache_size=8",
        ):
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def test_negative_control_without_a_journal_the_harness_finds_the_damage(tmp_path: Path) -> None:
    file = _portfolio_file(tmp_path)
    conn = sqlite3.connect(file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    findings = run_kills(file, lambda: _unsafe_engine(file), 200, seed=3, max_delay=0.05, big=True)
    assert findings.child_errors == []
    assert findings.problems > 0, "the harness should detect damage without a journal"
