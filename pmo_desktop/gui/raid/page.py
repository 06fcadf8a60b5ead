"""The Risks area: the RAID register with filters, heatmap and exposure trend, and the
escalation log with root-cause analysis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QWidget,
)

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import RaidKind, RaidStatus
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_raid_view import Ui_RaidView
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.raid.controller import RaidController
from pmo_desktop.gui.raid.editor import RaidEditorDialog
from pmo_desktop.gui.raid.model import HEADERS, TOOLTIPS, Column, RaidRegisterModel
from pmo_desktop.gui.raid.proxy import RaidFilterProxy
from pmo_desktop.services.failures import describe_failure
from pmo_desktop.services.raid.register import Choices, RaidRow

REGISTER_TAB, ESCALATIONS_TAB = 0, 1
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
CHART_WIDTH = 340
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
LIVE = "live"


class RaidPage(AreaPage):
    """The register (default view) and the escalations view of the Risks area."""

    #: The filter a Home tile put on the page (its bar clears it).
    home_filter: AreaFilter | None = None
    filter_bar: FilterBar | None = None
    _log_hider: RowHider | None = None

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.ui = Ui_RaidView()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        ui.countLabel.setProperty("role", "subtitle")
        # a fixed width: the count changes on every keystroke and must not re-lay out the page
        ui.countLabel.setFixedWidth(
            ui.countLabel.fontMetrics().horizontalAdvance("99,999 of 99,999 entries") + 16
        )
        ui.scopeLabel.setProperty("role", "section")
        ui.heatmapHint.setProperty("role", "note")
        self.controller = RaidController(context.portfolio, context.undo_stack, self)
        self.choices = Choices((), (), (), ())
        self.model = RaidRegisterModel(self)
        self.proxy = RaidFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.registerTable
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # unsorted (register order) until a header is clicked
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.verticalHeader().setDefaultSectionSize(26)
        for column in HIDDEN:
            table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.viewport().installEventFilter(self)
        self._wanted: list[int] = []
        ui.chartPanel.setMinimumWidth(300)
        ui.chartPanel.setMaximumWidth(560)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([1000, CHART_WIDTH])

        ui.kindFilter.addItem("All kinds", None)
        for kind in RaidKind:
            ui.kindFilter.addItem(f"{kind.label}s", kind.value)
        ui.statusFilter.addItem("Open + monitoring", LIVE)
        ui.statusFilter.addItem("Any status", None)
        for status in RaidStatus:
            ui.statusFilter.addItem(status.label, status.value)
        ui.bandFilter.addItem("Any score", None)
        for colour, text in (
            (Rag.RED, "Red (15–25)"),
            (Rag.AMBER, "Amber (5–14)"),
            (Rag.GREEN, "Green (1–4)"),
        ):
            ui.bandFilter.addItem(text, colour.value)
        ui.clearCellButton.setVisible(False)
        self.proxy.update(live_only=True)

        self.heatmap: Any = None
        self.trend: Any = None
        self._charts_due = QTimer(self)
        self._charts_due.setSingleShot(True)
        self._charts_due.setInterval(0)
        self._charts_due.timeout.connect(self._redraw_charts)
        self.escalations: Any = None

        ui.searchEdit.textChanged.connect(self.proxy.set_search_text)
        ui.kindFilter.currentIndexChanged.connect(self._filters_changed)
        ui.statusFilter.currentIndexChanged.connect(self._filters_changed)
        ui.bandFilter.currentIndexChanged.connect(self._filters_changed)
        ui.overdueCheck.toggled.connect(self._filters_changed)
        ui.clientFilter.currentIndexChanged.connect(self._scope_changed)
        ui.programFilter.currentIndexChanged.connect(self._scope_changed)
        ui.projectFilter.currentIndexChanged.connect(self._filters_changed)
        ui.ownerFilter.currentIndexChanged.connect(self._filters_changed)
        ui.clearCellButton.clicked.connect(lambda: self.filter_cell(None))
        ui.newButton.clicked.connect(self.new_entry)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.convertButton.clicked.connect(self.convert_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.exportButton.clicked.connect(self.export)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.tabs.currentChanged.connect(self._tab_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self.controller.item_changed.connect(self._item_changed)
        self.controller.item_removed.connect(self._item_removed)
        self._update_buttons()

    # ------------------------------------------------------------------ AreaPage

    def refresh(self) -> None:
        """Read the register, pickers and charts again; filters are kept."""
        self.choices = self.controller.choices()
        self._fill_pickers()
        self.model.set_rows(self.controller.register())
        self._measure_columns()
        self._fit_columns()
        self._update_count()
        self._charts_due.start()  # the register shows first; the charts follow
        if self.escalations is not None:
            self.escalations.refresh(self.choices)

    def show_view(self, view: str | None) -> None:
        """``None``/``register``: the register; ``escalations``: the escalation log."""
        self.ui.tabs.setCurrentIndex(ESCALATIONS_TAB if view == "escalations" else REGISTER_TAB)

    # ------------------------------------------------------------------ filters

    def _fill_pickers(self) -> None:
        ui = self.ui
        _refill(ui.clientFilter, "All clients", [(c.id, c.label) for c in self.choices.clients])
        _refill(ui.programFilter, "All programs", [(p.id, p.label) for p in self.choices.programs])
        _refill(ui.projectFilter, "All projects", [(p.id, p.label) for p in self.choices.projects])
        _refill(ui.ownerFilter, "All owners", [(p.id, p.label) for p in self.choices.people])
        self._filters_changed()

    def _scope_changed(self) -> None:
        self._filters_changed()
        self._charts_due.start()

    def _filters_changed(self) -> None:
        ui = self.ui
        kind = ui.kindFilter.currentData()
        status = ui.statusFilter.currentData()
        colour = ui.bandFilter.currentData()
        self.proxy.update(
            kind=RaidKind(kind) if kind else None,
            status=RaidStatus(status) if status and status != LIVE else None,
            live_only=status == LIVE,
            band=Rag(colour) if colour else None,
            overdue_only=ui.overdueCheck.isChecked(),
            client_id=ui.clientFilter.currentData(),
            program_id=ui.programFilter.currentData(),
            project_id=ui.projectFilter.currentData(),
            owner_id=ui.ownerFilter.currentData(),
        )

    def filter_cell(self, cell: tuple[int, int] | None) -> None:
        """Keep only risks at (probability, impact) — or every cell again with None."""
        if cell is not None:
            select = self.ui.kindFilter
            select.setCurrentIndex(max(select.findData(RaidKind.RISK.value), 0))
        self.proxy.update(cell=cell)
        self.ui.clearCellButton.setVisible(cell is not None)
        if cell is not None:
            p, i = cell
            self.ui.clearCellButton.setText(f"P{p} × I{i} = {p * i}  ✕")
        self._charts_due.start()

    # ------------------------------------------------------------------ charts

    def _redraw_charts(self) -> None:
        from pmo_desktop.gui.raid.charts import ChartView
        from pmo_desktop.reports.raid_charts import draw_heatmap, draw_trend

        if self.heatmap is None:
            self.heatmap = ChartView(4.2, 3.8, self.ui.heatmapHost, size_aware=True)
            self.heatmap.enable_cell_clicks()
            self.heatmap.cell_clicked.connect(lambda p, i: self.filter_cell((p, i)))
            self.ui.heatmapLayout.addWidget(self.heatmap)
            self.trend = ChartView(4.2, 2.0, self.ui.trendHost)
            self.ui.trendLayout.addWidget(self.trend)
        client_id = self.ui.clientFilter.currentData()
        program_id = self.ui.programFilter.currentData()
        scope = "Portfolio"
        if program_id is not None:
            client_id = None
            scope = f"Program: {self.ui.programFilter.currentText()}"
        elif client_id is not None:
            scope = f"Client: {self.ui.clientFilter.currentText()}"
        self.ui.scopeLabel.setText(scope)
        self.heatmap.draw(
            draw_heatmap,
            self.controller.heatmap(client_id, program_id),
            selected=self.proxy.current.cell,
        )
        self.trend.draw(draw_trend, self.controller.trend(client_id, program_id))

    # ------------------------------------------------------------------ edits

    def selected_row(self) -> RaidRow | None:
        """The register entry under the table's current index."""
        index = self.ui.registerTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def new_entry(self) -> None:
        """Create an entry through the editor dialog (undoable)."""
        dialog = RaidEditorDialog(self.controller, self.choices, None, self)
        accepted = dialog.exec()
        data = dialog.result_data
        dialog.deleteLater()  # no stale editor keeps listening to the controller
        if accepted and data is not None:
            try:
                item_id = self.controller.create_item(data)
            except ValidationError as error:  # the portfolio changed while the editor was open
                QMessageBox.warning(self, "New RAID entry", literal(error.message))
                return
            self.select_item(item_id)

    def edit_selected(self) -> None:
        """Edit the selected entry through the editor dialog (undoable)."""
        row = self.selected_row()
        if row is None:
            return
        dialog = RaidEditorDialog(
            self.controller, self.choices, self.controller.detail(row.id), self
        )
        accepted = dialog.exec()
        data = dialog.result_data
        dialog.deleteLater()
        if accepted and data is not None:
            try:
                self.controller.update_item(row.id, data)
            except ValidationError as error:
                QMessageBox.warning(self, "Edit RAID entry", literal(error.message))

    def convert_selected(self) -> None:
        """Convert the selected risk to a linked issue (undoable)."""
        row = self.selected_row()
        if row is None:
            return
        try:
            issue_id = self.controller.convert_to_issue(row.id)
        except ValidationError as error:
            QMessageBox.information(self, "Convert to issue", literal(error.message))
            return
        self.select_item(issue_id)

    def delete_selected(self) -> None:
        """Delete the selected entry (undoable from the Edit menu)."""
        row = self.selected_row()
        if row is not None:
            self.controller.delete_item(row.id)

    def export(self) -> None:
        """Save the register (every entry, not only the filtered ones) as CSV or XLSX."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export RAID register",
            "raid-register.xlsx",
            "Excel workbook (*.xlsx);;CSV (*.csv)",
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        """Write the register to ``path`` (format from its extension)."""
        from pmo_desktop.reports.raid_export import export_register

        try:
            return export_register(self.model.rows(), path)
        except (ValidationError, OSError) as error:
            QMessageBox.warning(self, "Export RAID register", literal(describe_failure(error)))
            return 0

    def select_item(self, item_id: int) -> None:
        """Select an entry in the table when the filters show it."""
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        if index.isValid():
            self.ui.registerTable.setCurrentIndex(index)
            self.ui.registerTable.scrollTo(index)

    # ------------------------------------------------------------------ updates

    def _item_changed(self, item_id: int) -> None:
        row = self.controller.row(item_id)
        if row is None:
            self.model.remove(item_id)
        else:
            self.model.upsert(row)
        self._charts_due.start()
        self._update_buttons()

    def _item_removed(self, item_id: int) -> None:
        self.model.remove(item_id)
        self._charts_due.start()
        self._update_buttons()

    def _tab_changed(self, index: int) -> None:
        if index == ESCALATIONS_TAB and self.escalations is None:
            from pmo_desktop.gui.raid.escalations import EscalationsPanel

            self.escalations = EscalationsPanel(self.controller, self.ui.escalationsTab)
            self.ui.escalationsLayout.addWidget(self.escalations)
            self.escalations.refresh(self.choices)
        for button in (
            self.ui.newButton,
            self.ui.editButton,
            self.ui.convertButton,
            self.ui.deleteButton,
            self.ui.exportButton,
        ):
            button.setVisible(index == REGISTER_TAB)
        self._update_count()

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected_row()
        self.ui.editButton.setEnabled(row is not None)
        self.ui.deleteButton.setEnabled(row is not None)
        self.ui.convertButton.setEnabled(row is not None and row.kind is RaidKind.RISK)

    def count_text(self) -> str:
        """``"N of M entries"``, as the count label shows it."""
        total = self.model.rowCount()
        return f"{self.proxy.rowCount():,} of {total:,} entr{'ies' if total != 1 else 'y'}"

    def _update_count(self, *_args: Any) -> None:
        if self.ui.tabs.currentIndex() == ESCALATIONS_TAB and self.escalations is not None:
            n = self.escalations.log_model.rowCount()
            self.ui.countLabel.setText(f"{n:,} escalation{'s' if n != 1 else ''}")
            return
        self.ui.countLabel.setText(self.count_text())

    # ------------------------------------------------------------------ column widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the columns when the table changes width."""
        if watched is self.ui.registerTable.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def column_menu(self) -> QMenu:
        """A menu of every column, checked when shown; choosing one shows or hides it."""
        menu = QMenu(self)
        table = self.ui.registerTable
        for column in Column:
            action = menu.addAction(
                HEADERS[column]
                if column not in (Column.PROBABILITY, Column.IMPACT)
                else TOOLTIPS[column].split(",")[0]
            )
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.setEnabled(column not in (Column.ID, Column.TITLE))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.ui.registerTable.horizontalHeader().mapToGlobal(position))

    def _show_column(self, column: Column, shown: bool) -> None:
        self.ui.registerTable.setColumnHidden(column, not shown)
        if shown and self.ui.registerTable.columnWidth(column) < 40:
            self.ui.registerTable.setColumnWidth(column, FIXED_CAP.get(column, 120))

    def _measure_columns(self) -> None:
        table = self.ui.registerTable
        header = table.horizontalHeader()
        if self.model.rowCount() > 400:  # measuring thousands of rows costs more than it helps
            sample = {
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
            self._wanted = [
                0 if c in HIDDEN else max(sample.get(c, 90), header.sectionSizeHint(c) + 12)
                for c in Column
            ]
            return
        self._wanted = [
            0
            if c in HIDDEN
            else min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) + 14, MAX_WIDTH)
            for c in Column
        ]

    def _fit_columns(self) -> None:
        if not self._wanted:
            return
        table = self.ui.registerTable
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

    # ------------------------------------------------------------------ Home filters

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Overdue: the register's own filters set to open entries with something overdue.
        Escalation ids: only those escalations in the log. A bar says so; None clears."""
        if self.filter_bar is None:
            if area_filter is None:
                return
            self.filter_bar = FilterBar(self)
            self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
            self.ui.raidLayout.insertWidget(1, self.filter_bar)
        before, self.home_filter = self.home_filter, area_filter
        self.filter_bar.show_filter(area_filter)
        ui = self.ui
        if area_filter is not None and area_filter.overdue:
            ui.kindFilter.setCurrentIndex(0)
            ui.statusFilter.setCurrentIndex(max(ui.statusFilter.findData(LIVE), 0))
            for combo in (ui.clientFilter, ui.programFilter, ui.projectFilter, ui.ownerFilter):
                combo.setCurrentIndex(0)
            ui.bandFilter.setCurrentIndex(0)
            ui.searchEdit.clear()
            ui.overdueCheck.setChecked(True)
        elif before is not None and before.overdue:
            ui.overdueCheck.setChecked(False)
        ids = area_filter.escalation_ids if area_filter else None
        if ids is None and self._log_hider is None:
            return
        if self.escalations is None:
            ui.tabs.setCurrentIndex(ESCALATIONS_TAB)  # builds the log
        if self._log_hider is None:
            self._log_hider = RowHider(self.escalations.ui.escalationTable)
        log = self.escalations.log_model
        self._log_hider.set_keep(None if ids is None else lambda row: log.row_at(row).id in ids)
        shown = self._log_hider.shown_rows()
        if ids is not None and shown:
            self.escalations.select_row(shown[0])


def _refill(combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
