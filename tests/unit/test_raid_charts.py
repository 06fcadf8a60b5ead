"""RAID charts: the heatmap shows each cell's count in its band colour; empty charts say so."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from pmo_desktop.domain.risk import CauseCategory
from pmo_desktop.reports.charting import figure_png, new_figure
from pmo_desktop.reports.raid_charts import (
    CELL_FILLS,
    causes_figure,
    draw_heatmap,
    heatmap_figure,
    trend_figure,
)
from pmo_desktop.services.raid.analysis import Heatmap
from pmo_desktop.services.raid.escalations import CauseSeries


def _heatmap(cells: dict[tuple[int, int], int]) -> Heatmap:
    return Heatmap(tuple(tuple(cells.get((p, i), 0) for i in range(1, 6)) for p in range(1, 6)))


def test_heatmap_writes_each_count_in_its_cell_with_the_band_fill() -> None:
    figure = heatmap_figure(_heatmap({(5, 5): 3, (2, 3): 7, (1, 1): 1}), selected=(2, 3))
    ax = figure.axes[0]
    texts = {
        (round(t.get_position()[0]), round(t.get_position()[1])): t.get_text()
        for t in ax.texts
        if t.get_fontsize() >= 10
    }
    assert texts[(5, 5)] == "3" and texts[(3, 2)] == "7" and texts[(1, 1)] == "1"
    assert texts[(2, 4)] == "–"
    fills = {
        (round(r.get_x() + 0.5), round(r.get_y() + 0.5)): to_hex(r.get_facecolor())
        for r in ax.patches
        if isinstance(r, Rectangle) and r.get_fill()
    }
    assert fills[(5, 5)] == CELL_FILLS["red"]  # impact 5 × probability 5 = 25
    assert fills[(3, 2)] == CELL_FILLS["amber"]  # 2 × 3 = 6
    assert fills[(1, 1)] == CELL_FILLS["green"]
    assert "(11)" in figure._suptitle.get_text()  # type: ignore[union-attr]
    assert figure_png(figure, dpi=40).startswith(b"\x89PNG")


# The last size is the smallest the Risks page lets the chart be (ChartView: 60 px an inch).
@pytest.mark.parametrize("size", [(4.2, 3.8), (3.4, 3.8), (3.4, 2.89), (2.52, 2.28)])
def test_impact_names_never_overlap_however_small_the_heatmap(size: tuple[float, float]) -> None:
    figure = new_figure(*size)
    draw_heatmap(figure, _heatmap({(3, 3): 5}))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = figure.axes[0].get_xticklabels()
    boxes = [label.get_window_extent(renderer) for label in labels]
    for left, right in pairwise(boxes):
        assert left.x1 <= right.x0, f"{size}: impact names overlap"
    assert 5 <= labels[0].get_fontsize() <= 8


def test_a_narrow_heatmap_gets_smaller_impact_names_and_a_roomy_one_the_tick_size() -> None:
    sizes = []
    for width in (4.2, 3.4, 2.6):
        figure = new_figure(width, 3.8)
        draw_heatmap(figure, _heatmap({}))
        sizes.append(figure.axes[0].get_xticklabels()[0].get_fontsize())
    assert sizes[0] == 8 and sizes[0] > sizes[1] > sizes[2]


def test_trend_and_causes_render_even_when_empty() -> None:
    assert figure_png(trend_figure([]), dpi=40).startswith(b"\x89PNG")
    empty = CauseSeries((date(2026, 5, 1), date(2026, 6, 1)), {})
    figure = causes_figure(empty)
    assert any("No escalations" in t.get_text() for t in figure.axes[0].texts)
    series = CauseSeries((date(2026, 5, 1),), {CauseCategory.PROCESS: (2,), None: (1,)})
    labels = [t.get_text() for t in causes_figure(series).axes[0].get_legend().get_texts()]
    assert labels == ["Process", "Not analysed"]


def test_user_text_with_dollars_is_not_math() -> None:
    figure = heatmap_figure(_heatmap({}), title="Risks on $5 vs $10 deals")
    figure_png(figure, dpi=40)  # would raise if $…$ were parsed as math
    assert "$5 vs $10" in figure._suptitle.get_text()  # type: ignore[union-attr]
