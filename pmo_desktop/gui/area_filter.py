"""What an area shows when a Home tile opened it filtered: a bar that says so and clears it
in one click, and a helper that hides the rows of a table view the filter leaves out.

The filter itself (``AreaFilter``) is headless and lives in ``services.area_filter``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTableView, QWidget

from pmo_desktop.gui.plain_text import escape, rich_label
from pmo_desktop.services.area_filter import AreaFilter

__all__ = ["AreaFilter", "FilterBar", "RowHider"]

BAR_STYLE = (
    "QFrame#areaFilterBar { background: rgba(47, 111, 222, 0.12); "
    "border: 1px solid rgba(47, 111, 222, 0.45); border-radius: 4px; }"
)


class FilterBar(QFrame):
    """A "Filtered from Home: … ✕ Show all" bar above an area's rows; hidden while no
    filter is on."""

    #: The manager asked to see everything again.
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaFilterBar")
        self.setStyleSheet(BAR_STYLE)
        self.area_filter: AreaFilter | None = None
        self.text_label = rich_label()
        self.text_label.setWordWrap(True)
        self.clear_button = QPushButton("✕  Show all")
        self.clear_button.setToolTip("Clear the filter Home put on this view")
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_filter(self, area_filter: AreaFilter | None) -> None:
        """Say which filter is on (or hide the bar for None)."""
        self.area_filter = area_filter
        if area_filter is None:
            self.text_label.clear()
            self.hide()
            return
        self.text_label.setText(f"<b>Filtered from Home:</b> {escape(area_filter.label)}")
        self.show()


class RowHider(QObject):
    """Hides the rows of ``view`` that ``keep(row)`` rejects (rows of the view's model),
    again after every reset, sort or insertion, until the predicate is cleared."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.keep: Callable[[int], bool] | None = None
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self.apply)

    def set_keep(self, keep: Callable[[int], bool] | None) -> None:
        """Keep the rows ``keep`` accepts (None: every row again)."""
        self.keep = keep
        self.apply()

    def apply(self, *_args: object) -> None:
        """Hide or show every row by the predicate."""
        view, keep = self.view, self.keep
        for row in range(view.model().rowCount()):
            view.setRowHidden(row, keep is not None and not keep(row))

    def shown_rows(self) -> list[int]:
        """The rows of the view's model on screen (not hidden)."""
        return [r for r in range(self.view.model().rowCount()) if not self.view.isRowHidden(r)]
