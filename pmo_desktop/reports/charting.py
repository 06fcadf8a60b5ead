"""matplotlib without pyplot: Figures for the GUI (FigureCanvasQTAgg) and for PDFs (PNG/SVG).

Importing this module configures matplotlib once for user text: ``$`` is never math, so
"Bonus $5 vs $10" stays as typed and cannot fail at savefig.
"""

from __future__ import annotations

import io

import matplotlib as mpl

mpl.use("Agg", force=False)
mpl.rcParams["text.parse_math"] = False
mpl.rcParams["font.family"] = ["DejaVu Sans"]
mpl.rcParams["axes.spines.top"] = False
mpl.rcParams["axes.spines.right"] = False
mpl.rcParams["axes.titleweight"] = "bold"
mpl.rcParams["axes.titlesize"] = 11
mpl.rcParams["axes.labelsize"] = 9
mpl.rcParams["xtick.labelsize"] = 8
mpl.rcParams["ytick.labelsize"] = 8
mpl.rcParams["legend.fontsize"] = 8
mpl.rcParams["figure.dpi"] = 100

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

#: Colours shared by every chart and the GUI, readable in light and dark themes.
RAG_COLOURS = {"green": "#2e9d5b", "amber": "#e0a100", "red": "#d64545"}
SERIES = ["#3b6ea8", "#e07b39", "#5aa469", "#a05195", "#8c8c8c", "#d45087", "#2f9e9e"]


def new_figure(width_in: float = 6.0, height_in: float = 3.2) -> Figure:
    """A Figure not tied to pyplot (no global state, safe in threads and tests)."""
    figure = Figure(figsize=(width_in, height_in), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def figure_png(figure: Figure, dpi: int = 150) -> bytes:
    """Render a Figure to PNG bytes (for ReportLab or a file)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def shorten(label: str, limit: int = 28) -> str:
    """Cut a user label for an axis, keeping it on one line."""
    flat = " ".join(label.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
