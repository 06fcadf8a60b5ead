"""The app follows the OS light/dark scheme with one stylesheet that reads in both."""

from __future__ import annotations

import os
import subprocess
import sys

from pmo_desktop.gui.theme import load_stylesheet

# Switching the palette repolishes every widget alive in the process, so the switch is
# checked in a fresh process instead of the test session's long-lived QApplication.
SWITCH = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pmo_desktop.gui.theme import apply_theme, is_dark
app = QApplication(sys.argv[:1])
apply_theme(app, Qt.ColorScheme.Dark)
assert is_dark(app.palette()), "dark scheme did not give a dark palette"
assert "navRail" in app.styleSheet(), "stylesheet not applied"
apply_theme(app, Qt.ColorScheme.Light)
assert not is_dark(app.palette()), "light scheme kept a dark palette"
print("switched")
"""


def test_the_stylesheet_ships_in_the_resources() -> None:
    sheet = load_stylesheet()
    assert "QListView#navRail" in sheet
    assert "palette(" in sheet  # colours come from the palette, so both schemes work


def test_a_dark_scheme_gets_a_dark_palette_and_back() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SWITCH], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "switched"
