"""The RAID entry editor (Designer form): live score colour, mitigation actions and history.

Save runs the edit itself (``commands.create_item`` or ``update_item``: one undoable
command, validated once in one transaction); a refusal is shown beside its field and the
dialog stays open, nothing half-saved. Each action change is its own undoable edit, and
the actions and history follow every edit of the entry announced on ``Edits.changed``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QWidget

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
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_raid_editor import Ui_RaidEditor
from pmo_desktop.gui.raid import commands
from pmo_desktop.gui.raid.models import BAND_FILL, BAND_TEXT
from pmo_desktop.gui.raid.side_models import ActionsModel, HistoryModel
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
from pmo_desktop.services.concurrency import Snapshot, row, snapshot
from pmo_desktop.services.raid.register import (
    ActionData,
    ActionRow,
    Choices,
    RaidData,
    RaidDetail,
    get_item,
)

PROBABILITY_NAMES = ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
IMPACT_NAMES = ("Minimal", "Minor", "Moderate", "Major", "Severe")


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
        context: AreaContext,
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
        self.edits = context.edits
        self.choices = choices
        #: The entry as this editor shows it, read with ``seen`` (the rows as they were then)
        #: so Save merges with what others saved meanwhile instead of overwriting it.
        self.seen: Snapshot | None = None
        #: (entry id, deleted) once a colleague's commit changed this entry while open.
        self.their_change: tuple[int, bool] | None = None
        if detail is not None:
            detail, self.seen = self._read_with_snapshot(detail)
        self.detail = detail
        self.today = today or date.today()
        #: The entry as saved (the form's data) and its id, once Save succeeded.
        self.result_data: RaidData | None = None
        self.saved_id: int | None = None
        self._saving = False
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
        self.edits.changed.connect(self._changed)
        self._following = True
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
        choices = self.choices
        fill_choices(ui.clientCombo, [(c.label, c.id) for c in choices.clients], "—")
        fill_choices(ui.programCombo, [(p.label, p.id) for p in choices.programs], "—")
        fill_choices(ui.projectCombo, [(p.label, p.id) for p in choices.projects], "—")
        people = [(p.label, p.id) for p in choices.people]
        fill_choices(ui.ownerCombo, people, "Unassigned")
        fill_choices(ui.actionOwnerCombo, people, "Unassigned")
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
        ui.raisedDate.setDate(qdate(data.raised_date))
        set_optional_date(ui.reviewDate, data.review_date)
        set_optional_date(ui.dueDate, data.due_date)
        set_optional_date(ui.validationDate, data.validation_date)
        select_data(ui.severityCombo, data.severity)
        select_data(ui.residualProbabilityCombo, data.residual_probability)
        select_data(ui.residualImpactCombo, data.residual_impact)
        ui.descriptionEdit.setPlainText(data.description or "")
        ui.causeEdit.setPlainText(data.cause or "")
        select_data(ui.categoryCombo, data.category.value if data.category else None)
        ui.triggerEdit.setPlainText(data.trigger or "")
        ui.contingencyEdit.setPlainText(data.contingency or "")
        set_optional_date(ui.actionDueDate, None)

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

    def _check_theirs(self) -> None:
        seen, detail = self.seen, self.detail
        if seen is None or detail is None:
            return
        item_id = detail.id
        now = self.edits.read(lambda s: snapshot(s, seen.refs))
        if now == seen:
            return
        gone = not any(rows for rows in now.rows.values())
        self.ui.formError.setText(
            "Someone else deleted this entry meanwhile: it cannot be saved."
            if gone
            else "Someone else changed this entry meanwhile: Save keeps their changes to "
            "the fields you did not touch, and asks where you both changed one."
        )
        self.ui.formError.setVisible(True)
        self.their_change = (item_id, gone)

    def _read_with_snapshot(self, detail: RaidDetail) -> tuple[RaidDetail, Snapshot | None]:
        item_id = detail.id
        try:
            return self.edits.read(
                lambda s: (get_item(s, item_id), snapshot(s, [row("raid_item", item_id)]))
            )
        except ValidationError:  # gone meanwhile: Save will say so
            return detail, None

    def _changed(self, changed: Changed) -> None:
        """Another edit of this entry (an action, an undo): show its actions and history.
        A colleague's commit: say, before Save, whether this entry changed or went."""
        if changed.external:
            self._check_theirs()
            return
        change = commands.raid_change(changed)
        detail = self.detail
        if change is None or detail is None or self._saving or not change.touches(detail.id):
            return
        try:
            self.detail = self.edits.read(lambda s: get_item(s, detail.id))
        except ValidationError:
            return
        self.actions_model.set_rows(self.detail.actions)
        self.history_model.set_rows(self.detail.history)

    def done(self, result: int) -> None:
        """Closed (saved or cancelled): stop following the edits."""
        if self._following:
            self._following = False
            self.edits.changed.disconnect(self._changed)
        super().done(result)

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
        responses = responses_for(opportunity=self.ui.opportunityCheck.isChecked())
        fill_choices(combo, [(r.label, r.value) for r in responses], "—")
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
        response = ui.responseCombo.currentData()
        category = ui.categoryCombo.currentData()
        kind = RaidKind(ui.kindCombo.currentData())
        return RaidData(
            kind=kind,
            title=ui.titleEdit.text(),
            probability=int(ui.probabilityCombo.currentData()),
            impact=int(ui.impactCombo.currentData()),
            status=RaidStatus(ui.statusCombo.currentData()),
            raised_date=pydate(ui.raisedDate.date()),
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
            review_date=optional_date(ui.reviewDate),
            due_date=optional_date(ui.dueDate),
            severity=ui.severityCombo.currentData() if kind is RaidKind.ISSUE else None,
            validation_date=optional_date(ui.validationDate) if kind.needs_validation else None,
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
        self._saving = True  # the dialog closes on success: no need to read the entry back
        try:
            if self.detail is None:
                outcome = commands.create_item(self.edits, data)
            else:
                outcome = commands.update_item(self.edits, self.detail.id, data, seen=self.seen)
        finally:
            self._saving = False
        if outcome.error is not None:
            self.show_error(outcome.error)
            return
        self.result_data = data
        self.saved_id = outcome.state.rows[0].id
        self.accept()

    # ------------------------------------------------------------------ actions

    def _selected_action(self) -> ActionRow | None:
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
            due_date=optional_date(self.ui.actionDueDate),
        )
        if self._refused(commands.add_action(self.edits, self.detail.id, data).error):
            return
        self.ui.actionEdit.clear()

    def _toggle_action(self) -> None:
        action = self._selected_action()
        if action is None or self.detail is None:
            self.ui.actionError.setText("Select an action first.")
            return
        data = ActionData(action.description, action.owner_id, action.due_date, not action.done)
        outcome = commands.update_action(
            self.edits, self.detail.id, action.id, data, was_done=action.done
        )
        self._refused(outcome.error)

    def _remove_action(self) -> None:
        action = self._selected_action()
        if action is None or self.detail is None:
            self.ui.actionError.setText("Select an action first.")
            return
        self._refused(commands.delete_action(self.edits, self.detail.id, action.id).error)

    def _refused(self, error: ValidationError | None) -> bool:
        """Show an action edit's refusal under the actions (or clear it); True if refused."""
        if error is None:
            self.ui.actionError.clear()
            return False
        self.ui.actionError.setText(error.message)
        return True
