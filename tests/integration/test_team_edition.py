"""The team edition on a shared PostgreSQL server: several clients on one database.

Each client is a separate ``open_portfolio`` (its own engine and connections), as another
manager's app would be; where it matters (the first migration) they are separate processes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import transact, unit_of_work
from pmo_desktop.services.workspace import REPLACED, open_portfolio
from pmo_desktop.store.models import Client
from pmo_desktop.store.schema import HEAD_REVISION
from tests.integration.pg import new_database

pytest.importorskip("psycopg")

OPEN = (
    "import sys; from pmo_desktop.services.workspace import open_portfolio as o;"
    " o(sys.argv[1]).close()"
)


def test_three_clients_opening_an_empty_database_at_once_migrate_it_once(server: str) -> None:
    url = new_database(server, "first_start_race")
    clients = [
        subprocess.Popen([sys.executable, "-c", OPEN, url], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    errors = [client.communicate(timeout=120)[1] for client in clients]
    assert [client.returncode for client in clients] == [0, 0, 0], errors
    portfolio = open_portfolio(url)
    try:
        with portfolio.engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        assert [v[0] for v in versions] == [HEAD_REVISION]
    finally:
        portfolio.close()


def test_a_client_sees_what_another_committed_and_which_tables(server: str) -> None:
    url = new_database(server, "notices")
    mine, theirs = open_portfolio(url), open_portfolio(url)
    watch = mine.watch()
    try:
        assert watch.poll() == frozenset()
        with unit_of_work(theirs.sessions) as session:
            session.add(Client(name="Added by a colleague"))
        deadline = time.monotonic() + 1.0
        seen: frozenset[str] = frozenset()
        while not seen and time.monotonic() < deadline:
            seen = watch.poll()
            time.sleep(0.02)
        assert seen == {"client"}
        with unit_of_work(mine.sessions) as session:
            session.add(Client(name="Added here"))
        time.sleep(0.1)
        assert watch.poll() == frozenset()  # our own commit is not news to us
        with unit_of_work(theirs.sessions) as session:
            session.add(Client(name="Rolled back"))
            session.flush()
            session.rollback()
        time.sleep(0.1)
        assert watch.poll() == frozenset()  # nothing committed, nothing announced
    finally:
        watch.close()
        mine.close()
        theirs.close()


def test_a_deadlock_between_two_clients_is_run_again_not_shown(server: str) -> None:
    url = new_database(server, "deadlock")
    first, second = open_portfolio(url), open_portfolio(url)
    try:
        with unit_of_work(first.sessions) as session:
            session.add_all([Client(id=1, name="A"), Client(id=2, name="B")])
        barrier = threading.Barrier(2, timeout=10)
        results: dict[str, object] = {}

        def edit(name: str, portfolio: object, order: tuple[int, int]) -> None:
            attempts = 0

            def step(session: object) -> None:
                nonlocal attempts
                attempts += 1
                for n, client_id in enumerate(order):
                    row = session.get(Client, client_id)  # type: ignore[attr-defined]
                    row.name = f"{row.name}+{name}"
                    session.flush()  # type: ignore[attr-defined]
                    if n == 0 and attempts == 1:
                        barrier.wait()  # both hold one row: the second lock deadlocks

            try:
                transact(portfolio.sessions, step)  # type: ignore[attr-defined]
                results[name] = attempts
            except Exception as exc:  # pragma: no cover - the assertion shows it
                results[name] = exc

        threads = [
            threading.Thread(target=edit, args=("x", first, (1, 2))),
            threading.Thread(target=edit, args=("y", second, (2, 1))),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(results.values()) == [1, 2], results  # one ran again, none failed
        with unit_of_work(first.sessions) as session:
            names = sorted(session.scalars(select(Client.name)))
        assert all(name.count("+") == 2 for name in names), names  # both edits, both rows
    finally:
        first.close()
        second.close()


def test_replacing_a_shared_portfolio_is_refused_while_others_are_connected(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pmo_desktop.cli import main

    url = new_database(server, "replace_guard")
    seeded = open_portfolio(url)
    with unit_of_work(seeded.sessions) as session:
        session.add(Client(name="Kept"))
    dump = export_json_bytes(seeded)
    colleague = open_portfolio(url)
    watch = colleague.watch()  # a colleague's window, listening
    try:
        with colleague.engine.connect():
            pass
        path = Path(tempfile.mkdtemp()) / "dump.json"
        path.write_bytes(dump)
        assert main(["--db", url, "import", "json", str(path), "--replace"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "other session(s) are connected" in err[0]
        assert main(["--db", url, "import", "json", str(path), "--replace", "--force"]) == 0
        deadline, seen = time.monotonic() + 1.0, frozenset()
        while REPLACED not in seen and time.monotonic() < deadline:
            seen = seen | watch.poll()
            time.sleep(0.02)
        assert REPLACED in seen  # the colleague's window is told to drop its undo and reload
    finally:
        watch.close()
        colleague.close()
        seeded.close()


def test_two_managers_booking_one_person_at_once_cannot_both_pass_the_limit(server: str) -> None:
    from datetime import date

    from pmo_desktop.domain.enums import Role, Stage
    from pmo_desktop.services.staffing import edits as staffing
    from pmo_desktop.services.staffing.edits import CellState, OverLimitError
    from pmo_desktop.store.models import Person, Program, Project

    url = new_database(server, "limit_race")
    first, second = open_portfolio(url), open_portfolio(url)
    week = date(2026, 6, 1)
    try:
        with unit_of_work(first.sessions) as session:
            person = Person(name="Ana", role=Role.PM, weekly_hours=40.0)
            program = Program(name="Web", client=Client(name="Acme"))
            a = Project(name="A", program=program, stage=Stage.ACTIVE)
            b = Project(name="B", program=program, stage=Stage.ACTIVE)
            session.add_all([person, a, b])
            session.flush()
            ids = person.id, a.id, b.id
        start = threading.Barrier(2, timeout=10)
        results: list[object] = []

        def book(portfolio: object, project_id: int) -> None:
            start.wait()
            try:
                transact(
                    portfolio.sessions,  # type: ignore[attr-defined]
                    lambda s: staffing.set_cells(
                        s,
                        [CellState(ids[0], project_id, week, 30.0)],
                        allow_over_limit=False,
                        limit=120.0,
                    ),
                )
                results.append("booked")
            except OverLimitError:
                results.append("refused")

        threads = [
            threading.Thread(target=book, args=(first, ids[1])),
            threading.Thread(target=book, args=(second, ids[2])),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(results) == ["booked", "refused"]
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_four_editors_at_once_lose_nothing(backend: str, server: str, tmp_path: Path) -> None:
    """The concurrency harness (bench/team.py), briefly: every edit an editor saw committed
    is in the final data, the cell's hours add up, and nothing failed unexpectedly."""
    from bench import team

    if backend == "sqlite":
        url_of = lambda name: str(tmp_path / f"{name}.sqlite")  # noqa: E731
    else:
        url_of = lambda name: new_database(server, f"harness_{name}")  # noqa: E731
    result = team.run(url_of, 4, 2.0)
    assert result["edits"] > 20
    assert (result["lost"], result["violations"], result["errors"], result["refused"]) == (
        0,
        0,
        0,
        0,
    ), result
