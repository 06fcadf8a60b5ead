"""Charts of the reporting area: budget burn, health over time, adherence trend."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pmo_desktop.reports.charting import RAG_COLOURS, SERIES, new_figure, shorten

_RAG_LEVEL = {"green": 3, "amber": 2, "red": 1}
MAX_WEEK_TICKS = 9


def _plain_figure(width: float, height: float) -> Figure:
    """A Figure with fixed margins: drawn once, faster than constrained layout."""
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure


def budget_burn_figure(rows: Sequence[dict[str, Any]], width: float = 7.0) -> Figure:
    """Per project: budget, cost to date and estimate at completion (in thousands)."""
    height = max(2.2, 0.42 * len(rows) + 1.0)
    if not rows:
        figure = new_figure(width, height)
        ax = figure.add_subplot()
        ax.text(0.5, 0.5, "No project has financials yet", ha="center", va="center")
        ax.set_axis_off()
        return figure
    figure = _plain_figure(width, height)
    figure.subplots_adjust(left=0.3, right=0.98, top=1 - 0.45 / height, bottom=0.5 / height)
    ax = figure.add_subplot()
    names = [shorten(str(r["name"]), 34) for r in rows]
    y = list(range(len(rows)))
    k = 100_000  # cents per thousand
    budget = [(r["budget"] or 0) / k for r in rows]
    actual = [(r["actual"] or 0) / k for r in rows]
    eac = [(r["eac"] or 0) / k for r in rows]
    ax.barh([v + 0.27 for v in y], budget, height=0.26, color="#c9d1db", label="Budget")
    ax.barh(y, actual, height=0.26, color=SERIES[0], label="Cost to date")
    over = [
        RAG_COLOURS["red"] if e > b * 1.0001 and b else SERIES[1]
        for e, b in zip(eac, budget, strict=True)
    ]
    ax.barh([v - 0.27 for v in y], eac, height=0.26, color=over, label="Estimate at completion")
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.set_xlabel("Thousands")
    ax.legend(loc="lower right", frameon=False, ncols=3, bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="x", color="#e3e7ec")
    ax.set_axisbelow(True)
    return figure


def health_history_figure(history: Sequence[dict[str, Any]], width: float = 7.0) -> Figure:
    """The overall RAG of each issued report, oldest to newest."""
    points = [(date.fromisoformat(h["date"]), h.get("rag")) for h in history]
    points = [(d, r) for d, r in points if r in _RAG_LEVEL]
    if not points:
        figure = new_figure(width, 1.6)
        ax = figure.add_subplot()
        ax.text(0.5, 0.5, "No earlier report issued yet", ha="center", va="center")
        ax.set_axis_off()
        return figure
    figure = _plain_figure(width, 1.6)
    figure.subplots_adjust(left=0.1, right=0.98, top=0.92, bottom=0.2)
    ax = figure.add_subplot()
    xs: Any = [d for d, _ in points]
    ys = [_RAG_LEVEL[str(r)] for _, r in points]
    ax.plot(xs, ys, color="#8c8c8c", linewidth=1, zorder=1)
    ax.scatter(xs, ys, c=[RAG_COLOURS[str(r)] for _, r in points], s=60, zorder=2)
    ax.set_yticks([1, 2, 3], ["Red", "Amber", "Green"])
    ax.set_ylim(0.5, 3.5)
    ax.set_xlim(min(xs) - timedelta(days=10), max(xs) + timedelta(days=10))
    ax.xaxis.set_major_formatter(DateFormatter("%d %b %y"))
    ax.xaxis.set_major_locator(MaxNLocator(8))
    ax.grid(axis="y", color="#e3e7ec")
    return figure


def adherence_trend_figure(
    weeks: Sequence[date],
    series: Sequence[tuple[str, Sequence[float | None]]],
    threshold: int,
    width: float = 6.0,
    height: float = 2.6,
) -> Figure:
    """Adherence % per week for the team (and any other series), with the threshold."""
    figure = new_figure(width, height)
    ax = figure.add_subplot()
    for i, (label, values) in enumerate(series):
        pts = [(w, v) for w, v in zip(weeks, values, strict=True) if v is not None]
        if pts:
            xs: Any = [p[0] for p in pts]
            ax.plot(
                xs,
                [p[1] for p in pts],
                marker="o",
                markersize=3,
                color=SERIES[i % len(SERIES)],
                label=shorten(label),
            )
    ax.axhline(
        threshold,
        color=RAG_COLOURS["red"],
        linestyle="--",
        linewidth=1,
        label=f"Threshold {threshold} %",
    )
    ax.set_ylim(0, 105)
    ax.set_ylabel("Adherence %")
    ax.legend(loc="lower left", frameon=False)
    if weeks:  # ticks on the weeks' Mondays, named like the checklist's columns (05 Oct)
        step = -(-len(weeks) // MAX_WEEK_TICKS)
        ticks: Any = list(weeks)[::step]
        ax.set_xticks(ticks, [f"{w:%d %b}" for w in ticks])
    return figure


def png(figure: Figure, dpi: int = 110) -> bytes:
    """PNG bytes without a software stamp (same bytes for the same figure)."""
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="png",
        dpi=dpi,
        metadata={"Software": None},
        pil_kwargs={"compress_level": 1},
    )
    return buffer.getvalue()
