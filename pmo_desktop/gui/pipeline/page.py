"""The pipeline page: the board (default), the table, health, charts and the client roadmap.

One filter row (search, client, program, PM, health) narrows the board and the table alike.
Every edit is a command on the shared undo stack; the page repaints what the command says
changed (one card after a move), and re-reads everything on ``refresh``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHeaderView, QWidget

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar, RowHider
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_pipeline_view import Ui_PipelineView
from pmo_desktop.gui.pipeline.board import PipelineBoard
from pmo_desktop.gui.pipeline.board_model import BoardModel, CardFilter
from pmo_desktop.gui.pipeline.columns import fit_widths
from pmo_desktop.gui.pipeline.commands import MoveStageCommand
from pmo_desktop.gui.pipeline.dialogs import MoveDetails, ask_move_details
from pmo_desktop.gui.pipeline.model import Column, ProjectTableModel, display_text
from pmo_desktop.gui.pipeline.new_menu import EditorHooks, new_menu
from pmo_desktop.gui.pipeline.proxy import ProjectFilterProxy
from pmo_desktop.gui.plain_text import plain_label, rich_label
from pmo_desktop.services.pipeline.board import PipelineCard, board_cards
from pmo_desktop.services.pipeline.health import PortfolioHealth, portfolio_health
from pmo_desktop.services.uow import unit_of_work

TABLE_PAGE, EMPTY_PAGE = 0, 1
BOARD_VIEW, TABLE_VIEW, HEALTH_VIEW, CHARTS_VIEW, ROADMAP_VIEW = (
    "board",
    "table",
    "health",
    "charts",
    "roadmap",
)
FLEXIBLE = (Column.PROJECT, Column.PROGRAM, Column.CLIENT, Column.PM)
MAX_WIDTH = 360
CELL_PADDING = 20
ALL_STAGES = "All stages"
ALL_CLIENTS = "All clients"
ALL_PROGRAMS = "All programs"
ALL_PMS = "All PMs"
ANY_HEALTH = "Any health"
EMPTY_TEXT = (
    "No projects yet — File → Import Portfolio JSON…, or run <code>pmo-desktop --demo</code> "
    "to look around a demo portfolio."
)
BANNER_STYLE = "color: #c62828; font-weight: 600;"
LEGEND = (
    "<span style='color:#2e9d5b'>●</span> Green &nbsp;"
    "<span style='color:#e0a100'>●</span> Amber &nbsp;"
    "<span style='color:#d64545'>●</span> Red &nbsp;"
    "<span style='color:#9e9e9e'>●</span> not assessed &nbsp;&nbsp;"
)
NOT_READY: tuple[str, ...] = ()

AskDetails = Callable[[str, Stage, date, QWidget | None], MoveDetails | None]


class PipelinePage(AreaPage):
    """Projects by stage on a board, or in a sortable table, filtered as you type."""

    #: The filter a Home tile put on the page (its bar clears it).
    home_filter: AreaFilter | None = None
    filter_bar: FilterBar | None = None
    _health_hider: RowHider | None = None

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.ui = Ui_PipelineView()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.countLabel.setProperty("role", "subtitle")
        self.ui.emptyState.setProperty("role", "empty-state")
        self.ui.emptyState.setTextFormat(Qt.TextFormat.RichText)
        self.ui.emptyState.setText(EMPTY_TEXT)
        self.today = date.today()
        #: Asks the reason / SOW date of a move; tests replace it.
        self.ask_details: AskDetails = ask_move_details
        self.health: PortfolioHealth | None = None
        self.banner = plain_label(parent=self)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.ui.pipelineLayout.insertWidget(2, self.banner)
        self.legend = rich_label(LEGEND, self)
        self.legend.setProperty("role", "note")
        self.legend.setToolTip(
            "A card's dot is its overall health: hover a card for the reasons behind its"
            " colour.\nThe % on a lead or proposal card is its win probability."
        )
        self.ui.headerLayout.insertWidget(
            self.ui.headerLayout.indexOf(self.ui.countLabel), self.legend
        )

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
        self._measure_pending = False
        table.viewport().installEventFilter(self)
        table.verticalHeader().setDefaultSectionSize(28)

        self.board_model = BoardModel(self)
        self.board = PipelineBoard(self.board_model, self.ui.boardPage)
        self.ui.boardPageLayout.addWidget(self.board)
        self.board.move_requested.connect(self.request_move)
        self.board.open_requested.connect(self.open_project)

        self.view_buttons = {
            BOARD_VIEW: self.ui.boardButton,
            TABLE_VIEW: self.ui.tableButton,
            HEALTH_VIEW: self.ui.healthButton,
            CHARTS_VIEW: self.ui.chartsButton,
            ROADMAP_VIEW: self.ui.roadmapButton,
        }
        self._views = QButtonGroup(self)
        for name, button in self.view_buttons.items():
            self._views.addButton(button)
            button.clicked.connect(lambda _c=False, n=name: self.show_view(n))
        self.current_view = BOARD_VIEW
        self.ui.boardButton.setChecked(True)
        self._panels: dict[str, QWidget] = {}

        self.ui.stageFilter.addItem(ALL_STAGES, None)
        for stage in Stage:
            self.ui.stageFilter.addItem(stage.label, stage.value)
        self.ui.clientFilter.addItem(ALL_CLIENTS, None)
        self.ui.healthFilter.addItem(ANY_HEALTH, None)
        for rag in (Rag.RED, Rag.AMBER, Rag.GREEN):
            self.ui.healthFilter.addItem(rag.value.capitalize(), rag.value)
        self.ui.healthFilter.addItem("Not assessed", "none")

        self.ui.searchEdit.textChanged.connect(self._apply_filter)
        self.ui.stageFilter.currentIndexChanged.connect(self._on_stage)
        for combo in (
            self.ui.clientFilter,
            self.ui.programFilter,
            self.ui.pmFilter,
            self.ui.healthFilter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.editor_hooks = EditorHooks()
        menu = new_menu(self)
        menu.addSeparator()
        self.edit_client_action = menu.addAction("Edit the chosen c&lient…", self.edit_client)
        self.edit_program_action = menu.addAction("Edit the chosen pro&gram…", self.edit_program)
        menu.addSeparator()
        menu.addAction("&Import a project list (CSV, XLSX)…", lambda: self.import_projects())
        menu.addAction("Import an &MS Project file (XML)…", lambda: self.import_ms_project())
        menu.aboutToShow.connect(self._enable_edits)
        self.ui.newProjectButton.setMenu(menu)
        from pmo_desktop.gui.pipeline.deletion import DeleteActions

        self.delete_actions = DeleteActions(self)
        for name in NOT_READY:
            self.view_buttons[name].hide()
        self._show_current()

    def import_projects(self, path: Path | None = None) -> bool:
        """Import a project list (asked for when ``path`` is None) through its preview."""
        from pmo_desktop.gui.sheet_import import PROJECTS, import_sheet

        done = import_sheet(
            PROJECTS,
            self.context.portfolio,
            self.context.undo_stack,
            self.refresh,
            self,
            path,
        )
        return done

    def import_ms_project(self, path: Path | None = None) -> bool:
        """Import an MS Project XML file into a program the manager names (one undo)."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

        from pmo_desktop.domain.errors import ValidationError
        from pmo_desktop.gui.plain_text import literal
        from pmo_desktop.gui.sheet_import import ImportCommand
        from pmo_desktop.services.pipeline import mspdi_import

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Import an MS Project file", "", "MS Project XML (*.xml);;All files (*)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        portfolio = self.context.portfolio
        try:
            project = mspdi_import.read_mspdi(path.read_bytes(), path.name)
        except (OSError, ValidationError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            QMessageBox.warning(self, "Import an MS Project file", literal(message))
            return False
        client, ok = QInputDialog.getText(
            self, "Import an MS Project file", "Client", text=project.company or ""
        )
        if not ok:
            return False
        program, ok = QInputDialog.getText(self, "Import an MS Project file", "Program")
        if not ok:
            return False
        try:
            with unit_of_work(portfolio.sessions) as session:
                preview = mspdi_import.preview_mspdi(session, project, client, program)
        except ValidationError as exc:
            QMessageBox.warning(self, "Import an MS Project file", literal(exc.message))
            return False
        summary = preview.summary()
        answer = QMessageBox.question(
            self,
            "Import an MS Project file",
            literal(summary[:1].upper() + summary[1:] + ".\n\nCtrl+Z takes the import back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def do(session: object) -> object:
            again = mspdi_import.preview_mspdi(session, project, client, program)  # type: ignore[arg-type]
            return mspdi_import.import_mspdi(session, again)  # type: ignore[arg-type]

        with unit_of_work(portfolio.sessions) as session:
            done = do(session)
        self.context.undo_stack.push(
            ImportCommand(
                portfolio,
                f"Import {project.name} from {path.name}",
                do,
                mspdi_import.undo_mspdi,  # type: ignore[arg-type]
                done,
                self.refresh,
            )
        )
        self.refresh()
        return True

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read every project and its health again; filters and sort order are kept."""
        self.today = date.today()
        with unit_of_work(self.context.portfolio.sessions) as session:
            self.health = portfolio_health(session, self.today)
            cards = board_cards(session, self.today, self.health)
        self.board_model.set_cards(cards)
        self.model.set_rows(cards)
        self._fill(self.ui.clientFilter, ALL_CLIENTS, {c.client for c in cards})
        self._fill(self.ui.programFilter, ALL_PROGRAMS, {c.program for c in cards})
        self._fill(self.ui.pmFilter, ALL_PMS, {c.pm for c in cards if c.pm})
        self._apply_filter()
        self._measure_pending = bool(cards)
        if self.current_view == TABLE_VIEW:
            self._measure_table()
        for panel in self._panels.values():
            refresh = getattr(panel, "refresh", None)
            if refresh is not None:
                refresh()
        self._show_current()

    def card_filter(self) -> CardFilter:
        """The filter the controls describe."""
        return CardFilter(
            text=self.ui.searchEdit.text(),
            client=self.ui.clientFilter.currentData(),
            program=self.ui.programFilter.currentData(),
            pm=self.ui.pmFilter.currentData(),
            health=self.ui.healthFilter.currentData(),
            project_ids=self.home_filter.project_ids if self.home_filter else None,
        )

    def count_text(self) -> str:
        """``"N of M projects"``, as the count label shows it."""
        total = self.model.rowCount()
        shown = self.board.shown_count() if self.current_view == BOARD_VIEW else None
        if shown is None:
            shown = self.proxy.rowCount()
        return f"{shown:,} of {total:,} project{'s' if total != 1 else ''}"

    # ------------------------------------------------------------------ views

    def show_view(self, view: str | None) -> None:
        """Switch to the board (default), table, health, charts or roadmap."""
        name = view or BOARD_VIEW
        if name not in self.view_buttons:
            raise ValueError(f"unknown pipeline view {name!r}")
        self.current_view = name
        self.view_buttons[name].setChecked(True)
        self._show_current()

    def panel(self, name: str) -> QWidget:
        """The health, charts or roadmap panel, built on first use."""
        found = self._panels.get(name)
        if found is None:
            found = self._build_panel(name)
            self._panels[name] = found
        return found

    def _build_panel(self, name: str) -> QWidget:
        if name == HEALTH_VIEW:
            from pmo_desktop.gui.pipeline.health_view import HealthPanel

            panel: QWidget = HealthPanel(self.context, self, self.ui.healthPage)
            self.ui.healthPageLayout.addWidget(panel)
        elif name == CHARTS_VIEW:
            from pmo_desktop.gui.pipeline.charts_view import ChartsPanel

            panel = ChartsPanel(self.context, self, self.ui.chartsPage)
            self.ui.chartsPageLayout.addWidget(panel)
        else:
            from pmo_desktop.gui.pipeline.roadmap_view import RoadmapPanel

            panel = RoadmapPanel(self.context, self.ui.roadmapPage)
            self.ui.roadmapPageLayout.addWidget(panel)
        refresh = getattr(panel, "refresh", None)
        if refresh is not None:
            refresh()
        return panel

    def _show_current(self) -> None:
        name = self.current_view
        empty = self.model.rowCount() == 0 and name in (BOARD_VIEW, TABLE_VIEW, HEALTH_VIEW)
        board_or_table = name in (BOARD_VIEW, TABLE_VIEW)
        for widget in (self.ui.stageFilterLabel, self.ui.stageFilter):
            widget.setVisible(name == TABLE_VIEW)
        for widget in (
            self.ui.searchEdit,
            self.ui.clientFilterLabel,
            self.ui.clientFilter,
            self.ui.programFilterLabel,
            self.ui.programFilter,
            self.ui.pmFilterLabel,
            self.ui.pmFilter,
            self.ui.healthFilterLabel,
            self.ui.healthFilter,
        ):
            widget.setVisible(board_or_table)
        self.ui.countLabel.setVisible(board_or_table)
        self.legend.setVisible(name == BOARD_VIEW)
        stack = self.ui.contentStack
        if empty:
            stack.setCurrentWidget(self.ui.emptyState)
        elif name == BOARD_VIEW:
            stack.setCurrentWidget(self.ui.boardPage)
        elif name == TABLE_VIEW:
            stack.setCurrentWidget(self.ui.projectTable)
            self._measure_table()
        else:
            page = {
                HEALTH_VIEW: self.ui.healthPage,
                CHARTS_VIEW: self.ui.chartsPage,
                ROADMAP_VIEW: self.ui.roadmapPage,
            }[name]
            self.panel(name)
            stack.setCurrentWidget(page)
        self._update_count()

    # ------------------------------------------------------------------ edits

    def request_move(self, project_id: int, stage: Stage) -> None:
        """A card was dropped on ``stage``: ask what the move needs, then push the command."""
        card = self.board_model.card_by_id(project_id)
        if card is None or card.stage is stage:
            return
        details = self.ask_details(card.name, stage, self.today, self)
        if details is None:
            return
        self.banner.hide()
        self.context.undo_stack.push(
            MoveStageCommand(
                self.context.portfolio,
                card,
                stage,
                reason=details.reason,
                sow_signed=details.sow_signed,
                on_card=self.card_changed,
                on_error=self.show_error,
            )
        )

    def card_changed(self, card: PipelineCard) -> None:
        """Repaint one project's card and table row (after a move, an edit or an undo)."""
        self.board_model.update_card(card)
        self.model.update_row(card)
        self._update_count()
        for panel in self._panels.values():
            stale = getattr(panel, "mark_stale", None)
            if stale is not None:
                stale()

    def show_error(self, error: ValidationError) -> None:
        """Say why an edit was refused, above the board."""
        self.banner.setText(error.message)
        self.banner.show()

    def open_project(self, project_id: int | None) -> None:
        """Open the project editor (a new project when ``project_id`` is None)."""
        from pmo_desktop.gui.pipeline.editors import open_project_editor

        open_project_editor(self, project_id)

    def edit_client(self) -> None:
        """Edit the client chosen in the Client filter."""
        from pmo_desktop.gui.pipeline.editors import open_client_editor

        card = self._card_where("client", self.ui.clientFilter.currentData())
        if card is not None:
            open_client_editor(self, card.client_id)

    def edit_program(self) -> None:
        """Edit the program chosen in the Program filter."""
        from pmo_desktop.gui.pipeline.editors import open_program_editor

        card = self._card_where("program", self.ui.programFilter.currentData())
        if card is not None:
            open_program_editor(self, card.program_id)

    def _card_where(self, field: str, value: str | None) -> PipelineCard | None:
        if value is None:
            return None
        return next((c for c in self.board_model.cards() if getattr(c, field) == value), None)

    def _enable_edits(self) -> None:
        self.edit_client_action.setEnabled(self.ui.clientFilter.currentData() is not None)
        self.edit_program_action.setEnabled(self.ui.programFilter.currentData() is not None)

    # ------------------------------------------------------------------ filters

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the columns when the table changes width."""
        if watched is self.ui.projectTable.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _measure_table(self) -> None:
        """Fit the table's columns to its texts (only when the table is on screen)."""
        if self._measure_pending:
            self._measure_pending = False
            self._measure_columns(self.model.rows())  # type: ignore[arg-type]
            self._fit_columns()

    def _measure_columns(self, rows: list[PipelineCard]) -> None:
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

    def _fill(self, combo: QComboBox, everything: str, values: set[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for value in sorted(values, key=str.casefold):
                combo.addItem(value, value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _apply_filter(self, *_args: object) -> None:
        card_filter = self.card_filter()
        self.proxy.set_card_filter(card_filter)
        self.board.set_filter(card_filter)
        self._update_count()

    def _on_stage(self, _index: int) -> None:
        value = self.ui.stageFilter.currentData()
        self.proxy.set_stage(Stage(value) if value else None)

    def _update_count(self, *_args: object) -> None:
        self.ui.countLabel.setText(self.count_text())

    # ------------------------------------------------------------------ Home filters

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Keep the projects (board, table) or programs (health) a Home tile is about, with
        a bar saying so; None shows everything again."""
        if self.filter_bar is None:
            if area_filter is None:
                return
            self.filter_bar = FilterBar(self)
            self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
            self.ui.pipelineLayout.insertWidget(2, self.filter_bar)
        self.home_filter = area_filter
        self.filter_bar.show_filter(area_filter)
        self._apply_filter()
        programs = area_filter.program_ids if area_filter else None
        if programs is None and self._health_hider is None:
            return
        panel: Any = self.panel(HEALTH_VIEW)
        if self._health_hider is None:
            self._health_hider = RowHider(panel.table)
        if programs is None:
            self._health_hider.set_keep(None)
            return
        rags = area_filter.rags if area_filter else None

        def keep(row: int) -> bool:
            source = panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()
            line = panel.model.row_at(source)
            if line.kind == "program":
                return bool(line.id in programs)
            rag = line.health.overall.rag
            return bool(
                line.program_id in programs
                and (rags is None or (rag is not None and rag.value in rags))
            )

        self._health_hider.set_keep(keep)
        shown = self._health_hider.shown_rows()
        if shown:
            panel.table.selectRow(shown[0])
