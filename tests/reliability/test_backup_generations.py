"""Backups in generations: thinning keeps exactly what is configured; every kept one restores."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.services.backups import auto_backup, list_backups, restore_backup
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store import backup as store_backup
from pmo_desktop.store.backup import Generations, generations_to_keep

START = datetime(2024, 1, 1, tzinfo=UTC)
stamps = st.lists(
    st.integers(0, 3 * 365 * 24 * 60).map(lambda minutes: START + timedelta(minutes=minutes)),
    max_size=400,
)
policies = st.builds(
    Generations, daily=st.integers(0, 15), weekly=st.integers(0, 12), monthly=st.integers(0, 12)
)


def _periods(times: list[datetime]) -> dict[str, list[tuple[int, ...]]]:
    """Distinct days, weeks and months of ``times``, newest first."""
    ordered = sorted(set(times), reverse=True)
    keys = {
        "daily": lambda t: (t.year, t.month, t.day),
        "weekly": lambda t: tuple(t.isocalendar())[:2],
        "monthly": lambda t: (t.year, t.month),
    }
    return {rule: list(dict.fromkeys(key(t) for t in ordered)) for rule, key in keys.items()}


@settings(max_examples=300, deadline=None)
@given(stamps, policies)
def test_thinning_keeps_exactly_the_configured_generations(
    times: list[datetime], policy: Generations
) -> None:
    kept = generations_to_keep(times, policy)
    assert set(kept) <= set(times)
    by_rule = {rule: [t for t, r in kept.items() if r == rule] for rule in ("daily", "weekly")}
    periods = _periods(times)
    # Daily: the newest backup of each of the newest `daily` days, nothing else.
    newest_of_day = {}
    for t in sorted(set(times)):
        newest_of_day[(t.year, t.month, t.day)] = t
    expected_daily = {newest_of_day[d] for d in periods["daily"][: policy.daily]}
    assert set(by_rule["daily"]) == expected_daily
    # Each later rule keeps min(count, periods whose newest backup is not kept yet).
    for rule, count in (("weekly", policy.weekly), ("monthly", policy.monthly)):
        mine = [t for t, r in kept.items() if r == rule]
        assert len(mine) <= count
        key = (
            (lambda t: tuple(t.isocalendar())[:2])
            if rule == "weekly"
            else (lambda t: (t.year, t.month))
        )
        assert len({key(t) for t in mine}) == len(mine)  # one per period
        for t in mine:  # each is the newest of its period
            assert t == max(x for x in times if key(x) == key(t))
        earlier = {t for t, r in kept.items() if r != rule and r != "monthly"}
        newest = {key(t): t for t in sorted(set(times))}
        eligible = [p for p, t in newest.items() if t not in earlier]
        assert len(mine) == min(count, len(eligible))
    total_periods = len(periods["daily"])
    assert len([r for r in kept.values() if r == "daily"]) == min(policy.daily, total_periods)
    assert len(kept) <= policy.daily + policy.weekly + policy.monthly


def test_a_long_history_keeps_exactly_daily_plus_weekly_plus_monthly() -> None:
    times = [START + timedelta(hours=6 * i) for i in range(4 * 2 * 365)]  # two years, 4 a day
    kept = generations_to_keep(times, Generations())
    assert len(kept) == 12 + 10 + 9
    assert max(times) in kept
    assert sorted(kept.values()).count("monthly") == 9


@settings(max_examples=100, deadline=None)
@given(stamps, policies)
def test_thinning_twice_keeps_what_the_first_pass_kept(
    times: list[datetime], policy: Generations
) -> None:
    once = generations_to_keep(times, policy)
    assert generations_to_keep(once, policy) == once


def _write(portfolio: Portfolio, n: int) -> None:
    with portfolio.engine.begin() as conn:
        for i in range(n):
            conn.exec_driver_sql(
                "INSERT INTO client (name) VALUES (?)", (f"Client {os.urandom(6).hex()} {i}",)
            )


def _counts(file: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        return store_backup.table_row_counts(conn)
    finally:
        conn.close()


def test_every_rotated_backup_restores_with_equal_row_counts(tmp_path: Path) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    folder = store_backup.backups_dir(file)
    expected: dict[str, dict[str, int]] = {}
    policy = Generations(daily=3, weekly=2, monthly=2)
    base = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for day in range(0, 120, 3):  # a backup every three days for four months, thinned as it goes
        _write(portfolio, 1 + day % 4)
        result = auto_backup(file, policy)
        assert result.taken is not None
        stamp = (base + timedelta(days=day)).strftime("%Y%m%dT%H%M%S%fZ")
        renamed = folder / f"p-{stamp}-auto.sqlite"
        result.taken.rename(renamed)
        expected[renamed.name] = _counts(renamed)
        store_backup.thin_backups(file, policy)
    kept = list_backups(file)
    assert len(kept) == 3 + 2 + 2
    for entry in kept:
        assert entry.readable
        restored = restore_backup(portfolio, entry.path)
        portfolio = restored.portfolio
        assert _counts(file) == expected[entry.path.name]
        assert restored.rows == sum(expected[entry.path.name].values()) - 1  # alembic_version
    portfolio.close()


def test_unchanged_portfolio_is_not_backed_up_again(tmp_path: Path) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    try:
        _write(portfolio, 2)
        assert auto_backup(file).taken is not None
        assert auto_backup(file).taken is None
        _write(portfolio, 1)
        assert auto_backup(file, reason="exit").taken is not None
    finally:
        portfolio.close()


def test_backups_before_imports_and_restores_are_never_thinned(tmp_path: Path) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    try:
        _write(portfolio, 1)
        keep = store_backup.backup_file(file, reason="before-import").path
        manual = store_backup.backup_file(file, reason="manual").path
        for _ in range(3):
            _write(portfolio, 1)
            auto_backup(file, Generations(daily=1, weekly=0, monthly=0))
        assert keep.is_file() and manual.is_file()
        reasons = sorted(e.reason for e in list_backups(file))
        assert reasons == ["auto", "before-import", "manual"]
    finally:
        portfolio.close()


def test_restore_refuses_a_damaged_backup_and_keeps_the_portfolio(tmp_path: Path) -> None:
    from pmo_desktop.domain.errors import ValidationError

    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    _write(portfolio, 3)
    bad = store_backup.backups_dir(file) / "p-20260101T000000000000Z-auto.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    before = _counts(file)
    with pytest.raises(ValidationError):
        restore_backup(portfolio, bad)
    portfolio.close()
    assert _counts(file) == before
    assert [e.readable for e in list_backups(file)] == [False]


def test_backups_and_restored_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        _check_private(tmp_path)
    finally:
        os.umask(old)


def _check_private(tmp_path: Path) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    _write(portfolio, 1)
    taken = auto_backup(file).taken
    assert taken is not None
    restored = restore_backup(portfolio, taken)
    restored.portfolio.close()
    for path in [file, *store_backup.backups_dir(file).iterdir()]:
        assert path.stat().st_mode & 0o777 == 0o600, path
