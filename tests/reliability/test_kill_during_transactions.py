"""``kill -9`` at random moments during random transactions: nothing committed is lost,
nothing half-done survives, the file stays sound; and the harness does catch an unsafe setup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pmo_desktop.services.workspace import open_portfolio
from tests.reliability.crash_harness import run_kills

KILLS = 520
#: Each round of the encrypted run derives the key twice (child and check), 0.13 s each here;
#: about two kills in three land inside a transaction.
ENCRYPTED_KILLS = 50


def _portfolio_file(tmp_path: Path) -> Path:
    file = tmp_path / "p.sqlite"
    open_portfolio(file).close()  # created and migrated the way the app does it
    return file


def test_kill_9_during_transactions_loses_nothing_and_leaves_nothing_partial(
    tmp_path: Path,
) -> None:
    file = _portfolio_file(tmp_path)
    findings = run_kills(file, KILLS, seed=8, max_delay=0.015)
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


def test_kill_9_during_transactions_on_an_encrypted_file_loses_nothing(tmp_path: Path) -> None:
    file = tmp_path / "locked.sqlite"
    open_portfolio(file, passphrase="kill -9 ✓ مفتاح").close()
    findings = run_kills(file, ENCRYPTED_KILLS, seed=21, max_delay=0.015, key="kill -9 ✓ مفتاح")
    assert findings.child_errors == []
    assert findings.kills == ENCRYPTED_KILLS
    assert findings.problems == 0, findings
    assert findings.commits_reported > 0
    assert findings.killed_mid_transaction > 0
    assert not file.read_bytes().startswith(b"SQLite format 3")  # still encrypted


def test_negative_control_without_a_journal_the_harness_finds_the_damage(tmp_path: Path) -> None:
    file = _portfolio_file(tmp_path)
    conn = sqlite3.connect(file)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    findings = run_kills(file, 200, seed=3, unsafe=True, max_delay=0.05, big=True)
    assert findings.child_errors == []
    assert findings.problems > 0, "the harness should detect damage without a journal"
