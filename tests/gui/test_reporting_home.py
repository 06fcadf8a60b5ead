"""Home on the demo: every tile, lines worst first, and tiles open their area."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.home import HomePage, TileWidget
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.services.demo import generate
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from tests.gui.conftest import make_window

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(tmp_path: Path) -> Portfolio:
    opened = open_portfolio(tmp_path / "demo.sqlite")
    generate(opened.engine, size="small", seed=1, today=TODAY)
    return opened


def _home(qtbot: QtBot, demo: Portfolio) -> tuple[MainWindow, HomePage]:
    window = make_window(qtbot, demo)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    home.today = TODAY
    home.refresh()
    return window, home


def test_home_shows_every_tile_with_counts(qtbot: QtBot, demo: Portfolio) -> None:
    _, home = _home(qtbot, demo)
    assert list(home.tile_widgets) == [
        "programs",
        "milestones",
        "capacity",
        "billability",
        "escalations",
        "actions",
        "one_on_ones",
        "onboarding",
        "adherence",
    ]
    assert home.cards["projects"].value_label.text() == "30"
    assert not home.empty_label.isVisibleTo(home)
    programs = home.tile_widgets["programs"]
    assert programs.value_label.text().endswith("amber")
    first = programs.line_widgets[0]
    assert first.detail_label.full_text(), "each program line carries its reason"
    assert "Monday 23 November 2026" in home.title_label.text()


@pytest.mark.parametrize(("tile", "area"), [("programs", "pipeline"), ("actions", "reports")])
def test_a_tile_opens_its_area(qtbot: QtBot, demo: Portfolio, tile: str, area: str) -> None:
    window, home = _home(qtbot, demo)
    widget: TileWidget = home.tile_widgets[tile]
    widget.open_button.click()
    assert window.current_area() == area


def test_refresh_leaves_garbage_collection_as_it_found_it(qtbot: QtBot, demo: Portfolio) -> None:
    import gc

    _, home = _home(qtbot, demo)
    assert gc.isenabled()
    home.refresh()
    assert gc.isenabled()
