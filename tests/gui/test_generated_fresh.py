"""The committed modules generated from ui/*.ui and resources.qrc match their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_qt_modules_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_qt.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_forms_import_the_resources_from_the_package() -> None:
    form = (ROOT / "pmo_desktop" / "gui" / "forms" / "ui_main_window.py").read_text("utf-8")
    assert form.startswith("# generated from ui/main_window.ui by scripts/build_qt.py")
    assert "from pmo_desktop.gui import resources_rc" in form
