"""Staffing benchmark on the large demo (200 people × 52 weeks, 35,000 allocations).

    python bench/staffing.py [LARGE.sqlite] [--runs 7]

Prints, each measured in this one run:
* grid populated — ``plan_weeks`` + ``read_grid`` (column selects, capacity from time off)
  + ``StaffingGridModel.load`` over the whole plan, median of ``--runs``, against a raw
  ``sqlite3`` fetch of the same allocation rows (ratio; target ≤ 2×); the same plus the
  first paint of a 1400×800 grid (cells, totals, names), with its ratio to the same
  baseline; also the whole staffing page built and painted once, for reference;
* one drop — ``dropMimeData`` of one allocation cell onto the next week (service call in its
  own committed transaction, model and totals updated, touched cells repainted), median of
  40 drops (target ≤ 20 ms);
* XLSX (target ≤ 3 s) and CSV (target ≤ 0.5 s) export of the whole plan, medians.

LARGE defaults to /tmp/large.sqlite and is created with the demo command when missing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("large", nargs="?", type=Path, default=Path("/tmp/large.sqlite"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    large: Path = args.large
    if not large.exists():
        subprocess.run(
            [sys.executable, "-m", "pmo_desktop", "demo", str(large), "--size", "large"],
            check=True,
        )

    from PySide6.QtCore import QMimeData, QModelIndex, QRect, Qt
    from PySide6.QtGui import QRegion, QUndoStack
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.gui.areas import AreaContext, default_areas
    from pmo_desktop.gui.staffing.controller import StaffingController
    from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
    from pmo_desktop.gui.staffing.grid_view import StaffingGridView
    from pmo_desktop.gui.staffing.mime import MIME_TYPE
    from pmo_desktop.gui.staffing.page import StaffingPage
    from pmo_desktop.gui.staffing.rows import RowKind
    from pmo_desktop.reports.staffing_export import export_staffing
    from pmo_desktop.services.staffing import grid as svc
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio

    app = QApplication.instance() or QApplication(sys.argv[:1])
    portfolio = open_portfolio(large, create=False)
    with unit_of_work(portfolio.sessions) as session:
        weeks = svc.plan_weeks(session)
    lo, hi = weeks[0].isoformat(), weeks[-1].isoformat()

    def raw() -> int:
        conn = sqlite3.connect(large)
        try:
            rows = conn.execute(
                "SELECT person_id, project_id, week, hours, tentative FROM allocation "
                "WHERE week >= ? AND week <= ?",
                (lo, hi),
            ).fetchall()
        finally:
            conn.close()
        return len(rows)

    model = StaffingGridModel()

    def populate() -> None:
        with unit_of_work(portfolio.sessions) as session:
            grid = svc.read_grid(session, svc.plan_weeks(session))
        model.load(grid)

    shown = StaffingGridView()
    shown.setModel(model)
    shown.resize(1400, 800)
    shown.show()
    app.processEvents()

    def populate_and_paint() -> None:
        # What opening the area waits for: the read, the model, and the grid on screen
        # (cells, totals, names) painted once at this week.
        populate()
        shown.scroll_to_week(model.this_week)
        shown.viewport().repaint()
        shown.verticalHeader().viewport().repaint()
        shown.horizontalHeader().viewport().repaint()

    rows = raw()
    populate_and_paint()  # warm every path once, then alternate them so load hits all
    raw_times, grid_times, shown_times = [], [], []
    for _ in range(args.runs):
        raw_times.append(median_time(raw, 1))
        grid_times.append(median_time(populate, 1))
        shown_times.append(median_time(populate_and_paint, 1))
    raw_s = statistics.median(raw_times)
    grid_s = statistics.median(grid_times)
    shown_s = statistics.median(shown_times)
    print(f"allocation rows in the plan ({len(weeks)} weeks): {rows}")
    print(
        f"raw sqlite3 fetch of the same rows: {raw_s * 1000:.1f} ms "
        f"(median of {args.runs}, alternated)"
    )
    print(
        f"grid populated (read_grid + capacity + model): {grid_s * 1000:.1f} ms "
        f"→ ratio {grid_s / raw_s:.2f}× (target ≤ 2×)"
    )
    print(
        f"grid populated and first paint (1400×800 at this week): {shown_s * 1000:.1f} ms "
        f"→ ratio {shown_s / raw_s:.2f}×"
    )
    shown.close()

    spec = default_areas().area("staffing")

    def page() -> None:
        widget = StaffingPage(AreaContext(portfolio, QUndoStack()), spec)
        widget.resize(1400, 860)
        widget.show()
        app.processEvents()
        widget.close()
        widget.deleteLater()
        app.processEvents()

    page_s = median_time(page, 3)
    print(f"whole staffing page built, loaded and painted: {page_s * 1000:.0f} ms (median of 3)")

    # One drop: move one allocation cell a week later, and back, 40 times.
    model.set_all_expanded(True)
    view = StaffingGridView()
    view.setModel(model)
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    controller = StaffingController(AreaContext(portfolio, QUndoStack()), model)
    controller.confirm_over = lambda error: True
    row = next(i for i, r in enumerate(model.rows) if r.kind is RowKind.PERSON_PROJECT)
    spec_row = model.rows[row]
    cell_hours = model.figures.cell_hours
    filled = [
        c
        for c in range(len(weeks) - 1)
        if cell_hours(spec_row.person_id or 0, spec_row.project_id or 0, weeks[c])[0] > 0
        and cell_hours(spec_row.person_id or 0, spec_row.project_id or 0, weeks[c + 1])[0] == 0
    ]
    column = filled[0] if filled else 0
    view.scrollTo(model.index(row, column))
    app.processEvents()
    dirty: list[QRect] = []

    def mark(top_left: QModelIndex, bottom_right: QModelIndex, roles: object = ()) -> None:
        dirty.append(view.visualRect(top_left).united(view.visualRect(bottom_right)))

    model.dataChanged.connect(mark)
    times = []
    painted = []
    for i in range(40):
        src, dst = (column, column + 1) if i % 2 == 0 else (column + 1, column)
        mime: QMimeData = model.mimeData([model.index(row, src)])
        assert mime.hasFormat(MIME_TYPE)
        start = time.perf_counter()
        ok = model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(row, dst))
        region = QRegion()  # the rectangles the view would update for dataChanged
        for rect in dirty:
            region = region.united(rect.intersected(view.viewport().rect()))
        dirty.clear()
        view.viewport().repaint(region)
        painted.append(region.rectCount())
        times.append(time.perf_counter() - start)
        assert ok, "drop refused"
    drop_ms = statistics.median(times) * 1000
    print(f"(touched cells repainted per drop: {statistics.median(painted):.0f} rectangles)")
    print(
        f"one drop (service commit + model + totals + repaint): {drop_ms:.1f} ms median of 40 "
        f"(target ≤ 20 ms)"
    )

    with tempfile.TemporaryDirectory() as folder:
        for suffix, target in ((".xlsx", 3.0), (".csv", 0.5)):
            out = Path(folder) / f"plan{suffix}"

            def export(out: Path = out) -> None:
                with unit_of_work(portfolio.sessions) as session:
                    export_staffing(session, out)

            secs = median_time(export, 3)
            print(
                f"{suffix[1:].upper()} export of the whole plan: {secs:.2f} s median of 3 "
                f"(target ≤ {target:g} s)"
            )
    portfolio.close()
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of the offscreen widgets at interpreter exit


if __name__ == "__main__":
    main()
