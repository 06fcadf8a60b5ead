"""Benchmark: `pmo-desktop demo OUT --size large` wall time (target: under 10 s).

Runs the real command as a subprocess N times into fresh files and prints the median, its
ratio to the 10 s budget, and the row counts of the last file.

    python bench/demo.py [--runs 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 10.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.runs):
            out = Path(folder) / f"large-{i}.sqlite"
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "pmo_desktop", "demo", str(out), "--size", "large"],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
        conn = sqlite3.connect(out)
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("person", "client", "project", "allocation")
        }
        conn.close()
    median = statistics.median(times)
    print(
        f"demo --size large: median {median:.2f} s over {args.runs} runs "
        f"({', '.join(f'{t:.2f}' for t in times)})"
    )
    print(f"ratio to the 10 s budget: {median / BUDGET_S:.2f}")
    print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
