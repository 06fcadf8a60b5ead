"""The pipeline page: the board (default), the table, health, charts and the client roadmap.

One filter row (search, client, program, PM, health) narrows the board and the table alike.
Every edit is one ``commands`` edit run through ``context.edits``; the page follows
``edits.changed``: it repaints the one card a stage move returns, leaves the roadmap's own
changes to the roadmap, and re-reads everything after any other pipeline change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QWidget

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_pipeline_view import Ui_PipelineView
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.board import PipelineBoard
from pmo_desktop.gui.pipeline.board_model import BoardModel, CardFilter
from pmo_desktop.gui.pipeline.columns import ColumnFitter
from pmo_desktop.gui.pipeline.dialogs import MoveDetails, ask_move_details
from pmo_desktop.gui.pipeline.filters import FilterRow
from pmo_desktop.gui.pipeline.model import Column, ProjectTableModel, display_text
from pmo_desktop.gui.pipeline.new_menu import EditorHooks, EditorHost, new_menu
from pmo_desktop.gui.pipeline.proxy import ProjectFilterProxy
from pmo_desktop.gui.plain_text import plain_label, rich_label
from pmo_desktop.services.pipeline.board import PipelineCard, board_cards
from pmo_desktop.services.pipeline.health import PortfolioHealth, portfolio_health

if TYPE_CHECKING:
    from pmo_desktop.gui.pipeline.deletion import Target
    from pmo_desktop.gui.pipeline.health_view import HealthPanel

TABLE_PAGE, EMPTY_PAGE = 0, 1
BOARD_VIEW, TABLE_VIEW, HEALTH_VIEW, CHARTS_VIEW, ROADMAP_VIEW = (
    "board",
    "table",
    "health",
    "charts",
    "roadmap",
)
FLEXIBLE = (Column.PROJECT, Column.PROGRAM, Column.CLIENT, Column.PM)
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
        self.fitter = ColumnFitter(
            table,
            len(Column),
            FLEXIBLE,
            lambda column: {display_text(row, Column(column)) for row in self.model.rows()},
        )
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

        self.filters = FilterRow(self.ui, self)
        self.filters.changed.connect(self._apply_filter)
        self.filters.stage_changed.connect(self.proxy.set_stage)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.editor_hooks = EditorHooks()
        menu = new_menu(
            self,
            add_project=self.add_project,
            add_program=self.add_program,
            add_client=self.add_client,
            health_rules=lambda: self.edit_health_rules(),
        )
        menu.addSeparator()
        self.edit_client_action = menu.addAction("Edit the chosen c&lient…", self.edit_client)
        self.edit_program_action = menu.addAction("Edit the chosen pro&gram…", self.edit_program)
        menu.addSeparator()
        menu.addAction("&Import a project list (CSV, XLSX)…", lambda: self.import_projects())
        menu.addAction("Import an &MS Project file (XML)…", lambda: self.import_ms_project())
        menu.aboutToShow.connect(self._enable_edits)
        self.ui.newProjectButton.setMenu(menu)
        self._build_delete_actions()
        for name in NOT_READY:
            self.view_buttons[name].hide()
        context.edits.changed.connect(self._on_changed)
        self._show_current()

    def _build_delete_actions(self) -> None:
        from pmo_desktop.gui.pipeline.deletion import DeleteActions

        self.delete_actions = actions = DeleteActions(
            self.context,
            self,
            selected=self._selected,
            chosen=self._chosen,
            show_error=self.show_error,
            clear_error=self.banner.hide,
        )
        actions.watch_table(self.ui.projectTable, self.open_project)
        actions.watch_board(self.board)
        header = self.ui.headerLayout
        header.insertWidget(header.indexOf(self.ui.newProjectButton) + 1, actions.button)

    def import_projects(self, path: Path | None = None) -> bool:
        """Import a project list (asked for when ``path`` is None) through its preview."""
        from pmo_desktop.gui.pipeline.imports import import_project_list

        return import_project_list(self.context, self, path)

    def import_ms_project(self, path: Path | None = None) -> bool:
        """Import an MS Project XML file into a program the manager names (one undo)."""
        from pmo_desktop.gui.pipeline.imports import import_ms_project

        return import_ms_project(self.context, self, path)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read every project and its health again; filters and sort order are kept."""
        self.today = today = date.today()

        def read(session: Any) -> tuple[PortfolioHealth, list[PipelineCard]]:
            health = portfolio_health(session, today)
            return health, board_cards(session, today, health)

        self.health, cards = self.context.edits.read(read)
        self.board_model.set_cards(cards)
        self.model.set_rows(cards)
        self.filters.offer(cards)
        self._apply_filter()
        self.fitter.invalidate(bool(cards))
        if self.current_view == TABLE_VIEW:
            self.fitter.fit()
        for panel in self._panels.values():
            refresh = getattr(panel, "refresh", None)
            if refresh is not None:
                refresh()
        self._show_current()

    def card_filter(self) -> CardFilter:
        """The filter the controls describe (within a Home tile's projects)."""
        return self.filters.card_filter(self.home_filter.project_ids if self.home_filter else None)

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

            health = HealthPanel(
                self.context,
                health=lambda: self.health,
                refresh=self.refresh,
                edit_rules=self.edit_health_rules,
                delete=self.delete_actions.delete,
                show_error=self.show_error,
                parent=self.ui.healthPage,
            )
            self.delete_actions.watch(health.table)
            self.ui.healthPageLayout.addWidget(health)
            panel: QWidget = health
        elif name == CHARTS_VIEW:
            from pmo_desktop.gui.pipeline.charts_view import ChartsPanel

            panel = ChartsPanel(
                self.context,
                cards=self.board_model.cards,
                today=lambda: self.today,
                parent=self.ui.chartsPage,
            )
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
        for stage_widget in (self.ui.stageFilterLabel, self.ui.stageFilter):
            stage_widget.setVisible(name == TABLE_VIEW)
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
            self.fitter.fit()
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
        """A card was dropped on ``stage``: ask what the move needs, then make it."""
        card = self.board_model.card_by_id(project_id)
        if card is None or card.stage is stage:
            return
        details = self.ask_details(card.name, stage, self.today, self)
        if details is None:
            return
        self.banner.hide()
        outcome = commands.move_stage(
            self.context.edits,
            card,
            stage,
            reason=details.reason,
            sow_signed=details.sow_signed,
        )
        if outcome.error is not None:
            self.show_error(outcome.error)

    def _on_changed(self, changed: Changed) -> None:
        """A pipeline edit, undo or redo was committed: repaint what it changed."""
        if changed.area != commands.AREA:
            return
        change = changed.result
        if isinstance(change, commands.Change) and change.card is not None:
            self.card_changed(change.card)
        elif not (isinstance(change, commands.Change) and change.kind == commands.INITIATIVE):
            self.refresh()  # wide: names, filters, health and the panels follow

    def card_changed(self, card: PipelineCard) -> None:
        """Repaint one project's card and table row (after a move or its undo)."""
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

    def _host(self) -> EditorHost:
        return EditorHost(self, self.editor_hooks, self.show_error, self.today)

    def open_project(self, project_id: int | None) -> None:
        """Open the project editor (a new project when ``project_id`` is None)."""
        from pmo_desktop.gui.pipeline.editors import open_project_editor

        open_project_editor(self.context, self._host(), project_id)

    def add_project(self) -> None:
        """Open the project editor on a new project."""
        self.open_project(None)

    def add_program(self) -> None:
        """Open the program editor on a new program."""
        from pmo_desktop.gui.pipeline.editors import open_program_editor

        open_program_editor(self.context, self._host(), None)

    def add_client(self) -> None:
        """Open the client editor on a new client."""
        from pmo_desktop.gui.pipeline.editors import open_client_editor

        open_client_editor(self.context, self._host(), None)

    def edit_client(self) -> None:
        """Edit the client chosen in the Client filter."""
        from pmo_desktop.gui.pipeline.editors import open_client_editor

        card = self._card_where("client", self.filters.chosen("client"))
        if card is not None:
            open_client_editor(self.context, self._host(), card.client_id)

    def edit_program(self) -> None:
        """Edit the program chosen in the Program filter."""
        from pmo_desktop.gui.pipeline.editors import open_program_editor

        card = self._card_where("program", self.filters.chosen("program"))
        if card is not None:
            open_program_editor(self.context, self._host(), card.program_id)

    def edit_health_rules(self, program_id: int | None = None) -> None:
        """The Health rules dialog (on ``program_id``'s rules too, when given)."""
        from pmo_desktop.gui.pipeline.health_rules import open_health_rules

        open_health_rules(self.context, self._host(), program_id)

    def _selected(self) -> Target | None:
        """The project (or, in the health view, program) selected in the view on screen."""
        from pmo_desktop.gui.pipeline.deletion import board_selection, table_selection

        if self.current_view == HEALTH_VIEW:
            panel: HealthPanel = self.panel(HEALTH_VIEW)  # type: ignore[assignment]
            row = panel.selected_row()
            return None if row is None else (row.kind, row.id)
        if self.current_view == TABLE_VIEW:
            return table_selection(self.ui.projectTable)
        if self.current_view == BOARD_VIEW:
            return board_selection(self.board)
        return None

    def _chosen(self, kind: str) -> Target | None:
        """The client or program chosen in the filter row."""
        card = self._card_where(kind, self.filters.chosen(kind))
        if card is None:
            return None
        return (kind, card.client_id if kind == "client" else card.program_id)

    def _card_where(self, field: str, value: str | None) -> PipelineCard | None:
        if value is None:
            return None
        return next((c for c in self.board_model.cards() if getattr(c, field) == value), None)

    def _enable_edits(self) -> None:
        self.edit_client_action.setEnabled(self.filters.chosen("client") is not None)
        self.edit_program_action.setEnabled(self.filters.chosen("program") is not None)

    # ------------------------------------------------------------------ filters

    def _apply_filter(self, *_args: object) -> None:
        card_filter = self.card_filter()
        self.proxy.set_card_filter(card_filter)
        self.board.set_filter(card_filter)
        self._update_count()

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
        if programs is None and HEALTH_VIEW not in self._panels:
            return
        panel: HealthPanel = self.panel(HEALTH_VIEW)  # type: ignore[assignment]
        panel.keep_programs(programs, area_filter.rags if area_filter else None)
