"""Another process's commit shows in an open window within a second, with no F5.

The other process writes through the app's own services on the same file, as the command
line, a second window or a colleague on a shared server would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.services.workspace import open_portfolio

from .conftest import make_window

ADD_PROJECT = textwrap.dedent(
    """
    import sys
    from pmo_desktop.domain.enums import Stage
    from pmo_desktop.services.pipeline import edit
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio

    portfolio = open_portfolio(sys.argv[1], create=False)
    with unit_of_work(portfolio.sessions) as session:
        client, _ = edit.save_client(session, None, edit.ClientData(name="Added elsewhere"))
        program, _ = edit.save_program(
            session, None, edit.ProgramData(client_id=client, name="Elsewhere program")
        )
        edit.save_project(
            session, None, edit.ProjectBundle(program_id=program, name="Elsewhere 名前 & <p>")
        )
    portfolio.close()
    """
)


def test_a_project_another_process_adds_appears_within_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    assert "0 of 0" in page.ui.countLabel.text() or page.ui.countLabel.text() == ""
    file = str(window.workspace.portfolio.file)
    subprocess.run([sys.executable, "-c", ADD_PROJECT, file], check=True, timeout=60)
    qtbot.waitUntil(lambda: page.ui.countLabel.text().startswith("1 of 1"), timeout=1000)
    assert "1 projects" in window._counts_label.text() or "1 project" in window._counts_label.text()


def test_the_window_does_not_reread_for_its_own_edits(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_area("pipeline")
    reads: list[int] = []
    original = page.refresh
    page.refresh = lambda: (reads.append(1), original())[1]  # type: ignore[method-assign]
    from pmo_desktop.gui.pipeline import commands
    from pmo_desktop.services.pipeline.edit import ClientData

    assert commands.save_client(window.edits, None, ClientData(name="Mine")).ok
    reads.clear()
    qtbot.wait(1000)  # more than two looks of the watch
    assert reads == []


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    if not (shutil.which("initdb") and shutil.which("pg_ctl")):
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    pytest.importorskip("psycopg")
    from tests.integration.pg import cluster

    yield from cluster()


def test_on_a_shared_server_a_colleagues_project_appears_within_a_second(
    qtbot: QtBot, pg_server: str, settings: AppSettings
) -> None:
    from tests.integration.pg import new_database

    url = new_database(pg_server, "live_gui")
    shared = open_portfolio(url)
    window = make_window(qtbot, shared, settings)
    try:
        page = window.show_area("pipeline")
        assert isinstance(page, PipelinePage)
        subprocess.run([sys.executable, "-c", ADD_PROJECT, url], check=True, timeout=60)
        qtbot.waitUntil(lambda: page.ui.countLabel.text().startswith("1 of 1"), timeout=1000)
    finally:
        window.release()
