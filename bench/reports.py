"""Reporting benchmark on the large demo: status report PDF and Home.

    python bench/reports.py [LARGE.sqlite] [--runs 9]

Prints, each measured in this one run (medians of ``--runs``, after one warm-up):
* status report PDF for a program of 10 projects — ``build_payload`` (health, milestones,
  RAID, staffing, history) + ``render_status_report`` (ReportLab + two matplotlib charts),
  in-process (target ≤ 500 ms), against the same-run baseline of a one-page ReportLab PDF
  holding one paragraph and one matplotlib bar chart (the floor of any PDF with a chart);
* Home populated — ``HomePage.refresh``: ``home_data`` (nine tiles through the other
  areas' services) plus the tiles built as widgets, after start-up (target ≤ 200 ms), against
  the same-run baseline of the old Home (``portfolio.summary`` counts shown in cards).

The program of 10 projects is made on a copy of LARGE: the large demo's biggest program is
topped up with delivery projects of the same client. LARGE defaults to /tmp/large.sqlite;
when it is missing or has no reporting tables, a fresh large demo is written to a
temporary folder instead.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: imports, font registration, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _usable(path: Path) -> bool:
    if not path.is_file():
        return False
    with sqlite3.connect(path) as conn:
        try:
            return conn.execute("SELECT count(*) FROM project_rank").fetchone()[0] > 0
        except sqlite3.Error:
            return False


def _program_of_ten(path: Path) -> int:
    """Top the biggest program up to 10 delivery projects of its client; its id."""
    delivery = "('approved','active','closing','on_hold')"
    with sqlite3.connect(path) as conn:
        program, client = conn.execute(
            f"SELECT g.id, g.client_id FROM program g JOIN project p ON p.program_id = g.id "
            f"WHERE p.stage IN {delivery} GROUP BY g.id ORDER BY count(*) DESC, g.id LIMIT 1"
        ).fetchone()
        have = conn.execute(
            f"SELECT count(*) FROM project WHERE program_id = ? AND stage IN {delivery}",
            (program,),
        ).fetchone()[0]
        extra = [
            r[0]
            for r in conn.execute(
                f"SELECT p.id FROM project p JOIN program g ON p.program_id = g.id "
                f"WHERE g.client_id = ? AND g.id != ? AND p.stage IN {delivery} "
                f"ORDER BY p.id LIMIT ?",
                (client, program, max(0, 10 - have)),
            )
        ]
        if have + len(extra) < 10:
            extra += [
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM project WHERE program_id != ? AND stage IN {delivery} "
                    f"AND id NOT IN ({','.join(map(str, extra or [0]))}) ORDER BY id LIMIT ?",
                    (program, 10 - have - len(extra)),
                )
            ]
        conn.executemany(
            "UPDATE project SET program_id = ? WHERE id = ?", [(program, p) for p in extra]
        )
    return int(program)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("large", nargs="?", type=Path, default=Path("/tmp/large.sqlite"))
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.domain.reporting import ReportScope
    from pmo_desktop.gui.areas import AreaContext, default_areas
    from pmo_desktop.gui.home import CARDS, CountCard, HomePage
    from pmo_desktop.reports.charting import figure_png, new_figure
    from pmo_desktop.reports.pdf.common import build_pdf, para, styles
    from pmo_desktop.reports.pdf.status_report import render_status_report
    from pmo_desktop.services.portfolio import summary
    from pmo_desktop.services.reports import status
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "large.sqlite"
        if _usable(args.large):
            shutil.copyfile(args.large, work)
        else:
            print(f"{args.large} is missing or has no reporting data: writing a large demo…")
            subprocess.run(
                [sys.executable, "-m", "pmo_desktop", "demo", str(work), "--size", "large"],
                check=True,
            )
        program = _program_of_ten(work)
        portfolio = open_portfolio(work, create=False)
        today = date.today()

        def report() -> bytes:
            with unit_of_work(portfolio.sessions) as session:
                payload = status.build_payload(session, ReportScope.PROGRAM, program, today)
            return render_status_report(payload)

        with unit_of_work(portfolio.sessions) as session:
            payload = status.build_payload(session, ReportScope.PROGRAM, program, today)
        projects = len(payload["projects"])

        def baseline_pdf() -> bytes:
            st = styles()
            figure = new_figure(7.0, 3.0)
            ax = figure.add_subplot()
            ax.barh(range(10), range(10))
            from reportlab.lib.units import mm
            from reportlab.platypus import Image

            png = figure_png(figure, dpi=110)
            return build_pdf(
                [para("Baseline", st["title"]), Image(io.BytesIO(png), 180 * mm, 77 * mm)],
                title="Baseline",
            )

        pdf_ms = _median(report, args.runs)
        base_pdf_ms = _median(baseline_pdf, args.runs)

        app = QApplication.instance() or QApplication(sys.argv[:1])
        spec = default_areas().area("home")
        home = HomePage(AreaContext(portfolio, QUndoStack()), spec)
        home.resize(1400, 900)

        home.today = today

        def populate_home() -> None:
            home.refresh()  # counts, nine tiles, widgets built (what the shell calls)
            app.processEvents()

        cards = [CountCard(label) for _, label in CARDS]

        def old_home() -> None:
            with unit_of_work(portfolio.sessions) as session:
                counts = summary(session)
            for card, (key, _) in zip(cards, CARDS, strict=True):
                card.set_value(int(getattr(counts, key)))
            app.processEvents()

        home_ms = _median(populate_home, args.runs)
        base_home_ms = _median(old_home, args.runs)
        portfolio.close()

    print(f"large demo: {work.name}, program {program} with {projects} reported projects")
    print(
        f"status report PDF (10 projects):  {pdf_ms:7.1f} ms  (target ≤ 500)   "
        f"baseline 1-chart PDF {base_pdf_ms:6.1f} ms   ratio {pdf_ms / base_pdf_ms:.2f}×"
    )
    print(
        f"Home populated (9 tiles):        {home_ms:7.1f} ms  (target ≤ 200)   "
        f"baseline counts-only Home {base_home_ms:6.1f} ms   ratio {home_ms / base_home_ms:.2f}×"
    )


if __name__ == "__main__":
    main()
