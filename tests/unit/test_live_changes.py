"""Other clients' commits are noticed, and a collision on a shared server is run again.

On SQLite, a second portfolio opened on the same file stands in for another process (it has
its own connections, as the command line or a second window would).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import BusyError
from pmo_desktop.services import uow
from pmo_desktop.services.uow import is_transient, transact, unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store.models import Client
from pmo_desktop.store.notify import ANY


def test_a_watch_sees_another_clients_commit_once_and_not_its_own(tmp_path: Path) -> None:
    mine = open_portfolio(tmp_path / "p.sqlite")
    theirs = open_portfolio(tmp_path / "p.sqlite")
    watch = mine.watch()
    try:
        assert watch.poll() == frozenset()
        with unit_of_work(theirs.sessions) as session:
            session.add(Client(name="Added elsewhere"))
        assert watch.poll() == ANY
        assert watch.poll() == frozenset()  # told once
        with unit_of_work(mine.sessions) as session:
            session.add(Client(name="Added here"))
        watch.absorb()
        assert watch.poll() == frozenset()
    finally:
        watch.close()
        mine.close()
        theirs.close()


class _Deadlock(Exception):
    sqlstate = "40P01"


def _collision() -> OperationalError:
    return OperationalError("UPDATE allocation …", {}, _Deadlock("deadlock detected"))


def test_a_collision_is_run_again_and_its_first_try_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uow, "FIRST_PAUSE_S", 0.0)
    portfolio = open_portfolio(tmp_path / "p.sqlite")
    tries: list[int] = []

    def step(session: Session) -> int:
        session.add(Client(name=f"Try {len(tries) + 1}"))
        session.flush()
        tries.append(1)
        if len(tries) < 3:
            raise _collision()
        return len(tries)

    try:
        assert transact(portfolio.sessions, step) == 3
        with unit_of_work(portfolio.sessions) as session:
            assert list(session.scalars(select(Client.name))) == ["Try 3"]
    finally:
        portfolio.close()


def test_a_database_that_stays_busy_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uow, "FIRST_PAUSE_S", 0.0)
    portfolio = open_portfolio(tmp_path / "p.sqlite")

    def step(_session: Session) -> None:
        raise _collision()

    try:
        with pytest.raises(BusyError, match="stayed busy with other users' changes"):
            transact(portfolio.sessions, step, attempts=3)
    finally:
        portfolio.close()


def test_only_collisions_count_as_transient() -> None:
    assert is_transient(_collision())
    assert not is_transient(OperationalError("SELECT 1", {}, Exception("disk I/O error")))
    assert not is_transient(ValueError("no"))
