"""People benchmarks: evaluation PDFs and opening a person with a long history.

    python bench/people.py [--repeat N]

Measured in one run, medians of N repeats, each against a baseline measured in the same run:

* one evaluation PDF (render + atomic write) vs a one-paragraph PDF through the same
  ``build_pdf`` (the floor of ReportLab with DejaVu embedded);           target ≤ 300 ms
* the whole small demo team's PDFs for the last half-year vs that same one-page baseline
  times the team size;                                                     target ≤ 3 s
* opening a person with 200 1:1s and 500 feedback entries on the People page (roster row
  selected → header, timeline, latest 1:1, feedback tab filled) vs opening a person with
  no history on the same page;                                             target ≤ 100 ms
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds (one warm-up call first)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def add_long_history(portfolio: object, person_id: int) -> None:
    """200 1:1s (3 talking points, 2 actions each) and 500 feedback entries for a person."""
    from sqlalchemy import insert

    from pmo_desktop.store.models_people import ActionItem, Feedback, OneOnOne, TalkingPoint

    start = date.today() - timedelta(days=200 * 7)
    with portfolio.engine.begin() as conn:  # type: ignore[attr-defined]
        base = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM one_on_one").scalar()
        meetings = [
            {
                "id": base + i + 1,
                "person_id": person_id,
                "day": start + timedelta(weeks=i),
                "notes": f"Week {i}: **steady** progress on the migration.\n\n- risk review\n",
            }
            for i in range(200)
        ]
        conn.execute(insert(OneOnOne), meetings)
        conn.execute(
            insert(TalkingPoint),
            [
                {
                    "one_on_one_id": m["id"],
                    "position": p,
                    "text": f"Point {p} of week {i}",
                    "done": True,
                    "carried_from_id": None,
                }
                for i, m in enumerate(meetings)
                for p in range(3)
            ],
        )
        conn.execute(
            insert(ActionItem),
            [
                {
                    "one_on_one_id": m["id"],
                    "owner": "them",
                    "text": f"Action {a} of week {i}",
                    "due_date": m["day"] + timedelta(days=7),
                    "done": i < 199,
                    "carried_from_id": None,
                }
                for i, m in enumerate(meetings)
                for a in range(2)
            ],
        )
        conn.execute(
            insert(Feedback),
            [
                {
                    "person_id": person_id,
                    "project_id": None,
                    "day": start + timedelta(days=2 * i),
                    "kind": "praise" if i % 3 else "constructive",
                    "situation": f"Steering {i}",
                    "behaviour": "Presented three options with a recommendation.",
                    "impact": "The sponsor decided on the spot.",
                }
                for i in range(500)
            ],
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from pmo_desktop.domain.rating import period_of, previous_period
    from pmo_desktop.gui.areas import AreaContext, default_areas
    from pmo_desktop.gui.people.page import PeoplePage
    from pmo_desktop.reports.pdf.common import build_pdf, paras, styles, write_pdf
    from pmo_desktop.reports.pdf.evaluation import export_evaluation, export_team
    from pmo_desktop.services.demo import generate
    from pmo_desktop.services.people import team as svc
    from pmo_desktop.services.people.evaluations import find_evaluation
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio
    from pmo_desktop.store.models import Person

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-people-"))
    portfolio = open_portfolio(folder / "demo.sqlite")
    generate(portfolio.engine, size="small", seed=1)
    period = previous_period(period_of(date.today()))
    with unit_of_work(portfolio.sessions) as s:
        team = svc.team_ids(s)
        evaluation_id = next(e for p in team if (e := find_evaluation(s, p, period)) is not None)
        s.add(Person(id=900, name="Long History", role="PM", weekly_hours=40, manager_id=1))
        s.add(Person(id=901, name="No History", role="PM", weekly_hours=40, manager_id=1))
    add_long_history(portfolio, 900)
    out = folder / "one.pdf"

    def one_pdf() -> None:
        with unit_of_work(portfolio.sessions) as s:
            export_evaluation(s, evaluation_id, out)

    def baseline_pdf() -> None:
        write_pdf(
            folder / "base.pdf",
            build_pdf(paras("Baseline page.", styles()["body"]), title="baseline"),
        )

    def team_pdfs() -> None:
        with unit_of_work(portfolio.sessions) as s:
            export_team(s, period, folder / "team")

    with unit_of_work(portfolio.sessions) as s:
        team_size = sum(1 for p in team if find_evaluation(s, p, period) is not None)

    page = PeoplePage(AreaContext(portfolio, QUndoStack()), default_areas().area("people"))
    page.resize(1400, 900)
    page.show()
    page.refresh()
    page.ui.personTabs.setCurrentIndex(2)  # feedback tab: 500 rows

    def open_person(person_id: int) -> Callable[[], None]:
        def run() -> None:
            page.person_id = None
            page.ui.personTabs.setCurrentIndex(2)
            page._show_person(person_id)
            page.ui.personTabs.setCurrentIndex(0)  # and the 1:1 timeline (200 meetings)
            app.processEvents()

        return run

    base_pdf = median_ms(baseline_pdf, args.repeat)
    pdf = median_ms(one_pdf, args.repeat)
    team_ms = median_ms(team_pdfs, max(3, args.repeat // 5))
    with_history = median_ms(open_person(900), args.repeat)
    without = median_ms(open_person(901), args.repeat)
    assert page.feedback.model.rowCount() == 0 and page.one_on_ones.timeline.rowCount() == 0
    open_person(900)()
    assert page.feedback.model.rowCount() == 500
    assert page.one_on_ones.timeline.rowCount() == 200

    print(f"People benchmarks (median of {args.repeat}; small demo, {team_size} evaluations)")
    print(
        f"  one evaluation PDF          {pdf:8.1f} ms   target ≤ 300 ms   "
        f"{pdf / base_pdf:5.1f}× a one-paragraph PDF ({base_pdf:.1f} ms)"
    )
    print(
        f"  whole team's PDFs ({team_size:2d})      {team_ms:8.1f} ms   target ≤ 3000 ms  "
        f"{team_ms / (base_pdf * team_size):5.1f}× {team_size} one-paragraph PDFs"
    )
    print(
        f"  open person, 200 1:1s + 500 feedback {with_history:6.1f} ms   target ≤ 100 ms   "
        f"{with_history / without:5.1f}× a person with no history ({without:.1f} ms)"
    )
    page.close()
    portfolio.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
