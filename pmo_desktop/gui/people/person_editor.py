"""The person editor (every field of a team member, errors beside the field, a duplicate
name noted) and the roles' billability targets dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, pydate, qdate, select_data
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.people.roster import PersonData, format_skills, parse_skills

Save = Callable[[object], ValidationError | None]
DAY_COUNT = 7


def set_ticked_date(check: QCheckBox, edit: QDateEdit, value: date | None) -> None:
    """Show a date the editor ticks to set (its form has a tick box beside each optional
    date): ticked with the date, or unticked with the picker on today."""
    check.setChecked(value is not None)
    edit.setDate(qdate(value or date.today()))
    edit.setEnabled(value is not None)
    check.toggled.connect(edit.setEnabled)


def ticked_date(check: QCheckBox, edit: QDateEdit) -> date | None:
    """The date of a ticked date, None when unticked."""
    return pydate(edit.date()) if check.isChecked() else None


class PersonEditor(QDialog):
    """Add or edit a person; ``save(PersonData)`` returns the refusal, if any."""

    def __init__(
        self,
        save: Save,
        managers: list[tuple[int, str]],
        role_targets: dict[Role, int],
        person: PersonData | None = None,
        parent: QWidget | None = None,
        check: Callable[[PersonData], tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonEditor()
        self.ui.setupUi(self)
        self.save = save
        self.check = check
        self.role_targets = role_targets
        ui = self.ui
        self.setWindowTitle("Add person" if person is None else "Edit person")
        for label in [*self._errors().values(), ui.formError]:
            label.setStyleSheet(ERROR_STYLE)
        ui.warningLabel.setProperty("role", "note")
        fill_choices(
            ui.roleCombo, [(f"{role.value} · {role.full_title}", role.value) for role in Role]
        )
        fill_choices(ui.managerCombo, [(name, pid) for pid, name in managers], "No manager")
        fill_choices(
            ui.countryCombo,
            [(f"{name} ({code})", code) for code, name in calendar.countries().items()],
            "None (no public holidays deducted)",
        )
        self.spins: list[QDoubleSpinBox] = [getattr(ui, f"day{i}Spin") for i in range(DAY_COUNT)]
        person = person or PersonData(name="", start_date=date.today())
        self._fill(person)
        ui.countryCombo.currentIndexChanged.connect(lambda _i: self._fill_regions(None))
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._role_target())
        ui.workweekCheck.toggled.connect(self._workweek_toggled)
        ui.targetCheck.toggled.connect(ui.targetSpin.setEnabled)
        for spin in self.spins:
            spin.valueChanged.connect(self._sum_days)
        ui.nameEdit.textChanged.connect(self._warn)
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, person: PersonData) -> None:
        ui = self.ui
        ui.nameEdit.setText(person.name)
        select_data(ui.roleCombo, person.role.value)
        select_data(ui.managerCombo, person.manager_id)
        ui.emailEdit.setText(person.email or "")
        set_ticked_date(ui.startCheck, ui.startEdit, person.start_date)
        set_ticked_date(ui.endCheck, ui.endEdit, person.end_date)
        ui.hoursSpin.setValue(person.weekly_hours)
        days = person.workweek or (person.weekly_hours / 5,) * 5 + (0.0, 0.0)
        for spin, hours in zip(self.spins, days, strict=True):
            spin.setValue(hours)
        ui.workweekCheck.setChecked(person.workweek is not None)
        self._workweek_toggled(person.workweek is not None)
        ui.targetCheck.setChecked(person.billable_target is not None)
        ui.targetSpin.setEnabled(person.billable_target is not None)
        ui.targetSpin.setValue(
            person.billable_target
            if person.billable_target is not None
            else self.role_targets[person.role]
        )
        self._role_target()
        select_data(ui.countryCombo, person.holiday_country)
        self._fill_regions(person.holiday_region)
        ui.skillsEdit.setText(format_skills(person.skills))
        ui.notesEdit.setPlainText(person.notes or "")
        ui.activeCheck.setChecked(person.active)

    def _fill_regions(self, region: str | None) -> None:
        combo = self.ui.regionCombo
        country = self.ui.countryCombo.currentData()
        regions = calendar.regions(country).items() if country else ()
        fill_choices(
            combo,
            [(f"{name} ({code})" if name != code else code, code) for code, name in regions],
            "The whole country",
        )
        select_data(combo, region)
        combo.setEnabled(combo.count() > 1)

    def _role_target(self) -> None:
        role = Role(self.ui.roleCombo.currentData())
        default = self.role_targets[role]
        self.ui.targetCheck.setToolTip(f"Unticked: the {role.value} target, {default} %")
        if not self.ui.targetCheck.isChecked():
            self.ui.targetSpin.setValue(default)

    def _workweek_toggled(self, own: bool) -> None:
        for spin in self.spins:
            spin.setEnabled(own)
        self.ui.hoursSpin.setEnabled(not own)
        if own:
            self._sum_days()

    def _sum_days(self) -> None:
        if self.ui.workweekCheck.isChecked():
            self.ui.hoursSpin.setValue(sum(spin.value() for spin in self.spins))

    def _errors(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            name: getattr(ui, f"{name}Error")
            for name in (
                "name",
                "role",
                "manager_id",
                "email",
                "start_date",
                "end_date",
                "weekly_hours",
                "workweek",
                "billable_target",
                "holiday_country",
                "holiday_region",
                "skills",
                "notes",
                "active",
            )
        }

    def value(self) -> PersonData:
        """What the form holds (ValidationError for skills that cannot be read)."""
        ui = self.ui
        own_week = ui.workweekCheck.isChecked()
        return PersonData(
            name=ui.nameEdit.text(),
            role=Role(ui.roleCombo.currentData()),
            email=ui.emailEdit.text() or None,
            manager_id=ui.managerCombo.currentData(),
            start_date=ticked_date(ui.startCheck, ui.startEdit),
            end_date=ticked_date(ui.endCheck, ui.endEdit),
            weekly_hours=ui.hoursSpin.value(),
            workweek=tuple(spin.value() for spin in self.spins) if own_week else None,
            billable_target=ui.targetSpin.value() if ui.targetCheck.isChecked() else None,
            holiday_country=ui.countryCombo.currentData(),
            holiday_region=ui.regionCombo.currentData(),
            notes=ui.notesEdit.toPlainText() or None,
            skills=parse_skills(ui.skillsEdit.text()),
            active=ui.activeCheck.isChecked(),
        )

    def _warn(self) -> None:
        if self.check is None:
            return
        try:
            warnings = self.check(self.value())
        except ValidationError:
            warnings = ()
        self.ui.warningLabel.setText("Note: " + "; ".join(warnings) if warnings else "")

    def _show_error(self, error: ValidationError) -> None:
        for label in [*self._errors().values(), self.ui.formError]:
            label.clear()
        self._errors().get(error.field or "", self.ui.formError).setText(error.message)

    def _accept(self) -> None:
        try:
            data = self.value()
        except ValidationError as exc:
            self._show_error(exc)
            return
        error = self.save(data)
        if error is None:
            self.accept()
        else:
            self._show_error(error)


class RoleTargetsDialog(QDialog):
    """Each role's billability target, in one place (a person's own target overrides it)."""

    def __init__(self, targets: dict[Role, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Roles and billability targets")
        layout = QVBoxLayout(self)
        note = plain_label(
            "The billable share of available hours each role aims for. A person's own "
            "target, set in their editor, overrides their role's."
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout.addWidget(note)
        form = QFormLayout()
        self.spins: dict[Role, QSpinBox] = {}
        for role in Role:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(targets[role])
            spin.setToolTip(f"Default {role.default_billable_target} %")
            spin.setAccessibleName(f"{role.full_title} target")
            label = QLabel(f"{role.full_title} ({role.value})")
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[role] = spin
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._defaults
        )
        layout.addWidget(buttons)

    def _defaults(self) -> None:
        for role, spin in self.spins.items():
            spin.setValue(role.default_billable_target)

    def value(self) -> dict[Role, int | None]:
        """Each role's target; None where it is the default (nothing stored)."""
        return {
            role: None if spin.value() == role.default_billable_target else spin.value()
            for role, spin in self.spins.items()
        }
