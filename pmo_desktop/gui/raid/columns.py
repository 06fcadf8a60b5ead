"""The register table's columns: those shown by default, the header menu that shows or
hides any of them, and widths fitted to the table (the fixed columns capped, the text
columns sharing the rest, the title most), fitted again when the table changes width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from pmo_desktop.gui.raid.models import HEADERS, TOOLTIPS, Column, RaidRegisterModel

#: Columns shown by default (the rest are in the model, the export and the editor).
HIDDEN = (
    Column.KIND,
    Column.CLIENT,
    Column.PROJECT,
    Column.PROBABILITY,
    Column.IMPACT,
    Column.RESPONSE,
    Column.DUE,
)
FLEXIBLE = (Column.TITLE, Column.PROGRAM, Column.OWNER)
#: Widest a fixed column gets; the text columns share the rest, the title most.
FIXED_CAP = {
    Column.ID: 56,
    Column.SCORE: 54,
    Column.STATUS: 96,
    Column.REVIEW: 84,
    Column.DUE: 84,
    Column.FLAGS: 124,
    Column.RESPONSE: 90,
}
FLEX_SHARE = {Column.TITLE: 0.56, Column.PROGRAM: 0.25, Column.OWNER: 0.19}
MAX_WIDTH = 340
#: Widths assumed for a large register: measuring thousands of rows costs more than it helps.
SAMPLE_WIDTH = {
    Column.ID: 64,
    Column.TITLE: 320,
    Column.CLIENT: 150,
    Column.PROGRAM: 170,
    Column.OWNER: 130,
    Column.SCORE: 56,
    Column.STATUS: 92,
    Column.REVIEW: 96,
    Column.FLAGS: 120,
}
MEASURED_ROWS = 400


class RegisterColumns(QObject):
    """Sets up the register table's header and keeps its column widths fitted."""

    def __init__(self, table: QTableView, model: RaidRegisterModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self._wanted: list[int] = []
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in HIDDEN:
            table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns again when the table changes width."""
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return super().eventFilter(watched, event)

    def menu(self, parent: QWidget) -> QMenu:
        """A menu of every column, checked when shown; choosing one shows or hides it."""
        menu = QMenu(parent)
        for column in Column:
            action = menu.addAction(
                HEADERS[column]
                if column not in (Column.PROBABILITY, Column.IMPACT)
                else TOOLTIPS[column].split(",")[0]
            )
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column not in (Column.ID, Column.TITLE))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        return menu

    def _menu_at(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.menu(self.table).exec(header.mapToGlobal(position))

    def show_column(self, column: Column, shown: bool) -> None:
        """Show or hide a column (a column shown again gets a usable width)."""
        self.table.setColumnHidden(column, not shown)
        if shown and self.table.columnWidth(column) < 40:
            self.table.setColumnWidth(column, FIXED_CAP.get(column, 120))

    def measure(self) -> None:
        """Note the width each column's content wants (after the rows were read)."""
        table = self.table
        header = table.horizontalHeader()
        if self.model.rowCount() > MEASURED_ROWS:
            self._wanted = [
                0 if c in HIDDEN else max(SAMPLE_WIDTH.get(c, 90), header.sectionSizeHint(c) + 12)
                for c in Column
            ]
            return
        self._wanted = [
            0
            if c in HIDDEN
            else min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) + 14, MAX_WIDTH)
            for c in Column
        ]

    def fit(self) -> None:
        """Share the table's width: fixed columns as wanted up to their cap, the rest to
        the text columns (the title takes what is left over)."""
        if not self._wanted:
            return
        table = self.table
        available = table.viewport().width()
        fixed = {
            c: min(self._wanted[c], FIXED_CAP.get(c, 120))
            for c in Column
            if c not in HIDDEN and c not in FLEXIBLE
        }
        spare = max(available - sum(fixed.values()), 0)
        wanted_flex = {c: self._wanted[c] for c in FLEXIBLE}
        widths = dict(fixed)
        if sum(wanted_flex.values()) <= spare:
            widths.update(wanted_flex)
            widths[Column.TITLE] += spare - sum(wanted_flex.values())
        else:
            for column, share in FLEX_SHARE.items():
                widths[column] = max(int(spare * share), 60)
        for column, width in widths.items():
            table.setColumnWidth(column, width)
