"""Render the README's pictures: every view of the small demo portfolio, offscreen.

    python scripts/make_screenshots.py [VIEW ...]

Writes ``docs/screenshots/<view>.png`` (1400×900) with the real command line, so the
pictures are exactly what ``pmo-desktop screenshot`` produces.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DEFAULT_VIEWS = ("home", "pipeline", "health", "staffing", "risks", "people")


def main(views: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        cli = [sys.executable, "-m", "pmo_desktop"]
        subprocess.run([*cli, "demo", str(db)], check=True, env=env)
        for view in views or DEFAULT_VIEWS:
            target = OUT / f"{view}.png"
            result = subprocess.run(
                [*cli, "--db", str(db), "screenshot", view, str(target)],
                env=env,
                capture_output=True,
                text=True,
            )
            status = "ok" if result.returncode == 0 else result.stderr.strip()
            print(f"{view:10} {status}")
            if result.returncode == 0:
                target.chmod(0o644)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
