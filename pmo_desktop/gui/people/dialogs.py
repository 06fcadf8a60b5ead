"""Goal and feedback editors (Designer forms) with errors shown next to the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import GoalStatus, smart_gaps
from pmo_desktop.domain.people import FeedbackKind
from pmo_desktop.gui.forms.ui_people_feedback_dialog import Ui_FeedbackDialog
from pmo_desktop.gui.forms.ui_people_goal_dialog import Ui_GoalDialog
from pmo_desktop.gui.people import bias
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, pydate, qdate, select_data
from pmo_desktop.services.people.growth import FeedbackInput, GoalInput

Save = Callable[[object], ValidationError | None]


def _show_error(labels: dict[str, QLabel], general: QLabel, error: ValidationError) -> None:
    for label in [*labels.values(), general]:
        label.clear()
    target = labels.get(error.field or "", general)
    target.setText(error.message)


class GoalDialog(QDialog):
    """Add or edit a SMART goal; ``save(GoalInput)`` returns the refusal, if any."""

    def __init__(self, save: Save, goal: GoalInput | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self.save = save
        ui = self.ui
        for label in self._errors().values():
            label.setStyleSheet(ERROR_STYLE)
        ui.formError.setStyleSheet(ERROR_STYLE)
        fill_choices(ui.statusCombo, [(status.label, status.value) for status in GoalStatus])
        today = date.today()
        goal = goal or GoalInput("", None, None, today, date(today.year, 12, 31))
        ui.titleEdit.setText(goal.title)
        ui.measureEdit.setText(goal.measure or "")
        ui.targetEdit.setText(goal.target or "")
        ui.startEdit.setDate(qdate(goal.start_date))
        ui.dueEdit.setDate(qdate(goal.due_date))
        ui.progressSpin.setValue(goal.progress)
        select_data(ui.statusCombo, goal.status.value)
        ui.resultEdit.setText(goal.result or "")
        for edit in (ui.titleEdit, ui.measureEdit, ui.targetEdit):
            edit.textChanged.connect(self._smart)
        self._smart()
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _errors(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "title": ui.titleError,
            "measure": ui.measureError,
            "target": ui.targetError,
            "start_date": ui.startError,
            "due_date": ui.dueError,
            "progress": ui.progressError,
            "status": ui.statusError,
            "result": ui.resultError,
        }

    def value(self) -> GoalInput:
        """What the form holds."""
        ui = self.ui
        return GoalInput(
            title=ui.titleEdit.text(),
            measure=ui.measureEdit.text() or None,
            target=ui.targetEdit.text() or None,
            start_date=pydate(ui.startEdit.date()),
            due_date=pydate(ui.dueEdit.date()),
            progress=ui.progressSpin.value(),
            status=GoalStatus(ui.statusCombo.currentData()),
            result=ui.resultEdit.text() or None,
        )

    def _smart(self) -> None:
        v = self.value()
        gaps = smart_gaps(v.title, v.measure, v.target, v.due_date)
        self.ui.smartLabel.setText("To make it SMART: " + "; ".join(gaps) if gaps else "")

    def _accept(self) -> None:
        error = self.save(self.value())
        if error is None:
            self.accept()
        else:
            _show_error(self._errors(), self.ui.formError, error)


class FeedbackDialog(QDialog):
    """Log feedback in situation-behaviour-impact form, with the bias check as you type."""

    def __init__(
        self,
        save: Save,
        projects: list[tuple[int, str]],
        entry: FeedbackInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        self.save = save
        ui = self.ui
        for label in [*self._errors().values(), ui.formError]:
            label.setStyleSheet(ERROR_STYLE)
        fill_choices(ui.kindCombo, [(kind.label, kind.value) for kind in FeedbackKind])
        fill_choices(ui.projectCombo, [(name, pid) for pid, name in projects], "No project")
        entry = entry or FeedbackInput(date.today(), FeedbackKind.PRAISE, "")
        ui.dayEdit.setDate(qdate(entry.day))
        select_data(ui.kindCombo, entry.kind.value)
        select_data(ui.projectCombo, entry.project_id)
        ui.situationEdit.setPlainText(entry.situation or "")
        ui.behaviourEdit.setPlainText(entry.behaviour)
        ui.impactEdit.setPlainText(entry.impact or "")
        self.checks = bias.attach(ui.situationEdit, ui.behaviourEdit, ui.impactEdit)
        for edit in (ui.situationEdit, ui.behaviourEdit, ui.impactEdit):
            edit.textChanged.connect(self._bias)
        ui.biasLabel.setProperty("role", "note")
        self._bias()
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _errors(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "day": ui.dayError,
            "kind": ui.kindError,
            "project": ui.projectError,
            "situation": ui.situationError,
            "behaviour": ui.behaviourError,
            "impact": ui.impactError,
        }

    def value(self) -> FeedbackInput:
        """What the form holds."""
        ui = self.ui
        return FeedbackInput(
            day=pydate(ui.dayEdit.date()),
            kind=FeedbackKind(ui.kindCombo.currentData()),
            behaviour=ui.behaviourEdit.toPlainText(),
            situation=ui.situationEdit.toPlainText() or None,
            impact=ui.impactEdit.toPlainText() or None,
            project_id=ui.projectCombo.currentData(),
        )

    def _bias(self) -> None:
        ui = self.ui
        texts = [e.toPlainText() for e in (ui.situationEdit, ui.behaviourEdit, ui.impactEdit)]
        ui.biasLabel.setText(bias.summary(texts))

    def _accept(self) -> None:
        error = self.save(self.value())
        if error is None:
            self.accept()
        else:
            _show_error(self._errors(), self.ui.formError, error)
