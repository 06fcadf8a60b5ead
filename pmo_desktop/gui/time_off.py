"""Time off, wherever it is entered (a person's Time off tab, the staffing grid's Mark time
off): the dialog, with the working days it takes, and the edits that record, change and
remove it. Every time off edit is one undoable step of the area "people" (``Edits.run``),
announced on ``Edits.changed``, so whatever shows capacity repaints from there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.edits import Edits, Outcome
from pmo_desktop.gui.forms.ui_time_off_dialog import Ui_TimeOffDialog
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, pydate, qdate, select_data
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.calendar.days_off import TIME_OFF_KINDS, TimeOffData

Save = Callable[[object], ValidationError | None]
#: The area time off edits are announced under (capacity is the team's).
AREA = "people"


class TimeOffDialog(QDialog):
    """Record or change a period of time off; ``save(TimeOffData)`` returns the refusal."""

    def __init__(
        self, save: Save, entry: TimeOffData, who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TimeOffDialog()
        self.ui.setupUi(self)
        self.save = save
        self.entry = entry
        ui = self.ui
        self.setWindowTitle(f"Time off · {who}")
        for label in [*self._errors().values(), ui.formError]:
            label.setStyleSheet(ERROR_STYLE)
        ui.summaryLabel.setProperty("role", "note")
        kinds = [*TIME_OFF_KINDS, *([] if entry.kind in TIME_OFF_KINDS else [entry.kind])]
        fill_choices(ui.kindCombo, [(kind.capitalize(), kind) for kind in kinds])
        ui.fromEdit.setDate(qdate(entry.start))
        ui.toEdit.setDate(qdate(entry.end))
        select_data(ui.kindCombo, entry.kind)
        ui.halfCheck.setChecked(entry.half_days)
        ui.noteEdit.setText(entry.note or "")
        ui.fromEdit.dateChanged.connect(self._from_changed)
        ui.toEdit.dateChanged.connect(lambda _d: self._summary())
        ui.halfCheck.toggled.connect(lambda _c: self._summary())
        self._summary()
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _from_changed(self, day: QDate) -> None:
        if self.ui.toEdit.date() < day:
            self.ui.toEdit.setDate(day)
        self._summary()

    def _summary(self) -> None:
        start, end = pydate(self.ui.fromEdit.date()), pydate(self.ui.toEdit.date())
        if end < start:
            self.ui.summaryLabel.setText("")
            return
        weekdays = sum(
            1 for i in range((end - start).days + 1) if (start + timedelta(days=i)).weekday() < 5
        )
        share = 0.5 if self.ui.halfCheck.isChecked() else 1.0
        self.ui.summaryLabel.setText(
            f"{weekdays * share:g} working day{'s' if weekdays * share != 1 else ''} off "
            "(Monday–Friday; a part-time week and public holidays are counted in capacity)"
        )

    def _errors(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "start": ui.startError,
            "end": ui.endError,
            "kind": ui.kindError,
            "half_days": ui.half_daysError,
            "note": ui.noteError,
        }

    def value(self) -> TimeOffData:
        ui = self.ui
        return replace(
            self.entry,
            start=pydate(ui.fromEdit.date()),
            end=pydate(ui.toEdit.date()),
            kind=ui.kindCombo.currentData(),
            half_days=ui.halfCheck.isChecked(),
            note=ui.noteEdit.text() or None,
        )

    def _accept(self) -> None:
        error = self.save(self.value())
        if error is None:
            self.accept()
            return
        for label in [*self._errors().values(), self.ui.formError]:
            label.clear()
        self._errors().get(error.field or "", self.ui.formError).setText(error.message)


def add_time_off(edits: Edits, data: TimeOffData, who: str) -> Outcome:
    """Record a period of time off; ``who`` names the person in the Edit menu. Undo removes
    it, redo puts it back with the same id; the state is the record with its id."""
    return edits.run(
        AREA,
        f"Time off of {who}: {data.start:%d %b}–{data.end:%d %b}",
        lambda s: calendar.add_time_off(s, data),
        lambda s, added: calendar.delete_time_off(s, added.id),
        lambda s, added: calendar.add_time_off(s, added),
    )


def edit_time_off(edits: Edits, data: TimeOffData, who: str) -> Outcome:
    """Change a recorded period of time off (``data`` carries its id)."""
    return edits.run(
        AREA,
        f"Edit time off of {who}",
        lambda s: calendar.update_time_off(s, data),
        lambda s, before: calendar.update_time_off(s, before),
        lambda s, _before: calendar.update_time_off(s, data),
    )


def delete_time_off(edits: Edits, time_off_id: int, who: str) -> Outcome:
    """Remove a recorded period of time off (undo puts it back with the same id)."""
    return edits.run(
        AREA,
        f"Delete time off of {who}",
        lambda s: calendar.delete_time_off(s, time_off_id),
        lambda s, gone: calendar.add_time_off(s, gone),
        lambda s, gone: calendar.delete_time_off(s, gone.id),
    )
