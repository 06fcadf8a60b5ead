"""Widget behaviour shared by every area's editors: the error colour, dates between Python
and Qt, optional dates, combo choices, the locale's decimal mark. Defined here once; the
areas never define their own.

An optional date (a due date, a SOW date) is a QDateEdit whose minimum date stands for "no
date" and shows its special text ("No date", "—"). Out of the box that edit opens its
calendar on the minimum's month (January 2000), and typing over the special text mangles
it. ``make_optional_date`` fixes both, once for every editor: the calendar opens on today's
month while no date is set, the first digit typed starts from today's date with the whole
text selected, and Delete or Backspace over the whole text clears the date again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit

#: The colour of an error shown beside a field.
ERROR_STYLE = "color: #b3261e;"
#: The minimum date of an optional date edit: it stands for "no date".
NO_DATE = QDate(2000, 1, 1)


def qdate(day: date) -> QDate:
    """A QDate for a date."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A date for a QDate."""
    return date(value.year(), value.month(), value.day())


class _OptionalDate(QObject):
    """The event filter behind ``make_optional_date``."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)
        calendar = edit.calendarWidget()
        if calendar is not None:
            calendar.installEventFilter(self)

    def is_empty(self) -> bool:
        return self.edit.date() <= self.edit.minimumDate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit = self.edit
        if event.type() == QEvent.Type.Show and watched is edit.calendarWidget():
            if self.is_empty():
                today = QDate.currentDate()
                calendar = edit.calendarWidget()
                calendar.setCurrentPage(today.year(), today.month())
            return False
        if watched is edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            line = edit.lineEdit()
            if self.is_empty() and event.text().isdigit():
                edit.setDate(QDate.currentDate())  # typing starts from a real date
                first = edit.sectionAt(0)
                edit.setCurrentSection(first)
                edit.setSelectedSection(first)  # and replaces its first part
                return False
            all_selected = line.selectedText() == line.text() and line.text() != ""
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and all_selected:
                edit.setDate(edit.minimumDate())  # cleared: back to "no date"
                return True
        return False


def make_optional_date(edit: QDateEdit) -> None:
    """Give an optional date edit (minimum date = no date) the behaviour above; once."""
    if edit.property("optionalDate"):
        return
    edit.setProperty("optionalDate", True)
    _OptionalDate(edit)


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    """Show ``value`` in an optional date edit (None: its "no date" special text)."""
    if edit.minimumDate() > NO_DATE or not edit.property("optionalDate"):
        edit.setMinimumDate(NO_DATE)
    make_optional_date(edit)
    edit.setDate(qdate(value) if value else edit.minimumDate())


def optional_date(edit: QDateEdit) -> date | None:
    """The date of an optional date edit, None while it shows "no date"."""
    value = edit.date()
    if value <= edit.minimumDate():
        return None
    return pydate(value)


def fill_choices(
    combo: QComboBox, choices: Iterable[tuple[str, object]], none_text: str | None = None
) -> None:
    """Put ``(text, data)`` choices in a combo, optionally after a "none" entry (data None)."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in choices:
        combo.addItem(text, data)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (the first when none is)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def decimal_comma() -> bool:
    """True when the user's locale writes decimals with a comma (1.250,50)."""
    return QLocale().decimalPoint() == ","


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """Show the wait cursor while a slow operation runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
