"""Pipeline charts as matplotlib Figures: weighted pipeline by stage, budget burn per
project, milestone slip per program. No pyplot; labels are user text (no math parsing)."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, Locator

from pmo_desktop.domain.enums import Stage
from pmo_desktop.reports.charting import RAG_COLOURS, SERIES, new_figure, shorten
from pmo_desktop.services.pipeline.board import StageValue
from pmo_desktop.services.pipeline.figures import BurnRow, SlipRow

_MILLION = 100_000_000  # cents


def _money_axis(value: float) -> str:
    return f"${value:,.1f}M"


def weighted_pipeline_figure(values: list[StageValue], width: float = 6.0) -> Figure:
    """Budget and weighted value (Σ budget × win probability) per stage, in $M."""
    figure = new_figure(width, 3.2)
    axes = figure.add_subplot()
    shown = [v for v in values if v.stage is not Stage.LOST]
    labels = [v.stage.label for v in shown]
    budget = [v.budget_cents / _MILLION for v in shown]
    weighted = [v.weighted_cents / _MILLION for v in shown]
    xs = range(len(shown))
    axes.bar([x - 0.2 for x in xs], budget, 0.4, label="Budget", color="#b8c7dc")
    axes.bar([x + 0.2 for x in xs], weighted, 0.4, label="Weighted", color=SERIES[0])
    for x, value in zip(xs, weighted, strict=True):
        if value:
            axes.annotate(
                f"{value:,.1f}",
                (x + 0.2, value),
                ha="center",
                va="bottom",
                fontsize=7,
                xytext=(0, 2),
                textcoords="offset points",
            )
    axes.set_xticks(list(xs), labels, rotation=0)
    axes.set_ylabel("$ millions")
    axes.set_title("Weighted pipeline by stage")
    axes.legend(loc="upper right", frameon=False)
    if not any(budget):
        axes.text(0.5, 0.5, "No projects yet", ha="center", transform=axes.transAxes)
    return figure


def budget_burn_figure(rows: list[BurnRow], limit: int = 12, width: float = 6.0) -> Figure:
    """Planned to date, actual cost and forecast against the budget, per project ($k)."""
    rows = rows[:limit]
    figure = new_figure(width, max(2.6, 0.32 * len(rows) + 1.2))
    axes = figure.add_subplot()
    if not rows:
        axes.text(0.5, 0.5, "No project in delivery has costs yet", ha="center")
        axes.set_axis_off()
        return figure
    names = [shorten(r.project, 26) for r in rows][::-1]
    ys = list(range(len(rows)))
    rows = rows[::-1]

    def k(value: int | None) -> float:
        return (value or 0) / 100_000

    axes.barh(ys, [k(r.budget_cents) for r in rows], 0.8, color="#e3e8ef", label="Budget")
    axes.barh(
        [y + 0.2 for y in ys], [k(r.planned_cents) for r in rows], 0.25, color="#9bb0cc",
        label="Planned to date",
    )  # fmt: skip
    axes.barh(ys, [k(r.actual_cents) for r in rows], 0.25, color=SERIES[0], label="Actual")
    colours = [
        RAG_COLOURS["red"]
        if r.overrun_share > 0.10
        else RAG_COLOURS["amber"]
        if r.overrun_share > 0.05
        else RAG_COLOURS["green"]
        for r in rows
    ]
    axes.scatter(
        [k(r.forecast_cents) for r in rows], ys, marker="D", s=22, color=colours, zorder=3,
        label="Forecast at completion",
    )  # fmt: skip
    axes.set_yticks(ys, names)
    axes.set_xlabel("$ thousands")
    axes.set_title("Budget burn (most over budget first)")
    axes.legend(loc="lower right", frameon=False, fontsize=7)
    return figure


def _ordinal_month(value: float, _position: int | None = None) -> str:
    """An axis tick (a date's ordinal) as ``Mar 26``."""
    try:
        return date.fromordinal(int(value)).strftime("%b %y")
    except (ValueError, OverflowError):
        return ""


def month_ticks(first: date, last: date, most: int = 8) -> list[float]:
    """Ordinals of the first day of each month within ``first``–``last`` (every n-th month
    when there are more than ``most``), so each tick names a different month."""
    starts = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        if date(year, month, 1) >= first:
            starts.append(float(date(year, month, 1).toordinal()))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if not starts:  # all within one month
        starts = [float(date(first.year, first.month, 1).toordinal())]
    step = max(1, -(-len(starts) // most))
    return starts[::step]


class MonthLocator(Locator):
    """Ticks on the first days of months (``month_ticks``), as many as the drawn axis has room
    for: a chart shrunk into a narrow window thins its months instead of overlapping them."""

    def __call__(self) -> list[float]:
        low, high = sorted(self.axis.get_view_interval()) if self.axis else (0.0, 0.0)
        if high < 1:  # nothing plotted yet
            return []
        room = self.axis.get_tick_space() if self.axis else 8
        # ``Mon YY`` labels are about four font sizes wide; tick space assumes three
        most = max(2, room * 3 // 4)
        return month_ticks(date.fromordinal(int(low)), date.fromordinal(int(high)), most)


def milestone_slip_figure(rows: list[SlipRow], program: str, width: float = 6.0) -> Figure:
    """Baseline → forecast of each milestone of a program, with the slip in working days."""
    figure = new_figure(width, max(2.6, 0.3 * len(rows) + 1.2))
    axes = figure.add_subplot()
    if not rows:
        axes.text(0.5, 0.5, "No milestones in delivery for this program", ha="center")
        axes.set_axis_off()
        return figure
    rows = rows[::-1]
    ys = list(range(len(rows)))
    for y, r in zip(ys, rows, strict=True):
        colour = (
            RAG_COLOURS["green"]
            if r.slip_days <= 5
            else RAG_COLOURS["amber"]
            if r.slip_days <= 10
            else RAG_COLOURS["red"]
        )
        baseline, forecast = float(r.baseline.toordinal()), float(r.forecast.toordinal())
        axes.plot([baseline, forecast], [y, y], color=colour, linewidth=2)
        axes.scatter([baseline], [y], color="#9e9e9e", s=14, zorder=3)
        axes.scatter([forecast], [y], color=colour, s=18, zorder=3)
        if r.slip_days:
            axes.annotate(
                f"{r.slip_days:+d}d", (forecast, y), xytext=(4, -3),
                textcoords="offset points", fontsize=7,
            )  # fmt: skip
    labels = [
        ("◆ " if r.critical else "")
        + shorten(f"{r.milestone} · {r.project}", 34)
        + (" ✓" if r.done else "")
        for r in rows
    ]
    axes.set_yticks(ys, labels)
    # Over the whole figure, not the axes: the milestone names take half the width, and text
    # centred on what is left would run off a narrow chart.
    figure.suptitle(
        f"Milestone slip\n{shorten(program, 44)}", x=0.02, ha="left", fontweight="bold", fontsize=11
    )
    key = "\n◆ = critical milestone" if any(r.critical for r in rows) else ""
    axes.set_xlabel(f"grey = baseline, colour = forecast (+working days){key}", loc="right")
    axes.xaxis.set_major_locator(MonthLocator())
    axes.xaxis.set_major_formatter(FuncFormatter(_ordinal_month))
    return figure
