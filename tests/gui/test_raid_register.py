"""The Risks area: register model and filters, heatmap cell filter, editor refusals,
undo of every edit, the 5-whys editor and export from the GUI."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.risk import CauseCategory, RaidKind, RaidStatus
from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.raid import commands
from pmo_desktop.gui.raid.editor import RaidEditorDialog
from pmo_desktop.gui.raid.escalations import EscalationsPanel
from pmo_desktop.gui.raid.models import Column
from pmo_desktop.gui.raid.page import ESCALATIONS_TAB, RaidPage
from pmo_desktop.gui.raid.proxy import RegisterFilter
from pmo_desktop.gui.widgets import select_data, set_optional_date
from pmo_desktop.services.demo import generate
from pmo_desktop.services.raid import analysis as raid_analysis
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio

TODAY = date.today()
FROM_A_ROW = object()  # filter on the value a register row has


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, generated once per module and copied for each test."""
    path = tmp_path_factory.mktemp("raid_demo") / "demo.sqlite"
    opened = open_portfolio(path)
    try:
        generate(opened.engine, size="small", seed=3)
    finally:
        opened.close()
    return path


def open_view(template: Path, folder: Path) -> RaidPage:
    target = folder / "p.sqlite"
    shutil.copyfile(template, target)
    portfolio = open_portfolio(target, create=False)
    page = RaidPage(AreaContext(portfolio, QUndoStack()), default_areas().area("risks"))
    page.resize(1300, 800)
    page.refresh()
    return page


def close_view(page: RaidPage) -> None:
    page.context.undo_stack.clear()
    portfolio = page.context.portfolio
    page.close()
    page.deleteLater()
    portfolio.close()


@pytest.fixture
def view(template: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[RaidPage]:
    page = open_view(template, tmp_path)
    qtbot.addWidget(page)
    yield page
    page.context.undo_stack.clear()
    page.context.portfolio.close()


@pytest.fixture(scope="module")
def shared_view(
    template: Path, tmp_path_factory: pytest.TempPathFactory, qapp: Any
) -> Iterator[RaidPage]:
    """One view for the read-only filter tests."""
    page = open_view(template, tmp_path_factory.mktemp("shared"))
    yield page
    close_view(page)


def stack(view: RaidPage) -> QUndoStack:
    return view.context.undo_stack


def db_register(view: RaidPage) -> dict[int, raid.RaidRow]:
    with unit_of_work(view.context.portfolio.sessions) as s:
        return {row.id: row for row in raid.list_register(s)}


def detail(view: RaidPage, item_id: int) -> raid.RaidDetail:
    return view.context.edits.read(lambda s: raid.get_item(s, item_id))


def choices(view: RaidPage) -> raid.Choices:
    return view.context.edits.read(raid.choices)


def escalation(view: RaidPage, escalation_id: int) -> esc.EscalationDetail:
    return view.context.edits.read(lambda s: esc.get_escalation(s, escalation_id))


def expected(view: RaidPage, keep: RegisterFilter) -> int:
    model = view.model
    return sum(
        1 for n in range(model.rowCount()) if keep.accepts(model.row_at(n), model.haystack(n))
    )


def test_models_pass_the_model_tester(view: RaidPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.ui.tabs.setCurrentIndex(ESCALATIONS_TAB)
    panel = view.escalations
    assert isinstance(panel, EscalationsPanel)
    qtmodeltester.check(panel.log_model)
    qtmodeltester.check(panel.preventive_model)
    panel.select_row(0)
    qtmodeltester.check(panel.whys_model)
    row = next(r for r in view.model.rows() if r.open_actions)
    dialog = RaidEditorDialog(view.context, choices(view), detail(view, row.id), view)
    shown = [dialog.actions_model.row_at(n) for n in range(dialog.actions_model.rowCount())]
    assert sum(1 for a in shown if not a.done) == row.open_actions
    qtmodeltester.check(dialog.actions_model)
    qtmodeltester.check(dialog.history_model)


def test_register_shows_every_entry_of_the_database(view: RaidPage) -> None:
    assert {row.id for row in view.model.rows()} == set(db_register(view))
    assert view.model.rowCount() > 30


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": RaidKind.RISK},
        {"kind": RaidKind.ISSUE, "live_only": True},
        {"status": RaidStatus.CLOSED},
        {"band": Rag.RED},
        {"band": Rag.GREEN, "kind": RaidKind.ASSUMPTION},
        {"overdue_only": True},
        {"client_id": FROM_A_ROW},
        {"program_id": FROM_A_ROW},
        {"project_id": FROM_A_ROW},
        {"owner_id": FROM_A_ROW},
        {"cell": (3, 4)},
    ],
)
def test_each_filter_keeps_exactly_the_matching_rows(
    shared_view: RaidPage, changes: dict[str, Any]
) -> None:
    view = shared_view
    changes = {
        key: getattr(view.model.row_at(3), key) if value is FROM_A_ROW else value
        for key, value in changes.items()
    }
    view.proxy.set_filter(RegisterFilter(**changes))
    keep = view.proxy.current
    assert view.proxy.rowCount() == expected(view, keep)
    assert 0 < view.proxy.rowCount() <= view.model.rowCount() or "cell" in changes
    for n in range(view.proxy.rowCount()):
        source = view.proxy.mapToSource(view.proxy.index(n, 0)).row()
        assert keep.accepts(view.model.row_at(source), view.model.haystack(source))


