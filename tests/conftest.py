"""Shared test set-up: Qt runs offscreen, an empty portfolio is one fixture away, and a demo
portfolio is generated once per module and copied for each test."""

from __future__ import annotations

import os
import shutil
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
