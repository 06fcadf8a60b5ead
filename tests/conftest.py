"""Shared test set-up: Qt runs offscreen, and an empty portfolio is one fixture away."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
