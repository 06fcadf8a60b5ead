"""The Status reports tab: pick a program or client, edit the narrative of its next report,
issue it as a PDF (kept as a snapshot, undoable), see its health over the reports issued,
and save an earlier snapshot again."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ReportScope
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.forms.ui_report_status_tab import Ui_StatusTab
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.commands import Change
from pmo_desktop.gui.reports.models import TONE_TEXT, RowModel
from pmo_desktop.gui.reports.tab import ReportsTab, selected_row, table
from pmo_desktop.gui.row_model import Column
from pmo_desktop.services.reports import drafts, status
from pmo_desktop.services.reports.drafts import ReportText
from pmo_desktop.services.reports.status import SnapshotRow


class StatusTab(ReportsTab):
    """Pick a program or client, edit the narrative, issue the PDF; earlier snapshots."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
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
        self.snapshot_view = table(self.snapshots, stretch=1, view=ui.snapshotTable)
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
        targets, snapshots = self.context.edits.read(
            lambda s: (status.report_targets(s), status.list_snapshots(s))
        )
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
        text = ReportText()
        history: list[dict[str, Any]] = []
        if target is not None:
            scope, target_id = target
            text, issued = self.context.edits.read(
                lambda s: (
                    drafts.report_draft(s, scope, target_id),
                    status.list_snapshots(s, scope, target_id),
                )
            )
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._history_chart()

    def current_text(self) -> ReportText:
        """The narrative as typed."""
        return ReportText(**{k: e.toPlainText() for k, e in self.edits.items()})

    def save_text(self) -> None:
        """Keep the narrative for the next report (undoable)."""
        target = self.target()
        if target is None:
            return
        self.applied(commands.save_draft(self.context.edits, *target, self.current_text()))

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
        scope, target_id = target
        text, day = self.current_text(), today or date.today()
        self.error_label.hide()
        try:  # the draft is kept first, as typed (not an undoable edit of its own)
            payload = self.context.edits.read(
                lambda s: status.draft_payload(s, scope, target_id, day, text)
            )
        except ValidationError as err:
            self.show_error(err)
            return None
        data = render_status_report(payload)
        outcome = commands.issue_report(self.context.edits, payload)
        if not self.applied(outcome):
            return None
        write_pdf(path, data)
        self.status_label.setText(f"Issued and saved to {path}")
        change: Change = outcome.state
        return int(change.state)

    def again_dialog(self) -> None:
        """Save the selected snapshot as a PDF again (identical to when it was issued)."""
        row = selected_row(self.snapshot_view)
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

        payload = self.context.edits.read(lambda s: status.snapshot_payload(s, snapshot_id))
        write_status_report(path, payload)
        self.status_label.setText(f"Snapshot saved to {path}")
