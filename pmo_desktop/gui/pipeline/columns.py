"""Column widths that fit the table: contents first, text columns give way when tight."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

#: The widest a column is made, and the room left around its widest text.
MAX_WIDTH = 360
CELL_PADDING = 20


def fit_widths(
    wanted: Sequence[int], available: int, flexible: Collection[int], minimum: int = 90
) -> list[int]:
    """Widths for columns that want ``wanted`` pixels inside ``available`` pixels.

    When everything fits, the spare width goes to the first flexible column. When it does
    not, the flexible (text) columns shrink in proportion to what they have above
    ``minimum``, so no single column is cut to nothing; fixed columns keep their width.
    """
    widths = list(wanted)
    order = [i for i in flexible if 0 <= i < len(widths)]
    if not order:
        return widths
    excess = sum(widths) - available
    if excess <= 0:
        widths[order[0]] += -excess
        return widths
    slack = {i: max(widths[i] - minimum, 0) for i in order}
    total_slack = sum(slack.values())
    if total_slack == 0:
        return widths
    cut = min(excess, total_slack)
    cuts = {i: cut * slack[i] // total_slack for i in order}
    leftover = cut - sum(cuts.values())  # rounding: a few pixels, taken where there is room
    for i in order:
        extra = min(leftover, slack[i] - cuts[i])
        cuts[i] += extra
        leftover -= extra
        widths[i] -= cuts[i]
    return widths


class ColumnFitter(QObject):
    """Fits a table's columns to their texts, and again whenever the table changes width.

    The texts are measured with the font metrics, once after each read (``invalidate``)
    and only when the table is on screen (``fit``): asking the view (sizeHintForColumn)
    takes seconds on a thousand projects.
    """

    def __init__(
        self,
        table: QTableView,
        columns: int,
        flexible: Collection[int],
        texts: Callable[[int], Iterable[str]],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.flexible = flexible
        self.texts = texts
        self.pending = False
        self._wanted: list[int] = []
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def invalidate(self, has_rows: bool = True) -> None:
        """The rows changed: measure again at the next ``fit`` (when there are rows)."""
        self.pending = has_rows

    def fit(self) -> None:
        """Measure the texts if they changed, then fit the columns to the table's width."""
        if self.pending:
            self.pending = False
            self._measure()
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the columns when the table changes width (and nothing else: the filter
        also sees the events of a table being destroyed)."""
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fit()
        return False

    def _measure(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        self._wanted = []
        for column in range(self.columns):
            texts = set(self.texts(column))
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            wanted = max(widest + CELL_PADDING, header.sectionSizeHint(column) + 12)
            self._wanted.append(min(wanted, MAX_WIDTH))

    def _fit(self) -> None:
        if not self._wanted:
            return
        available = self.table.viewport().width()
        for column, width in enumerate(fit_widths(self._wanted, available, self.flexible)):
            self.table.setColumnWidth(column, width)
