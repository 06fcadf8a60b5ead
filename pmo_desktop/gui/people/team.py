"""The team's own records in the People area: the person editor, time off (a person tab and
a dialog), deactivating and deleting a person, and the roles' billability targets. Every
save goes through the roster and calendar services (validation once, errors beside the
field) and is one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.confirm import ask_confirmation
from pmo_desktop.gui.people.commands import PeopleController, short
from pmo_desktop.gui.people.growth import _Tab, _table
from pmo_desktop.gui.people.person_editor import PersonEditor, RoleTargetsDialog
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import Column, RowModel
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.gui.widgets import ERROR_STYLE, pydate, qdate
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.calendar.days_off import TimeOffData
from pmo_desktop.services.people import roster
from pmo_desktop.services.people.roster import PersonData

Save = Callable[[object], ValidationError | None]
DAY_COUNT = 7


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


def import_time_off(
    controller: PeopleController,
    person_id: int,
    name: str,
    parent: QWidget | None,
    path: Path | None = None,
) -> bool:
    """A person's time off from an .ics file (asked for when ``path`` is None), after a
    summary; one undo. True when imported."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from pmo_desktop.gui.plain_text import literal
    from pmo_desktop.gui.sheet_import import ImportCommand
    from pmo_desktop.services.calendar import ics_import as time_off_import

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, f"Time off of {name}", "", "iCalendar (*.ics);;All files (*)"
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        events = time_off_import.read_ics(path.read_bytes(), path.name)
    except (OSError, ValidationError) as exc:
        message = exc.message if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(parent, "Import time off", literal(message))
        return False
    preview = controller.read(lambda s: time_off_import.preview_ics(s, events, person_id))
    if not preview.add:
        QMessageBox.information(
            parent, "Import time off", literal(f"{path.name}: {preview.summary()}.")
        )
        return False
    answer = QMessageBox.question(
        parent,
        "Import time off",
        literal(f"{name}: {preview.summary()}.\n\nCtrl+Z takes the import back."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def do(session: object) -> object:
        again = time_off_import.preview_ics(session, events, person_id)  # type: ignore[arg-type]
        return time_off_import.import_ics(session, again)  # type: ignore[arg-type]

    added = controller.read(do)
    controller.stack.push(
        ImportCommand(
            controller.portfolio,
            f"Import time off of {short(name)} from {path.name}",
            do,
            time_off_import.undo_ics,  # type: ignore[arg-type]
            added,
            controller.changed.emit,
        )
    )
    controller.changed.emit()
    return True


class ClosureDaysDialog(QDialog):
    """The portfolio's closure days (an agency shutdown): everyone's capacity drops on them,
    on top of each person's public holidays. Add a range with a name, or remove a range."""

    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QListWidget, QPushButton

        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Closure days")
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        note = plain_label(
            "Days the whole team is off beyond public holidays (a shutdown week). Capacity, "
            "over-allocation and billability count them at once; Ctrl+Z takes a change back."
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout.addWidget(note)
        self.days = QListWidget()
        layout.addWidget(self.days, 1)
        row = QHBoxLayout()
        today = date.today()
        self.first, self.last = QDateEdit(qdate(today)), QDateEdit(qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.name = QLineEdit()
        self.name.setPlaceholderText("Name (e.g. Winter shutdown)")
        close = QPushButton("Close these days")
        close.clicked.connect(self.add)
        reopen = QPushButton("Reopen them")
        reopen.clicked.connect(self.remove)
        for widget in (self.first, self.last, self.name, close, reopen):
            row.addWidget(widget)
        layout.addLayout(row)
        self.error = plain_label("")
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def span(self) -> list[date]:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]

    def refresh(self) -> None:
        found = self.controller.read(
            lambda s: calendar.closure_days(s, date(1900, 1, 1), date(2200, 12, 31))
        )
        self.days.clear()
        for day, name in sorted(found.items()):
            self.days.addItem(f"{day:%a %d %b %Y}  {name or ''}".rstrip())

    def add(self) -> bool:
        days = self.span()
        if not days:
            self.error.setText("The last day is before the first.")
            return False
        name = self.name.text()
        outcome = self.controller.apply(
            f"Close {len(days)} day{'s' if len(days) != 1 else ''}",
            lambda s: calendar.set_closure_days(s, days, name),
            lambda s, before: calendar.restore_closure_days(s, days, before),
            lambda s, _before: calendar.set_closure_days(s, days, name),
        )
        self.error.setText(outcome.error.message if outcome.error else "")
        self.refresh()
        return outcome.ok

    def remove(self) -> bool:
        days = self.span()
        if not days:
            self.error.setText("The last day is before the first.")
            return False
        outcome = self.controller.apply(
            f"Reopen {len(days)} day{'s' if len(days) != 1 else ''}",
            lambda s: calendar.clear_closure_days(s, days),
            lambda s, before: calendar.restore_closure_days(s, days, before),
            lambda s, _before: calendar.clear_closure_days(s, days),
        )
        self.error.setText(outcome.error.message if outcome.error else "")
        self.refresh()
        return outcome.ok
