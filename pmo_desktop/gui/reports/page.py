"""The Reports area: status report builder and snapshots, retrospective boards, process
adherence, the improvement backlog and the team's workload priorities. Every edit is an
undo command (``ServiceCommand``); exports are not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from pmo_desktop.domain.adherence import DEFAULT_THRESHOLD, percent_label
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope, RetroFormat
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.area_filter import AreaFilter, FilterBar
from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.forms.ui_report_status_tab import Ui_StatusTab
from pmo_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports.checklist import ChecklistEditor
from pmo_desktop.gui.reports.commands import ServiceCommand
from pmo_desktop.gui.reports.improvements import ImprovementDialog
from pmo_desktop.gui.reports.models import (
    TONE_TEXT,
    ChecklistModel,
    RowModel,
    WorkloadModel,
)
from pmo_desktop.gui.row_model import RAG_TEXT, Column
from pmo_desktop.services import home as reporting_home
from pmo_desktop.services.home import ActionRow
from pmo_desktop.services.portfolio import list_people, list_projects
from pmo_desktop.services.reports import reporting, status
from pmo_desktop.services.reports.reporting import (
    ImprovementRow,
    PmAdherence,
    ProjectAdherence,
    RetroActionRow,
    RetroItemRow,
    RetroRow,
)
from pmo_desktop.services.reports.status import SnapshotRow
from pmo_desktop.services.uow import unit_of_work

VIEWS = ("status-reports", "retrospectives", "adherence", "improvements", "workload", "actions")
ADHERENCE_WEEKS = 8
WORKLOAD_WEEKS = 8
ERROR_STYLE = "color: #b3261e;"


def _table(model: Any, *, stretch: int | None = None, view: QTableView | None = None) -> QTableView:
    view = view or QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class Tab(QWidget):
    """A tab of the Reports page: knows the page (portfolio, undo stack) and shows errors."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__()
        self.page = page
        self.error_label = plain_label()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def show_error(self, err: ValidationError) -> None:
        """Show a refused edit's message next to the controls."""
        self.error_label.setText(str(err))
        self.error_label.show()

    def push(
        self,
        text: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], None],
        on_error: Callable[[ValidationError], None] | None = None,
    ) -> ServiceCommand:
        """Apply an edit as an undo command, then repaint this tab. A refused edit is shown
        by ``on_error`` (default: under the tab's controls)."""
        self.error_label.hide()
        command = ServiceCommand(
            self.page.context.portfolio,
            text,
            do,
            undo,
            after=self.refresh,
            on_error=on_error or self.show_error,
        )
        self.page.context.undo_stack.push(command)
        return command

    def session(self) -> Any:
        """A unit of work on the open portfolio."""
        return unit_of_work(self.page.context.portfolio.sessions)

    def refresh(self) -> None:
        """Re-read from the database."""


# ============================================================================ status reports


