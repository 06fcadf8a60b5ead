"""The start-up integrity check started early: used when the file is unchanged, never stale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pmo_desktop.store import integrity
from pmo_desktop.store.database import DamagedDatabaseError, open_portfolio


@pytest.fixture(autouse=True)
def no_leftover_check() -> Iterator[None]:
    yield
    integrity._early = None


def _portfolio_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.sqlite"
    portfolio = open_portfolio(path)
    with portfolio.engine.begin() as conn:
        conn.execute(text("INSERT INTO client (id, name) VALUES (1, 'Acme')"))
    portfolio.close()
    return path


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # trash the second page
    path.write_bytes(bytes(data))


def test_opening_takes_the_early_result_of_an_unchanged_file(tmp_path: Path) -> None:
    path = _portfolio_file(tmp_path)
    integrity.start_quick_check(str(path))
    assert integrity._early is not None
    portfolio = open_portfolio(path, create=False)
    portfolio.close()
    assert integrity._early is None  # taken, so not checked a second time


def test_an_early_result_is_taken_once(tmp_path: Path) -> None:
    path = _portfolio_file(tmp_path)
    integrity.start_quick_check(str(path))
    assert integrity.take_early_result(path) == "ok"
    assert integrity.take_early_result(path) is None


def test_a_damaged_file_found_early_is_refused_untouched(tmp_path: Path) -> None:
    path = _portfolio_file(tmp_path)
    _damage(path)
    before = path.read_bytes()
    integrity.start_quick_check(str(path))
    with pytest.raises(DamagedDatabaseError, match="failed its integrity check"):
        open_portfolio(path, create=False)
    assert path.read_bytes() == before


def test_a_file_damaged_after_the_early_check_is_checked_again(tmp_path: Path) -> None:
    path = _portfolio_file(tmp_path)
    integrity.start_quick_check(str(path))
    assert integrity._early is not None
    integrity._early.thread.join()
    assert integrity._early.result == "ok"
    _damage(path)  # the early "ok" is now stale
    with pytest.raises(DamagedDatabaseError, match="failed its integrity check"):
        open_portfolio(path, create=False)


def test_a_file_written_after_the_early_check_is_not_judged_by_it(tmp_path: Path) -> None:
    path = _portfolio_file(tmp_path)
    integrity.start_quick_check(str(path))
    assert integrity._early is not None
    integrity._early.thread.join()
    portfolio = open_portfolio(path, create=False)  # takes the early result
    with portfolio.engine.begin() as conn:
        conn.execute(text("INSERT INTO client (id, name) VALUES (2, 'Globex')"))
    portfolio.close()
    integrity.start_quick_check(str(path))
    assert integrity._early is not None
    integrity._early.thread.join()
    with open(path, "r+b") as handle:  # a write by someone else, after the check
        handle.seek(0, 2)
        handle.write(b"\0" * 4096)
    assert integrity.take_early_result(path) is None


@pytest.mark.parametrize("target", ["missing.sqlite", "empty.sqlite", "sqlite:///x.sqlite"])
def test_no_early_check_without_an_existing_plain_file(tmp_path: Path, target: str) -> None:
    (tmp_path / "empty.sqlite").touch()
    integrity.start_quick_check(target if "://" in target else str(tmp_path / target))
    assert integrity._early is None


def test_an_encrypted_file_is_left_to_be_checked_with_its_key(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    path.write_bytes(b"\x8a" * 4096)  # no plain SQLite header: encrypted (or not a database)
    integrity.start_quick_check(str(path))
    assert integrity._early is None
