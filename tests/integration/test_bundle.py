"""The PyInstaller one-folder build starts and checks a demo portfolio."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("PMO_RUN_SLOW")),
    reason="builds the bundle (about a minute); runs when CI=true or PMO_RUN_SLOW=1",
)
def test_bundled_app_checks_and_migrates_a_demo_portfolio(tmp_path: Path) -> None:
    if (
        shutil.which("pyinstaller") is None
        and not (Path(sys.executable).parent / "pyinstaller").exists()
    ):
        pytest.fail("pyinstaller is not installed (pip install -e '.[build]')")
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).parent / "pyinstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app = dist / "pmo-desktop" / "pmo-desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "demo.sqlite"
    made = subprocess.run([app, "demo", db], capture_output=True, text=True, env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    check = subprocess.run(
        [app, "--db", db, "check"], capture_output=True, text=True, env=env, timeout=120
    )
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout and "(current)" in check.stdout
    shot = subprocess.run(
        [app, "--db", db, "screenshot", "pipeline", tmp_path / "p.png"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert shot.returncode == 0, shot.stderr
    assert (tmp_path / "p.png").read_bytes()[:4] == b"\x89PNG"
    # A person with a public-holiday calendar: the bundle carries every country's calendar.
    own = tmp_path / "mine.sqlite"
    for args in (
        ["person", "add", "Ana", "--holidays", "GB-SCT"],
        ["person", "add", "Ben", "--holidays", "DE-BY"],
        ["screenshot", "staffing", str(tmp_path / "s.png")],
    ):
        done = subprocess.run(
            [app, "--db", own, *args], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
