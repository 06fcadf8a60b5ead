"""The pipeline page: the project table with search, stage and client filters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_pipeline_view import Ui_PipelineView
from pmo_desktop.gui.pipeline.columns import fit_widths
from pmo_desktop.gui.pipeline.model import Column, ProjectTableModel, display_text
from pmo_desktop.gui.pipeline.proxy import ProjectFilterProxy
from pmo_desktop.services.portfolio import ProjectRow, list_projects
from pmo_desktop.services.uow import unit_of_work

TABLE_PAGE, EMPTY_PAGE = 0, 1
FLEXIBLE = (Column.PROJECT, Column.PROGRAM, Column.CLIENT, Column.PM)
MAX_WIDTH = 360
CELL_PADDING = 20
ALL_STAGES = "All stages"
ALL_CLIENTS = "All clients"
EMPTY_TEXT = (
    "No projects yet — File → Import Portfolio JSON…, or run <code>pmo-desktop --demo</code> "
    "to look around a demo portfolio."
)


class PipelineView(AreaPage):
    """Every project of the portfolio in a sortable table, filtered as you type."""

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.ui = Ui_PipelineView()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.countLabel.setProperty("role", "subtitle")
        self.ui.emptyState.setProperty("role", "empty-state")
        self.ui.emptyState.setTextFormat(Qt.TextFormat.RichText)
        self.ui.emptyState.setText(EMPTY_TEXT)

        self.model = ProjectTableModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.projectTable
        table.setModel(self.proxy)
        table.sortByColumn(Column.PROJECT, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._wanted: list[int] = []
        table.viewport().installEventFilter(self)
        table.verticalHeader().setDefaultSectionSize(28)

        self.ui.stageFilter.addItem(ALL_STAGES, None)
        for stage in Stage:
            self.ui.stageFilter.addItem(stage.label, stage.value)
        self.ui.clientFilter.addItem(ALL_CLIENTS, None)

        self.ui.searchEdit.textChanged.connect(self._on_search)
        self.ui.stageFilter.currentIndexChanged.connect(self._on_stage)
        self.ui.clientFilter.currentIndexChanged.connect(self._on_client)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def refresh(self) -> None:
        """Read the projects again; filters and sort order are kept."""
        with unit_of_work(self.context.portfolio.sessions) as session:
            rows = list_projects(session)
        self.model.set_rows(rows)
        self._fill_clients(sorted({row.client for row in rows}, key=str.casefold))
        self.ui.contentStack.setCurrentIndex(EMPTY_PAGE if not rows else TABLE_PAGE)
        if rows:
            self._measure_columns(rows)
            self._fit_columns()
        self._update_count()

    def count_text(self) -> str:
        """``"N of M projects"``, as the count label shows it."""
        total = self.model.rowCount()
        return f"{self.proxy.rowCount():,} of {total:,} project{'s' if total != 1 else ''}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the columns when the table changes width."""
        if watched is self.ui.projectTable.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _measure_columns(self, rows: list[ProjectRow]) -> None:
        # Measured from the distinct texts with the font metrics: asking the view
        # (sizeHintForColumn) takes seconds on a thousand projects.
        table = self.ui.projectTable
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        self._wanted = []
        for column in Column:
            texts = {display_text(row, column) for row in rows}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            wanted = max(widest + CELL_PADDING, header.sectionSizeHint(column) + 12)
            self._wanted.append(min(wanted, MAX_WIDTH))

    def _fit_columns(self) -> None:
        if not self._wanted:
            return
        table = self.ui.projectTable
        available = table.viewport().width()
        for column, width in enumerate(fit_widths(self._wanted, available, FLEXIBLE)):
            table.setColumnWidth(column, width)

    def _fill_clients(self, clients: list[str]) -> None:
        combo = self.ui.clientFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(ALL_CLIENTS, None)
            for client in clients:
                combo.addItem(client, client)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        self.proxy.set_client(combo.currentData())

    def _on_search(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def _on_stage(self, _index: int) -> None:
        value = self.ui.stageFilter.currentData()
        self.proxy.set_stage(Stage(value) if value else None)

    def _on_client(self, _index: int) -> None:
        self.proxy.set_client(self.ui.clientFilter.currentData())

    def _update_count(self) -> None:
        self.ui.countLabel.setText(self.count_text())
