"""The team's own records in the People area: the person editor, time off (a person tab and
a dialog), deactivating and deleting a person, and the roles' billability targets. Every
save goes through the roster and calendar services (validation once, errors beside the
field) and is one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.confirm import ask_confirmation
from pmo_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from pmo_desktop.gui.people.commands import PeopleController, short
from pmo_desktop.gui.people.dialogs import ERROR_STYLE, pydate, qdate
from pmo_desktop.gui.people.growth import _Tab, _table
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import Column, RowModel
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.services import people_roster as roster
from pmo_desktop.services import team_calendar as calendar
from pmo_desktop.services.people_roster import PersonData
from pmo_desktop.services.team_calendar import TimeOffData

Save = Callable[[object], ValidationError | None]
DAY_COUNT = 7


def set_optional_date(check: object, edit: object, value: date | None) -> None:
    """Show an optional date: ticked with the date, or unticked with the picker on today."""
    check.setChecked(value is not None)  # type: ignore[attr-defined]
    edit.setDate(qdate(value or date.today()))  # type: ignore[attr-defined]
    edit.setEnabled(value is not None)  # type: ignore[attr-defined]
    check.toggled.connect(edit.setEnabled)  # type: ignore[attr-defined]


def optional_date(check: object, edit: object) -> date | None:
    """The date of a ticked optional date, None when unticked."""
    return pydate(edit.date()) if check.isChecked() else None  # type: ignore[attr-defined]


def parse_skills(text: str) -> tuple[tuple[str, int], ...]:
    """``"Jira:4, SAFe:2, Budgeting"`` as (skill, level) pairs (level 3 when left out)."""
    found: list[tuple[str, int]] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, level = part.rpartition(":")
        if not sep:
            found.append((part, 3))
            continue
        if not level.strip().isdigit():
            raise ValidationError(f"“{part}”: a skill is NAME or NAME:LEVEL (1–5)", "skills")
        found.append((name.strip(), int(level)))
    return tuple(found)


def format_skills(skills: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{name}:{level}" for name, level in skills)


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
        for role in Role:
            ui.roleCombo.addItem(f"{role.value} · {role.full_title}", role.value)
        ui.managerCombo.addItem("No manager", None)
        for pid, name in managers:
            ui.managerCombo.addItem(name, pid)
        ui.countryCombo.addItem("None (no public holidays deducted)", None)
        for code, name in calendar.countries().items():
            ui.countryCombo.addItem(f"{name} ({code})", code)
        self.spins = [getattr(ui, f"day{i}Spin") for i in range(DAY_COUNT)]
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
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(person.role.value))
        ui.managerCombo.setCurrentIndex(max(0, ui.managerCombo.findData(person.manager_id)))
        ui.emailEdit.setText(person.email or "")
        set_optional_date(ui.startCheck, ui.startEdit, person.start_date)
        set_optional_date(ui.endCheck, ui.endEdit, person.end_date)
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
        ui.countryCombo.setCurrentIndex(max(0, ui.countryCombo.findData(person.holiday_country)))
        self._fill_regions(person.holiday_region)
        ui.skillsEdit.setText(format_skills(person.skills))
        ui.notesEdit.setPlainText(person.notes or "")
        ui.activeCheck.setChecked(person.active)

    def _fill_regions(self, region: str | None) -> None:
        combo = self.ui.regionCombo
        combo.clear()
        combo.addItem("The whole country", None)
        country = self.ui.countryCombo.currentData()
        if country:
            for code, name in calendar.regions(country).items():
                combo.addItem(f"{name} ({code})" if name != code else code, code)
        combo.setCurrentIndex(max(0, combo.findData(region)))
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
            start_date=optional_date(ui.startCheck, ui.startEdit),
            end_date=optional_date(ui.endCheck, ui.endEdit),
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


TIME_OFF_COLUMNS: list[Column[TimeOffData]] = [
    Column("From", lambda r: f"{r.start:%a %d %b %Y}", sort=lambda r: r.start),
    Column("To", lambda r: f"{r.end:%a %d %b %Y}", sort=lambda r: r.end),
    Column(
        "Days",
        lambda r: f"{((r.end - r.start).days + 1) * (0.5 if r.half_days else 1):g}",
        sort=lambda r: (r.end - r.start).days,
        right=True,
    ),
    Column("Kind", lambda r: r.kind.capitalize() + (" (half days)" if r.half_days else "")),
    Column("Note", lambda r: r.note or ""),
]


def record_time_off(
    controller: PeopleController, entry: TimeOffData, who: str, parent: QWidget | None
) -> bool:
    """Open the time off dialog for a new period; True when one was recorded."""

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, TimeOffData)
        return controller.apply(
            f"Time off of {short(who)}: {data.start:%d %b}–{data.end:%d %b}",
            lambda s: calendar.add_time_off(s, data),
            lambda s, added: calendar.delete_time_off(s, added.id),
            lambda s, added: calendar.add_time_off(s, added),
        ).error

    return TimeOffDialog(save, entry, who, parent).exec() == QDialog.DialogCode.Accepted


class TimeOffPanel(_Tab):
    """A person's time off: add, edit, delete (undoable); capacity follows at once."""

    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.name = ""
        self.model: RowModel[TimeOffData] = RowModel(TIME_OFF_COLUMNS, self)
        self.view, self.proxy = _table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addWidget(self.view)
        self.button("Add time off…", self.add)
        self.button("Edit…", self.edit)
        self.button("Delete", self.delete)
        self.layout_.addLayout(self.buttons)

    def set_person(self, person_id: int | None, name: str = "") -> None:
        self.name = name
        super().set_person(person_id)

    def refresh(self) -> None:
        pid = self.person_id
        rows = [] if pid is None else self.controller.read(lambda s: calendar.time_off_of(s, pid))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        days = sum(
            ((r.end - r.start).days + 1) * (0.5 if r.half_days else 1)
            for r in rows
            if r.start.year == date.today().year
        )
        self.note.setText(
            f"{len(rows)} period{'s' if len(rows) != 1 else ''} · {days:g} calendar days "
            f"in {date.today().year}"
        )

    def selected(self) -> TimeOffData | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def add(self) -> None:
        if self.person_id is None:
            return
        today = date.today()
        record_time_off(self.controller, TimeOffData(self.person_id, today, today), self.name, self)
        self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, TimeOffData)
            return self.controller.apply(
                f"Edit time off of {short(self.name)}",
                lambda s: calendar.update_time_off(s, data),
                lambda s, before: calendar.update_time_off(s, before),
                lambda s, _before: calendar.update_time_off(s, data),
            ).error

        TimeOffDialog(save, row, self.name, self).exec()
        self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None or row.id is None:
            return
        time_off_id = row.id
        self.controller.apply(
            f"Delete time off of {short(self.name)}",
            lambda s: calendar.delete_time_off(s, time_off_id),
            lambda s, gone: calendar.add_time_off(s, gone),
            lambda s, gone: calendar.delete_time_off(s, gone.id),
        )
        self.refresh()


