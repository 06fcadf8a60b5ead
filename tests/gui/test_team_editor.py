"""The team from the People area of an empty portfolio: add a person in the editor (errors
beside the field, nothing saved), edit, time off, deactivate, delete, roles' targets; every
step one Ctrl+Z, and capacity follows at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Role
from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.people import team
from pmo_desktop.gui.people.page import TIME_OFF, PeoplePage
from pmo_desktop.gui.people.person_editor import PersonEditor, RoleTargetsDialog
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.services.people import roster
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

WEEK = date(2026, 3, 2)


@pytest.fixture
def page(qtbot: QtBot, portfolio: Portfolio) -> PeoplePage:
    """The People page on an empty portfolio."""
    stack = QUndoStack()
    view = PeoplePage(AreaContext(portfolio, stack), default_areas().area("people"))
    view.stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.refresh()
    return view


def answer(monkeypatch: pytest.MonkeyPatch, dialog: type, fill: Callable[[Any], None]) -> list[Any]:
    """Make ``dialog.exec`` fill the form and press Save (once per fill); the dialogs seen."""
    seen: list[Any] = []

    def exec_(self: Any) -> int:
        seen.append(self)
        fill(self)
        if hasattr(self, "_accept"):
            self._accept()
        else:
            self.accept()
        return int(self.result())

    monkeypatch.setattr(dialog, "exec", exec_)
    return seen


def names(page: PeoplePage) -> list[str]:
    return [row.name for row in page.model.rows()]


def capacity(portfolio: Portfolio, person_id: int, week: date = WEEK) -> float:
    with unit_of_work(portfolio.sessions) as session:
        people = staffing.list_staff_by_ids(session, [person_id])
        return staffing.capacities(session, people, [week])[(person_id, week)]


def fill_part_timer(editor: PersonEditor) -> None:
    ui = editor.ui
    ui.nameEdit.setText("Zoë 李 <i>&")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("PC"))
    ui.startCheck.setChecked(True)
    ui.startEdit.setDate(QDate(2025, 9, 1))
    ui.workweekCheck.setChecked(True)
    for i, hours in enumerate((8, 8, 8, 8, 0, 0, 0)):
        editor.spins[i].setValue(hours)
    ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("GB"))
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("SCT"))
    ui.skillsEdit.setText("Jira:4, Budgeting")


def test_a_person_added_in_the_editor_is_on_the_roster_and_undone_by_ctrl_z(
    page: PeoplePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = answer(monkeypatch, PersonEditor, fill_part_timer)
    assert seen == [] and names(page) == []
    person_id = page.add_person()
    assert person_id is not None
    assert names(page) == ["Zoë 李 <i>&"] and page.person_id == person_id
    with unit_of_work(portfolio.sessions) as session:
        data = roster.person_data(session, person_id)
    assert data.role is Role.PC and data.weekly_hours == 32
    assert data.workweek == (8, 8, 8, 8, 0, 0, 0) and data.start_date == date(2025, 9, 1)
    assert (data.holiday_country, data.holiday_region) == ("GB", "SCT")
    assert data.skills == (("Jira", 4), ("Budgeting", 3))
    assert capacity(portfolio, person_id) == pytest.approx(32)
    stack = page.context.undo_stack
    assert stack.undoText() == "Add Zoë 李 <i>&"
    stack.undo()
    assert names(page) == []
    stack.redo()
    assert names(page) == ["Zoë 李 <i>&"]
    with unit_of_work(portfolio.sessions) as session:
        assert roster.person_data(session, person_id) == data  # the same id back


def test_the_editor_shows_what_cannot_be_saved_beside_the_field(
    page: PeoplePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad(editor: PersonEditor) -> None:
        fill_part_timer(editor)
        editor.ui.endCheck.setChecked(True)
        editor.ui.endEdit.setDate(QDate(2025, 1, 1))

    seen = answer(monkeypatch, PersonEditor, bad)
    assert page.add_person() is None
    editor = seen[0]
    assert editor.ui.end_dateError.text() == "the end date is before the start date"
    assert editor.ui.nameError.text() == ""
    editor.ui.skillsEdit.setText("Jira:lots")
    editor._accept()
    assert "NAME:LEVEL" in editor.ui.skillsError.text()
    editor.ui.nameEdit.setText("")
    editor.ui.skillsEdit.setText("")
    editor._accept()
    assert editor.ui.nameError.text() == "a person needs a name"
    assert names(page) == [] and page.context.undo_stack.count() == 0


def test_an_optional_date_opens_on_today_and_can_be_cleared(page: PeoplePage) -> None:
    editor = PersonEditor(lambda _d: None, [], {role: 80 for role in Role}, parent=page)
    ui = editor.ui
    assert not ui.endCheck.isChecked() and not ui.endEdit.isEnabled()
    assert ui.endEdit.date() == QDate.currentDate()
    ui.endCheck.setChecked(True)
    assert ui.endEdit.isEnabled()
    ui.endEdit.setDate(QDate(2027, 6, 30))
    ui.nameEdit.setText("X")
    assert editor.value().end_date == date(2027, 6, 30)
    ui.endCheck.setChecked(False)
    assert editor.value().end_date is None


def test_a_duplicate_name_is_noted_not_refused(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, PersonEditor, lambda e: e.ui.nameEdit.setText("Sam"))
    page.add_person()
    seen = answer(monkeypatch, PersonEditor, lambda e: e.ui.nameEdit.setText("sam"))
    page.add_person()
    assert "already named “sam”" in seen[0].ui.warningLabel.text()
    assert names(page) == ["Sam", "sam"]


def test_edit_time_off_deactivate_and_delete_are_each_one_undo(
    page: PeoplePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, PersonEditor, fill_part_timer)
    pid = page.add_person()
    assert pid is not None
    stack = page.context.undo_stack

    answer(monkeypatch, PersonEditor, lambda e: e.ui.workweekCheck.setChecked(False))
    assert page.edit_person()
    assert capacity(portfolio, pid) == pytest.approx(32)  # 32 h over Monday–Friday now
    with unit_of_work(portfolio.sessions) as session:
        assert roster.person_data(session, pid).workweek is None
    stack.undo()
    with unit_of_work(portfolio.sessions) as session:
        assert roster.person_data(session, pid).workweek == (8, 8, 8, 8, 0, 0, 0)

    def two_days(dialog: TimeOffDialog) -> None:
        dialog.ui.fromEdit.setDate(QDate(2026, 3, 2))
        dialog.ui.toEdit.setDate(QDate(2026, 3, 3))
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("sick"))

    answer(monkeypatch, TimeOffDialog, two_days)
    page.add_time_off()
    assert page.ui.personTabs.currentIndex() == TIME_OFF
    assert [r.kind for r in page.time_off.model.rows()] == ["sick"]
    assert capacity(portfolio, pid) == pytest.approx(16)
    stack.undo()
    assert capacity(portfolio, pid) == pytest.approx(32)
    stack.redo()
    assert capacity(portfolio, pid) == pytest.approx(16)

    page.set_active(False)
    assert names(page) == []
    stack.undo()
    assert names(page) == ["Zoë 李 <i>&"]

    asked: list[str] = []
    monkeypatch.setattr(team, "ask_confirmation", lambda _t, text, _p: asked.append(text) or True)
    page.select_person(pid)
    assert page.delete_person()
    assert "1 time off" in asked[0] and "2 skills" in asked[0]
    assert names(page) == []
    stack.undo()
    assert names(page) == ["Zoë 李 <i>&"]
    assert capacity(portfolio, pid) == pytest.approx(16)  # the time off came back too


def test_roles_targets_are_edited_in_one_place(
    page: PeoplePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pm_at_65(dialog: RoleTargetsDialog) -> None:
        dialog.spins[Role.PM].setValue(65)

    answer(monkeypatch, RoleTargetsDialog, pm_at_65)
    assert team.edit_role_targets(page.context, page)
    with unit_of_work(portfolio.sessions) as session:
        assert roster.role_targets(session)[Role.PM] == 65
    page.context.undo_stack.undo()
    with unit_of_work(portfolio.sessions) as session:
        assert roster.role_targets(session)[Role.PM] == 80


def test_time_off_from_an_ics_file_is_one_undo(
    page: PeoplePage, portfolio: Portfolio, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    answer(monkeypatch, PersonEditor, fill_part_timer)
    pid = page.add_person()
    assert pid is not None
    ics = tmp_path / "out-of-office.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:1@x\n"
        "SUMMARY:Vacation\nDTSTART;VALUE=DATE:20260302\nDTEND;VALUE=DATE:20260304\n"
        "END:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes
        ),
    )
    assert page.import_time_off(ics)
    assert "1 periods of time off to add (2 calendar days)" in asked[0]
    assert capacity(portfolio, pid) == pytest.approx(16)
    page.context.undo_stack.undo()
    assert capacity(portfolio, pid) == pytest.approx(32)


def test_closure_days_come_off_everyones_capacity_and_undo(
    page: PeoplePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, PersonEditor, fill_part_timer)
    pid = page.add_person()
    assert pid is not None
    dialog = team.ClosureDaysDialog(page.context, page)
    dialog.first.setDate(QDate(2026, 3, 2))
    dialog.last.setDate(QDate(2026, 3, 3))
    dialog.name.setText("Offsite & <planning>")
    assert dialog.add()
    assert dialog.days.count() == 2 and "Offsite & <planning>" in dialog.days.item(0).text()
    assert capacity(portfolio, pid) == pytest.approx(16)
    dialog.first.setDate(QDate(2026, 3, 3))
    assert dialog.remove()
    assert capacity(portfolio, pid) == pytest.approx(24)
    stack = page.context.undo_stack
    stack.undo()
    assert capacity(portfolio, pid) == pytest.approx(16)
    stack.undo()
    assert capacity(portfolio, pid) == pytest.approx(32)
    dialog.first.setDate(QDate(2026, 3, 5))
    dialog.last.setDate(QDate(2026, 3, 4))
    assert not dialog.add() and "before the first" in dialog.error.text()