def test_search_as_you_type_narrows_with_each_keystroke(shared_view: RaidPage) -> None:
    view = shared_view
    view.proxy.set_filter(RegisterFilter())
    counts = []
    for text in ("s", "se", "sen", "senior"):
        view.ui.searchEdit.setText(text)
        counts.append(view.proxy.rowCount())
        wanted = sum(1 for r in view.model.rows() if text in _haystack(view, r.id))
        assert view.proxy.rowCount() == wanted
    assert counts == sorted(counts, reverse=True) and counts[-1] > 0
    view.ui.searchEdit.clear()
    assert view.proxy.rowCount() == view.model.rowCount()


def _haystack(view: RaidPage, item_id: int) -> str:
    row = view.model.row_of(item_id)
    assert row is not None
    return view.model.haystack(row)


def test_combo_filters_drive_the_proxy(view: RaidPage) -> None:
    ui = view.ui
    select_data(ui.statusFilter, None)
    select_data(ui.kindFilter, RaidKind.DEPENDENCY.value)
    assert view.proxy.current.kind is RaidKind.DEPENDENCY
    assert view.proxy.rowCount() == sum(
        1 for r in view.model.rows() if r.kind is RaidKind.DEPENDENCY
    )
    select_data(ui.bandFilter, Rag.AMBER.value)
    ui.overdueCheck.setChecked(True)
    assert view.proxy.rowCount() == sum(
        1
        for r in view.model.rows()
        if r.kind is RaidKind.DEPENDENCY and r.band is Rag.AMBER and r.overdue
    )
    assert view.count_text().endswith(f"of {view.model.rowCount():,} entries")


def test_clicking_a_heatmap_cell_lists_its_live_risks(view: RaidPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.heatmap is not None)  # the charts are drawn after the table
    with unit_of_work(view.context.portfolio.sessions) as s:
        counts = raid_analysis.heatmap(s)
    p, i = max(((p, i) for p in range(1, 6) for i in range(1, 6)), key=lambda c: counts.count(*c))
    view.heatmap.cell_clicked.emit(p, i)
    assert view.proxy.current.cell == (p, i)
    assert view.proxy.rowCount() == counts.count(p, i) > 0
    assert view.ui.clearCellButton.isVisibleTo(view)
    view.ui.clearCellButton.click()
    assert view.proxy.current.cell is None


def test_heatmap_click_maps_data_coordinates_to_cells() -> None:
    from pmo_desktop.reports.raid_charts import cell_at

    assert cell_at(4.2, 2.9) == (3, 4)
    assert cell_at(0.2, 3.0) is None and cell_at(None, 1.0) is None


# ------------------------------------------------------------------ editor


def open_editor(view: RaidPage, item_id: int | None = None) -> RaidEditorDialog:
    shown = detail(view, item_id) if item_id else None
    dialog = RaidEditorDialog(view.context, choices(view), shown, view)
    return dialog


