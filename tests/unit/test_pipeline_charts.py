"""Pipeline charts: figures built from the services' rows, with what a reader needs."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from pmo_desktop.domain.enums import Stage
from pmo_desktop.reports.pipeline_charts import (
    budget_burn_figure,
    milestone_slip_figure,
    weighted_pipeline_figure,
)
from pmo_desktop.services.pipeline.board import StageValue
from pmo_desktop.services.pipeline.figures import BurnRow, SlipRow


def _texts(figure: object) -> list[str]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    return [t.get_text() for t in axes.get_yticklabels() + axes.get_xticklabels()] + [
        axes.get_title()
    ]


def test_weighted_pipeline_has_a_bar_pair_per_stage_and_labels() -> None:
    values = [StageValue(s, 1, 200_000_00, 100_000_00) for s in Stage]
    figure = weighted_pipeline_figure(values)
    axes = figure.axes[0]
    assert len(axes.patches) == 2 * (len(Stage) - 1)  # Lost is left out
    assert "Proposal" in _texts(figure)


def test_budget_burn_lists_projects_most_over_first_and_keeps_dollar_signs() -> None:
    rows = [
        BurnRow("Bonus $5 vs $10", "Web", 100_000_00, 50_000_00, 60_000_00, 130_000_00),
        BurnRow("Vault", "KYC", 100_000_00, None, None, None),
    ]
    texts = _texts(budget_burn_figure(rows))
    assert "Bonus $5 vs $10" in texts


def test_slip_chart_labels_each_milestone_and_handles_none() -> None:
    rows = [SlipRow("UAT", "Checkout", date(2026, 3, 2), date(2026, 3, 20), 14, False)]
    assert any("UAT" in t for t in _texts(milestone_slip_figure(rows, "Web")))
    empty = milestone_slip_figure([], "Web")
    assert "No milestones" in empty.axes[0].texts[0].get_text()


def test_slip_chart_marks_critical_milestones_and_says_so() -> None:
    day = date(2026, 3, 2)
    rows = [
        SlipRow("Launch", "Checkout", day, date(2026, 3, 6), 4, False, critical=True),
        SlipRow("UAT", "Checkout", day, day, 0, False),
    ]
    figure = milestone_slip_figure(rows, "Web")
    texts = _texts(figure)
    assert any(t.startswith("◆ Launch") for t in texts)
    assert not any(t.startswith("◆ UAT") for t in texts)
    assert "◆ = critical milestone" in figure.axes[0].get_xlabel()


def test_month_ticks_name_each_month_once() -> None:
    from pmo_desktop.reports.pipeline_charts import month_ticks

    ticks = month_ticks(date(2026, 8, 4), date(2026, 12, 20))
    assert [date.fromordinal(int(t)) for t in ticks] == [date(2026, m, 1) for m in (9, 10, 11, 12)]
    assert len(month_ticks(date(2020, 1, 1), date(2026, 1, 1))) <= 8


@pytest.mark.parametrize("width", [6.0, 3.6, 2.4])
def test_slip_months_never_overlap_however_narrow_the_chart(width: float) -> None:
    rows = [
        SlipRow("Kickoff", "Checkout", date(2026, 1, 5), date(2026, 1, 5), 0, True),
        SlipRow("Launch", "Checkout", date(2027, 3, 1), date(2027, 4, 20), 35, False),
    ]
    figure = milestone_slip_figure(rows, "A program with a long name " * 3)
    figure.set_size_inches(width, 3.0)  # what a canvas in a narrow window does
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert len(labels) >= 2
    assert len({t.get_text() for t in labels}) == len(labels)  # each month once
    boxes = [t.get_window_extent(renderer) for t in labels]
    for left, right in pairwise(boxes):
        assert left.x1 <= right.x0, f"{width} in: month names overlap"
    title = figure.get_suptitle()
    assert title.startswith("Milestone slip\n") and title.endswith("…")
