"""The walk a new user takes, in the app's own window: from an empty portfolio on a fresh
HOME to a staffed plan of their own 12 people over 3 projects, with public holidays and one
vacation — by importing their spreadsheets and by hand — without touching JSON."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.sheet_import import SheetImportDialog
from pmo_desktop.gui.staffing.page import StaffingPage
from pmo_desktop.gui.staffing.rows import RowKind
from pmo_desktop.gui.time_off import TimeOffDialog
from pmo_desktop.services.calendar.days_off import public_holidays
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

ROLES = ["SPM", "PM", "PM", "PM", "PM", "PC", "PC", "PC", "PC", "PM", "SPM", "PC"]
PROJECTS = ["Checkout Rebuild", "KYC Onboarding", "Patient App"]


def write_files(folder: Path, first: date) -> tuple[Path, Path, Path]:
    team = folder / "team.csv"
    lines = ["Name;Role;Email;Manager;Start;Hours;Country;Region"]
    for i, role in enumerate(ROLES):
        hours = "32" if i == 5 else "40"
        manager = "" if i == 0 else "Person 01"
        lines.append(f"Person {i + 1:02};{role};p{i + 1}@x.org;{manager};01/02/2025;{hours};GB;ENG")
    team.write_text("\n".join(lines) + "\n", encoding="utf-8")
    projects = folder / "projects.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Client", "Program", "Project", "Stage", "Start", "Budget", "PM"])
    for i, name in enumerate(PROJECTS):
        sheet.append(
            [f"Client {i % 2}", f"Program {i}", name, "Active", first, 100000, "Person 02"]
        )
    book.save(projects)
    plan = folder / "plan.csv"
    weeks = [first + timedelta(weeks=k) for k in range(8)]
    rows = ["Person,Project," + ",".join(w.isoformat() for w in weeks)]
    for i in range(12):
        project = PROJECTS[i % 3]
        rows.append(f"Person {i + 1:02},{project}," + ",".join("20" for _ in weeks))
    plan.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return team, projects, plan


def test_a_new_user_goes_from_an_empty_portfolio_to_a_staffed_plan(
    qtbot: QtBot,
    window: MainWindow,
    portfolio: Portfolio,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = monday_of(date.today())
    team, projects, plan = write_files(tmp_path, first)
    home = window.pages["home"]
    assert isinstance(home, HomePage) and home.setup.isVisibleTo(home)

    chosen: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(chosen[-1]), ""))
    )

    def press_import(dialog: SheetImportDialog) -> int:
        assert dialog.preview is not None and dialog.preview.ok, dialog.preview.problems
        dialog.run_import()
        return int(dialog.result())

    monkeypatch.setattr(SheetImportDialog, "exec", press_import)
    chosen.append(team)
    window.first_step("import_people")  # the first-start page's "Import a people list…"
    chosen.append(projects)
    window.first_step("import_projects")  # "Import a project list…"
    window.show_area("home")
    qtbot.waitUntil(lambda: not home.setup.isVisibleTo(home))  # people and projects: Home

    page = window.show_area("staffing")
    assert isinstance(page, StaffingPage)
    monkeypatch.setattr(page, "confirm_import", lambda _source, preview: preview.ok)
    assert page.import_sheet(plan)  # the staffing sheet they keep
    model = page.model
    people = {p.name: p.id for p in model.grid.people}
    assert len(people) == 12 and len(model.grid.projects) == 3
    # By hand: eight more hours for Person 03 on week two, typed in a cell.
    project_ids = {p.name: p.id for p in model.grid.projects.values()}
    week2 = first + timedelta(weeks=1)
    assert page.controller.set_hours(people["Person 03"], project_ids["Patient App"], week2, 28)

    # One vacation, marked on the grid: Person 04's third week.
    week3 = first + timedelta(weeks=2)
    row = next(
        at
        for at, r in enumerate(model.rows)
        if r.kind is RowKind.PERSON and r.person_id == people["Person 04"]
    )
    column = model.column_of(week3)
    assert column is not None
    page.view.selectionModel().select(
        model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )

    def accept(dialog: TimeOffDialog) -> bool:
        dialog._accept()
        return dialog.result() == 1

    monkeypatch.setattr(page, "run_dialog", accept)
    assert page.mark_time_off()

    # What the user checks: holidays, the vacation, the plan and the undo history.
    model = page.model
    holidays = public_holidays("GB", "ENG", week3, week3 + timedelta(days=4))
    assert model.capacity(people["Person 04"], week3) == 0
    assert model.person_hours(people["Person 04"], week3) == 20  # flagged: over capacity
    for week in model.grid.weeks[:8]:
        off = len(public_holidays("GB", "ENG", week, week + timedelta(days=4)))
        assert model.capacity(people["Person 01"], week) == pytest.approx(40 - 8 * off)
        assert bool(model.holidays_in(week)) == bool(off)
    assert model.capacity(people["Person 06"], first + timedelta(weeks=5)) <= 32
    assert model.person_hours(people["Person 03"], week2) == 28
    if holidays:
        assert model.capacity(people["Person 05"], week3) < 40
    texts = [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
    assert texts[:2] == ["Import people from team.csv", "Import projects from projects.xlsx"]
    assert texts[2] == "Import staffing from plan.csv" and texts[-1].startswith("Time off of")
    with unit_of_work(portfolio.sessions) as session:
        grid = staffing.read_grid(session, model.grid.weeks)
    total = sum(hours for hours, _tentative in grid.cells.values())
    assert total == pytest.approx(12 * 8 * 20 + 8)
    window.show_area("home")
    tiles: dict[str, Any] = {t.key: t for t in home.data.tiles} if home.data else {}
    assert tiles, "Home shows its tiles for the new team"