class StatusTab(Tab):
    """Pick a program or client, edit the narrative, issue the PDF; earlier snapshots."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.ui = Ui_StatusTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.target_combo = ui.targetCombo
        self.target_combo.currentIndexChanged.connect(self._load_text)
        self.edits = {
            "executive_summary": ui.executiveSummaryEdit,
            "accomplishments": ui.accomplishmentsEdit,
            "next_steps": ui.nextStepsEdit,
            "decisions_needed": ui.decisionsNeededEdit,
        }
        self.save_button = ui.saveButton
        self.save_button.clicked.connect(self.save_text)
        self.issue_button = ui.issueButton
        self.issue_button.clicked.connect(self.issue_dialog)
        self.status_label = ui.statusLabel
        self.status_label.setProperty("role", "note")
        self.snapshots = RowModel[SnapshotRow](
            [
                Column("Issued", lambda r: f"{r.issued_on:%d %b %Y}"),
                Column("Report", lambda r: r.title),
                Column("For", lambda r: r.scope.value.capitalize()),
                Column(
                    "Overall",
                    lambda r: (r.overall_rag or "not assessed").capitalize(),
                    colour=lambda r: TONE_TEXT.get(r.overall_rag or ""),
                ),
            ]
        )
        self.snapshot_view = _table(self.snapshots, stretch=1, view=ui.snapshotTable)
        self.again_button = ui.againButton
        self.again_button.clicked.connect(self.again_dialog)
        ui.snapshotsTitle.setProperty("role", "section")
        self.history_title = ui.historyTitle
        self.history_title.setProperty("role", "section")
        self.history_box = ui.historyLayout
        self.history_canvas: Any = None
        self._history: list[dict[str, Any]] | None = None
        ui.leftLayout.addWidget(self.error_label)

    def target(self) -> tuple[ReportScope, int] | None:
        """The program or client chosen."""
        value = self.target_combo.currentData()
        return None if value is None else (ReportScope(value[0]), int(value[1]))

    def refresh(self) -> None:
        """Targets, the chosen one's text, and the snapshots."""
        with self.session() as s:
            targets = status.report_targets(s)
            snapshots = status.list_snapshots(s)
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for t in targets:
            label = (
                f"Client: {t.name}"
                if t.scope is ReportScope.CLIENT
                else f"Program: {t.name} ({t.client})"
            )
            self.target_combo.addItem(label, (t.scope.value, t.id))
        index = self.target_combo.findData(current) if current is not None else -1
        if index < 0 and snapshots:  # the latest report's program or client
            newest = snapshots[0]
            wanted = newest.program_id if newest.scope is ReportScope.PROGRAM else newest.client_id
            index = next(
                (i for i, t in enumerate(targets) if (t.scope, t.id) == (newest.scope, wanted)),
                -1,
            )
        if index < 0:
            programs = [i for i, t in enumerate(targets) if t.scope is ReportScope.PROGRAM]
            index = programs[0] if programs else 0
        self.target_combo.setCurrentIndex(index)
        self.target_combo.blockSignals(False)
        self._load_text()
        self.snapshots.set_rows(snapshots)

    def _load_text(self) -> None:
        target = self.target()
        text = reporting.ReportText()
        history: list[dict[str, Any]] = []
        if target is not None:
            with self.session() as s:
                text = reporting.report_draft(s, *target)
                issued = status.list_snapshots(s, *target)
            history = [{"date": r.issued_on.isoformat(), "rag": r.overall_rag} for r in issued]
            history.reverse()  # oldest first
        for key, edit in self.edits.items():
            if edit.toPlainText() != getattr(text, key):
                edit.setPlainText(getattr(text, key))
        name = self.target_combo.currentText().split(": ", 1)[-1]
        self.history_title.setText(
            f"Health over time — {name} ({len(history)} issued report"
            f"{'' if len(history) == 1 else 's'})"
        )
        self._history = history
        self._history_chart()

    def _history_chart(self) -> None:
        """The overall RAG of each issued report of the chosen target (drawn when shown)."""
        if self._history is None or not self.isVisible():
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.reporting_charts import health_history_figure

        figure = health_history_figure(self._history, 7.0)
        if self.history_canvas is not None:
            self.history_box.removeWidget(self.history_canvas)
            self.history_canvas.hide()
            self.history_canvas.deleteLater()
        self.history_canvas = FigureCanvasQTAgg(figure)
        self.history_canvas.setMinimumHeight(150)
        self.history_box.addWidget(self.history_canvas)
        self._history = None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._history_chart()

    def current_text(self) -> reporting.ReportText:
        """The narrative as typed."""
        return reporting.ReportText(**{k: e.toPlainText() for k, e in self.edits.items()})

    def save_text(self) -> None:
        """Keep the narrative for the next report (undoable)."""
        target = self.target()
        if target is None:
            return
        text = self.current_text()
        self.push(
            "Edit status report text",
            lambda s: reporting.save_report_draft(s, target[0], target[1], text),
            lambda s, before: reporting.save_report_draft(s, target[0], target[1], before),
        )

    def issue_dialog(self) -> None:
        """Ask where to save, then issue."""
        target = self.target()
        if target is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Issue status report", "status-report.pdf", "PDF (*.pdf)"
        )
        if path:
            self.issue(Path(path))

    def issue(self, path: Path, today: date | None = None) -> int | None:
        """Render the report to ``path`` and keep it as a snapshot (undo removes the
        snapshot; the file stays). Returns the snapshot id."""
        from pmo_desktop.reports.pdf.common import write_pdf
        from pmo_desktop.reports.pdf.status_report import render_status_report

        target = self.target()
        if target is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        text = self.current_text()
        try:
            with self.session() as s:
                reporting.save_report_draft(s, target[0], target[1], text)
                payload = status.build_payload(s, target[0], target[1], today or date.today(), text)
        except ValidationError as err:
            self.show_error(err)
            return None
        data = render_status_report(payload)
        command = self.push(
            f"Issue status report of {payload['title']}",
            lambda s: status.issue_report(s, payload),
            lambda s, snapshot_id: status.delete_snapshot(s, snapshot_id),
        )
        if command.failed:
            return None
        write_pdf(path, data)
        self.status_label.setText(f"Issued and saved to {path}")
        return int(command.state)

    def again_dialog(self) -> None:
        """Save the selected snapshot as a PDF again (identical to when it was issued)."""
        row = _selected_row(self.snapshot_view)
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Save issued report", "status-report.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_snapshot(self.snapshots.row_at(row).id, Path(path))

    def save_snapshot(self, snapshot_id: int, path: Path) -> None:
        """Re-render a snapshot to ``path``."""
        from pmo_desktop.reports.pdf.status_report import write_status_report

        with self.session() as s:
            payload = status.snapshot_payload(s, snapshot_id)
        write_status_report(path, payload)
        self.status_label.setText(f"Snapshot saved to {path}")


