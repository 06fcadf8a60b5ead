"""Backups benchmark: a verified backup, an automatic round, the restore list and a restore,
on a large portfolio, against a plain file copy of the same database (the baseline).

    python bench/reliability.py [LARGE.sqlite] [--runs 7]

LARGE defaults to ``bench/large.sqlite`` (created with ``python -m pmo_desktop demo LARGE
--size large`` when missing); the benchmark works on a copy in a temp folder. Prints the
median of each step and its ratio to the copy.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(step: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``step``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Run each step ``--runs`` times and print medians and ratios to a plain copy."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("large", nargs="?", type=Path, default=ROOT / "bench" / "large.sqlite")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.large.exists():
        subprocess.run(
            [sys.executable, "-m", "pmo_desktop", "demo", str(args.large), "--size", "large"],
            check=True,
        )

    from pmo_desktop.services.backups import auto_backup, list_backups, restore_backup
    from pmo_desktop.services.workspace import backup_file, open_portfolio

    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "portfolio.sqlite"
        shutil.copyfile(args.large, file)
        portfolio = open_portfolio(file)
        size_mb = file.stat().st_size / 1e6
        copy = median_seconds(
            lambda: shutil.copyfile(file, Path(folder) / "copy.sqlite"), args.runs
        )
        backup = median_seconds(lambda: backup_file(file, reason="manual"), args.runs)
        unchanged = median_seconds(lambda: auto_backup(file), args.runs)
        listing = median_seconds(lambda: list_backups(file), args.runs)
        entries = list_backups(file)
        restore_times = []
        for entry in entries[: args.runs]:
            started = time.perf_counter()
            portfolio = restore_backup(portfolio, entry.path).portfolio
            restore_times.append(time.perf_counter() - started)
        portfolio.close()
        restore = statistics.median(restore_times)

    print(f"portfolio: {args.large.name}, {size_mb:.1f} MB; medians of {args.runs} runs")
    print(f"{'step':42} {'median':>10} {'× copy':>8}")
    rows = [
        ("plain file copy (baseline)", copy),
        ("verified backup (online API + integrity)", backup),
        ("automatic round, nothing changed", unchanged),
        (f"File → Restore list ({len(entries)} backups)", listing),
        ("restore (backup current, copy in, reopen)", restore),
    ]
    for label, seconds in rows:
        print(f"{label:42} {seconds * 1000:>8.1f} ms {seconds / copy:>7.1f}×")


if __name__ == "__main__":
    main()
