"""GUI test set-up: Qt warnings fail tests, settings go to a temp folder, sample data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.gui.areas import default_areas
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.opening import OpenPortfolio
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.instance import InstanceLock
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

GUI_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Any Qt warning logged during a GUI test fails it (qt_log_level_fail = WARNING)."""
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))


@pytest.fixture(autouse=True, scope="session")
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings written by the code under test out of the user's real settings."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in an ini file of this test."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


SAMPLE = (
    # client, program, project, stage, PM, budget in cents, win %, priority
    ("Acme Retail", "Web Replatform", "Checkout Rebuild", Stage.ACTIVE, "Ana Lima", 90_000, 100, 1),
    ("Acme Retail", "Web Replatform", "Search Upgrade", Stage.PROPOSAL, None, 1_000_000, 40, 3),
    ("Borealis Bank", "KYC", "Onboarding Flow", Stage.LEAD, "Ben Okafor", 25_000_000, 20, 2),
    ("Borealis Bank", "KYC", "Document Vault", Stage.ACTIVE, "Ana Lima", 4_500_000, 100, 2),
    ("Cobalt Health", "Patient App", "Appointments", Stage.CLOSED, "Ben Okafor", 200, 100, 4),
)


def populate(portfolio: Portfolio) -> None:
    """Put the ``SAMPLE`` projects (with their clients, programs and PMs) in a portfolio."""
    with portfolio.sessions.begin() as session:
        clients: dict[str, Client] = {}
        programs: dict[tuple[str, str], Program] = {}
        people: dict[str, Person] = {}
        for client, program, name, stage, pm, budget, win, priority in SAMPLE:
            if client not in clients:
                clients[client] = Client(name=client)
            key = (client, program)
            if key not in programs:
                programs[key] = Program(name=program, client=clients[client])
            if pm and pm not in people:
                people[pm] = Person(name=pm, role=Role.PM, weekly_hours=40.0)
            session.add(
                Project(
                    name=name,
                    program=programs[key],
                    stage=stage,
                    pm=people.get(pm) if pm else None,
                    budget_cents=budget,
                    win_probability=win,
                    priority=priority,
                    start_date=date(2026, 1, 5),
                    end_date=date(2026, 6, 26),
                )
            )
        session.add_all(clients.values())


@pytest.fixture
def populated(portfolio: Portfolio) -> Portfolio:
    """The empty ``portfolio`` fixture with the ``SAMPLE`` projects in it."""
    populate(portfolio)
    return portfolio


def make_window(
    qtbot: QtBot, portfolio: Portfolio, settings: AppSettings | None = None
) -> MainWindow:
    """A main window over ``portfolio`` (no lock: the fixture owns the file)."""
    target = str(portfolio.file) if portfolio.file else portfolio.display_name
    workspace = OpenPortfolio(target, portfolio, InstanceLock(None))
    window = MainWindow(workspace, default_areas(), QUndoStack(), settings or AppSettings.none())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, portfolio: Portfolio, settings: AppSettings) -> Iterator[MainWindow]:
    """A main window over the (empty) ``portfolio`` fixture."""
    main = make_window(qtbot, portfolio, settings)
    yield main
    main.release()
