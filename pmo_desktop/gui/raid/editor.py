"""The RAID entry editor (Designer form): live score colour, refusals shown at the field,
mitigation actions and history. Saving is decided by the caller; nothing is half-saved."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QHeaderView, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    SEVERITY_LABELS,
    CauseCategory,
    RaidKind,
    RaidStatus,
    Response,
    band,
    responses_for,
)
from pmo_desktop.gui.forms.ui_raid_editor import Ui_RaidEditor
from pmo_desktop.gui.raid.controller import RaidController
from pmo_desktop.gui.raid.model import BAND_FILL, BAND_TEXT
from pmo_desktop.gui.raid.side_models import ActionsModel, HistoryModel
from pmo_desktop.gui.widgets import make_optional_date
from pmo_desktop.services.raid.register import ActionData, Choices, RaidData, RaidDetail

ERROR_STYLE = "color: #c0392b;"
NO_DATE = QDate(2000, 1, 1)
PROBABILITY_NAMES = ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
IMPACT_NAMES = ("Minimal", "Minor", "Moderate", "Major", "Severe")


def set_date(edit: QDateEdit, value: date | None) -> None:
    """Show ``value`` (or the "none" special value) in an optional date edit."""
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def get_date(edit: QDateEdit) -> date | None:
    """The date of an optional date edit, None when it shows the special value."""
    value = edit.date()
    if value <= edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` (the first item when none matches)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def fill_people(combo: QComboBox, choices: Choices, empty: str = "Unassigned") -> None:
    """People as combo items (None first)."""
    combo.clear()
    combo.addItem(empty, None)
    for person in choices.people:
        combo.addItem(person.label, person.id)


def score_style(score: int) -> str:
    """Stylesheet of a score chip in its band colour."""
    colour = band(score).value
    return (
        f"background: {BAND_FILL[colour]}; color: {BAND_TEXT[colour]}; "
        "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
    )


class RaidEditorDialog(QDialog):
    """Edit or create one register entry."""

    def __init__(
        self,
        controller: RaidController,
        choices: Choices,
        detail: RaidDetail | None = None,
        parent: QWidget | None = None,
        *,
        kind: RaidKind = RaidKind.RISK,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RaidEditor()
        self.ui.setupUi(self)
        self.controller = controller
        self.choices = choices
        self.detail = detail
        self.today = today or date.today()
        self.result_data: RaidData | None = None
        self._errors: dict[str, QLabel] = {
            "title": self.ui.titleError,
            "client_id": self.ui.clientError,
            "program_id": self.ui.programError,
            "project_id": self.ui.projectError,
            "owner_id": self.ui.ownerError,
            "probability": self.ui.probabilityError,
            "impact": self.ui.impactError,
            "response": self.ui.responseError,
            "raised_date": self.ui.raisedError,
            "due_date": self.ui.dueError,
            "severity": self.ui.severityError,
            "residual_probability": self.ui.residualProbabilityError,
            "residual_impact": self.ui.residualImpactError,
        }
        for label in [*self._errors.values(), self.ui.formError, self.ui.actionError]:
            label.setStyleSheet(ERROR_STYLE)
        for chip in (self.ui.scoreLabel, self.ui.residualScoreLabel):
            chip.setMaximumSize(220, 28)  # a chip, not a block
        self.ui.headerLabel.setProperty("role", "section")
        self.ui.newActionLayout.setStretch(0, 1)
        self._fill_combos()
        self.actions_model = ActionsModel(self)
        self.history_model = HistoryModel(self)
        self.ui.actionsTable.setModel(self.actions_model)
        self.ui.historyTable.setModel(self.history_model)
        for table in (self.ui.actionsTable, self.ui.historyTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.actionsTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.ui.historyTable.horizontalHeader().setStretchLastSection(True)

        data = detail.data if detail else RaidData(kind=kind, title="", raised_date=self.today)
        self._load(data)
        self._load_details()
        self._clear_errors()

        self.ui.probabilityCombo.currentIndexChanged.connect(self._update_scores)
        self.ui.impactCombo.currentIndexChanged.connect(self._update_scores)
        self.ui.residualProbabilityCombo.currentIndexChanged.connect(self._update_scores)
        self.ui.residualImpactCombo.currentIndexChanged.connect(self._update_scores)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.opportunityCheck.toggled.connect(self._fill_responses)
        self.ui.projectCombo.currentIndexChanged.connect(self._project_changed)
        self.ui.programCombo.currentIndexChanged.connect(self._program_changed)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addActionButton.clicked.connect(self._add_action)
        self.ui.doneActionButton.clicked.connect(self._toggle_action)
        self.ui.removeActionButton.clicked.connect(self._remove_action)
        self.ui.actionEdit.returnPressed.connect(self._add_action)
        controller.details_changed.connect(self._details_changed)
        self._update_scores()
        self._kind_changed()

    # ------------------------------------------------------------------ loading

    def _fill_combos(self) -> None:
        ui = self.ui
        for kind in RaidKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        for status in RaidStatus:
            ui.statusCombo.addItem(status.label, status.value)
        for n in range(1, 6):
            ui.probabilityCombo.addItem(f"{n} – {PROBABILITY_NAMES[n - 1]}", n)
            ui.impactCombo.addItem(f"{n} – {IMPACT_NAMES[n - 1]}", n)
        ui.residualProbabilityCombo.addItem("—", None)
        ui.residualImpactCombo.addItem("—", None)
        for n in range(1, 6):
            ui.residualProbabilityCombo.addItem(f"{n} – {PROBABILITY_NAMES[n - 1]}", n)
            ui.residualImpactCombo.addItem(f"{n} – {IMPACT_NAMES[n - 1]}", n)
        ui.severityCombo.addItem("—", None)
        for n, text in SEVERITY_LABELS.items():
            ui.severityCombo.addItem(text, n)
        ui.categoryCombo.addItem("—", None)
        for category in CauseCategory:
            ui.categoryCombo.addItem(category.label, category.value)
        ui.clientCombo.addItem("—", None)
        for client in self.choices.clients:
            ui.clientCombo.addItem(client.label, client.id)
        ui.programCombo.addItem("—", None)
        for program in self.choices.programs:
            ui.programCombo.addItem(program.label, program.id)
        ui.projectCombo.addItem("—", None)
        for project in self.choices.projects:
            ui.projectCombo.addItem(project.label, project.id)
        fill_people(ui.ownerCombo, self.choices)
        fill_people(ui.actionOwnerCombo, self.choices)
        for edit in (ui.reviewDate, ui.dueDate, ui.validationDate, ui.actionDueDate):
            edit.setMinimumDate(NO_DATE)
            make_optional_date(edit)
        ui.raisedDate.setSpecialValueText("")

    def _load(self, data: RaidData) -> None:
        ui = self.ui
        select_data(ui.kindCombo, data.kind.value)
        ui.titleEdit.setText(data.title)
        select_data(ui.clientCombo, data.client_id)
        select_data(ui.programCombo, data.program_id)
        select_data(ui.projectCombo, data.project_id)
        select_data(ui.ownerCombo, data.owner_id)
        select_data(ui.probabilityCombo, data.probability)
        select_data(ui.impactCombo, data.impact)
        ui.opportunityCheck.setChecked(data.opportunity)
        self._fill_responses()
        select_data(ui.responseCombo, data.response.value if data.response else None)
        select_data(ui.statusCombo, data.status.value)
        ui.raisedDate.setDate(
            QDate(data.raised_date.year, data.raised_date.month, data.raised_date.day)
        )
        set_date(ui.reviewDate, data.review_date)
        set_date(ui.dueDate, data.due_date)
        set_date(ui.validationDate, data.validation_date)
        select_data(ui.severityCombo, data.severity)
        select_data(ui.residualProbabilityCombo, data.residual_probability)
        select_data(ui.residualImpactCombo, data.residual_impact)
        ui.descriptionEdit.setPlainText(data.description or "")
        ui.causeEdit.setPlainText(data.cause or "")
        select_data(ui.categoryCombo, data.category.value if data.category else None)
        ui.triggerEdit.setPlainText(data.trigger or "")
        ui.contingencyEdit.setPlainText(data.contingency or "")
        set_date(ui.actionDueDate, None)

    def _load_details(self) -> None:
        detail = self.detail
        ui = self.ui
        editable = detail is not None
        for widget in (
            ui.actionEdit,
            ui.actionOwnerCombo,
            ui.actionDueDate,
            ui.addActionButton,
            ui.doneActionButton,
            ui.removeActionButton,
        ):
            widget.setEnabled(editable)
        if detail is None:
            self.setWindowTitle("New RAID entry")
            ui.headerLabel.setText("New entry")
            ui.actionsHint.setText("Save the entry first; then add its mitigation actions here.")
            ui.linkLabel.setText("The history starts when the entry is saved.")
            return
        code = f"{detail.data.kind.letter}-{detail.id}"
        self.setWindowTitle(f"{code} — {detail.data.title}")
        links = []
        if detail.converted_from_id:
            links.append(f"converted from risk R-{detail.converted_from_id}")
        if detail.converted_to_id:
            links.append(f"became issue I-{detail.converted_to_id}")
        ui.headerLabel.setText(code + (" · " + ", ".join(links) if links else ""))
        ui.linkLabel.setText(f"This entry was {' and '.join(links)}." if links else "")
        ui.actionsHint.setText(
            "Each action change is saved at once and can be undone from the Edit menu."
        )
        self.actions_model.set_rows(detail.actions)
        self.history_model.set_rows(detail.history)

    def _details_changed(self, item_id: int) -> None:
        if self.detail is not None and item_id == self.detail.id:
            try:
                self.detail = self.controller.detail(item_id)
            except ValidationError:
                return
            self.actions_model.set_rows(self.detail.actions)
            self.history_model.set_rows(self.detail.history)

    # ------------------------------------------------------------------ live behaviour

    def _update_scores(self) -> None:
        ui = self.ui
        p, i = ui.probabilityCombo.currentData(), ui.impactCombo.currentData()
        score = p * i
        ui.scoreLabel.setText(f"{score} · {band(score).value.capitalize()}")
        ui.scoreLabel.setStyleSheet(score_style(score))
        ui.scoreLabel.setAccessibleName(f"Score {score}, {band(score).value}")
        rp, ri = ui.residualProbabilityCombo.currentData(), ui.residualImpactCombo.currentData()
        if rp is None or ri is None:
            ui.residualScoreLabel.setText("—")
            ui.residualScoreLabel.setStyleSheet("")
        else:
            residual = rp * ri
            ui.residualScoreLabel.setText(f"{residual} · {band(residual).value.capitalize()}")
            ui.residualScoreLabel.setStyleSheet(score_style(residual))

    def _kind_changed(self) -> None:
        kind = RaidKind(self.ui.kindCombo.currentData())
        self.ui.severityCombo.setEnabled(kind is RaidKind.ISSUE)
        self.ui.validationDate.setEnabled(kind.needs_validation)
        self.ui.opportunityCheck.setEnabled(kind is RaidKind.RISK)

    def _fill_responses(self) -> None:
        combo = self.ui.responseCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem("—", None)
        for response in responses_for(opportunity=self.ui.opportunityCheck.isChecked()):
            combo.addItem(response.label, response.value)
        select_data(combo, chosen)

    def _project_changed(self) -> None:
        project_id = self.ui.projectCombo.currentData()
        for project in self.choices.projects:
            if project.id == project_id:
                select_data(self.ui.programCombo, project.program_id)
                select_data(self.ui.clientCombo, project.client_id)

    def _program_changed(self) -> None:
        program_id = self.ui.programCombo.currentData()
        client = next(
            (p.client_id for p in self.choices.projects if p.program_id == program_id), None
        )
        if client is not None:
            select_data(self.ui.clientCombo, client)

    # ------------------------------------------------------------------ saving

    def data(self) -> RaidData:
        """The entry as the form holds it now."""
        ui = self.ui
        raised = ui.raisedDate.date()
        response = ui.responseCombo.currentData()
        category = ui.categoryCombo.currentData()
        kind = RaidKind(ui.kindCombo.currentData())
        return RaidData(
            kind=kind,
            title=ui.titleEdit.text(),
            probability=int(ui.probabilityCombo.currentData()),
            impact=int(ui.impactCombo.currentData()),
            status=RaidStatus(ui.statusCombo.currentData()),
            raised_date=date(raised.year(), raised.month(), raised.day()),
            description=ui.descriptionEdit.toPlainText().strip() or None,
            cause=ui.causeEdit.toPlainText().strip() or None,
            category=CauseCategory(category) if category else None,
            client_id=ui.clientCombo.currentData(),
            program_id=ui.programCombo.currentData(),
            project_id=ui.projectCombo.currentData(),
            owner_id=ui.ownerCombo.currentData(),
            opportunity=ui.opportunityCheck.isChecked() and kind is RaidKind.RISK,
            response=Response(response) if response else None,
            trigger=ui.triggerEdit.toPlainText().strip() or None,
            contingency=ui.contingencyEdit.toPlainText().strip() or None,
            residual_probability=ui.residualProbabilityCombo.currentData(),
            residual_impact=ui.residualImpactCombo.currentData(),
            review_date=get_date(ui.reviewDate),
            due_date=get_date(ui.dueDate),
            severity=ui.severityCombo.currentData() if kind is RaidKind.ISSUE else None,
            validation_date=get_date(ui.validationDate) if kind.needs_validation else None,
        )

    def show_error(self, error: ValidationError) -> None:
        """Show a refusal next to its field (or under the form)."""
        self._clear_errors()
        label = self._errors.get(error.field or "", self.ui.formError)
        label.setText(error.message)
        label.setVisible(True)

    def _clear_errors(self) -> None:
        for label in [*self._errors.values(), self.ui.formError]:
            label.clear()

    def _save(self) -> None:
        data = self.data()
        try:
            self.controller.check(data)
        except ValidationError as error:
            self.show_error(error)
            return
        self.result_data = data
        self.accept()

    # ------------------------------------------------------------------ actions

    def _selected_action(self) -> Any:
        index = self.ui.actionsTable.currentIndex()
        if not index.isValid():
            return None
        return self.actions_model.row_at(index.row())

    def _add_action(self) -> None:
        if self.detail is None:
            return
        data = ActionData(
            description=self.ui.actionEdit.text(),
            owner_id=self.ui.actionOwnerCombo.currentData(),
            due_date=get_date(self.ui.actionDueDate),
        )
        try:
            self.controller.add_action(self.detail.id, data)
        except ValidationError as error:
            self.ui.actionError.setText(error.message)
            return
        self.ui.actionError.clear()
        self.ui.actionEdit.clear()

    def _toggle_action(self) -> None:
        action = self._selected_action()
        if action is None or self.detail is None:
            self.ui.actionError.setText("Select an action first.")
            return
        data = ActionData(action.description, action.owner_id, action.due_date, not action.done)
        self.controller.update_action(self.detail.id, action.id, data)
        self.ui.actionError.clear()

    def _remove_action(self) -> None:
        action = self._selected_action()
        if action is None or self.detail is None:
            self.ui.actionError.setText("Select an action first.")
            return
        self.controller.delete_action(self.detail.id, action.id)
        self.ui.actionError.clear()
