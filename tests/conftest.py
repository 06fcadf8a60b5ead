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


@pytest.fixture
def portfolio(tmp_path: Path) -> Iterator[Portfolio]:
    """An opened, empty portfolio file at ``tmp_path/p.sqlite``, closed at teardown."""
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
