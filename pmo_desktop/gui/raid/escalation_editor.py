"""The escalation editor (Designer form): refusals shown at the field, nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import SEVERITY_LABELS, Audience, CauseCategory, EscalationStatus
from pmo_desktop.gui.forms.ui_escalation_editor import Ui_EscalationEditor
from pmo_desktop.gui.raid.editor import ERROR_STYLE, NO_DATE, fill_people, get_date, select_data
from pmo_desktop.gui.raid.editor import set_date as set_optional_date
from pmo_desktop.gui.widgets import make_optional_date
from pmo_desktop.services.raid.escalations import EscalationData
from pmo_desktop.services.raid.register import Choices


class EscalationEditorDialog(QDialog):
    """Log a new escalation or edit one; ``check`` validates before the dialog closes."""

    def __init__(
        self,
        choices: Choices,
        check: Callable[[EscalationData], None],
        data: EscalationData | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EscalationEditor()
        self.ui.setupUi(self)
        self._check = check
        self.result_data: EscalationData | None = None
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
        fill_people(ui.ownerCombo, choices)
        ui.clientCombo.addItem("—", None)
        for client in choices.clients:
            ui.clientCombo.addItem(client.label, client.id)
        ui.programCombo.addItem("—", None)
        for program in choices.programs:
            ui.programCombo.addItem(program.label, program.id)
        ui.projectCombo.addItem("—", None)
        for project in choices.projects:
            ui.projectCombo.addItem(project.label, project.id)
        ui.causeCombo.addItem("Not analysed yet", None)
        for category in CauseCategory:
            ui.causeCombo.addItem(category.label, category.value)
        ui.resolvedOnDate.setMinimumDate(NO_DATE)
        make_optional_date(ui.resolvedOnDate)
        ui.raisedOnDate.setSpecialValueText("")

        today = today or date.today()
        value = data or EscalationData(title="", raised_by="", raised_on=today)
        self.setWindowTitle("Edit escalation" if data else "Log escalation")
        ui.titleEdit.setText(value.title)
        ui.raisedByEdit.setText(value.raised_by)
        ui.raisedOnDate.setDate(
            QDate(value.raised_on.year, value.raised_on.month, value.raised_on.day)
        )
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
        raised = ui.raisedOnDate.date()
        cause = ui.causeCombo.currentData()
        return EscalationData(
            title=ui.titleEdit.text(),
            raised_by=ui.raisedByEdit.text(),
            raised_on=date(raised.year(), raised.month(), raised.day()),
            severity=int(ui.severityCombo.currentData()),
            audience=Audience(ui.audienceCombo.currentData()),
            status=EscalationStatus(ui.statusCombo.currentData()),
            description=ui.descriptionEdit.toPlainText().strip() or None,
            owner_id=ui.ownerCombo.currentData(),
            resolution=ui.resolutionEdit.toPlainText().strip() or None,
            resolved_on=get_date(ui.resolvedOnDate),
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
        try:
            self._check(data)
        except ValidationError as error:
            self.show_error(error)
            return
        self.result_data = data
        self.accept()