# ============================================================================ retrospectives


class RetroTab(Tab):
    """Retrospectives: the list, a board with notes and votes, and actions with owners."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.retro_id: int | None = None
        self.board: reporting.RetroBoard | None = None
        self.retros = RowModel[RetroRow](
            [
                Column("Held", lambda r: f"{r.held_on:%d %b %Y}"),
                Column("Retrospective", lambda r: r.title),
                Column("Format", lambda r: r.format.label),
                Column("Open actions", lambda r: str(r.open_actions), right=True),
            ]
        )
        self.retro_view = _table(self.retros, stretch=1)
        self.retro_view.selectionModel().selectionChanged.connect(self._select)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText("Title of a new retrospective")
        self.new_format = QComboBox()
        for fmt in RetroFormat:
            self.new_format.addItem(fmt.label, fmt.value)
        self.new_project = QComboBox()
        self.create_button = QPushButton("Create")
        self.create_button.clicked.connect(self.create)

        self.notes = RowModel[RetroItemRow](
            [
                Column("Column", lambda r: r.column),
                Column("Note", lambda r: r.text, tooltip=lambda r: r.text),
                Column("Votes", lambda r: str(r.votes), right=True),
            ]
        )
        self.note_view = _table(self.notes, stretch=1)
        self.column_combo = QComboBox()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("A note for the board")
        self.note_edit.returnPressed.connect(self.add_note)
        self.add_note_button = QPushButton("Add note")
        self.add_note_button.clicked.connect(self.add_note)
        self.vote_button = QPushButton("Vote +1")
        self.vote_button.clicked.connect(self.vote)
        self.delete_note_button = QPushButton("Delete note")
        self.delete_note_button.clicked.connect(self.delete_note)

        self.actions = RowModel[RetroActionRow](
            [
                Column("Action", lambda r: r.text, tooltip=lambda r: r.text),
                Column("Owner", lambda r: r.owner or "—"),
                Column("Due", lambda r: f"{r.due_date:%d %b %Y}" if r.due_date else "—"),
                Column("Done", lambda r: "", checked=lambda r: r.done),
            ]
        )
        self.actions.toggle_requested.connect(self.set_done)
        self.action_view = _table(self.actions, stretch=0)
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText("An action agreed")
        self.owner_combo = QComboBox()
        self.due_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.due_edit.setCalendarPopup(True)
        self.add_action_button = QPushButton("Add action")
        self.add_action_button.clicked.connect(self.add_action)
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.clicked.connect(self.pdf_dialog)
        self.board_title = plain_label("Choose a retrospective")
        self.board_title.setProperty("role", "section")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.retro_view, 1)
        new = QFormLayout()
        new.addRow(plain_label("Title"), self.new_title)
        new.addRow(plain_label("Format"), self.new_format)
        new.addRow(plain_label("Project"), self.new_project)
        ll.addLayout(new)
        ll.addWidget(self.create_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.board_title, 1)
        head.addWidget(self.pdf_button)
        rl.addLayout(head)
        rl.addWidget(self.note_view, 3)
        add = QHBoxLayout()
        add.addWidget(self.column_combo)
        add.addWidget(self.note_edit, 1)
        add.addWidget(self.add_note_button)
        add.addWidget(self.vote_button)
        add.addWidget(self.delete_note_button)
        rl.addLayout(add)
        rl.addWidget(self.action_view, 2)
        act = QHBoxLayout()
        act.addWidget(self.action_edit, 1)
        act.addWidget(self.owner_combo)
        act.addWidget(self.due_edit)
        act.addWidget(self.add_action_button)
        rl.addLayout(act)
        rl.addWidget(self.error_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """The list, the open board and the choices."""
        with self.session() as s:
            rows = reporting.list_retrospectives(s)
            people = list_people(s)
            projects = list_projects(s)
            board = reporting.retrospective(s, self.retro_id) if self._exists(rows) else None
        self.retros.set_rows(rows)
        if not self.owner_combo.count():
            self.owner_combo.addItem("No owner", None)
            for p in people:
                self.owner_combo.addItem(p.name, p.id)
        if not self.new_project.count():
            for p in projects:
                self.new_project.addItem(f"{p.name} ({p.client})", p.id)
        if board is None and rows:
            self.retro_id = rows[0].id
            with self.session() as s:
                board = reporting.retrospective(s, rows[0].id)
        self._show_board(board)

    def _exists(self, rows: list[RetroRow]) -> bool:
        return self.retro_id is not None and any(r.id == self.retro_id for r in rows)

    def _select(self) -> None:
        row = _selected_row(self.retro_view)
        if row is None:
            return
        retro_id = self.retros.row_at(row).id
        if retro_id != self.retro_id:
            self.retro_id = retro_id
            with self.session() as s:
                self._show_board(reporting.retrospective(s, retro_id))

    def _show_board(self, board: reporting.RetroBoard | None) -> None:
        self.board = board
        if board is None:
            self.notes.set_rows([])
            self.actions.set_rows([])
            self.board_title.setText("No retrospective yet — create one on the left")
            return
        self.board_title.setText(f"{board.data.title} · {board.data.format.label} · {board.scope}")
        columns = board.data.format.columns
        if [self.column_combo.itemText(i) for i in range(self.column_combo.count())] != list(
            columns
        ):
            self.column_combo.clear()
            self.column_combo.addItems(list(columns))
        ordered = [item for column in columns for item in board.column(column)]
        self.notes.set_rows(ordered)
        self.actions.set_rows(board.actions)

    def create(self) -> None:
        """Create a retrospective for the chosen project (undoable)."""
        data = reporting.RetroData(
            self.new_title.text(),
            RetroFormat(self.new_format.currentData()),
            date.today(),
            self.new_project.currentData(),
        )

        def do(s: Session) -> int:
            retro_id = reporting.create_retrospective(s, data)
            self.retro_id = retro_id
            return retro_id

        if not self.push(
            f"Create retrospective “{data.title}”",
            do,
            lambda s, rid: reporting.delete_retrospective(s, rid),
        ).failed:
            self.new_title.clear()

    def add_note(self) -> None:
        """Add the typed note to the chosen column (undoable)."""
        if self.retro_id is None:
            return
        retro_id, column, text = (
            self.retro_id,
            self.column_combo.currentText(),
            self.note_edit.text(),
        )
        command = self.push(
            "Add retrospective note",
            lambda s: reporting.add_retro_item(s, retro_id, column, text).id,
            lambda s, item_id: reporting.delete_retro_item(s, item_id) and None,
        )
        if not command.failed:
            self.note_edit.clear()

    def vote(self) -> None:
        """One more vote on the selected note (undoable)."""
        row = _selected_row(self.note_view)
        if row is None:
            return
        item_id = self.notes.row_at(row).id
        self.push(
            "Vote",
            lambda s: reporting.vote(s, item_id, 1),
            lambda s, before: reporting.set_votes(s, item_id, before) and None,
        )
        self.note_view.selectRow(
            next((i for i, r in enumerate(self.notes.rows()) if r.id == item_id), 0)
        )

    def delete_note(self) -> None:
        """Delete the selected note (undoable)."""
        row = _selected_row(self.note_view)
        if row is None:
            return
        item_id = self.notes.row_at(row).id
        self.push(
            "Delete retrospective note",
            lambda s: reporting.delete_retro_item(s, item_id),
            lambda s, kept: reporting.restore_retro_item(s, kept[0], kept[1]),
        )

    def add_action(self) -> None:
        """Add an action with its owner and due date (undoable)."""
        if self.retro_id is None:
            return
        retro_id = self.retro_id
        data = reporting.RetroActionData(
            self.action_edit.text(), self.owner_combo.currentData(), self.due_edit.date().toPython()
        )
        command = self.push(
            "Add retrospective action",
            lambda s: reporting.add_retro_action(s, retro_id, data),
            lambda s, action_id: reporting.delete_retro_action(s, action_id) and None,
        )
        if not command.failed:
            self.action_edit.clear()

    def set_done(self, row: RetroActionRow, done: bool) -> None:
        """Tick an action done or not (undoable)."""
        data = reporting.RetroActionData(row.text, row.owner_id, row.due_date, done)
        self.push(
            "Mark action done" if done else "Mark action not done",
            lambda s: reporting.update_retro_action(s, row.id, data),
            lambda s, before: reporting.update_retro_action(s, row.id, before) and None,
        )

    def pdf_dialog(self) -> None:
        """Save the board as a shareable PDF."""
        if self.board is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export retrospective", "retrospective.pdf", "PDF (*.pdf)"
        )
        if path:
            from pmo_desktop.reports.pdf.retrospective import write_retrospective

            write_retrospective(Path(path), self.board)


# ============================================================================ adherence


class AdherenceTab(Tab):
    """Weekly checklist ticks per project, adherence per project and PM, and the trend."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.today: date | None = None
        self.threshold = DEFAULT_THRESHOLD
        self.report: reporting.AdherenceReport | None = None
        #: Projects kept in the list (a Home tile's filter); None keeps all.
        self.project_ids: frozenset[int] | None = None
        #: The weeks judged (a Home tile's); empty: the seven weeks before this one.
        self.period: tuple[date, ...] = ()
        self.project_combo = QComboBox()
        self.project_combo.currentIndexChanged.connect(self._load_grid)
        self.grid = ChecklistModel()
        self.grid.tick_requested.connect(self.tick)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checklist = ChecklistEditor(self)

        def pct_colour(total: Any) -> str | None:
            return TONE_TEXT["red"] if total.below(self.threshold) else None

        self.projects = RowModel[ProjectAdherence](
            [
                Column("Project", lambda r: r.project),
                Column("PM", lambda r: r.pm or "—"),
                Column(
                    "Adherence",
                    lambda r: percent_label(r.total),
                    right=True,
                    colour=lambda r: pct_colour(r.total),
                ),
            ]
        )
        self.project_view = _table(self.projects, stretch=0)
        self.pms = RowModel[PmAdherence](
            [
                Column("PM", lambda r: r.pm),
                Column("Projects", lambda r: str(r.projects), right=True),
                Column(
                    "Adherence",
                    lambda r: percent_label(r.total),
                    right=True,
                    colour=lambda r: pct_colour(r.total),
                ),
            ]
        )
        self.pm_view = _table(self.pms, stretch=0)
        self.chart_box = QVBoxLayout()
        self.canvas: Any = None

        left = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(plain_label("Project"))
        pick.addWidget(self.project_combo, 1)
        left.addLayout(pick)
        left.addWidget(self.grid_view, 1)
        left.addWidget(self.error_label)
        left.addLayout(self.chart_box, 1)
        right = QVBoxLayout()
        self.summary_label = plain_label()
        self.summary_label.setProperty("role", "section")
        right.addWidget(self.summary_label)
        right.addWidget(self.project_view, 2)
        right.addWidget(self.pm_view, 1)
        right.addWidget(self.checklist, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def weeks(self) -> list[date]:
        """The weeks shown: the last seven and this one."""
        return reporting.period_weeks(
            self.today or date.today(), ADHERENCE_WEEKS, include_current=True
        )

    def refresh(self) -> None:
        """Checklists exist, then the report, the grid and the chart."""
        weeks = self.weeks()
        with self.session() as s:
            if not reporting.checklist(s):
                reporting.ensure_default_checklist(s)
            period = list(self.period) or weeks[:-1]
            report = reporting.adherence_report(s, period)
        self.report = report
        flagged = sum(1 for p in report.projects if p.below(self.threshold))
        self.summary_label.setText(
            f"Last {len(period)} weeks · {flagged} projects below {self.threshold} %"
        )
        ordered = sorted(report.projects, key=lambda p: (p.total.percent or 101.0, p.project))
        kept = self.project_ids
        shown = [p for p in ordered if kept is None or p.project_id in kept]
        self.projects.set_rows(shown)
        self.pms.set_rows(report.pms)
        current = self.project_combo.currentData()
        if kept is not None and current not in kept:
            current = shown[0].project_id if shown else None
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for p in report.projects:
            if kept is None or p.project_id in kept:
                self.project_combo.addItem(f"{p.project} ({p.client})", p.project_id)
        index = self.project_combo.findData(current) if current is not None else -1
        self.project_combo.setCurrentIndex(max(index, 0))
        self.project_combo.blockSignals(False)
        self._load_grid()
        self.checklist.refresh()

    def select_project(self, project_id: int) -> None:
        """Show one project's checklist."""
        index = self.project_combo.findData(project_id)
        if index >= 0:
            self.project_combo.setCurrentIndex(index)

    def _load_grid(self) -> None:
        project_id = self.project_combo.currentData()
        if project_id is None:
            self.grid.set_grid(None)
        else:
            with self.session() as s:
                self.grid.set_grid(reporting.project_checklist(s, project_id, self.weeks()))
            if self.report is not None:
                kind = next(
                    (p.project_type for p in self.report.projects if p.project_id == project_id),
                    None,
                )
                if kind is not None:
                    self.checklist.show_kind(kind)
        self._chart()

    def _chart(self) -> None:
        if self.report is None or not self.isVisible():
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from pmo_desktop.reports.reporting_charts import adherence_trend_figure

        series = [("Team", [w.percent for w in self.report.team_weeks])]
        project_id = self.project_combo.currentData()
        for p in self.report.projects:
            if p.project_id == project_id:
                series.append((p.project, [w.percent for w in p.weeks]))
        figure = adherence_trend_figure(self.report.weeks, series, self.threshold, 6.0, 2.4)
        if self.canvas is not None:
            self.chart_box.removeWidget(self.canvas)
            self.canvas.hide()  # gone now, not when the event loop deletes it
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(180)
        self.chart_box.addWidget(self.canvas)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._chart()

    def tick(self, item_id: int, week: date, ticked: bool) -> None:
        """Tick or untick one cell (undoable)."""
        project_id = self.project_combo.currentData()
        state = reporting.TickState(project_id, item_id, week, ticked)
        self.push(
            "Tick checklist item" if ticked else "Untick checklist item",
            lambda s: reporting.set_tick(s, state),
            lambda s, before: reporting.set_tick(s, before) and None,
        )


# ============================================================================ improvements


class ImprovementsTab(Tab):
    """The improvement backlog with evidence; new proposals and status changes."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.model = RowModel[ImprovementRow](
            [
                Column("Proposal", lambda r: r.data.title, tooltip=lambda r: r.data.proposal),
                Column("Status", lambda r: r.data.status.label),
                Column("Problem", lambda r: r.data.problem, tooltip=lambda r: r.data.problem),
                Column(
                    "Evidence",
                    lambda r: "; ".join(e.label for e in r.evidence) or "—",
                    tooltip=lambda r: "\n".join(e.label for e in r.evidence) or None,
                ),
                Column("Expected effect", lambda r: r.data.expected_effect or "—"),
                Column("Measured effect", lambda r: r.data.measured_effect or "—"),
                Column("Owner", lambda r: r.owner or "—"),
            ]
        )
        self.view = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 80, 220, 220, 180, 150)):
            self.view.setColumnWidth(column, width)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status_combo = QComboBox()
        for st in ImprovementStatus:
            self.status_combo.addItem(st.label, st.value)
        self.status_button = QPushButton("Set status")
        self.status_button.clicked.connect(self.set_status)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip("Edit every field of the selected proposal")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected proposal and its evidence links")
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title")
        self.problem_edit = QLineEdit()
        self.problem_edit.setPlaceholderText("The problem it solves")
        self.proposal_edit = QLineEdit()
        self.proposal_edit.setPlaceholderText("What we propose")
        self.expected_edit = QLineEdit()
        self.expected_edit.setPlaceholderText("Expected effect")
        self.add_button = QPushButton("Add proposal")
        self.add_button.clicked.connect(self.add)
        self.evidence_combo = QComboBox()
        self.evidence_combo.setMinimumWidth(280)
        self.link_button = QPushButton("Link as evidence")
        self.link_button.clicked.connect(self.link)
        row = QHBoxLayout()
        row.addWidget(plain_label("Selected proposal:"))
        row.addWidget(self.status_combo)
        row.addWidget(self.status_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addSpacing(16)
        row.addWidget(self.evidence_combo, 1)
        row.addWidget(self.link_button)
        new = QHBoxLayout()
        for w in (self.title_edit, self.problem_edit, self.proposal_edit, self.expected_edit):
            new.addWidget(w, 1)
        new.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addLayout(new)
        layout.addWidget(self.error_label)

    def refresh(self) -> None:
        """Re-read the backlog and the escalations and retrospectives to link."""
        from pmo_desktop.services.raid.escalations import list_escalations

        with self.session() as s:
            self.model.set_rows(reporting.list_improvements(s))
            escalations = list_escalations(s)
            retros = reporting.list_retrospectives(s)
        current = self.evidence_combo.currentData()
        self.evidence_combo.clear()
        for e in escalations:
            self.evidence_combo.addItem(f"Escalation: {e.title}", ("escalation", e.id))
        for r in retros:
            self.evidence_combo.addItem(f"Retrospective: {r.title}", ("retrospective", r.id))
        index = self.evidence_combo.findData(current) if current is not None else -1
        self.evidence_combo.setCurrentIndex(max(index, 0))

    def link(self) -> None:
        """Link the chosen escalation or retrospective to the selected proposal (undoable)."""
        row = _selected_row(self.view)
        target = self.evidence_combo.currentData()
        if row is None or target is None:
            return
        proposal = self.model.row_at(row)
        kind, target_id = target
        keyword = "escalation_id" if kind == "escalation" else "retrospective_id"
        self.push(
            "Link evidence",
            lambda s: reporting.link_evidence(s, proposal.id, **{keyword: target_id}),
            lambda s, evidence_id: reporting.unlink_evidence(s, evidence_id),
        )

    def add(self) -> None:
        """Add a proposal (undoable)."""
        data = reporting.ImprovementData(
            self.title_edit.text(),
            self.problem_edit.text(),
            date.today(),
            proposal=self.proposal_edit.text(),
            expected_effect=self.expected_edit.text(),
        )
        command = self.push(
            "Add improvement proposal",
            lambda s: reporting.save_improvement(s, None, data)[0],
            lambda s, pid: reporting.delete_improvement(s, pid),
        )
        if not command.failed:
            for w in (self.title_edit, self.problem_edit, self.proposal_edit, self.expected_edit):
                w.clear()

    def selected(self) -> ImprovementRow | None:
        """The proposal selected, if any."""
        row = _selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    def editor_for(self, proposal: ImprovementRow) -> ImprovementDialog:
        """The editor of ``proposal`` (not shown); Save applies an undoable edit."""
        with self.session() as s:
            owners = [(p.id, p.name) for p in list_people(s)]
        refused: list[ValidationError] = []

        def save(data: reporting.ImprovementData) -> ValidationError | None:
            refused.clear()
            self.push(
                f"Edit improvement “{proposal.data.title}”",
                lambda s: reporting.save_improvement(s, proposal.id, data)[1],
                lambda s, before: reporting.save_improvement(s, proposal.id, before) and None,
                on_error=refused.append,
            )
            return refused[0] if refused else None

        return ImprovementDialog(proposal.data, owners, save, self)

    def edit_selected(self) -> None:
        """Edit the selected proposal in its dialog."""
        proposal = self.selected()
        if proposal is not None:
            self.editor_for(proposal).exec()

    def delete_selected(self) -> None:
        """Delete the selected proposal with its evidence links (undo brings both back)."""
        proposal = self.selected()
        if proposal is None:
            return
        self.push(
            f"Delete improvement “{proposal.data.title}”",
            lambda s: reporting.remove_improvement(s, proposal.id),
            reporting.restore_improvement,
        )

    def set_status(self) -> None:
        """Move the selected proposal to the chosen status (undoable)."""
        row = _selected_row(self.view)
        if row is None:
            return
        current = self.model.row_at(row)
        from dataclasses import replace

        data = replace(current.data, status=ImprovementStatus(self.status_combo.currentData()))
        self.push(
            f"Set “{current.data.title}” to {data.status.label}",
            lambda s: reporting.save_improvement(s, current.id, data)[1],
            lambda s, before: reporting.save_improvement(s, current.id, before) and None,
        )


# ============================================================================ workload


class WorkloadTab(Tab):
    """The team's projects by priority with demand vs supply per week; drag to reorder."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.today: date | None = None
        self.model = WorkloadModel()
        self.model.order_requested.connect(self.reorder)
        self.view = _table(self.model, stretch=1)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.up_button = QPushButton("Move up")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("Move down")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        note = plain_label(
            "Drag projects to change their priority. Each week shows hours asked "
            "(people + open roles) / hours staffed; red where roles are still open."
        )
        note.setProperty("role", "note")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)

    def refresh(self) -> None:
        """Re-read the ranking and the hours."""
        first = monday_of(self.today or date.today())
        weeks = [first + timedelta(weeks=i) for i in range(WORKLOAD_WEEKS)]
        with self.session() as s:
            rows = reporting.workload(s, weeks)
        self.model.set_rows(rows, weeks)

    def reorder(self, order: list[int]) -> None:
        """Store a new priority order (undoable)."""
        self.push(
            "Reorder priorities",
            lambda s: reporting.set_ranking(s, order),
            lambda s, before: reporting.set_ranking(s, before) and None,
        )

    def move_selected(self, step: int) -> None:
        """Move the selected project one place up or down."""
        row = _selected_row(self.view)
        if row is None:
            return
        target = row + step
        order = self.model.order()
        if not 0 <= target < len(order):
            return
        new = list(order)
        new[row], new[target] = new[target], new[row]
        self.reorder(new)
        self.view.selectRow(target)


