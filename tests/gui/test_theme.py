"""The app follows the OS light/dark scheme with one stylesheet that reads in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmo_desktop.gui.theme import apply_theme, is_dark, load_stylesheet


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_the_stylesheet_ships_in_the_resources() -> None:
    sheet = load_stylesheet()
    assert "QListView#navRail" in sheet
    assert "palette(" in sheet  # colours come from the palette, so both schemes work


def test_a_dark_scheme_gets_a_dark_palette_and_back(app: QApplication) -> None:
    apply_theme(app, Qt.ColorScheme.Dark)
    assert is_dark(app.palette())
    assert "navRail" in app.styleSheet()
    apply_theme(app, Qt.ColorScheme.Light)
    assert not is_dark(app.palette())
