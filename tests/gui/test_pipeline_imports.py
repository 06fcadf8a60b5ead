"""Project lists and MS Project files into the Pipeline of an empty portfolio: through their
preview, onto the board, one Ctrl+Z each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.gui.sheet_import import SheetImportDialog
from pmo_desktop.services.portfolio import list_projects
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from tests.gui.conftest import make_window

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "mspdi" / "ms-project-2019.xml"


def names(portfolio: Portfolio) -> list[str]:
    with unit_of_work(portfolio.sessions) as session:
        return sorted(r.name for r in list_projects(session))


@pytest.fixture
def page(qtbot: QtBot, portfolio: Portfolio) -> PipelinePage:
    window = make_window(qtbot, portfolio)
    found = window.show_area("pipeline")
    assert isinstance(found, PipelinePage)
    return found


def test_a_project_list_lands_on_the_board_and_undo_takes_it_back(
    page: PipelinePage, portfolio: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(
        "Client,Program,Project,Stage,Budget\nAcme,Web,Checkout,Active,120000\n"
        "Acme,Web,Search,Proposal,45000\n",
        encoding="utf-8",
    )

    def press(dialog: SheetImportDialog) -> int:
        assert dialog.preview.ok and "2 projects to create" in dialog.summary.text()
        dialog.run_import()
        return int(dialog.result())

    monkeypatch.setattr(SheetImportDialog, "exec", press)
    assert page.import_projects(sheet)
    assert names(portfolio) == ["Checkout", "Search"]
    assert page.board.shown_count() == 2
    page.context.undo_stack.undo()
    assert names(portfolio) == []
    page.context.undo_stack.redo()
    assert names(portfolio) == ["Checkout", "Search"]


def test_an_ms_project_file_asks_where_it_goes_and_imports_as_one_step(
    page: PipelinePage, portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([("Borealis Bank", True), ("Infrastructure", True)])
    asked: list[Any] = []

    def text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(kwargs.get("text", ""))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(
            lambda _p, _t, body, *_a: shown.append(body) or QMessageBox.StandardButton.Yes
        ),
    )
    assert page.import_ms_project(SAMPLE)
    assert asked[0] == "Borealis Bank"  # the file's Company, suggested as the client
    assert "2 milestones of 4 tasks" in shown[0] and "Contractor (network)" in shown[0]
    assert names(portfolio) == ["Data Centre Migration"]
    page.context.undo_stack.undo()
    assert names(portfolio) == []


def test_a_file_that_is_not_ms_project_xml_says_so(
    page: PipelinePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "plan.xml"
    bad.write_text("<Workbook/>", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, body, *_a: warned.append(body))
    )
    assert not page.import_ms_project(bad)
    assert "not an MS Project XML file" in warned[0]
    assert page.context.undo_stack.count() == 0