def click_save(dialog: RaidEditorDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_score_and_colour_update_live(view: RaidPage) -> None:
    dialog = open_editor(view)
    select_data(dialog.ui.probabilityCombo, 5)
    select_data(dialog.ui.impactCombo, 4)
    assert dialog.ui.scoreLabel.text() == "20 · Red"
    assert "#d64545" in dialog.ui.scoreLabel.styleSheet()
    select_data(dialog.ui.impactCombo, 2)
    assert dialog.ui.scoreLabel.text() == "10 · Amber"
    select_data(dialog.ui.residualProbabilityCombo, 1)
    select_data(dialog.ui.residualImpactCombo, 2)
    assert dialog.ui.residualScoreLabel.text() == "2 · Green"


@pytest.mark.parametrize(
    ("fill", "error_label"),
    [
        (lambda ui: ui.titleEdit.setText("   "), "titleError"),
        (
            lambda ui: (
                select_data(ui.probabilityCombo, 5),
                select_data(ui.impactCombo, 5),
                select_data(ui.ownerCombo, None),
            ),
            "ownerError",
        ),
        (
            lambda ui: (
                ui.raisedDate.setDate(ui.raisedDate.date().addDays(10)),
                set_optional_date(ui.dueDate, TODAY),
            ),
            "dueError",
        ),
    ],
)
def test_bad_input_is_refused_next_to_the_field_and_nothing_is_saved(
    view: RaidPage, fill: Callable[[Any], Any], error_label: str
) -> None:
    before = db_register(view)
    dialog = open_editor(view)
    dialog.ui.titleEdit.setText("Vendor may miss the certification slot")
    fill(dialog.ui)
    click_save(dialog)
    assert dialog.result_data is None
    assert getattr(dialog.ui, error_label).text()
    assert not dialog.ui.formError.text()
    assert db_register(view) == before
    assert stack(view).count() == 0


def test_new_entry_from_the_editor_then_undo_and_redo(view: RaidPage) -> None:
    before = view.model.rowCount()
    dialog = open_editor(view)
    dialog.ui.titleEdit.setText("Vendor may miss the certification slot")
    select_data(dialog.ui.ownerCombo, 2)
    click_save(dialog)
    assert dialog.result_data is not None and dialog.saved_id is not None
    item_id = dialog.saved_id  # Save ran the edit
    assert view.model.rowCount() == before + 1 and item_id in db_register(view)
    stack(view).undo()
    assert view.model.rowCount() == before and item_id not in db_register(view)
    stack(view).redo()
    assert view.model.row_of(item_id) is not None and item_id in db_register(view)


def first(view: RaidPage, kind: RaidKind = RaidKind.RISK) -> raid.RaidRow:
    return next(
        r
        for r in view.model.rows()
        if r.kind is kind
        and r.status.is_live
        and not r.converted_from_id
        and all(o.converted_from_id != r.id for o in view.model.rows())
    )


def test_update_then_undo_restores_fields_history_and_row(view: RaidPage) -> None:
    row = first(view)
    before = detail(view, row.id)
    from dataclasses import replace

    commands.update_item(
        view.context.edits,
        row.id,
        replace(before.data, probability=5, impact=5, status=RaidStatus.MONITORING),
    )
    changed = view.model.row_at(view.model.row_of(row.id) or 0)
    assert changed.score == 25 and changed.status is RaidStatus.MONITORING
    stack(view).undo()
    assert detail(view, row.id) == before
    assert view.model.row_at(view.model.row_of(row.id) or 0) == db_register(view)[row.id]
    stack(view).redo()
    assert db_register(view)[row.id].score == 25


def test_delete_then_undo_puts_the_entry_back_with_actions(view: RaidPage) -> None:
    row = first(view)
    before = detail(view, row.id)
    commands.delete_item(view.context.edits, row.id, row.title)
    assert view.model.row_of(row.id) is None and row.id not in db_register(view)
    stack(view).undo()
    assert detail(view, row.id) == before
    assert view.model.row_of(row.id) is not None


def test_convert_to_issue_from_the_view_and_undo(view: RaidPage) -> None:
    row = first(view)
    view.select_item(row.id)
    assert view.ui.convertButton.isEnabled()
    before = view.model.rowCount()
    view.convert_selected()
    rows = db_register(view)
    issue = next(r for r in rows.values() if r.converted_from_id == row.id)
    assert issue.kind is RaidKind.ISSUE and rows[row.id].status is RaidStatus.CLOSED
    assert view.model.rowCount() == before + 1
    assert detail(view, issue.id).history  # the risk's history came along
    stack(view).undo()
    rows = db_register(view)
    assert issue.id not in rows and rows[row.id].status is row.status
    assert view.model.rowCount() == before


def test_mitigation_actions_add_toggle_remove_each_undoable(view: RaidPage) -> None:
    row = first(view)
    dialog = open_editor(view, row.id)
    count = dialog.actions_model.rowCount()
    dialog.ui.actionEdit.setText("Book a second certification slot")
    dialog.ui.addActionButton.click()
    assert dialog.actions_model.rowCount() == count + 1
    dialog.ui.actionsTable.setCurrentIndex(dialog.actions_model.index(count, 1))
    dialog.ui.doneActionButton.click()
    assert dialog.actions_model.row_at(count).done
    dialog.ui.actionsTable.setCurrentIndex(dialog.actions_model.index(count, 1))
    dialog.ui.removeActionButton.click()
    assert dialog.actions_model.rowCount() == count
    stack(view).undo()  # remove
    assert dialog.actions_model.rowCount() == count + 1
    stack(view).undo()  # done
    assert not dialog.actions_model.row_at(count).done
    stack(view).undo()  # add
    assert dialog.actions_model.rowCount() == count
    dialog.ui.actionEdit.setText("  ")
    dialog.ui.addActionButton.click()
    assert dialog.ui.actionError.text() and stack(view).index() == 0


# ------------------------------------------------------------------ escalations


@pytest.fixture
def panel(view: RaidPage) -> EscalationsPanel:
    view.show_view("escalations")
    assert view.ui.tabs.currentIndex() == ESCALATIONS_TAB
    assert isinstance(view.escalations, EscalationsPanel)
    return view.escalations


def db_whys(view: RaidPage, escalation_id: int) -> list[str]:
    with unit_of_work(view.context.portfolio.sessions) as s:
        return esc.whys_of(s, escalation_id)


def test_five_whys_editor_adds_reorders_saves_and_undoes(
    view: RaidPage, panel: EscalationsPanel
) -> None:
    panel.select_row(0)
    assert panel.detail is not None
    eid, before = panel.detail.id, db_whys(view, panel.detail.id)
    assert panel.whys_model.answers() == before
    panel.add_why("Nobody owns the release calendar")
    panel.ui.whysList.setCurrentIndex(panel.whys_model.index(len(before), 0))
    panel.ui.upWhyButton.click()
    panel.ui.saveWhysButton.click()
    saved = db_whys(view, eid)
    assert saved == [*before[:-1], "Nobody owns the release calendar", before[-1]]
    assert panel.whys_model.index(0, 0).data().startswith("Why 1: ")
    stack(view).undo()
    assert db_whys(view, eid) == before
    assert panel.whys_model.answers() == before
    stack(view).redo()
    assert db_whys(view, eid) == saved


def test_cause_category_and_preventive_actions_are_undoable(
    view: RaidPage, panel: EscalationsPanel
) -> None:
    panel.select_row(0)
    assert panel.detail is not None
    eid = panel.detail.id
    old_cause = panel.detail.data.cause_category
    new_cause = CauseCategory.TOOLS if old_cause is not CauseCategory.TOOLS else CauseCategory.SCOPE
    select_data(panel.ui.causeCombo, new_cause.value)
    panel.ui.causeCombo.activated.emit(panel.ui.causeCombo.currentIndex())
    assert escalation(view, eid).data.cause_category is new_cause
    count = len(escalation(view, eid).preventive)
    panel.ui.preventiveEdit.setText("Add release-calendar owner to the RACI")
    panel.ui.addPreventiveButton.click()
    assert len(escalation(view, eid).preventive) == count + 1
    panel.ui.preventiveTable.setCurrentIndex(panel.preventive_model.index(count, 1))
    panel.ui.donePreventiveButton.click()
    assert escalation(view, eid).preventive[count].done
    stack(view).undo()
    stack(view).undo()
    assert len(escalation(view, eid).preventive) == count
    stack(view).undo()
    assert escalation(view, eid).data.cause_category is old_cause


def test_escalation_log_delete_and_undo(view: RaidPage, panel: EscalationsPanel) -> None:
    rows = panel.log_model.rowCount()
    panel.select_row(0)
    assert panel.detail is not None
    detail = panel.detail
    panel.ui.deleteEscalationButton.click()
    assert panel.log_model.rowCount() == rows - 1
    stack(view).undo()
    assert panel.log_model.rowCount() == rows
    assert escalation(view, detail.id) == detail


def test_escalation_editor_refuses_a_missing_title_at_the_field(
    view: RaidPage, panel: EscalationsPanel
) -> None:
    from pmo_desktop.gui.raid.escalation_editor import EscalationEditorDialog

    dialog = EscalationEditorDialog(view.context, panel.choices, None, view)
    dialog.ui.raisedByEdit.setText("Client sponsor")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is None and dialog.ui.titleError.text()
    dialog.ui.titleEdit.setText("Weekly report missed twice")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is not None and dialog.saved_id is not None
    eid = dialog.saved_id  # Save ran the edit
    assert panel.log_model.row_of(eid) is not None
    stack(view).undo()
    assert panel.log_model.row_of(eid) is None


def test_export_from_the_view_writes_the_whole_register(view: RaidPage, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    view.ui.searchEdit.setText("senior")
    out = tmp_path / "raid.xlsx"
    assert view.export_to(out) == view.model.rowCount()
    sheet = load_workbook(out).active
    assert sheet.max_row == view.model.rowCount() + 1
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_program_level_risk_is_exposed_for_other_views(view: RaidPage) -> None:
    with unit_of_work(view.context.portfolio.sessions) as s:
        programs = raid_analysis.program_risk(s)
    assert programs and programs[0].top_risks
    assert programs == sorted(programs, key=lambda p: (-p.exposure, p.program.casefold()))


def test_sorting_by_score_and_review_date_then_typing_keeps_the_order(
    shared_view: RaidPage,
) -> None:
    view = shared_view
    view.proxy.set_filter(RegisterFilter())
    view.ui.registerTable.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
    scores = [_proxy_row(view, n).score for n in range(view.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    view.ui.searchEdit.setText("client")
    shown = [_proxy_row(view, n) for n in range(view.proxy.rowCount())]
    assert shown and all("client" in _haystack(view, r.id) for r in shown)
    assert [r.score for r in shown] == sorted((r.score for r in shown), reverse=True)
    view.ui.registerTable.sortByColumn(Column.REVIEW, Qt.SortOrder.AscendingOrder)
    dates = [_proxy_row(view, n).review_date for n in range(view.proxy.rowCount())]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates[: len(dated)] == dated
    view.ui.searchEdit.clear()
    view.ui.registerTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)


def _proxy_row(view: RaidPage, n: int) -> raid.RaidRow:
    return view.model.row_at(view.proxy.mapToSource(view.proxy.index(n, 0)).row())


def test_column_menu_shows_and_hides_columns(shared_view: RaidPage) -> None:
    view = shared_view
    table = view.ui.registerTable
    assert table.isColumnHidden(Column.PROJECT)
    menu = view.column_menu()
    project = next(a for a in menu.actions() if a.text() == "Project")
    project.setChecked(True)
    assert not table.isColumnHidden(Column.PROJECT) and table.columnWidth(Column.PROJECT) >= 40
    project.setChecked(False)
    assert table.isColumnHidden(Column.PROJECT)
    assert not next(a for a in menu.actions() if a.text() == "Title").isEnabled()


def test_escalation_edit_and_preventive_removal_are_undoable(
    view: RaidPage, panel: EscalationsPanel
) -> None:
    from dataclasses import replace

    panel.select_row(0)
    assert panel.detail is not None
    eid, before = panel.detail.id, panel.detail
    commands.update_escalation(
        view.context.edits, eid, replace(before.data, severity=4, title="Renamed")
    )
    assert escalation(view, eid).data.title == "Renamed"
    assert panel.log_model.row_at(panel.log_model.row_of(eid) or 0).title == "Renamed"
    panel.select_row(panel.log_model.row_of(eid) or 0)
    panel.ui.preventiveTable.setCurrentIndex(panel.preventive_model.index(0, 1))
    panel.ui.removePreventiveButton.click()
    assert len(escalation(view, eid).preventive) == len(before.preventive) - 1
    stack(view).undo()
    stack(view).undo()
    assert escalation(view, eid) == before


def test_new_entry_button_runs_the_editor_and_pushes_one_undo_step(view: RaidPage) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()  # the editor the click just opened
        assert isinstance(dialog, RaidEditorDialog)
        dialog.ui.titleEdit.setText("Client data centre move during UAT")
        select_data(dialog.ui.ownerCombo, 1)
        click_save(dialog)

    before = view.model.rowCount()
    QTimer.singleShot(0, fill_and_save)
    view.ui.newButton.click()
    assert view.model.rowCount() == before + 1
    assert stack(view).count() == 1
    selected = view.selected_row()
    assert selected is not None and selected.title == "Client data centre move during UAT"
    stack(view).undo()
    assert view.model.rowCount() == before


def test_a_chart_is_laid_out_again_for_its_new_size(qtbot: QtBot) -> None:
    from pmo_desktop.gui.raid.charts import ChartView

    sizes: list[tuple[float, float]] = []

    def painter(figure: Any, label: str) -> None:
        sizes.append(tuple(round(v, 2) for v in figure.get_size_inches()))
        figure.clear()
        figure.add_subplot().set_title(label)

    view = ChartView(4.2, 3.8, size_aware=True)
    qtbot.addWidget(view)
    view.resize(420, 380)
    view.show()
    view.draw(painter, "exposure")
    qtbot.waitUntil(lambda: sizes[-1] == (4.2, 3.8))
    view.resize(300, 260)
    qtbot.waitUntil(lambda: sizes[-1] == (3.0, 2.6))
    assert view.figure.axes[0].get_title() == "exposure"  # drawn again with the same data