# ============================================================================ actions


class ActionsTab(Tab):
    """Every open action of the team, from RAID, 1:1s and retrospectives, overdue first."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.today: date | None = None
        self.all_rows: list[ActionRow] = []
        self.model = RowModel[ActionRow](
            [
                Column("From", lambda r: r.source),
                Column("Action", lambda r: r.text, tooltip=lambda r: r.text),
                Column("About", lambda r: r.about, tooltip=lambda r: r.about),
                Column("Owner", lambda r: r.owner or "—"),
                Column("Due", lambda r: f"{r.due_date:%d %b %Y}" if r.due_date else "—"),
                Column(
                    "Late",
                    lambda r: f"{r.days_late} d" if r.overdue else "",
                    right=True,
                    colour=lambda r: RAG_TEXT["red"] if r.overdue else None,
                ),
            ]
        )
        self.view = _table(self.model, stretch=1)
        self.overdue_check = QCheckBox("Overdue only")
        self.overdue_check.toggled.connect(self._show)
        self.summary_label = plain_label()
        self.summary_label.setProperty("role", "note")
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.overdue_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Re-read every open action."""
        with self.session() as s:
            self.all_rows = reporting_home.open_actions(s, self.today or date.today())
        self._show()

    def _show(self) -> None:
        overdue = [r for r in self.all_rows if r.overdue]
        shown = overdue if self.overdue_check.isChecked() else self.all_rows
        self.model.set_rows(shown)
        self.summary_label.setText(
            f"{len(self.all_rows)} open actions · {len(overdue)} overdue "
            "(RAID mitigations, 1:1 actions, retrospective actions); edit them where they live"
        )


