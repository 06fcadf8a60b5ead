"""``screenshot()`` renders a view offscreen to a PNG of the asked size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pmo_desktop.app import screenshot
from pmo_desktop.gui.areas import AreaSpec, default_areas
from pmo_desktop.services.workspace import DatabaseError, Portfolio


def test_screenshot_writes_a_png_of_the_asked_size(
    populated: Portfolio, tmp_path: Path, qapp: object
) -> None:
    out = tmp_path / "pipeline.png"
    screenshot(str(populated.file), "pipeline", out)
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1400, 900)
    assert out.read_bytes().startswith(b"\x89PNG")
    assert not list(tmp_path.glob("*.pmo-tmp-*"))


def test_screenshot_takes_other_sizes(portfolio: Portfolio, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "home.png"
    screenshot(str(portfolio.file), "home", out, width=1024, height=700)
    assert QImage(str(out)).size().toTuple() == (1024, 700)


def test_an_unknown_view_is_refused_with_the_choices(portfolio: Portfolio, tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    with pytest.raises(ValueError, match=r"unknown view 'x'; choose from home, pipeline, "):
        screenshot(str(portfolio.file), "x", out)
    assert not out.exists()


def test_a_missing_portfolio_is_refused_not_created(tmp_path: Path, qapp: object) -> None:
    missing = tmp_path / "typo.sqlite"
    with pytest.raises(DatabaseError):
        screenshot(str(missing), "home", tmp_path / "x.png")
    assert not missing.exists()


def test_later_issues_can_register_more_views() -> None:
    registry = default_areas()
    registry.register_view("burndown", "pipeline", "burndown")
    spec, view = registry.resolve("burndown")
    assert (spec.key, view) == ("pipeline", "burndown")
    assert registry.view_names()[-1] == "burndown"
    with pytest.raises(ValueError, match="already registered"):
        registry.register_view("pipeline", "home")
    registry.register_area(AreaSpec("goals", "Goals", ":/icons/people.svg", "Team OKRs."))
    assert registry.resolve("goals")[0].title == "Goals"
