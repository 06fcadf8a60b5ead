"""Pipeline benchmark on the large demo (1,000 projects, 150 programs, 60 clients).

    python bench/pipeline.py [LARGE.sqlite] [--runs 15]

Measures, in one run, medians of:

- baseline: a raw ``sqlite3`` fetch of the rows the board and health read (projects with
  client, program and PM names; milestones; financials; approved scope changes; overrides
  and thresholds) — the floor any Python code reading them pays;
- health: ``services.health.portfolio_health`` for every project and program;
- board: ``PipelinePage.refresh()`` plus the repaint — board columns and the table both
  populated for every project, after the area was opened (target ≤ 150 ms);
- move: a card dropped on another column (enter, move, drop events on the column's
  viewport), the command committed and the card repainted (target ≤ 30 ms);
- delete + undo: ``services.deletion`` deleting the program with the most dependent rows
  (its projects, milestones, allocations… in every area) and restoring it, one transaction
  each (no target; reported with the rows it moves).

and prints each with its ratio to the baseline. Works on a copy of LARGE (moves write);
LARGE defaults to ``bench/large.sqlite`` and is created with
``python -m pmo_desktop demo LARGE --size large`` when missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

BASELINE_SQL = (
    "SELECT project.id, project.name, client.name, program.name, project.stage, person.name,"
    " project.start_date, project.end_date, project.budget_cents, project.win_probability,"
    " project.priority FROM project JOIN program ON project.program_id = program.id"
    " JOIN client ON program.client_id = client.id"
    " LEFT JOIN person ON project.pm_id = person.id",
    "SELECT project_id, name, baseline_date, forecast_date, actual_date, status, critical"
    " FROM milestone",
    "SELECT project_id, forecast_cents, actual_cost_cents, percent_complete"
    " FROM project_financials",
    "SELECT project_id, cost_impact_cents FROM scope_change WHERE approved",
    "SELECT project_id, program_id, dimension, rag, reason FROM health_override",
    "SELECT * FROM health_threshold",
    "SELECT * FROM health_rules",
)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds (after one warm-up call)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def ensure_large(large: Path) -> None:
    """Create the large demo at ``large`` when it is missing."""
    if large.exists():
        return
    subprocess.run(
        [sys.executable, "-m", "pmo_desktop", "demo", str(large), "--size", "large"],
        cwd=ROOT,
        check=True,
    )


def main() -> None:
    """Run every measurement and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("large", nargs="?", default=str(ROOT / "bench" / "large.sqlite"))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    large = Path(args.large)
    ensure_large(large)
    work = Path(tempfile.mkdtemp(prefix="pmo-bench-pipeline-"))
    copy = work / "large.sqlite"
    shutil.copy2(large, copy)

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.domain.enums import Stage
    from pmo_desktop.gui.areas import default_areas
    from pmo_desktop.gui.main_window import MainWindow
    from pmo_desktop.gui.opening import OpenPortfolio
    from pmo_desktop.gui.pipeline.dialogs import MoveDetails
    from pmo_desktop.gui.pipeline.page import PipelinePage
    from pmo_desktop.gui.settings import AppSettings
    from pmo_desktop.instance import InstanceLock
    from pmo_desktop.services.pipeline.health import portfolio_health
    from pmo_desktop.services.workspace import open_portfolio

    raw = sqlite3.connect(copy)

    def baseline() -> None:
        for sql in BASELINE_SQL:
            raw.execute(sql).fetchall()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    portfolio = open_portfolio(copy)
    workspace = OpenPortfolio(str(copy), portfolio, InstanceLock(None))
    window = MainWindow(workspace, default_areas(), QUndoStack(), AppSettings.none())
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    def health() -> None:
        with portfolio.sessions() as session:
            portfolio_health(session)

    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    app.processEvents()

    def board() -> None:
        page.refresh()
        app.processEvents()

    page.ask_details = lambda *_: MoveDetails(reason="benchmark")
    cards = [c for c in page.board_model.cards() if c.stage is Stage.ACTIVE][: args.runs + 1]
    column_of = page.board.columns
    for stage in (Stage.CLOSING, Stage.ACTIVE):
        column_of[stage].set_collapsed(False)
    app.processEvents()
    pending = list(cards)

    def move() -> None:
        card = pending.pop()
        source = column_of[card.stage].proxy
        row = next(r for r in range(source.rowCount()) if source.index(r, 0).data() == card.name)
        mime = source.mimeData([source.index(row, 0)])
        viewport = column_of[Stage.CLOSING].list.viewport()
        where = QPointF(10, 10)
        drag = (
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, QDragEnterEvent(where.toPoint(), *drag))
        QApplication.sendEvent(viewport, QDragMoveEvent(where.toPoint(), *drag))
        QApplication.sendEvent(viewport, QDropEvent(where, *drag))
        app.processEvents()
        moved = page.board_model.card_by_id(card.id)
        assert moved is not None and moved.stage is Stage.CLOSING, "the drop did not move"

    from sqlalchemy import text

    from pmo_desktop.services import deletion
    from pmo_desktop.services.uow import unit_of_work

    with portfolio.engine.connect() as conn:
        busiest = conn.execute(
            text(
                "SELECT project.program_id FROM allocation JOIN project ON"
                " allocation.project_id = project.id GROUP BY project.program_id"
                " ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
    with unit_of_work(portfolio.sessions) as session:
        impact = deletion.deletion_impact(session, "program", busiest)
    moved_rows = sum(len(rows) for _, rows in impact.rows) + sum(
        len(u.refs) for u in impact.unlinked
    )

    def delete_and_undo() -> None:
        with unit_of_work(portfolio.sessions) as session:
            record = deletion.delete_record(session, "program", busiest)
        with unit_of_work(portfolio.sessions) as session:
            deletion.restore_record(session, record)

    results = {
        "baseline: raw sqlite3 fetch of the same rows": median_ms(baseline, args.runs),
        "health of 1,000 projects + 150 programs": median_ms(health, args.runs),
        "board + table populated (refresh + repaint)": median_ms(board, args.runs),
        "stage change by drop, committed + repainted": median_ms(move, args.runs - 1),
        f"delete + undo of a program ({moved_rows:,} rows)": median_ms(delete_and_undo, args.runs),
    }
    base = results["baseline: raw sqlite3 fetch of the same rows"]
    print(f"pipeline benchmark on {large} ({len(page.board_model.cards()):,} projects)")
    for name, value in results.items():
        print(f"  {name:48s} {value:8.1f} ms   ×{value / base:5.1f} baseline")
    window.release()
    portfolio.close()
    raw.close()
    shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (a PySide6 exit-time crash)


if __name__ == "__main__":
    main()
