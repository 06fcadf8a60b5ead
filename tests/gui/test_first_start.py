"""A new user's first start: an empty portfolio opens on "Set up your team"; importing the
team's spreadsheet goes through a preview and is one undo step; Home and the status bar
follow every edit at once; the page gives way to Home once there are people and a project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.people.page import PeoplePage
from pmo_desktop.gui.sheet_import import PEOPLE, SheetImportDialog
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

ROLES = ["SPM", "PM", "PM", "PM", "PM", "PC", "PC", "PC", "PC", "PM", "SPM", "PC"]


def team_csv(folder: Path) -> Path:
    lines = ["Name;Role;Email;Manager;Start;Hours;Country;Region"]
    for i, role in enumerate(ROLES):
        manager = "" if i == 0 else "Person 1"
        hours = "32" if i == 5 else "40"
        lines.append(
            f"Person {i + 1};{role};p{i + 1}@x.org;{manager};0{1 + i % 9}/02/2025;"
            f"{hours};GB;{'SCT' if i % 2 else 'ENG'}"
        )
    path = folder / "team.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def home(window: MainWindow) -> HomePage:
    page = window.pages["home"]
    assert isinstance(page, HomePage)
    return page


def test_the_first_start_imports_the_team_and_home_follows(
    qtbot: QtBot,
    window: MainWindow,
    portfolio: Portfolio,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = home(window)
    assert start.setup.isVisibleTo(start)
    assert start.setup.team.state.text() == "No one yet."
    csv_file = team_csv(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(csv_file), ""))
    )
    seen: list[SheetImportDialog] = []

    def press_import(dialog: SheetImportDialog) -> int:
        seen.append(dialog)
        assert dialog.preview is not None and dialog.preview.ok, dialog.preview
        assert dialog.preview.summary() == "12 to create, 0 to update"
        dialog.run_import()
        return int(dialog.result())

    monkeypatch.setattr(SheetImportDialog, "exec", press_import)
    window.first_step("import_people")
    people = window.pages["people"]
    assert isinstance(people, PeoplePage)
    assert window.current_area() == "people"
    assert len(people.model.rows()) == 12
    counts = window._counts_label
    qtbot.waitUntil(lambda: "12 people" in counts.text())  # the status bar follows at once
    stack = window.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import people from team.csv"

    window.show_area("home")
    assert start.setup.team.state.text() == "✓ 12 people so far"  # Home re-read on return
    assert start.setup.isVisibleTo(start)  # no project yet

    stack.undo()
    qtbot.waitUntil(lambda: "0 people" in counts.text())
    qtbot.waitUntil(lambda: start.setup.team.state.text() == "No one yet.")  # Home re-reads
    stack.redo()
    qtbot.waitUntil(lambda: start.setup.team.state.text() == "✓ 12 people so far")

    with unit_of_work(portfolio.sessions) as session:  # a first project, as its editor saves
        client, _ = pipeline_edit.save_client(session, None, pipeline_edit.ClientData("Acme"))
        pipeline_edit.save_program(session, None, pipeline_edit.ProgramData(client, "Move"))
    window.refresh()
    assert start.setup.isVisibleTo(start)  # a program, still no project


def test_the_mapping_chosen_is_remembered_for_the_next_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Who,Kind\nFay,PM\n", encoding="utf-8")
    people = window.show_area("people")
    assert isinstance(people, PeoplePage)
    QSettings().remove(PEOPLE.settings_key)

    def choose(dialog: SheetImportDialog) -> int:
        assert dialog.preview is not None and not dialog.preview.ok
        assert "no column is chosen for name" in dialog.summary.text()
        dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData("Who"))
        dialog.combos["role"].setCurrentIndex(dialog.combos["role"].findData("Kind"))
        assert dialog.preview.ok
        dialog.run_import()
        return int(dialog.result())

    monkeypatch.setattr(SheetImportDialog, "exec", choose)
    assert people.import_people(odd)
    again: list[Any] = []

    def look(dialog: SheetImportDialog) -> int:
        again.append(dialog.mapping())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SheetImportDialog, "exec", look)
    assert not people.import_people(odd)
    assert again[0]["name"] == "Who" and again[0]["role"] == "Kind"


def test_a_file_that_cannot_be_read_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "team.xlsx"
    bad.write_bytes(b"not a workbook")
    warned: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warned.append(text))
    )
    people = window.show_area("people")
    assert isinstance(people, PeoplePage)
    assert not people.import_people(bad)
    assert "team.xlsx is not an XLSX workbook" in warned[0]
    assert window.undo_stack.count() == 0
