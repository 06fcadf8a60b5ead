"""The Risks area: the RAID register with filters, heatmap and exposure trend, and the
escalation log with root-cause analysis (built on first visit).

The page reads the register whole on ``refresh``; its edits go through ``commands`` and
every view updates from ``Edits.changed``: the register model takes the rows an edit
returned, the page redraws the charts and the buttons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QMessageBox, QWidget

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import RaidKind, RaidStatus
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_raid_view import Ui_RaidView
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.raid import commands
from pmo_desktop.gui.raid.columns import RegisterColumns
from pmo_desktop.gui.raid.editor import RaidEditorDialog
from pmo_desktop.gui.raid.models import Column, RaidRegisterModel
from pmo_desktop.gui.raid.proxy import RaidFilterProxy
from pmo_desktop.gui.widgets import fill_choices, select_data
from pmo_desktop.services.failures import describe_failure
from pmo_desktop.services.raid import analysis as raid_analysis
from pmo_desktop.services.raid import register
from pmo_desktop.services.raid.register import Choices, RaidRow

if TYPE_CHECKING:
    from pmo_desktop.gui.raid.charts import ChartView
    from pmo_desktop.gui.raid.escalations import EscalationsPanel

REGISTER_TAB, ESCALATIONS_TAB = 0, 1
CHART_WIDTH = 340
LIVE = "live"


class RaidPage(AreaPage):
    """The register (default view) and the escalations view of the Risks area."""

    #: The filter a Home tile put on the page (its bar clears it).
    home_filter: AreaFilter | None = None
    filter_bar: FilterBar | None = None
    _log_hider: RowHider | None = None

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None) -> None:
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
        self.edits = context.edits
        self.choices = Choices((), (), (), ())
        self.model = RaidRegisterModel(self)
        self.model.follow(self.edits)  # before the page: its handler sees the updated rows
        self.proxy = RaidFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.registerTable
        table.setModel(self.proxy)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # unsorted (register order) until a header is clicked
        table.verticalHeader().setDefaultSectionSize(26)
        self.columns = RegisterColumns(table, self.model)
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

        self.heatmap: ChartView | None = None
        self.trend: ChartView | None = None
        self._charts_due = QTimer(self)
        self._charts_due.setSingleShot(True)
        self._charts_due.setInterval(0)
        self._charts_due.timeout.connect(self._redraw_charts)
        self.escalations: EscalationsPanel | None = None

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
        self.edits.changed.connect(self._changed)
        self._update_buttons()

    # ------------------------------------------------------------------ AreaPage

    def refresh(self) -> None:
        """Read the register, pickers and charts again; filters are kept."""
        self.choices, rows = self.edits.read(
            lambda s: (register.choices(s), register.list_register(s))
        )
        self._fill_pickers()
        self.model.set_rows(rows)
        self.columns.measure()
        self.columns.fit()
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
        _refill(ui.clientFilter, "All clients", [(c.label, c.id) for c in self.choices.clients])
        _refill(ui.programFilter, "All programs", [(p.label, p.id) for p in self.choices.programs])
        _refill(ui.projectFilter, "All projects", [(p.label, p.id) for p in self.choices.projects])
        _refill(ui.ownerFilter, "All owners", [(p.label, p.id) for p in self.choices.people])
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

        if self.heatmap is None or self.trend is None:
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
        heatmap, trend = self.edits.read(
            lambda s: (
                raid_analysis.heatmap(s, client_id=client_id, program_id=program_id),
                raid_analysis.exposure_trend(s, client_id=client_id, program_id=program_id),
            )
        )
        self.heatmap.draw(draw_heatmap, heatmap, selected=self.proxy.current.cell)
        self.trend.draw(draw_trend, trend)

    # ------------------------------------------------------------------ edits

    def selected_row(self) -> RaidRow | None:
        """The register entry under the table's current index."""
        index = self.ui.registerTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def new_entry(self) -> None:
        """Create an entry through the editor dialog, which saves it (undoable)."""
        dialog = RaidEditorDialog(self.context, self.choices, None, self)
        accepted = dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()  # no stale editor keeps listening to the edits
        if accepted and saved is not None:
            self.select_item(saved)

    def edit_selected(self) -> None:
        """Edit the selected entry through the editor dialog, which saves it (undoable)."""
        row = self.selected_row()
        if row is None:
            return
        try:
            detail = self.edits.read(lambda s: register.get_item(s, row.id))
        except ValidationError as error:  # deleted meanwhile (another window or client)
            QMessageBox.warning(self, "Edit RAID entry", literal(error.message))
            return
        dialog = RaidEditorDialog(self.context, self.choices, detail, self)
        dialog.exec()
        dialog.deleteLater()

    def convert_selected(self) -> None:
        """Convert the selected risk to a linked issue (undoable)."""
        row = self.selected_row()
        if row is None:
            return
        outcome = commands.convert_to_issue(self.edits, row.id)
        if outcome.error is not None:
            QMessageBox.information(self, "Convert to issue", literal(outcome.error.message))
            return
        self.select_item(outcome.state.kept.issue_id)

    def delete_selected(self) -> None:
        """Delete the selected entry (undoable from the Edit menu)."""
        row = self.selected_row()
        if row is None:
            return
        outcome = commands.delete_item(self.edits, row.id, row.title)
        if outcome.error is not None:  # gone already (another window deleted it)
            QMessageBox.warning(self, "Delete RAID entry", literal(outcome.error.message))

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

    def _changed(self, changed: Changed) -> None:
        """After a RAID edit (the model has its rows already): charts and buttons."""
        change = commands.raid_change(changed)
        if change is not None and (change.rows or change.removed):
            self._charts_due.start()
            self._update_buttons()

    def _tab_changed(self, index: int) -> None:
        if index == ESCALATIONS_TAB and self.escalations is None:
            from pmo_desktop.gui.raid.escalations import EscalationsPanel

            self.escalations = EscalationsPanel(self.context, self.ui.escalationsTab)
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

    def column_menu(self) -> QMenu:
        """A menu of every column, checked when shown; choosing one shows or hides it."""
        return self.columns.menu(self)

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
        panel = self.escalations
        assert panel is not None
        if self._log_hider is None:
            self._log_hider = RowHider(panel.ui.escalationTable)
        log = panel.log_model
        self._log_hider.set_keep(None if ids is None else lambda row: log.row_at(row).id in ids)
        shown = self._log_hider.shown_rows()
        if ids is not None and shown:
            panel.select_row(shown[0])


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, int]]) -> None:
    """New choices in a filter combo, keeping the chosen one, without a change signal."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        fill_choices(combo, items, none_text=everything)
        select_data(combo, chosen)
    finally:
        combo.blockSignals(False)
