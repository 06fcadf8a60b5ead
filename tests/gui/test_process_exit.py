"""The app's process leaves without tearing the interpreter down: nothing may be left unsaved.

A real ``pmo-desktop`` process is started on a portfolio, its window closed as a user would,
and what must outlive it is checked: the remembered portfolio and window, the lock given
back, the portfolio's log folded back into the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import make_demo_file, run_app_briefly

ROOT = Path(__file__).resolve().parents[2]

READ_SETTINGS = textwrap.dedent(
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from pmo_desktop import APP_NAME, ORG_NAME
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    store = QSettings()
    print(store.value("recent/databases"))
    print(store.value("window/geometry") is not None)
    """
)


def test_after_the_window_is_closed_nothing_is_left_unsaved(tmp_path: Path) -> None:
    file = make_demo_file(tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    gui = run_app_briefly("--db", str(file), env=env, cwd=ROOT)
    assert gui.returncode == 0, gui.stderr
    settings = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    recent, geometry = settings.stdout.split("\n")[:2]
    assert str(file.resolve()) in recent
    assert geometry == "True"
    leftovers = sorted(p.name for p in file.parent.iterdir() if p.name.startswith(file.name))
    assert leftovers == [file.name]  # no lock, no -wal, no -shm