# --------------------------------------------------------------------------- the page's actions


def _managers(controller: PeopleController, person_id: int | None) -> list[tuple[int, str]]:
    people = controller.read(lambda s: roster.list_people(s, include_inactive=False))
    return [(p.id, p.name) for p in people if p.id != person_id]


def add_person(controller: PeopleController, parent: QWidget | None) -> int | None:
    """The editor for a new person; their id once added."""
    added: list[int] = []

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, PersonData)
        outcome = controller.apply(
            f"Add {short(data.name)}",
            lambda s: roster.add_person(s, data),
            lambda s, pid: roster.delete_person(s, pid),
            lambda s, pid: roster.add_person(s, data, pid),
        )
        if outcome.ok:
            added.append(outcome.state)
        return outcome.error

    editor = PersonEditor(
        save,
        _managers(controller, None),
        controller.read(roster.role_targets),
        parent=parent,
        check=lambda data: controller.read(lambda s: roster.check_person(s, data).warnings),
    )
    editor.exec()
    return added[0] if added else None


def edit_person(controller: PeopleController, person_id: int, parent: QWidget | None) -> bool:
    """The editor for a person already there; True when saved."""
    current = controller.read(lambda s: roster.person_data(s, person_id))

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, PersonData)
        if data == current:
            return None
        return controller.apply(
            f"Edit {short(data.name)}",
            lambda s: roster.update_person(s, person_id, data),
            lambda s, before: roster.update_person(s, person_id, before),
            lambda s, _before: roster.update_person(s, person_id, data),
        ).error

    editor = PersonEditor(
        save,
        _managers(controller, person_id),
        controller.read(roster.role_targets),
        current,
        parent,
        check=lambda data: controller.read(
            lambda s: roster.check_person(s, data, person_id).warnings
        ),
    )
    return editor.exec() == QDialog.DialogCode.Accepted


def set_active(controller: PeopleController, person_id: int, name: str, active: bool) -> bool:
    """Deactivate (the normal way out: history kept) or reactivate a person (undoable)."""
    return controller.apply(
        f"{'Reactivate' if active else 'Deactivate'} {short(name)}",
        lambda s: roster.set_active(s, person_id, active),
        lambda s, before: roster.update_person(s, person_id, before),
        lambda s, _before: roster.set_active(s, person_id, active),
    ).ok


def delete_person(
    controller: PeopleController,
    person_id: int,
    parent: QWidget | None,
    confirm: Callable[[str, str, QWidget | None], bool] | None = None,
) -> bool:
    """Delete a person after a confirmation that counts what goes with them (undoable)."""
    impact = controller.read(lambda s: roster.deletion_impact(s, person_id))
    text = (
        impact.summary
        + "\n\nDeactivating (Edit person → untick Active) keeps their history instead."
    )
    if not (confirm or ask_confirmation)("Delete person", text, parent):
        return False
    return controller.apply(
        f"Delete {short(impact.name)}",
        lambda s: roster.delete_person(s, person_id),
        lambda s, record: roster.restore_person(s, record),
        lambda s, record: roster.delete_person(s, record.id),
    ).ok


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


def edit_role_targets(controller: PeopleController, parent: QWidget | None) -> bool:
    """The roles' targets dialog; True when changed (undoable)."""
    current = controller.read(roster.role_targets)
    dialog = RoleTargetsDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    wanted = dialog.value()
    if all((wanted[r] or r.default_billable_target) == current[r] for r in Role):
        return False
    return controller.apply(
        "Roles' billability targets",
        lambda s: roster.set_role_targets(s, wanted),
        lambda s, before: roster.set_role_targets(s, before),
        lambda s, _before: roster.set_role_targets(s, wanted),
    ).ok
