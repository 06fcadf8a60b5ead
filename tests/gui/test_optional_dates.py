"""An optional date (no due date yet) in every editor that has one: the calendar opens on
today, typing a date over "No date" works, and the date can be cleared and set again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.widgets import NO_DATE, optional_date, set_optional_date


def optional_edit(qtbot: QtBot) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setSpecialValueText("No date")
    qtbot.addWidget(edit)
    set_optional_date(edit, None)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise, no grab
def test_the_calendar_of_an_empty_date_opens_on_today(qtbot: QtBot) -> None:
    edit = optional_edit(qtbot)
    assert edit.text() == "No date" and optional_date(edit) is None
    edit.activateWindow()
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the drop-down arrow
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert optional_date(edit) is None  # looking is not choosing
    calendar.window().hide()


def test_typing_over_no_date_gives_the_date_typed(qtbot: QtBot) -> None:
    edit = optional_edit(qtbot)
    edit.setFocus()
    qtbot.keyClicks(edit, "20270315")  # as in any date edit: the parts, in order
    assert optional_date(edit) == date(2027, 3, 15)


def test_a_date_can_be_cleared_and_set_again(qtbot: QtBot) -> None:
    edit = optional_edit(qtbot)
    set_optional_date(edit, date(2026, 12, 4))
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.date() == NO_DATE and optional_date(edit) is None and edit.text() == "No date"
    qtbot.keyClicks(edit, "20261231")
    assert optional_date(edit) == date(2026, 12, 31)
