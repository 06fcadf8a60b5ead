"""People charts (matplotlib Figures, no pyplot): the rating distribution of a period, each
person against their last period, and the 9-box grid (the evaluation PDF draws its own)."""

from __future__ import annotations

import unicodedata
from functools import cache

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from pmo_desktop.domain.rating import (
    POTENTIAL_LABELS,
    nine_box_label,
    performance_band,
)
from pmo_desktop.reports.charting import SERIES, new_figure, shorten
from pmo_desktop.services.people.calibration import CalibrationRow

THIS, LAST = SERIES[0], "#b9c3cf"
MISSING = "\ufffd"
SHORT_LABELS = {1: "Below", 2: "Partially", 3: "Meets", 4: "Exceeds", 5: "Outstanding"}


@cache
def _charmap() -> frozenset[int]:
    from matplotlib.font_manager import FontProperties, findfont, get_font

    return frozenset(get_font(findfont(FontProperties(family="DejaVu Sans"))).get_charmap())


def label(text: str, limit: int = 24) -> str:
    """A user string as a one-line chart label: cut to ``limit``, control characters as
    spaces, characters the chart font cannot draw as U+FFFD (never dropped silently)."""
    chars = _charmap()
    cleaned = "".join(
        " "
        if unicodedata.category(ch)[0] == "C" or ch.isspace()
        else ch
        if ord(ch) in chars
        else MISSING
        for ch in text
    )
    return shorten(cleaned, limit)


def distribution_chart(rows: list[CalibrationRow], period: str) -> Figure:
    """How many people got each overall rating, this period beside the period before."""
    figure = new_figure(5.6, 3.0)
    ax = figure.add_subplot()
    now = [sum(1 for r in rows if r.overall == k) for k in range(1, 6)]
    before = [sum(1 for r in rows if r.previous_overall == k) for k in range(1, 6)]
    xs = list(range(1, 6))
    ax.bar([x - 0.2 for x in xs], before, 0.4, color=LAST, label="Period before")
    ax.bar([x + 0.2 for x in xs], now, 0.4, color=THIS, label=period)
    ax.set_xticks(xs, [f"{k}\n{SHORT_LABELS[k]}" for k in xs])
    ax.set_ylabel("People")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"Overall ratings, {period}")
    ax.legend(frameon=False)
    return figure


def movement_chart(rows: list[CalibrationRow], period: str) -> Figure:
    """Each person's overall rating this period against last period (a dumbbell chart)."""
    rated = [r for r in rows if r.overall is not None]
    figure = new_figure(5.6, max(2.2, 0.28 * len(rated) + 1.0))
    ax = figure.add_subplot()
    ys = list(range(len(rated)))[::-1]
    for y, r in zip(ys, rated, strict=True):
        assert r.overall is not None
        if r.previous_overall is not None:
            ax.plot([r.previous_overall, r.overall], [y, y], color="#c9d1db", linewidth=2)
            ax.scatter([r.previous_overall], [y], color=LAST, zorder=3, s=28)
        ax.scatter([r.overall], [y], color=THIS, zorder=4, s=34)
    ax.set_yticks(ys, [label(r.name, 22) for r in rated])
    ax.set_xlim(0.5, 5.5)
    ax.set_xticks(range(1, 6))
    ax.grid(axis="x", color="#e3e7ec", linewidth=0.6)
    ax.set_title(f"Each person: period before (grey) → {period} (blue)")
    ax.tick_params(axis="y", length=0)
    return figure


def nine_box_cells(rows: list[CalibrationRow]) -> dict[tuple[int, int], list[str]]:
    """Names per 9-box cell (performance band, potential); unrated people are left out."""
    cells: dict[tuple[int, int], list[str]] = {(p, q): [] for p in (1, 2, 3) for q in (1, 2, 3)}
    for r in rows:
        if r.overall is not None and r.potential is not None:
            cells[(performance_band(r.overall), r.potential)].append(r.name)
    return cells


def nine_box_chart(rows: list[CalibrationRow], period: str) -> Figure:
    """The 9-box grid: performance (x) by potential (y), names in each cell."""
    figure = new_figure(6.4, 4.6)
    ax = figure.add_subplot()
    colours = {2: "#dff0e5", 1: "#fff4d6", 0: "#fde3e3"}
    for (perf, pot), names in nine_box_cells(rows).items():
        shade = colours[min(2, (perf + pot - 2) // 2)]
        ax.add_patch(
            Rectangle((perf - 1, pot - 1), 1, 1, facecolor=shade, edgecolor="white", linewidth=2)
        )
        ax.text(
            perf - 0.95,
            pot - 0.08,
            nine_box_label(perf, pot),
            fontsize=7.5,
            fontweight="bold",
            va="top",
            color="#33414e",
        )
        shown = names[:5] + ([f"+{len(names) - 5} more"] if len(names) > 5 else [])
        ax.text(
            perf - 0.95,
            pot - 0.28,
            "\n".join(label(n, 22) for n in shown),
            fontsize=7,
            va="top",
            color="#1f2a36",
        )
    ax.set_xlim(0, 3)
    ax.set_ylim(0, 3)
    ax.set_xticks([0.5, 1.5, 2.5], ["Low (1–2)", "Moderate (3)", "High (4–5)"])
    ax.set_yticks([0.5, 1.5, 2.5], [POTENTIAL_LABELS[k] for k in (1, 2, 3)])
    ax.set_xlabel("Performance (overall rating)")
    ax.set_ylabel("Potential")
    ax.set_title(f"9-box, {period}")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    return figure
