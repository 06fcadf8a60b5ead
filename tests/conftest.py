"""Shared test set-up: Qt runs offscreen, an empty portfolio is one fixture away, and a demo
portfolio is generated once per module and copied for each test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily, after collection).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pmo_desktop.services.workspace import Portfolio, open_portfolio

#: ``PMO_TEST_DATABASE=postgresql`` runs every test that takes the ``portfolio`` fixture on
#: a new database of a throwaway PostgreSQL cluster instead of a SQLite file (CI does both).
ON_POSTGRESQL = os.environ.get("PMO_TEST_DATABASE") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, run only the tests that take the ``portfolio`` fixture (the others
    do not touch a database through it and already ran on SQLite)."""
    if not ON_POSTGRESQL:
        return
    kept = [item for item in items if "portfolio" in getattr(item, "fixturenames", ())]
    dropped = [item for item in items if item not in kept]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[str | None]:
    if not ON_POSTGRESQL:
        yield None
        return
    from tests.integration.pg import cluster

    yield from cluster()


@pytest.fixture
def portfolio(
    tmp_path: Path, _pg_server: str | None, request: pytest.FixtureRequest
) -> Iterator[Portfolio]:
    """An opened, empty portfolio (a file at ``tmp_path/p.sqlite``, or a new PostgreSQL
    database with ``PMO_TEST_DATABASE=postgresql``), closed at teardown."""
    if _pg_server is not None:
        from tests.integration.pg import new_database

        name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())
        name = f"{name[:40]}_{os.getpid()}_{abs(hash(request.node.nodeid)) % 10**6}"
        opened = open_portfolio(new_database(_pg_server, name))
    else:
        opened = open_portfolio(tmp_path / "p.sqlite")
    try:
        yield opened
    finally:
        opened.close()


def make_demo_file(
    folder: Path, *, size: str = "small", seed: int = 1, today: date | None = None
) -> Path:
    """A demo portfolio generated into ``folder/demo.sqlite`` (for a module-scoped fixture)."""
    from pmo_desktop.services.demo import generate

    path = folder / "demo.sqlite"
    made = open_portfolio(path)
    try:
        generate(made.engine, size=size, seed=seed, today=today)
    finally:
        made.close()
    return path


@contextmanager
def opened_copy(source: Path, folder: Path) -> Iterator[Portfolio]:
    """A private copy of ``source`` in ``folder``, opened, and closed afterwards."""
    copy = folder / "copy.sqlite"
    shutil.copy(source, copy)
    opened = open_portfolio(copy)
    try:
        yield opened
    finally:
        opened.close()


#: ``python -c APP_CLOSED_SOON ARGS…`` runs ``pmo-desktop ARGS…`` as the real process does
#: and closes its window after a moment, as a user would.
APP_CLOSED_SOON = textwrap.dedent(
    """
    import sys
    import pmo_desktop.app as app

    make = app.application

    def application():
        qt = make()
        from PySide6.QtCore import QTimer
        QTimer.singleShot(600, qt.closeAllWindows)  # the user looks, then closes the window
        return qt

    app.application = application
    from pmo_desktop.cli import run

    sys.argv = ["pmo-desktop", *sys.argv[1:]]
    run()
    """
)


def run_app_briefly(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Start the app (``pmo-desktop ARGS…``) in a process of its own; close its window soon."""
    return subprocess.run(
        [sys.executable, "-c", APP_CLOSED_SOON, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
