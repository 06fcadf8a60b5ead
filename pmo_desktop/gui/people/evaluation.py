"""The evaluation tab: competency ratings with rubric, comments and evidence, the overall
rating and narrative, status draft → final → shared (reopen with a reason), PDF export.
Every change is an edit of ``gui.people.commands``; a refusal is shown above the editor."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QLineEdit, QWidget

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rating import (
    POTENTIAL_LABELS,
    RATING_LABELS,
    Competency,
    EvaluationKind,
    EvaluationStatus,
    period_of,
    previous_period,
    suggested_overall,
)
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Outcome
from pmo_desktop.gui.forms.ui_evaluation_editor import Ui_EvaluationEditor
from pmo_desktop.gui.people import bias, commands, models
from pmo_desktop.gui.row_model import RowModel
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, select_data
from pmo_desktop.services.people import evaluations as ev
from pmo_desktop.services.people.evaluations import (
    EvaluationDetail,
    EvaluationFields,
    EvaluationRow,
    RatingRow,
)
from pmo_desktop.services.people.evidence import EvidenceItem, evidence_panel
from pmo_desktop.services.people.frameworks import framework


class EvaluationPanel(QWidget):
    """Edit one evaluation of a person; final and shared ones are shown read-only."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationEditor()
        self.ui.setupUi(self)
        self.context = context
        self.edits = context.edits
        self.person_id: int | None = None
        self.person_name = ""
        self.detail: EvaluationDetail | None = None
        self.rating_id: int | None = None
        ui = self.ui
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.statusLabel.setProperty("role", "badge")
        ui.rubricLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.rubricLabel.setProperty("role", "note")
        ui.biasSummary.setProperty("role", "note")
        ui.competencyName.setProperty("role", "section")
        self.ratings: RowModel[RatingRow] = RowModel(models.RATINGS, self)
        self.attached: RowModel[EvidenceItem] = RowModel(models.EVIDENCE, self)
        self.evidence: RowModel[EvidenceItem] = RowModel(models.EVIDENCE, self)
        ui.ratingsTable.setModel(self.ratings)
        ui.ratingsTable.verticalHeader().setVisible(False)
        header = ui.ratingsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.attachedList.setModel(self.attached)
        ui.evidenceList.setModel(self.evidence)
        ui.evaluationSplitter.setSizes([420, 360, 320])
        fill_choices(
            ui.potentialCombo, [(label, value) for value, label in POTENTIAL_LABELS.items()], "—"
        )
        self.checks = bias.attach(
            ui.commentEdit, ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit
        )
        for edit in (ui.commentEdit, ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit):
            edit.textChanged.connect(self._bias)
        for edit in (ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit):
            edit.setMaximumHeight(72)
        ui.commentEdit.setMinimumHeight(60)
        ui.attachedList.setMaximumHeight(70)
        for view in (ui.attachedList, ui.evidenceList):
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.rubricLabel.setMinimumHeight(ui.rubricLabel.fontMetrics().lineSpacing() * 3)
        ui.errorLabel.setVisible(False)
        ui.ratingsTable.selectionModel().currentRowChanged.connect(self._on_rating)
        ui.ratingSpin.valueChanged.connect(self._meaning)
        ui.evaluationCombo.activated.connect(self._on_evaluation)
        ui.newEvaluationButton.clicked.connect(self.new_evaluation)
        ui.frameworkButton.clicked.connect(self.edit_frameworks)
        ui.applyRatingButton.clicked.connect(self.save_rating)
        ui.attachButton.clicked.connect(self.attach_evidence)
        ui.evidenceList.doubleClicked.connect(lambda _i: self.attach_evidence())
        ui.detachButton.clicked.connect(self.detach_evidence)
        ui.saveFieldsButton.clicked.connect(self.save_fields)
        ui.finalButton.clicked.connect(lambda: self.set_status(EvaluationStatus.FINAL))
        ui.shareButton.clicked.connect(lambda: self.set_status(EvaluationStatus.SHARED))
        ui.reopenButton.clicked.connect(self.reopen)
        ui.exportButton.clicked.connect(self.export_pdf)
        self._show(None)

    # ----------------------------------------------------------------------- reading

    def set_person(self, person_id: int | None, name: str = "") -> None:
        """Show a person's newest evaluation."""
        self.person_id, self.person_name = person_id, name
        self.detail = None
        self.refresh()

    def refresh(self) -> None:
        """Re-read the evaluation list, the shown evaluation and the evidence panel."""
        pid = self.person_id
        combo = self.ui.evaluationCombo
        rows: list[EvaluationRow] = (
            [] if pid is None else self.edits.read(lambda s: ev.evaluations(s, pid))
        )
        keep = self.detail.id if self.detail else None
        combo.blockSignals(True)
        combo.clear()
        for row in rows:
            combo.addItem(f"{row.period} · {row.kind.label} · {row.status.label}", row.id)
        ids = [r.id for r in rows]
        target = keep if keep in ids else (ids[0] if ids else None)
        combo.setCurrentIndex(ids.index(target) if target is not None else -1)
        combo.blockSignals(False)
        self.ui.newEvaluationButton.setEnabled(pid is not None)
        self.open(target)

    def open(self, evaluation_id: int | None) -> None:
        """Show one evaluation (None: nothing)."""
        if evaluation_id is None:
            self._show(None)
            return
        detail, panel = self.edits.read(
            lambda s: (
                ev.evaluation(s, evaluation_id),
                evidence_panel(s, self.person_id or 0, ev.evaluation(s, evaluation_id).period),
            )
        )
        self.evidence.set_rows(panel)
        self._show(detail)

    def _on_evaluation(self, index: int) -> None:
        self.open(self.ui.evaluationCombo.itemData(index))

    def _show(self, detail: EvaluationDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        self.ratings.set_rows(detail.ratings if detail else [])
        if detail is None:
            self.evidence.set_rows([])
            ui.statusLabel.setText("")
            for w in (ui.finalButton, ui.shareButton, ui.reopenButton, ui.exportButton):
                w.setEnabled(False)
            self._set_editable(False)
            self._show_rating(None)
            for edit in (ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit):
                edit.clear()
            ui.overallSpin.setValue(0)
            ui.suggestedLabel.setText("")
            return
        status = detail.status
        read_only = "" if status.editable else " — read-only; reopen to edit"
        ui.statusLabel.setText(f"{status.label}{read_only}")
        ui.finalButton.setEnabled(status is EvaluationStatus.DRAFT)
        ui.shareButton.setEnabled(status is EvaluationStatus.FINAL)
        ui.reopenButton.setEnabled(status is not EvaluationStatus.DRAFT)
        ui.exportButton.setEnabled(True)
        self._set_editable(status.editable)
        f = detail.fields
        ui.overallSpin.setValue(f.overall_rating or 0)
        select_data(ui.potentialCombo, f.potential)
        ui.strengthsEdit.setPlainText(f.strengths or "")
        ui.developmentEdit.setPlainText(f.development or "")
        ui.nextGoalsEdit.setPlainText(f.next_goals or "")
        suggested = suggested_overall([r.rating for r in detail.ratings])
        before = f" · last period {detail.previous_overall}/5" if detail.previous_overall else ""
        ui.suggestedLabel.setText(
            (f"ratings suggest {suggested}/5" if suggested else "no ratings yet") + before
        )
        keys = [r.id for r in detail.ratings]
        target = self.rating_id if self.rating_id in keys else (keys[0] if keys else None)
        if target is not None:
            index = self.ratings.index(keys.index(target), 0)
            ui.ratingsTable.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_rating(target)
        self._message("")

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        for w in (
            ui.ratingSpin,
            ui.applyRatingButton,
            ui.attachButton,
            ui.detachButton,
            ui.overallSpin,
            ui.potentialCombo,
            ui.saveFieldsButton,
        ):
            w.setEnabled(editable)
        for edit in (ui.commentEdit, ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit):
            edit.setReadOnly(not editable)

    def _on_rating(self, current: object, _previous: object) -> None:
        index = self.ui.ratingsTable.currentIndex()
        if index.isValid():
            self._show_rating(self.ratings.row_at(index.row()).id)

    def _rating(self, rating_id: int | None) -> RatingRow | None:
        if self.detail is None:
            return None
        return next((r for r in self.detail.ratings if r.id == rating_id), None)

    def _show_rating(self, rating_id: int | None) -> None:
        self.rating_id = rating_id
        row = self._rating(rating_id)
        ui = self.ui
        if row is None:
            ui.competencyName.setText("Select a competency")
            ui.rubricLabel.setText("")
            ui.commentEdit.setPlainText("")
            self.attached.set_rows([])
            ui.ratingSpin.setValue(0)
            return
        ui.competencyName.setText(row.name)
        ui.ratingSpin.setValue(row.rating or 0)
        ui.commentEdit.setPlainText(row.comment or "")
        self.attached.set_rows(row.evidence)
        self._meaning(row.rating or 0)

    def _meaning(self, value: int) -> None:
        row = self._rating(self.rating_id)
        self.ui.ratingMeaning.setText(RATING_LABELS.get(value, "not rated"))
        if row is None or not row.rubric:
            self.ui.rubricLabel.setText("")
            return
        lines = []
        for level, text in enumerate(row.rubric, start=1):
            line = f"{level} · {html.escape(text)}"
            lines.append(f"<b>{line}</b>" if level == value else line)
        self.ui.rubricLabel.setToolTip(f"<p>{'<br/>'.join(lines)}</p>")  # always rich text
        shown = (
            html.escape(row.rubric[value - 1])
            if 1 <= value <= len(row.rubric)
            else ("Pick a rating to see what it means for this role.")
        )
        self.ui.rubricLabel.setText(f"<i>Rubric:</i> {shown} <i>(hover for all levels)</i>")

    def _bias(self) -> None:
        ui = self.ui
        texts = [
            e.toPlainText()
            for e in (ui.commentEdit, ui.strengthsEdit, ui.developmentEdit, ui.nextGoalsEdit)
        ]
        ui.biasSummary.setText(bias.summary(texts))

    # ------------------------------------------------------------------------- edits

    def _message(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _shown(self, outcome: Outcome) -> bool:
        """Show a refusal above the editor; True when the edit was made."""
        if outcome.error:
            self._message(outcome.error.message)
        return bool(outcome.ok)

    def new_evaluation(self) -> None:
        """Start a draft for a period and kind the manager picks."""
        pid = self.person_id
        if pid is None:
            return
        now = period_of(date.today())
        choices = [
            f"{p} · {k.label}"
            for p in (now, previous_period(now))
            for k in (EvaluationKind.MID_YEAR, EvaluationKind.ANNUAL, EvaluationKind.PROBATION)
        ]
        choice, ok = QInputDialog.getItem(
            self, "New evaluation", "Period and kind", choices, 0, False
        )
        if not ok:
            return
        period, _, label = choice.partition(" · ")
        kind = next(k for k in EvaluationKind if k.label == label)
        if self._shown(commands.new_evaluation(self.edits, pid, self.person_name, period, kind)):
            rows = self.edits.read(lambda s: ev.evaluations(s, pid))
            newest = next((r.id for r in rows if r.period == period and r.kind is kind), None)
            self.detail = None
            self.refresh()
            self.open(newest)
            combo = self.ui.evaluationCombo
            combo.setCurrentIndex(max(0, combo.findData(newest)))

    def save_frameworks(self, changed: dict[Role, list[Competency]]) -> ValidationError | None:
        """Replace the frameworks of the changed roles in one undoable edit."""
        return commands.save_frameworks(self.edits, changed).error

    def edit_frameworks(self) -> None:
        """Open the framework editor on every role's current framework."""
        from pmo_desktop.gui.people.framework import FrameworkDialog

        current = self.edits.read(lambda s: {role: list(framework(s, role)) for role in Role})
        FrameworkDialog(current, self.save_frameworks, self).exec()

    def save_rating(self) -> None:
        """Save the selected competency's rating and comment."""
        row = self._rating(self.rating_id)
        if row is None:
            return
        value = self.ui.ratingSpin.value() or None
        self._shown(commands.rate(self.edits, row, value, self.ui.commentEdit.toPlainText()))

    def attach_evidence(self) -> None:
        """Attach the evidence picked in the panel to the selected rating."""
        row = self._rating(self.rating_id)
        index = self.ui.evidenceList.currentIndex()
        if row is None or not index.isValid():
            return
        self._shown(commands.attach_evidence(self.edits, row, self.evidence.row_at(index.row())))

    def detach_evidence(self) -> None:
        """Remove the picked evidence from the selected rating."""
        index = self.ui.attachedList.currentIndex()
        if not index.isValid():
            return
        link = self.attached.row_at(index.row()).link_id
        if link is not None:
            self._shown(commands.detach_evidence(self.edits, link))

    def save_fields(self) -> None:
        """Save the overall rating, potential and narrative."""
        if self.detail is None:
            return
        ui = self.ui
        fields = EvaluationFields(
            ui.overallSpin.value() or None,
            ui.potentialCombo.currentData(),
            ui.strengthsEdit.toPlainText(),
            ui.developmentEdit.toPlainText(),
            ui.nextGoalsEdit.toPlainText(),
        )
        self._shown(commands.save_fields(self.edits, self.detail.id, fields))

    def set_status(self, target: EvaluationStatus, reason: str | None = None) -> bool:
        """Finalise, share or reopen (with a reason) the shown evaluation."""
        if self.detail is None:
            return False
        detail = self.detail
        return self._shown(
            commands.set_status(self.edits, detail.id, detail.period, target, reason)
        )

    def reopen(self) -> None:
        """Reopen a final or shared evaluation after asking why (the reason is recorded)."""
        reason, ok = QInputDialog.getMultiLineText(
            self, "Reopen evaluation", "Why is this evaluation reopened? (recorded)"
        )
        if ok:
            self.set_status(EvaluationStatus.DRAFT, reason)

    def export_pdf(self) -> None:
        """Export the shown evaluation as a PDF, optionally password-protected."""
        if self.detail is None:
            return
        from pmo_desktop.reports.pdf.evaluation import export_evaluation, team_file_name

        path, _ = QFileDialog.getSaveFileName(
            self, "Export evaluation", team_file_name(self.detail), "PDF (*.pdf)"
        )
        if not path:
            return
        password, ok = QInputDialog.getText(
            self,
            "Password",
            "Password to open the PDF (leave empty for none)",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        eid = self.detail.id
        result = self.edits.read(lambda s: export_evaluation(s, eid, Path(path), password or None))
        note = ""
        if result.missing:
            note = (
                f" {len(result.missing)} character(s) the PDF font cannot draw are marked "
                "with \ufffd."
            )
        self._message(f"Exported to {path}.{note}")
