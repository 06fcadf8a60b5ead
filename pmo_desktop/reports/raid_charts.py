"""RAID charts as matplotlib Figures (no pyplot): the 5×5 heatmap, the exposure trend and
escalations by cause category over time. ``draw_*`` redraw into an existing Figure so a GUI
canvas can keep its figure; ``*_figure`` make a new one for PDFs and files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from pmo_desktop.domain.risk import CauseCategory, band
from pmo_desktop.reports.charting import RAG_COLOURS, SERIES, new_figure
from pmo_desktop.services.raid.analysis import Heatmap
from pmo_desktop.services.raid.escalations import CauseSeries

#: Cell fills: light tints of the RAG colours so the counts stay readable on top.
CELL_FILLS = {"green": "#cdebd8", "amber": "#f9e3a6", "red": "#f3c1c1"}
EMPTY_TEXT = "#8c8c8c"
INK = "#1f2933"
IMPACT_LABELS = ("Minimal", "Minor", "Moderate", "Major", "Severe")
PROBABILITY_LABELS = ("Rare", "Unlikely", "Possible", "Likely", "Almost\ncertain")


def heatmap_figure(
    heatmap: Heatmap,
    *,
    title: str = "Open risks",
    selected: tuple[int, int] | None = None,
) -> Figure:
    """A new Figure with the 5×5 heatmap."""
    figure = new_figure(5.2, 4.4)
    draw_heatmap(figure, heatmap, title=title, selected=selected)
    return figure


def _impact_label_size(figure: Figure) -> float:
    """A font size (points) at which the longest impact name fits under its cell.

    The cells are square: the grid's side is the figure's width less the probability names
    and axis label (about 0.9 in), or its height less the title, impact names and axis label
    (about 0.8 in), whichever is smaller. A narrow chart (a small window) gets smaller names
    instead of overlapping ones; a roomy one keeps the tick size (8).
    """
    width, height = figure.get_size_inches()
    side = max(min(width - 0.9, height - 0.8), 0.5)
    cell_points = side / 5 * 72
    longest = max(len(label) for label in IMPACT_LABELS)
    return float(max(5.0, min(8.0, cell_points / (0.62 * longest))))


def draw_heatmap(
    figure: Figure,
    heatmap: Heatmap,
    *,
    title: str = "Open risks",
    selected: tuple[int, int] | None = None,
) -> None:
    """Draw the heatmap into ``figure``: impact across (1–5), probability up (1–5), each
    cell tinted by its band with the number of risks in it; ``selected`` is outlined."""
    figure.clear()
    ax = figure.add_subplot()
    for p in range(1, 6):
        for i in range(1, 6):
            colour = band(p * i).value
            ax.add_patch(
                Rectangle(
                    (i - 0.5, p - 0.5),
                    1,
                    1,
                    facecolor=CELL_FILLS[colour],
                    edgecolor="white",
                    linewidth=2,
                )
            )
            count = heatmap.count(p, i)
            ax.text(
                i,
                p,
                str(count) if count else "–",
                ha="center",
                va="center",
                fontsize=13 if count else 10,
                fontweight="bold" if count else "normal",
                color=INK if count else EMPTY_TEXT,
            )
            ax.text(
                i + 0.42,
                p - 0.42,
                str(p * i),
                ha="right",
                va="bottom",
                fontsize=6,
                color=RAG_COLOURS[colour],
            )
    if selected is not None:
        p, i = selected
        ax.add_patch(Rectangle((i - 0.5, p - 0.5), 1, 1, fill=False, edgecolor=INK, linewidth=2.5))
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_aspect("equal")
    ax.set_xticks(
        range(1, 6),
        [f"{n}\n{label}" for n, label in enumerate(IMPACT_LABELS, 1)],
        fontsize=_impact_label_size(figure),
    )
    ax.set_yticks(range(1, 6), [f"{label} {n}" for n, label in enumerate(PROBABILITY_LABELS, 1)])
    ax.tick_params(length=0)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("Impact")
    ax.set_ylabel("Probability")
    figure.suptitle(f"{title} ({heatmap.total})", x=0.02, ha="left", fontweight="bold", fontsize=11)


def trend_figure(points: Sequence[tuple[date, int]]) -> Figure:
    """A new Figure with the weekly exposure trend."""
    figure = new_figure(5.2, 2.4)
    draw_trend(figure, points)
    return figure


def draw_trend(figure: Figure, points: Sequence[tuple[date, int]]) -> None:
    """Total open exposure (Σ P×I of live entries) at the end of each week."""
    figure.clear()
    ax = figure.add_subplot()
    weeks = [w for w, _ in points]
    totals = [t for _, t in points]
    xs = list(range(len(weeks)))
    ax.plot(xs, totals, color=SERIES[0], marker="o", markersize=3, linewidth=1.8)
    ax.fill_between(xs, totals, color=SERIES[0], alpha=0.12)
    if points:
        ax.annotate(
            f"{totals[-1]:,}",
            (xs[-1], totals[-1]),
            textcoords="offset points",
            xytext=(0, 6),
            ha="center",
            fontsize=8,
            color=INK,
        )
    ax.set_ylim(bottom=0, top=max(totals, default=0) * 1.2 + 1)
    step = max(1, len(weeks) // 6)
    ax.set_xticks(xs[::step], [w.strftime("%d %b") for w in weeks[::step]])
    ax.set_ylabel("Σ score")
    ax.set_title("Open exposure by week", loc="left")
    ax.grid(axis="y", alpha=0.3)


def causes_figure(series: CauseSeries) -> Figure:
    """A new Figure with escalations by cause category per month."""
    figure = new_figure(6.0, 3.0)
    draw_causes(figure, series)
    return figure


def draw_causes(figure: Figure, series: CauseSeries) -> None:
    """Stacked bars: escalations per month, split by root-cause category."""
    figure.clear()
    ax = figure.add_subplot()
    positions = list(range(len(series.months)))
    bottom = [0] * len(positions)
    categories: list[CauseCategory | None] = [*CauseCategory, None]
    for n, category in enumerate(categories):
        counts = series.counts.get(category)
        if not counts:
            continue
        label = category.label if category else "Not analysed"
        colour = SERIES[n % len(SERIES)] if category else "#c8c8c8"
        ax.bar(positions, counts, bottom=bottom, color=colour, label=label, width=0.65)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set_xticks(positions, [m.strftime("%b %Y") for m in series.months])
    ax.set_ylabel("Escalations")
    ax.set_title("Escalations by root cause", loc="left")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if any(series.counts.values()):
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    else:
        ax.text(
            0.5,
            0.5,
            "No escalations in this period",
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=EMPTY_TEXT,
        )
    ax.grid(axis="y", alpha=0.3)


def cell_at(x: float | None, y: float | None) -> tuple[int, int] | None:
    """The (probability, impact) cell under data coordinates, or None outside the grid."""
    if x is None or y is None:
        return None
    impact, probability = round(x), round(y)
    if 1 <= impact <= 5 and 1 <= probability <= 5:
        return probability, impact
    return None
