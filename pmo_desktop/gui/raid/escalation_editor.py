"""The escalation editor (Designer form). Save runs the edit itself
(``commands.create_escalation`` or ``update_escalation``: one undoable command, validated
once); a refusal is shown beside its field and the dialog stays open, nothing half-saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import SEVERITY_LABELS, Audience, CauseCategory, EscalationStatus
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.forms.ui_escalation_editor import Ui_EscalationEditor
from pmo_desktop.gui.raid import commands
from pmo_desktop.gui.widgets import (
    ERROR_STYLE,
    NO_DATE,
    fill_choices,
    make_optional_date,
    optional_date,
    pydate,
    qdate,
    select_data,
    set_optional_date,
)
from pmo_desktop.services.raid.escalations import EscalationData, EscalationDetail
from pmo_desktop.services.raid.register import Choices


class EscalationEditorDialog(QDialog):
    """Log a new escalation (``detail`` None) or edit one; Save saves it."""

    def __init__(
        self,
        context: AreaContext,
        choices: Choices,
        detail: EscalationDetail | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EscalationEditor()
        self.ui.setupUi(self)
        self.edits = context.edits
        self.escalation_id = detail.id if detail else None
        #: The escalation as saved (the form's data) and its id, once Save succeeded.
        self.result_data: EscalationData | None = None
        self.saved_id: int | None = None
        ui = self.ui
        self._errors: dict[str, QLabel] = {
            "title": ui.titleError,
            "raised_by": ui.raisedByError,
            "severity": ui.severityError,
            "owner_id": ui.ownerError,
            "program_id": ui.programError,
            "project_id": ui.projectError,
            "resolution": ui.resolutionError,
            "resolved_on": ui.resolvedOnError,
        }
        for label in [*self._errors.values(), ui.formError]:
            label.setStyleSheet(ERROR_STYLE)
        for n, text in SEVERITY_LABELS.items():
            ui.severityCombo.addItem(text, n)
        for audience in Audience:
            ui.audienceCombo.addItem(audience.label, audience.value)
        for status in EscalationStatus:
            ui.statusCombo.addItem(status.label, status.value)
        fill_choices(ui.ownerCombo, [(p.label, p.id) for p in choices.people], "Unassigned")
        fill_choices(ui.clientCombo, [(c.label, c.id) for c in choices.clients], "—")
        fill_choices(ui.programCombo, [(p.label, p.id) for p in choices.programs], "—")
        fill_choices(ui.projectCombo, [(p.label, p.id) for p in choices.projects], "—")
        ui.causeCombo.addItem("Not analysed yet", None)
        for category in CauseCategory:
            ui.causeCombo.addItem(category.label, category.value)
        ui.resolvedOnDate.setMinimumDate(NO_DATE)
        make_optional_date(ui.resolvedOnDate)
        ui.raisedOnDate.setSpecialValueText("")

        today = today or date.today()
        value = detail.data if detail else EscalationData(title="", raised_by="", raised_on=today)
        self.setWindowTitle("Edit escalation" if detail else "Log escalation")
        ui.titleEdit.setText(value.title)
        ui.raisedByEdit.setText(value.raised_by)
        ui.raisedOnDate.setDate(qdate(value.raised_on))
        select_data(ui.severityCombo, value.severity)
        select_data(ui.audienceCombo, value.audience.value)
        select_data(ui.statusCombo, value.status.value)
        select_data(ui.ownerCombo, value.owner_id)
        select_data(ui.clientCombo, value.client_id)
        select_data(ui.programCombo, value.program_id)
        select_data(ui.projectCombo, value.project_id)
        select_data(ui.causeCombo, value.cause_category.value if value.cause_category else None)
        ui.descriptionEdit.setPlainText(value.description or "")
        ui.resolutionEdit.setPlainText(value.resolution or "")
        set_optional_date(ui.resolvedOnDate, value.resolved_on)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> EscalationData:
        """The escalation as the form holds it now."""
        ui = self.ui
        cause = ui.causeCombo.currentData()
        return EscalationData(
            title=ui.titleEdit.text(),
            raised_by=ui.raisedByEdit.text(),
            raised_on=pydate(ui.raisedOnDate.date()),
            severity=int(ui.severityCombo.currentData()),
            audience=Audience(ui.audienceCombo.currentData()),
            status=EscalationStatus(ui.statusCombo.currentData()),
            description=ui.descriptionEdit.toPlainText().strip() or None,
            owner_id=ui.ownerCombo.currentData(),
            resolution=ui.resolutionEdit.toPlainText().strip() or None,
            resolved_on=optional_date(ui.resolvedOnDate),
            client_id=ui.clientCombo.currentData(),
            program_id=ui.programCombo.currentData(),
            project_id=ui.projectCombo.currentData(),
            cause_category=CauseCategory(cause) if cause else None,
        )

    def show_error(self, error: ValidationError) -> None:
        """Show a refusal next to its field (or under the form)."""
        for label in [*self._errors.values(), self.ui.formError]:
            label.clear()
        self._errors.get(error.field or "", self.ui.formError).setText(error.message)

    def _save(self) -> None:
        data = self.data()
        if self.escalation_id is None:
            outcome = commands.create_escalation(self.edits, data)
        else:
            outcome = commands.update_escalation(self.edits, self.escalation_id, data)
        if outcome.error is not None:
            self.show_error(outcome.error)
            return
        self.result_data = data
        self.saved_id = outcome.state.escalations[0]
        self.accept()
