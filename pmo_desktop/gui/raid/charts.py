"""Report figures embedded with FigureCanvasQTAgg (matplotlib is imported on first use)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """One report Figure, redrawn in place by a ``draw(figure, …)`` function."""

    #: (probability, impact) of a heatmap cell the user clicked.
    cell_clicked = Signal(int, int)

    def __init__(
        self,
        width_in: float,
        height_in: float,
        parent: QWidget | None = None,
        *,
        size_aware: bool = False,
    ):
        """``size_aware``: the drawing depends on the chart's size (the heatmap picks its label
        size), so it is redrawn, once per settled size, when the chart is resized."""
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.charting import new_figure

        self.figure = new_figure(width_in, height_in)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(int(width_in * 60), int(height_in * 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._click_connection: int | None = None
        self._drawn: tuple[Callable[..., None], tuple[Any, ...], dict[str, Any]] | None = None
        self._drawn_size: tuple[float, float] | None = None
        if size_aware:
            self.canvas.mpl_connect("resize_event", self._resized)

    def draw(self, painter: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        """Redraw with ``painter(self.figure, *args, **kwargs)`` (again when resized)."""
        self._drawn = (painter, args, kwargs)
        self._drawn_size = self._size()
        painter(self.figure, *args, **kwargs)
        self.canvas.draw_idle()

    def _size(self) -> tuple[float, float]:
        width, height = self.figure.get_size_inches()
        return round(float(width), 2), round(float(height), 2)

    def _resized(self, _event: Any) -> None:
        # The canvas has just given the figure its new size and repaints next: the chart is
        # laid out again for that size first (text keeps its size in points), so it is
        # rendered once.
        if self._drawn is not None and self._size() != self._drawn_size:
            painter, args, kwargs = self._drawn
            self.draw(painter, *args, **kwargs)

    def enable_cell_clicks(self) -> None:
        """Emit ``cell_clicked`` for clicks on a heatmap cell."""
        if self._click_connection is None:
            self._click_connection = self.canvas.mpl_connect("button_press_event", self._clicked)

    def _clicked(self, event: Any) -> None:
        from pmo_desktop.reports.raid_charts import cell_at

        cell = cell_at(event.xdata, event.ydata) if event.inaxes is not None else None
        if cell is not None:
            self.cell_clicked.emit(*cell)
