"""The staffing grid and the team's calendar: Mark time off on a person's selected weeks
(capacity and over-allocation follow, one undo), closure days and holidays named in the week
header, and a staffing sheet imported after a summary as one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.staffing.page import StaffingPage
from pmo_desktop.gui.staffing.rows import RowKind
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.services.calendar import days_off as team_calendar
from pmo_desktop.services.people import roster as people_roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.staffing import edits as staffing_edits
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


@pytest.fixture
def page(qtbot: QtBot, portfolio: Portfolio) -> StaffingPage:
    """Two people and an active project, from an empty portfolio; Ana staffed full time."""
    with unit_of_work(portfolio.sessions) as s:
        ana = people_roster.add_person(s, PersonData(name="Ana"))
        people_roster.add_person(s, PersonData(name="Ben", workweek=(8, 8, 8, 8, 0, 0, 0)))
        client, _ = pipeline_edit.save_client(s, None, pipeline_edit.ClientData("Acme"))
        program, _ = pipeline_edit.save_program(s, None, pipeline_edit.ProgramData(client, "Go"))
        project, _ = pipeline_edit.save_project(
            s, None, pipeline_edit.ProjectBundle(program, "Cutover", Stage.ACTIVE)
        )
        weeks = staffing.plan_weeks(s)
        staffing_edits.allocate(s, ana, project, weeks[1:3], 40)
    view = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    return view


def person_row(page: StaffingPage, name: str) -> int:
    for at, row in enumerate(page.model.rows):
        if row.kind is RowKind.PERSON and page.model.figures.person(row.person_id).name == name:  # type: ignore[arg-type,union-attr]
            return at
    raise AssertionError(name)


def test_mark_time_off_on_selected_weeks_flags_the_over_allocation(
    page: StaffingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = page.model
    weeks = model.grid.weeks
    ana = next(p.id for p in model.grid.people if p.name == "Ana")
    row = person_row(page, "Ana")
    column = model.column_of(weeks[1])
    assert column is not None
    page.view.selectionModel().select(
        model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert model.capacity(ana, weeks[1]) == 40
    seen: list[TimeOffDialog] = []

    def accept(dialog: TimeOffDialog) -> bool:
        seen.append(dialog)
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("vacation"))
        dialog._accept()
        return dialog.result() == 1

    monkeypatch.setattr(page, "run_dialog", accept)
    assert page.mark_time_off()
    value = seen[0].value()
    assert (value.start, value.end) == (weeks[1], weeks[1] + timedelta(days=4))
    assert "5 working days off" in seen[0].ui.summaryLabel.text()
    assert model.capacity(ana, weeks[1]) == 0
    cell = model.index(row, column)
    assert "over" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole)).lower()
    stack = page.context.undo_stack
    assert stack.undoText().startswith("Time off of Ana")
    stack.undo()
    assert page.model.capacity(ana, weeks[1]) == 40
    stack.redo()
    assert page.model.capacity(ana, weeks[1]) == 0


def test_mark_time_off_needs_one_persons_weeks(
    page: StaffingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(page, "_show_error", shown.append)
    page.view.clearSelection()
    assert not page.mark_time_off()
    assert "Select the weeks of one person" in shown[0]


def test_closure_days_are_named_in_the_week_header(
    page: StaffingPage, portfolio: Portfolio
) -> None:
    week = page.model.grid.weeks[2]
    with unit_of_work(portfolio.sessions) as s:
        team_calendar.set_closure_days(s, [week + timedelta(days=2)], "Offsite <b>")
    page.refresh()
    column = page.model.column_of(week)
    header = page.model.headerData(column, Qt.Orientation.Horizontal)
    tip = page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "✱" in header and "Offsite <b>" in tip
    ben = next(p.id for p in page.model.grid.people if p.name == "Ben")
    assert page.model.capacity(ben, week) == 24  # a 4-day week, Wednesday closed


def test_a_staffing_sheet_imports_after_a_summary_as_one_undo(
    page: StaffingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    weeks = page.model.grid.weeks
    sheet = tmp_path / "plan.csv"
    sheet.write_text(
        f"Person,Project,{weeks[4].isoformat()},{weeks[5].isoformat()}\nBen,Cutover,16,8\n",
        encoding="utf-8",
    )
    asked: list[str] = []

    def look(dialog: Any) -> bool:
        asked.append(dialog)
        return True

    monkeypatch.setattr(page, "run_dialog", look)
    assert page.import_sheet(sheet)
    shown_rows = asked[0].table
    assert [shown_rows.item(0, c).text() for c in range(4)] == ["2", "Ben", "Cutover", "24.0"]
    ben = next(p.id for p in page.model.grid.people if p.name == "Ben")
    assert page.model.person_hours(ben, weeks[4]) == 16
    page.context.undo_stack.undo()
    assert page.model.person_hours(ben, weeks[4]) == 0

    shown: list[str] = []
    monkeypatch.setattr(page, "_show_error", shown.append)
    sheet.write_text(f"Person,Project,{weeks[4].isoformat()}\nBen,Cutover,99\n", "utf-8")
    assert not page.import_sheet(sheet)
    assert "nothing changed" in shown[0] and "99 h is not 0 to 80 hours" in shown[0]


def test_the_roster_finds_people_by_skill_and_level(
    page: StaffingPage, portfolio: Portfolio
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        for name, skills in (("Ana", (("Jira", 4), ("SAFe", 2))), ("Ben", (("Jira", 2),))):
            pid = next(p.id for p in people_roster.list_people(s) if p.name == name)
            data = people_roster.person_data(s, pid)
            people_roster.update_person(s, pid, replace(data, skills=skills))
    page.refresh()

    def shown() -> list[str]:
        proxy = page.roster_proxy
        return sorted(str(proxy.index(r, 0).data()) for r in range(proxy.rowCount()))

    assert shown() == ["Ana", "Ben"]
    page.roster_search.setText("jira")
    assert shown() == ["Ana", "Ben"]
    page.roster_search.setText("jira 4")
    assert shown() == ["Ana"]
    page.roster_search.setText("safe 3")
    assert shown() == []
    page.roster_search.setText("")
    assert shown() == ["Ana", "Ben"]
