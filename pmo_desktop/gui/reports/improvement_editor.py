"""The editor of an improvement proposal (a Designer form): every field, errors shown next
to the field, nothing saved until the service accepts the whole proposal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus
from pmo_desktop.gui.forms.ui_improvement_editor import Ui_ImprovementEditor
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, pydate, qdate, select_data
from pmo_desktop.services.reports.improvements import ImprovementData

#: Service field name → the error label beside it.
ERROR_LABELS = {
    "title": "titleError",
    "problem": "problemError",
    "proposal": "proposalError",
    "status": "statusError",
    "owner": "ownerError",
    "raised_on": "raisedError",
    "expected_effect": "expectedError",
    "measured_effect": "measuredError",
}

#: Saves the proposal; returns the refusal, if any (then the dialog stays open).
Save = Callable[[ImprovementData], ValidationError | None]


class ImprovementDialog(QDialog):
    """Edit every field of a proposal; Save asks ``save`` and closes only when accepted."""

    def __init__(
        self,
        data: ImprovementData,
        owners: Sequence[tuple[int, str]],
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImprovementEditor()
        self.ui.setupUi(self)
        self.save = save
        ui = self.ui
        for label in self._error_labels():
            label.setStyleSheet(ERROR_STYLE)
        ui.formError.setStyleSheet(ERROR_STYLE)
        fill_choices(ui.statusCombo, [(status.label, status.value) for status in ImprovementStatus])
        fill_choices(ui.ownerCombo, [(name, person_id) for person_id, name in owners], "No owner")
        ui.titleEdit.setText(data.title)
        ui.problemEdit.setPlainText(data.problem)
        ui.proposalEdit.setPlainText(data.proposal or "")
        select_data(ui.statusCombo, data.status.value)
        select_data(ui.ownerCombo, data.owner_id)
        ui.raisedEdit.setDate(qdate(data.raised_on))
        ui.expectedEdit.setText(data.expected_effect or "")
        ui.measuredEdit.setText(data.measured_effect or "")
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)

    def _error_labels(self) -> list[QLabel]:
        return [getattr(self.ui, name) for name in ERROR_LABELS.values()]

    def data(self) -> ImprovementData:
        """The proposal as the fields describe it."""
        ui = self.ui
        return ImprovementData(
            title=ui.titleEdit.text(),
            problem=ui.problemEdit.toPlainText(),
            raised_on=pydate(ui.raisedEdit.date()),
            proposal=ui.proposalEdit.toPlainText(),
            status=ImprovementStatus(ui.statusCombo.currentData()),
            owner_id=ui.ownerCombo.currentData(),
            expected_effect=ui.expectedEdit.text(),
            measured_effect=ui.measuredEdit.text(),
        )

    def _save(self) -> None:
        for label in self._error_labels():
            label.clear()
        self.ui.formError.clear()
        refused = self.save(self.data())
        if refused is None:
            self.accept()
            return
        name = ERROR_LABELS.get(refused.field or "")
        beside: QLabel = getattr(self.ui, name) if name else self.ui.formError
        beside.setText(str(refused))
