"""The client, program and project editors: bad input refused next to its field with
nothing saved, saves undoable, and the editable milestone / change request tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.pipeline.edit_models import MilestoneEditModel, ScopeChangeEditModel
from pmo_desktop.gui.pipeline.editors import ClientEditor, ProjectEditor
from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.board import board_cards
from pmo_desktop.services.pipeline.edit import MilestoneData, ScopeChangeData
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

from .conftest import make_window


def _page(qtbot: QtBot, portfolio: Portfolio) -> tuple[MainWindow, PipelinePage]:
    window = make_window(qtbot, portfolio)
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    return window, page


def _project_id(portfolio: Portfolio, name: str) -> int:
    with unit_of_work(portfolio.sessions) as session:
        return next(c.id for c in board_cards(session) if c.name == name)


Filler = Callable[[QDialog], None]


def _accepting(fill: Filler, seen: list[QDialog]) -> Callable[[QDialog], bool]:
    """An editor runner that fills the dialog, presses Save and reports the outcome."""

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_edit_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    milestones = MilestoneEditModel((MilestoneData("UAT", date(2026, 5, 4), date(2026, 5, 6)),))
    qtmodeltester.check(milestones)
    changes = ScopeChangeEditModel((ScopeChangeData(date(2026, 2, 1), "SSO", 3_000_00, True),))
    qtmodeltester.check(changes)


def test_milestone_table_refuses_a_bad_date_and_keeps_the_old_one() -> None:
    model = MilestoneEditModel((MilestoneData("UAT", date(2026, 5, 4), date(2026, 5, 6)),))
    assert not model.setData(model.index(0, 1), "next tuesday")
    assert "not a date" in (model.last_error or "")
    assert model.rows()[0].baseline_date == date(2026, 5, 4)
    assert model.setData(model.index(0, 2), "2026-05-20")
    assert model.rows()[0].forecast_date == date(2026, 5, 20)


def test_change_table_edits_amounts_and_approval() -> None:
    model = ScopeChangeEditModel((ScopeChangeData(date(2026, 2, 1), "SSO"),))
    assert model.setData(model.index(0, 2), "$12,500.50")
    assert model.rows()[0].cost_impact_cents == 1_250_050
    assert model.setData(model.index(0, 3), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.rows()[0].approved
    assert not model.setData(model.index(0, 2), "lots")


@pytest.mark.parametrize(
    ("fill", "label"),
    [
        (lambda d: d.ui.nameEdit.setText("  "), "nameError"),
        (lambda d: d.ui.budgetEdit.setText("-5"), "budgetError"),
        (lambda d: d.ui.budgetEdit.setText("a lot"), "budgetError"),
        (lambda d: d.ui.endDate.setDate(QDate(2025, 12, 1)), "datesError"),
        (lambda d: d.milestones.add(date(2027, 1, 1)), "milestonesError"),
        (lambda d: d.ui.forecastEdit.setText("-1"), "forecastError"),
    ],
)
def test_project_editor_refuses_bad_input_next_to_the_field_and_saves_nothing(
    qtbot: QtBot, populated: Portfolio, fill: Filler, label: str
) -> None:
    window, page = _page(qtbot, populated)
    pid = _project_id(populated, "Document Vault")
    with unit_of_work(populated.sessions) as session:
        before = pipeline_edit.get_project(session, pid)
    seen: list[QDialog] = []
    page.editor_hooks.run = _accepting(fill, seen)
    page.open_project(pid)
    (dialog,) = seen
    assert isinstance(dialog, ProjectEditor)
    error = getattr(dialog.ui, label)
    assert error.isVisibleTo(dialog) and error.text()
    assert window.undo_stack.count() == 0
    with unit_of_work(populated.sessions) as session:
        assert pipeline_edit.get_project(session, pid) == before
    window.release()


def test_project_edit_is_saved_and_undone(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    pid = _project_id(populated, "Document Vault")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ProjectEditor)
        dialog.ui.nameEdit.setText("Document Vault 2")
        dialog.ui.forecastEdit.setText("4,800,000")
        dialog.milestones.add(date(2026, 3, 2))

    seen: list[QDialog] = []
    page.editor_hooks.run = _accepting(fill, seen)
    page.open_project(pid)
    assert window.undo_stack.count() == 1
    assert "No stage moves" in seen[0].ui.historyView.toPlainText()  # type: ignore[attr-defined]
    with unit_of_work(populated.sessions) as session:
        saved = pipeline_edit.get_project(session, pid)
    assert saved.name == "Document Vault 2"
    assert saved.financials.forecast_cents == 480_000_000
    assert len(saved.milestones) == 1
    assert page.board_model.card_by_id(pid).name == "Document Vault 2"  # type: ignore[union-attr]
    window.undo_stack.undo()
    with unit_of_work(populated.sessions) as session:
        restored = pipeline_edit.get_project(session, pid)
    assert restored.name == "Document Vault" and restored.milestones == ()
    window.undo_stack.redo()
    with unit_of_work(populated.sessions) as session:
        assert pipeline_edit.get_project(session, pid).name == "Document Vault 2"
    window.release()


def test_new_project_and_client_are_created_and_undo_removes_them(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    before = page.board_model.rowCount()

    def fill_project(dialog: QDialog) -> None:
        assert isinstance(dialog, ProjectEditor)
        dialog.ui.nameEdit.setText("Loyalty Relaunch")
        dialog.ui.budgetEdit.setText("250000")
        dialog.ui.endDate.setDate(QDate(2026, 12, 18))
        dialog.ui.winSpin.setValue(30)

    page.editor_hooks.run = _accepting(fill_project, [])
    page.add_project()
    cards = {c.name: c for c in page.board_model.cards()}
    assert page.board_model.rowCount() == before + 1
    assert cards["Loyalty Relaunch"].stage is Stage.LEAD
    assert cards["Loyalty Relaunch"].budget_cents == 25_000_000

    def fill_client(dialog: QDialog) -> None:
        assert isinstance(dialog, ClientEditor)
        dialog.ui.nameEdit.setText("Cobalt Health")  # exists: refused

    seen: list[QDialog] = []
    page.editor_hooks.run = _accepting(fill_client, seen)
    page.add_client()
    assert "already exists" in seen[0].ui.nameError.text()  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert page.board_model.rowCount() == before
    window.undo_stack.redo()
    assert page.board_model.rowCount() == before + 1
    window.release()


def test_renaming_the_chosen_client_and_program_is_undoable(
    qtbot: QtBot, populated: Portfolio
) -> None:
    from pmo_desktop.gui.pipeline.editors import ProgramEditor

    window, page = _page(qtbot, populated)
    page.ui.clientFilter.setCurrentIndex(page.ui.clientFilter.findData("Borealis Bank"))
    page.ui.programFilter.setCurrentIndex(page.ui.programFilter.findData("KYC"))

    def rename_client(dialog: QDialog) -> None:
        assert isinstance(dialog, ClientEditor)
        assert dialog.ui.nameEdit.text() == "Borealis Bank"
        dialog.ui.nameEdit.setText("Borealis Group")

    def rename_program(dialog: QDialog) -> None:
        assert isinstance(dialog, ProgramEditor)
        dialog.ui.nameEdit.setText("KYC Remediation")

    page.editor_hooks.run = _accepting(rename_client, [])
    page.edit_client()
    page.editor_hooks.run = _accepting(rename_program, [])
    page.edit_program()
    names = {(c.client, c.program) for c in page.board_model.cards()}
    assert ("Borealis Group", "KYC Remediation") in names
    window.undo_stack.undo()
    window.undo_stack.undo()
    names = {(c.client, c.program) for c in page.board_model.cards()}
    assert ("Borealis Bank", "KYC") in names and ("Borealis Group", "KYC Remediation") not in names
    window.release()


def test_editor_history_lists_moves_with_their_reasons(qtbot: QtBot, populated: Portfolio) -> None:
    from pmo_desktop.services.pipeline.board import move_stage

    pid = _project_id(populated, "Search Upgrade")
    with unit_of_work(populated.sessions) as session:
        move_stage(session, pid, Stage.ON_HOLD, reason="Waiting for the <new> CTO")
    window, page = _page(qtbot, populated)
    seen: list[QDialog] = []
    page.editor_hooks.run = lambda dialog: bool(seen.append(dialog))
    page.open_project(pid)
    text = seen[0].ui.historyView.toPlainText()  # type: ignore[attr-defined]
    assert "Proposal → On hold — Waiting for the <new> CTO" in text
    assert window.undo_stack.count() == 0  # cancelled: nothing pushed
    window.release()
