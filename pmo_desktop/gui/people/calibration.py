"""Calibration: the period's rating distribution, each person against last period, 9-box."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.services.people import calibration


class CalibrationCharts(QWidget):
    """The three calibration charts of one period (matplotlib, embedded lazily)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(12)
        self.canvases: list[QWidget] = []
        self.rows: list[calibration.CalibrationRow] = []

    def show_period(self, period: str | None) -> None:
        """Draw the charts of ``period`` (an empty note when there is none)."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.people_charts import (
            distribution_chart,
            movement_chart,
            nine_box_chart,
        )

        for canvas in self.canvases:
            self.grid.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases = []
        if period is None:
            label = plain_label("No evaluations yet: calibration appears once ratings exist.")
            label.setProperty("role", "empty-state")
            self.grid.addWidget(label, 0, 0)
            self.canvases.append(label)
            return
        self.rows = self.context.edits.read(lambda s: calibration.calibration(s, period))
        figures = [
            (distribution_chart(self.rows, period), 0, 0, 1, 1),
            (movement_chart(self.rows, period), 1, 0, 1, 1),
            (nine_box_chart(self.rows, period), 0, 1, 2, 1),
        ]
        for figure, row, col, rs, cs in figures:
            canvas = FigureCanvasQTAgg(figure)
            width, height = figure.get_size_inches()
            canvas.setMinimumSize(int(width * 90), int(height * 90))
            self.grid.addWidget(canvas, row, col, rs, cs)
            self.canvases.append(canvas)
