"""Deleting projects, programs and clients from the pipeline page (Del key, menus, context
menus) with a counted confirmation and undo; the Health rules dialog; critical milestones
in the project editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.rag import DEFAULT_THRESHOLDS, HealthThresholds
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.pipeline.edit_models import MilestoneEditModel
from pmo_desktop.gui.pipeline.health_rules import HealthRulesDialog
from pmo_desktop.gui.pipeline.model import ROW_ROLE
from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.services.pipeline import health
from pmo_desktop.services.pipeline.edit import Choice, MilestoneData
from pmo_desktop.services.pipeline.health import HealthRules
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

from .conftest import make_window


def _page(qtbot: QtBot, portfolio: Portfolio) -> tuple[MainWindow, PipelinePage]:
    window = make_window(qtbot, portfolio)
    window.resize(1400, 900)
    with qtbot.waitActive(window):  # shortcuts (the Del key) need the active window
        window.show()
        window.activateWindow()
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    return window, page


def _names(page: PipelinePage) -> set[str]:
    return {c.name for c in page.board_model.cards()}


def _confirming(answer: bool, seen: list[str]) -> Callable[[str, str, object], bool]:
    def confirm(_title: str, text: str, _parent: object) -> bool:
        seen.append(text)
        return answer

    return confirm


def test_del_key_on_the_table_deletes_the_selected_project_undoably(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    seen: list[str] = []
    page.delete_actions.confirm = _confirming(True, seen)
    page.show_view("table")
    table = page.ui.projectTable
    row = next(
        r for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(ROW_ROLE).name == "Document Vault"
    )  # fmt: skip
    project_id = page.proxy.index(row, 0).data(ROW_ROLE).id
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert seen == ["Delete project “Document Vault”."]
    assert "Document Vault" not in _names(page)
    assert page.proxy.rowCount() == page.model.rowCount() == 4
    window.undo_stack.undo()
    assert page.board_model.card_by_id(project_id) is not None  # same id back
    assert page.model.rowCount() == 5
    window.undo_stack.redo()
    assert "Document Vault" not in _names(page)
    window.release()


def test_del_key_on_the_board_deletes_the_selected_card(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    seen: list[str] = []
    page.delete_actions.confirm = _confirming(True, seen)
    column = page.board.columns[Stage.LEAD]
    column.list.setFocus()
    column.list.setCurrentIndex(column.proxy.index(0, 0))
    qtbot.keyClick(column.list, Qt.Key.Key_Delete)
    assert seen == ["Delete project “Onboarding Flow”."]
    assert column.proxy.rowCount() == 0 and "Onboarding Flow" not in _names(page)
    window.undo_stack.undo()
    assert column.proxy.rowCount() == 1
    window.release()


def test_cancelled_confirmation_deletes_nothing(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    seen: list[str] = []
    page.delete_actions.confirm = _confirming(False, seen)
    card = next(c for c in page.board_model.cards() if c.name == "Checkout Rebuild")
    menu = page.board.card_menu(card)
    next(a for a in menu.actions() if a.text() == "&Delete project…").trigger()
    assert seen and "Checkout Rebuild" in _names(page)
    assert window.undo_stack.count() == 0
    window.release()


def test_deleting_the_client_chosen_in_the_filter_takes_its_programs_and_projects(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    seen: list[str] = []
    page.delete_actions.confirm = _confirming(True, seen)
    page.ui.clientFilter.setCurrentIndex(page.ui.clientFilter.findData("Acme Retail"))
    actions = page.delete_actions
    actions.menu.aboutToShow.emit()
    assert actions.client_action.isEnabled() and not actions.program_action.isEnabled()
    actions.client_action.trigger()
    assert seen == ["Delete client “Acme Retail” with 1 program and 2 projects."]
    assert not {"Checkout Rebuild", "Search Upgrade"} & _names(page)
    assert page.ui.clientFilter.findData("Acme Retail") == -1
    window.undo_stack.undo()
    assert {"Checkout Rebuild", "Search Upgrade"} <= _names(page)
    window.release()


def test_a_program_is_deleted_from_the_health_view_with_the_del_key(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    page.delete_actions.confirm = _confirming(True, [])
    window.show_view("health")
    panel = page.panel("health")
    model, proxy = panel.model, panel.proxy  # type: ignore[attr-defined]
    row = next(
        r for r in range(model.rowCount())
        if model.row_at(r).kind == "program" and model.row_at(r).name == "KYC"
    )  # fmt: skip
    table = panel.table  # type: ignore[attr-defined]
    table.setFocus()
    table.selectRow(proxy.mapFromSource(model.index(row, 0)).row())
    assert page.delete_actions.selected() == ("program", model.row_at(row).id)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert not {"Onboarding Flow", "Document Vault"} & _names(page)
    assert all(model.row_at(r).name != "KYC" for r in range(model.rowCount()))
    window.undo_stack.undo()
    assert {"Onboarding Flow", "Document Vault"} <= _names(page)
    window.release()


def test_nothing_selected_says_what_to_select(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    page.board.setFocus()
    page.delete_actions.delete_selected()
    assert page.banner.isVisibleTo(page) and "Select a project" in page.banner.text()
    window.release()


def test_health_rules_dialog_refuses_green_above_amber_next_to_the_rule(qtbot: QtBot) -> None:
    programs = [Choice(7, "Acme — Web"), Choice(8, "Borealis — KYC")]
    strict = HealthThresholds(budget_green_pct=1, budget_amber_pct=2)
    dialog = HealthRulesDialog(HealthRules(None, 8), programs, {8: strict})
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.ownRadio.isChecked() and ui.programBudgetGreenSpin.value() == 1
    assert not dialog.changed()
    ui.portfolioTimelineGreenSpin.setValue(12)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "must not exceed" in ui.portfolioTimelineError.text()
    assert ui.portfolioTimelineError.isVisibleTo(dialog)
    ui.portfolioTimelineGreenSpin.setValue(5)
    ui.inheritRadio.setChecked(True)  # program 8 back to the portfolio rules
    assert not ui.programBudgetGreenSpin.isEnabled()
    assert ui.programBudgetGreenSpin.value() == DEFAULT_THRESHOLDS.budget_green_pct
    assert dialog.rules() == HealthRules(None, 8, None)
    assert dialog.changed()
    ui.programCombo.setCurrentIndex(ui.programCombo.findData(7))
    ui.ownRadio.setChecked(True)
    ui.programScopeAmberSpin.setValue(20)
    assert dialog.rules() == HealthRules(None, 7, HealthThresholds(scope_amber_pct=20))


def test_health_rules_saved_from_the_page_recolour_and_undo(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    lenient = HealthThresholds(timeline_green_days=30, timeline_amber_days=40)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, HealthRulesDialog)
        dialog.ui.portfolioTimelineAmberSpin.setValue(40)
        dialog.ui.portfolioTimelineGreenSpin.setValue(30)
        return True

    page.editor_hooks.run = fill
    menu = page.ui.newProjectButton.menu()
    next(a for a in menu.actions() if a.text() == "Health &rules…").trigger()
    with unit_of_work(populated.sessions) as s:
        assert health.health_rules(s) == HealthRules(lenient)
    assert page.health is not None
    assert all(p.thresholds == lenient for p in page.health.programs)
    window.show_view("health")
    panel = page.panel("health")
    panel.table.selectRow(0)  # type: ignore[attr-defined]
    why = panel.why  # type: ignore[attr-defined]
    assert "Judged by the portfolio rules" in why.toPlainText()
    assert "timeline 30 / 40 working days" in why.toPlainText()
    window.undo_stack.undo()
    assert all(p.thresholds == DEFAULT_THRESHOLDS for p in page.health.programs)
    panel.table.selectRow(0)  # type: ignore[attr-defined]
    assert "Judged by the standard defaults" in why.toPlainText()
    window.release()


def test_milestone_critical_flag_is_a_check_box(qtmodeltester: ModelTester) -> None:
    day = date(2026, 3, 2)
    model = MilestoneEditModel((MilestoneData("Go-live", day, day),))
    qtmodeltester.check(model)
    index = model.index(0, MilestoneEditModel.CRITICAL)
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Critical"
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.rows()[0].critical
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