# ============================================================================ the page


class ReportsPage(AreaPage):
    """Tabs: status reports, retrospectives, adherence, improvements, workload, actions."""

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.status_tab = StatusTab(self)
        self.retro_tab = RetroTab(self)
        self.adherence_tab = AdherenceTab(self)
        self.improvements_tab = ImprovementsTab(self)
        self.workload_tab = WorkloadTab(self)
        self.actions_tab = ActionsTab(self)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        for tab, title in (
            (self.status_tab, "Status reports"),
            (self.retro_tab, "Retrospectives"),
            (self.adherence_tab, "Process adherence"),
            (self.improvements_tab, "Improvements"),
            (self.workload_tab, "Workload && priorities"),
            (self.actions_tab, "Actions"),
        ):
            self.tabs.addTab(tab, title)
        self._fresh: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.ui.titleLabel.setText(spec.title)
        self.ui.titleLabel.setProperty("role", "title")
        self.filter_bar = FilterBar(self)
        self.filter_bar.cleared.connect(lambda: self.apply_filter(None))
        self.ui.reportsLayout.insertWidget(1, self.filter_bar)

    def tab(self, index: int) -> Tab:
        """The tab at ``index``."""
        widget = self.tabs.widget(index)
        assert isinstance(widget, Tab)
        return widget

    def refresh(self) -> None:
        """Re-read the tab on screen; others re-read when shown."""
        self._fresh.clear()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index >= 0 and index not in self._fresh:
            self._fresh.add(index)
            self.tab(index).refresh()

    def show_view(self, view: str | None) -> None:
        """``status-reports`` (default), ``retrospectives``, ``adherence``, ``improvements``
        or ``workload``."""
        index = VIEWS.index(view) if view in VIEWS else 0
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Project ids: the adherence lists keep only those projects (the first one's
        checklist shown), with a bar saying so; None lists every project again."""
        self.actions_tab.overdue_check.setChecked(bool(area_filter and area_filter.overdue))
        if area_filter is not None and area_filter.overdue:
            self.filter_bar.show_filter(area_filter)
            return
        projects = area_filter.project_ids if area_filter else None
        if projects is None and self.adherence_tab.project_ids is None:
            self.filter_bar.show_filter(None)
            return
        self.filter_bar.show_filter(area_filter if projects is not None else None)
        self.adherence_tab.project_ids = projects
        self.adherence_tab.period = area_filter.weeks if area_filter and projects else ()
        if self.tabs.currentWidget() is self.adherence_tab:
            self.adherence_tab.refresh()
        else:
            self._fresh.discard(VIEWS.index("adherence"))
