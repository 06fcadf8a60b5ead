"""Time off, wherever it is entered (a person's Time off tab, the staffing grid's Mark time
off): the dialog, with the working days it takes, and the undoable command that records it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.gui.forms.ui_time_off_dialog import Ui_TimeOffDialog
from pmo_desktop.gui.widgets import ERROR_STYLE, pydate, qdate
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.calendar.days_off import TIME_OFF_KINDS, TimeOffData
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

Save = Callable[[object], ValidationError | None]


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
        for kind in TIME_OFF_KINDS:
            ui.kindCombo.addItem(kind.capitalize(), kind)
        if entry.kind not in TIME_OFF_KINDS:
            ui.kindCombo.addItem(entry.kind.capitalize(), entry.kind)
        ui.fromEdit.setDate(qdate(entry.start))
        ui.toEdit.setDate(qdate(entry.end))
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(entry.kind)))
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


class RecordTimeOffCommand(GuardedCommand):
    """Time off recorded (already written when pushed); undo removes it, redo puts it back
    with the same id; ``changed`` runs after each, so what shows capacity repaints."""

    def __init__(
        self, portfolio: Portfolio, added: TimeOffData, text: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.portfolio, self.added, self.changed = portfolio, added, changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with unit_of_work(self.portfolio.sessions) as session:
            calendar.add_time_off(session, self.added)
        self.changed()

    def undo(self) -> None:
        assert self.added.id is not None
        with unit_of_work(self.portfolio.sessions) as session:
            calendar.delete_time_off(session, self.added.id)
        self.changed()
