"""The team's own records in the People area: the person editor, time off (a person tab and
a dialog), deactivating and deleting a person, the roles' billability targets and the
closure days. Every save goes through the roster and calendar services (validation once,
errors beside the field) and is one undoable edit (``gui.people.commands``,
``gui.time_off``); the page repaints from ``Edits.changed``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui import time_off
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.confirm import ask_confirmation
from pmo_desktop.gui.people import commands
from pmo_desktop.gui.people.commands import short
from pmo_desktop.gui.people.person_editor import PersonEditor, RoleTargetsDialog
from pmo_desktop.gui.people.tabs import PersonTab, table_view
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.gui.row_model import Column, RowModel
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.gui.widgets import ERROR_STYLE, pydate, qdate
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.calendar import ics_import
from pmo_desktop.services.calendar.days_off import TimeOffData
from pmo_desktop.services.concurrency import snapshot
from pmo_desktop.services.people import roster
from pmo_desktop.services.people.roster import PersonData

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
    context: AreaContext, entry: TimeOffData, who: str, parent: QWidget | None
) -> bool:
    """Open the time off dialog for a new period; True when one was recorded."""

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, TimeOffData)
        return time_off.add_time_off(context.edits, data, short(who)).error

    return TimeOffDialog(save, entry, who, parent).exec() == QDialog.DialogCode.Accepted


class TimeOffPanel(PersonTab):
    """A person's time off: add, edit, delete (undoable); capacity follows at once."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name = ""
        self.model: RowModel[TimeOffData] = RowModel(TIME_OFF_COLUMNS, self)
        self.view, self.proxy = table_view(self.model)
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
        rows = [] if pid is None else self.edits.read(lambda s: calendar.time_off_of(s, pid))
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
        record_time_off(self.context, TimeOffData(self.person_id, today, today), self.name, self)
        self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, TimeOffData)
            return time_off.edit_time_off(self.edits, data, short(self.name)).error

        TimeOffDialog(save, row, self.name, self).exec()
        self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None or row.id is None:
            return
        time_off.delete_time_off(self.edits, row.id, short(self.name))
        self.refresh()


# --------------------------------------------------------------------------- the page's actions


def _managers(context: AreaContext, person_id: int | None) -> list[tuple[int, str]]:
    people = context.edits.read(lambda s: roster.list_people(s, include_inactive=False))
    return [(p.id, p.name) for p in people if p.id != person_id]


def add_person(context: AreaContext, parent: QWidget | None) -> int | None:
    """The editor for a new person; their id once added."""
    edits = context.edits
    added: list[int] = []

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, PersonData)
        outcome = commands.add_person(edits, data)
        if outcome.ok:
            added.append(outcome.state)
        return outcome.error

    editor = PersonEditor(
        save,
        _managers(context, None),
        edits.read(roster.role_targets),
        parent=parent,
        check=lambda data: edits.read(lambda s: roster.check_person(s, data).warnings),
    )
    editor.exec()
    return added[0] if added else None


def edit_person(context: AreaContext, person_id: int, parent: QWidget | None) -> bool:
    """The editor for a person already there; True when saved."""
    edits = context.edits
    current, seen = edits.read(
        lambda s: (roster.person_data(s, person_id), snapshot(s, commands.person_rows(person_id)))
    )

    def save(data: object) -> ValidationError | None:
        assert isinstance(data, PersonData)
        if data == current:
            return None
        return commands.edit_person(edits, person_id, data, seen=seen).error

    editor = PersonEditor(
        save,
        _managers(context, person_id),
        edits.read(roster.role_targets),
        current,
        parent,
        check=lambda data: edits.read(lambda s: roster.check_person(s, data, person_id).warnings),
    )
    return editor.exec() == QDialog.DialogCode.Accepted


def set_active(context: AreaContext, person_id: int, name: str, active: bool) -> bool:
    """Deactivate (the normal way out: history kept) or reactivate a person (undoable)."""
    return commands.set_active(context.edits, person_id, name, active).ok


def delete_person(
    context: AreaContext,
    person_id: int,
    parent: QWidget | None,
    confirm: Callable[[str, str, QWidget | None], bool] | None = None,
) -> bool:
    """Delete a person after a confirmation that counts what goes with them (undoable)."""
    impact = context.edits.read(lambda s: roster.deletion_impact(s, person_id))
    text = (
        impact.summary
        + "\n\nDeactivating (Edit person → untick Active) keeps their history instead."
    )
    if not (confirm or ask_confirmation)("Delete person", text, parent):
        return False
    return commands.delete_person(context.edits, person_id, impact.name).ok


def edit_role_targets(context: AreaContext, parent: QWidget | None) -> bool:
    """The roles' targets dialog; True when changed (undoable)."""
    current = context.edits.read(roster.role_targets)
    dialog = RoleTargetsDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    wanted = dialog.value()
    if all((wanted[r] or r.default_billable_target) == current[r] for r in Role):
        return False
    return commands.set_role_targets(context.edits, wanted).ok


def import_time_off(
    context: AreaContext,
    person_id: int,
    name: str,
    parent: QWidget | None,
    path: Path | None = None,
) -> bool:
    """A person's time off from an .ics file (asked for when ``path`` is None), after a
    summary; one undo. True when imported."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, f"Time off of {name}", "", "iCalendar (*.ics);;All files (*)"
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        events = ics_import.read_ics(path.read_bytes(), path.name)
    except (OSError, ValidationError) as exc:
        message = exc.message if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(parent, "Import time off", literal(message))
        return False
    preview = context.edits.read(lambda s: ics_import.preview_ics(s, events, person_id))
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
    outcome = commands.import_time_off(context.edits, events, person_id, name, path.name)
    if outcome.error is not None:  # the portfolio changed since the preview
        QMessageBox.warning(parent, "Import time off", literal(outcome.error.message))
    return outcome.ok


class ClosureDaysDialog(QDialog):
    """The portfolio's closure days (an agency shutdown): everyone's capacity drops on them,
    on top of each person's public holidays. Add a range with a name, or remove a range."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        found = self.context.edits.read(
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
        outcome = commands.close_days(self.context.edits, days, self.name.text())
        self.error.setText(outcome.error.message if outcome.error else "")
        self.refresh()
        return outcome.ok

    def remove(self) -> bool:
        days = self.span()
        if not days:
            self.error.setText("The last day is before the first.")
            return False
        outcome = commands.reopen_days(self.context.edits, days)
        self.error.setText(outcome.error.message if outcome.error else "")
        self.refresh()
        return outcome.ok
