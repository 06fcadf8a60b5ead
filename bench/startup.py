"""Start-up benchmark: the pipeline screenshot of a large portfolio against bare PySide6.

    python bench/startup.py [LARGE.sqlite] [--runs 7]

Alternates, ``--runs`` times each: (a) a bare PySide6 script that opens a 1400×900
QMainWindow with a QLabel, grabs it to a PNG and exits; (b) ``python -m pmo_desktop --db
LARGE screenshot pipeline OUT.png``. Prints both medians and the ratio b/a, then runs (b)
once more under ``-X importtime`` to say whether matplotlib, ReportLab, Alembic or openpyxl
were imported. LARGE defaults to ``bench/large.sqlite`` and is created with
``python -m pmo_desktop demo LARGE --size large`` when missing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("matplotlib", "reportlab", "alembic", "openpyxl")

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from PySide6.QtCore import Qt
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def _env() -> dict[str, str]:
    # Both sides run as an installed app does: with compiled bytecode (the warm-up run writes
    # it for the app's own modules, as a first launch would; site-packages already has it).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{result.stderr.strip()}")
    return elapsed


def _app_cmd(large: Path, out: Path, *flags: str) -> list[str]:
    return [sys.executable, *flags, "-m", "pmo_desktop", "--db", str(large), "screenshot",
            "pipeline", str(out)]  # fmt: skip


def ensure_large(large: Path) -> None:
    """Create the large demo portfolio when it is missing."""
    if large.exists():
        return
    print(f"creating {large} (demo --size large)…", flush=True)
    cmd = [sys.executable, "-m", "pmo_desktop", "demo", str(large), "--size", "large"]
    result = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"could not create {large}:\n{result.stderr.strip()}")


def heavy_imports(large: Path, out: Path) -> list[str]:
    """Which of ``HEAVY`` a screenshot run imports, read from ``-X importtime``."""
    result = subprocess.run(
        _app_cmd(large, out, "-X", "importtime"),
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
    )
    names = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    return [name for name in HEAVY if name in names]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the medians, the ratio and the heavy imports."""
    parser = argparse.ArgumentParser(description="start-up benchmark")
    parser.add_argument("large", nargs="?", type=Path, default=ROOT / "bench" / "large.sqlite")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    large: Path = args.large.resolve()
    ensure_large(large)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare_script = folder / "bare.py"
        bare_script.write_text(BARE, encoding="utf-8")
        bare_cmd = [sys.executable, str(bare_script), str(folder / "bare.png")]
        app_cmd = _app_cmd(large, folder / "app.png")
        _timed(bare_cmd), _timed(app_cmd)  # warm the file cache and bytecode; not counted
        bare: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):
            bare.append(_timed(bare_cmd))
            app.append(_timed(app_cmd))
        heavy = heavy_imports(large, folder / "import.png")
    a, b = statistics.median(bare), statistics.median(app)
    print(f"portfolio: {large} ({large.stat().st_size / 1e6:.1f} MB), {args.runs} runs each")
    print(f"(a) bare PySide6 window + grab : median {a * 1000:7.0f} ms")
    print(f"(b) pmo-desktop screenshot     : median {b * 1000:7.0f} ms")
    print(f"ratio b/a                      : {b / a:.2f}")
    print(f"heavy modules imported by (b)  : {', '.join(heavy) if heavy else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
