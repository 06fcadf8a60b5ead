"""Billability charts: team utilization by week against target, each person against target.

Import lazily (it imports matplotlib); the GUI embeds the Figures with FigureCanvasQTAgg and
the staffing PDF renders them to PNG.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from pmo_desktop.reports.charting import RAG_COLOURS, SERIES, new_figure, shorten
from pmo_desktop.services.staffing.actuals import TeamBillability

ACTUAL = SERIES[0]
FORECAST = "#9bb7d6"


def team_utilization_figure(
    report: TeamBillability, width_in: float = 7.0, height_in: float = 3.0, compact: bool = False
) -> Figure:
    """Bars of team billable utilization per week (actuals dark, forecast light), target line."""
    figure = new_figure(width_in, height_in)
    axes = figure.add_subplot()
    weeks = [w for w in report.weeks if w.available_hours > 0]
    values = [w.billable_hours / w.available_hours * 100 for w in weeks]
    colours = [ACTUAL if w.actual else FORECAST for w in weeks]
    labels = [f"{w.week:%d %b}" for w in weeks]
    axes.bar(range(len(weeks)), values, color=colours)
    axes.axhline(report.target, color=RAG_COLOURS["red"], linestyle="--", linewidth=1.2)
    axes.text(
        len(weeks) - 0.5 if weeks else 0,
        report.target,
        f" target {report.target:.0f}%",
        va="bottom",
        ha="right",
        fontsize=8,
        color=RAG_COLOURS["red"],
    )
    step = max(1, len(weeks) // 13)
    axes.set_xticks(range(0, len(weeks), step), labels[::step], rotation=45, ha="right")
    axes.set_ylabel("Billable %" if compact else "Billable utilization %")
    overall = report.utilization
    title = "Team billable % by week" if compact else "Team billable utilization by week"
    if overall is not None:
        title += f": {overall:.0f}%" if compact else f" — {overall:.0f}% over the period"
    axes.set_title(title)
    axes.set_ylim(0, max([110.0, *values]) + 5)
    if not weeks:
        axes.text(0.5, 0.5, "No capacity in this period", ha="center", transform=axes.transAxes)
    return figure


def people_billability_figure(
    report: TeamBillability,
    width_in: float = 7.0,
    height_in: float | None = None,
    compact: bool = False,
) -> Figure:
    """One bar per person (billable utilization over the period) with their target marked."""
    people = [p for p in report.people if p.available_hours > 0]
    people.sort(key=lambda p: p.name.casefold(), reverse=True)
    figure = new_figure(width_in, height_in or max(2.5, 0.28 * len(people) + 1.0))
    axes = figure.add_subplot()
    values = [p.utilization or 0.0 for p in people]
    colours = [
        RAG_COLOURS["green"] if v >= p.target - 1e-9 else RAG_COLOURS["amber"]
        for v, p in zip(values, people, strict=True)
    ]
    axes.barh(range(len(people)), values, color=colours)
    axes.scatter(
        [p.target for p in people],
        range(len(people)),
        marker="|",
        s=200,
        color="#202124",
        label="target",
        zorder=3,
    )
    limit = 16 if compact else 24
    axes.set_yticks(
        range(len(people)), [f"{shorten(p.name, limit)} ({p.role.value})" for p in people]
    )
    for i, value in enumerate(values):
        axes.text(value + 1, i, f"{value:.0f}%", va="center", fontsize=7)
    axes.set_xlabel(
        "Billable % of available hours"
        if compact
        else "Billable utilization % (sum of billable hours ÷ sum of available hours)"
    )
    axes.set_title("Each person vs target" if compact else "Billability per person vs target")
    axes.set_xlim(0, max([110.0, *values]) + 12)
    if people:
        axes.legend(loc="lower right")
    return figure
