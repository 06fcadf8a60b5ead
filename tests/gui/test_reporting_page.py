"""Reports page: models under qtmodeltester, drag and drop reordering, ticks, retro edits
and status report issuing, each undone and redone through the QUndoStack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.reports.page import ReportsPage
from pmo_desktop.services.demo import generate
from pmo_desktop.services.reports import status, workload
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from tests.gui.conftest import make_window

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(tmp_path: Path) -> Portfolio:
    opened = open_portfolio(tmp_path / "demo.sqlite")
    generate(opened.engine, size="small", seed=1, today=TODAY)
    return opened


def _page(qtbot: QtBot, demo: Portfolio, view: str) -> tuple[MainWindow, ReportsPage]:
    window = make_window(qtbot, demo)
    page = window.show_view(view)
    assert isinstance(page, ReportsPage)
    return window, page


def test_models_pass_the_model_tester(qtbot: QtBot, demo: Portfolio, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _, page = _page(qtbot, demo, "status-reports")
    for view in ("retrospectives", "adherence", "improvements", "workload"):
        page.show_view(view)
    for model in (
        page.status_tab.snapshots,
        page.retro_tab.retros,
        page.retro_tab.notes,
        page.retro_tab.actions,
        page.adherence_tab.grid,
        page.adherence_tab.projects,
        page.adherence_tab.pms,
        page.improvements_tab.model,
        page.workload_tab.model,
    ):
        qtmodeltester.check(model)
    assert page.workload_tab.model.rowCount() > 5
    assert page.retro_tab.notes.rowCount() > 0


def test_workload_drop_reorders_and_undo_restores(qtbot: QtBot, demo: Portfolio) -> None:
    window, page = _page(qtbot, demo, "workload")
    model = page.workload_tab.model
    before = model.order()
    mime = model.mimeData([model.index(3, 1)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert model.order() == [before[3], *before[:3], *before[4:]]
    assert model.index(0, 0).data() == "1"
    window.undo_stack.undo()
    assert model.order() == before
    window.undo_stack.redo()
    assert model.order()[0] == before[3]
    with unit_of_work(demo.sessions) as s:
        assert workload.ranked_project_ids(s)[0] == before[3]


def test_move_down_button_is_undoable(qtbot: QtBot, demo: Portfolio) -> None:
    window, page = _page(qtbot, demo, "workload")
    tab = page.workload_tab
    before = tab.model.order()
    tab.view.selectRow(0)
    tab.down_button.click()
    assert tab.model.order()[:2] == [before[1], before[0]]
    window.undo_stack.undo()
    assert tab.model.order() == before


def test_ticking_a_checklist_cell_is_undoable(qtbot: QtBot, demo: Portfolio) -> None:
    window, page = _page(qtbot, demo, "adherence")
    grid = page.adherence_tab.grid
    index = grid.index(0, grid.columnCount() - 1)
    was = grid.data(index, Qt.ItemDataRole.CheckStateRole)
    flipped = Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked
    grid.setData(index, flipped.value, Qt.ItemDataRole.CheckStateRole)
    assert grid.data(index, Qt.ItemDataRole.CheckStateRole) == flipped
    window.undo_stack.undo()
    assert grid.data(index, Qt.ItemDataRole.CheckStateRole) == was


def test_retro_note_vote_and_action_are_undoable(qtbot: QtBot, demo: Portfolio) -> None:
    window, page = _page(qtbot, demo, "retrospectives")
    tab = page.retro_tab
    notes = tab.notes.rowCount()
    tab.note_edit.setText("Share the demo build two days early")
    tab.add_note_button.click()
    assert tab.notes.rowCount() == notes + 1
    target = next(i for i, r in enumerate(tab.notes.rows()) if r.text.startswith("Share"))
    tab.note_view.selectRow(target)
    tab.vote_button.click()
    assert next(r.votes for r in tab.notes.rows() if r.text.startswith("Share")) == 1
    tab.action_edit.setText("Send the build link on Wednesdays")
    tab.add_action_button.click()
    assert any(a.text.startswith("Send the build") for a in tab.actions.rows())
    for _ in range(3):
        window.undo_stack.undo()
    assert tab.notes.rowCount() == notes
    assert not any(a.text.startswith("Send the build") for a in tab.actions.rows())


def test_empty_note_is_refused_with_a_message_and_nothing_saved(
    qtbot: QtBot, demo: Portfolio
) -> None:
    window, page = _page(qtbot, demo, "retrospectives")
    tab = page.retro_tab
    notes = tab.notes.rowCount()
    tab.note_edit.setText("   ")
    tab.add_note_button.click()
    assert tab.notes.rowCount() == notes
    assert tab.error_label.isVisibleTo(tab) and "required" in tab.error_label.text()
    assert window.undo_stack.count() == 0


def test_issuing_a_report_writes_the_pdf_and_a_snapshot_undo_removes_the_snapshot(
    qtbot: QtBot, demo: Portfolio, tmp_path: Path
) -> None:
    window, page = _page(qtbot, demo, "status-reports")
    tab = page.status_tab
    tab.edits["executive_summary"].setPlainText("Delivery is steady; one red project.")
    out = tmp_path / "report.pdf"
    demo_reports = tab.snapshots.rowCount()  # the demo's monthly reports
    snapshot = tab.issue(out, TODAY)
    assert snapshot is not None and out.read_bytes().startswith(b"%PDF")
    assert tab.snapshots.rowCount() == demo_reports + 1
    assert tab.snapshots.row_at(0).id == snapshot, "newest first"
    with unit_of_work(demo.sessions) as s:
        payload = status.snapshot_payload(s, snapshot)
    assert payload["text"]["executive_summary"] == "Delivery is steady; one red project."
    window.undo_stack.undo()
    assert tab.snapshots.rowCount() == demo_reports


def test_workload_drop_event_on_the_view_reorders(qtbot: QtBot, demo: Portfolio) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    window, page = _page(qtbot, demo, "workload")
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    tab = page.workload_tab
    before = tab.model.order()
    mime = tab.model.mimeData([tab.model.index(2, 1)])
    rect = tab.view.visualRect(tab.model.index(0, 1))
    point = QPointF(rect.center().x(), rect.top() + 2)
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.view.dropEvent(event)
    assert tab.model.order()[0] == before[2]
    window.undo_stack.undo()
    assert tab.model.order() == before


def test_proposal_added_linked_to_evidence_and_moved_on_status_all_undoable(
    qtbot: QtBot, demo: Portfolio
) -> None:
    window, page = _page(qtbot, demo, "improvements")
    tab = page.improvements_tab
    count = tab.model.rowCount()
    tab.title_edit.setText("Weekly RAID review")
    tab.problem_edit.setText("Risks raised late")
    tab.add_button.click()
    assert tab.model.rowCount() == count + 1
    row = next(i for i, r in enumerate(tab.model.rows()) if r.data.title == "Weekly RAID review")
    tab.view.selectRow(row)
    tab.evidence_combo.setCurrentIndex(0)
    tab.link_button.click()
    linked = next(r for r in tab.model.rows() if r.data.title == "Weekly RAID review")
    assert len(linked.evidence) == 1
    row = tab.model.rows().index(linked)
    tab.view.selectRow(row)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("approved"))
    tab.status_button.click()
    moved = next(r for r in tab.model.rows() if r.data.title == "Weekly RAID review")
    assert moved.data.status.value == "approved"
    window.undo_stack.undo()
    window.undo_stack.undo()
    back = next(r for r in tab.model.rows() if r.data.title == "Weekly RAID review")
    assert back.data.status.value == "proposed" and not back.evidence
    window.undo_stack.undo()
    assert tab.model.rowCount() == count


def test_checklist_rename_move_and_retire_are_undoable_and_retired_weeks_grey_out(
    qtbot: QtBot, demo: Portfolio, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window, page = _page(qtbot, demo, "adherence")
    tab = page.adherence_tab
    tab.today = TODAY
    tab.refresh()
    editor = tab.checklist
    qtmodeltester.check(editor.model)
    original = [(i.id, i.title, i.active) for i in editor.model.rows()]
    assert tab.report is not None and editor.kind() == tab.report.projects[0].project_type
    editor.view.selectRow(1)
    editor.title_edit.setText("Status pack sent to the sponsor")
    editor.rename_button.click()
    assert editor.model.row_at(1).title == "Status pack sent to the sponsor"
    assert tab.grid.headerData(1, Qt.Orientation.Vertical) == "Status pack sent to the sponsor"
    editor.view.selectRow(1)
    editor.up_button.click()
    assert editor.model.row_at(0).id == original[1][0]
    assert editor.selected() is not None and editor.selected().id == original[1][0]
    editor.retire_button.click()
    retired = editor.model.row_at(0)
    assert not retired.active and editor.retire_button.text() == "Reactivate"
    this_week = tab.grid.index(0, tab.grid.columnCount() - 1)
    last_week = tab.grid.index(0, tab.grid.columnCount() - 2)
    assert this_week.data() == "—"
    assert not tab.grid.flags(this_week) & Qt.ItemFlag.ItemIsUserCheckable
    assert tab.grid.flags(last_week) & Qt.ItemFlag.ItemIsUserCheckable
    for _ in range(3):
        window.undo_stack.undo()
    assert [(i.id, i.title, i.active) for i in editor.model.rows()] == original
    for _ in range(3):
        window.undo_stack.redo()
    assert editor.model.row_at(0).title == "Status pack sent to the sponsor"
    assert not editor.model.row_at(0).active


def test_reactivating_a_line_later_keeps_the_weeks_it_was_retired_greyed_and_undoes(
    qtbot: QtBot, demo: Portfolio
) -> None:
    from datetime import timedelta

    from pmo_desktop.gui.reports.checklist import item_history, item_status

    window, page = _page(qtbot, demo, "adherence")
    tab = page.adherence_tab
    tab.today = TODAY - timedelta(weeks=2)
    tab.refresh()
    editor = tab.checklist
    editor.view.selectRow(0)
    line = editor.model.row_at(0)
    assert line.active
    editor.retire_button.click()
    tab.today = TODAY
    tab.refresh()
    editor.view.selectRow(0)
    assert editor.retire_button.text() == "Reactivate"
    editor.retire_button.click()
    back = editor.model.row_at(0)
    assert back.id == line.id and back.active
    assert item_status(back) == "Since 23 Nov 2026"
    assert "retired from 09 Nov 2026" in item_history(back)
    assert "from 23 Nov 2026 on" in item_history(back)
    # The grid ends with this week: the two weeks while it was retired stay off the checklist.
    last = tab.grid.columnCount() - 1
    cells = [tab.grid.index(0, column) for column in (last - 2, last - 1, last)]
    checkable = [bool(tab.grid.flags(c) & Qt.ItemFlag.ItemIsUserCheckable) for c in cells]
    assert checkable == [False, False, True]
    window.undo_stack.undo()
    assert not editor.model.row_at(0).active
    assert item_status(editor.model.row_at(0)) == "Retired from 09 Nov 2026"
    window.undo_stack.undo()
    assert editor.model.row_at(0).periods == line.periods
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert editor.model.row_at(0).active
    assert [(p.counts_from, p.retired_from) for p in editor.model.row_at(0).periods] == [
        (None, date(2026, 11, 9)),
        (date(2026, 11, 23), None),
    ]


def test_proposal_edit_shows_errors_by_the_field_and_delete_undo_restores_evidence(
    qtbot: QtBot, demo: Portfolio
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window, page = _page(qtbot, demo, "improvements")
    tab = page.improvements_tab
    row = next(i for i, r in enumerate(tab.model.rows()) if r.evidence)
    proposal = tab.model.row_at(row)
    tab.view.selectRow(row)
    dialog = tab.editor_for(proposal)
    qtbot.addWidget(dialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    dialog.ui.problemEdit.setPlainText("  ")
    save.click()
    assert "required" in dialog.ui.problemError.text()
    assert window.undo_stack.count() == 0, "nothing half-saved"
    dialog.ui.problemEdit.setPlainText(proposal.data.problem)
    dialog.ui.titleEdit.setText("Impact estimate on every change request")
    dialog.ui.measuredEdit.setText("Scope variance 3 % this quarter")
    save.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    edited = next(r for r in tab.model.rows() if r.id == proposal.id)
    assert edited.data.title == "Impact estimate on every change request"
    assert edited.data.measured_effect == "Scope variance 3 % this quarter"
    assert edited.evidence == proposal.evidence
    window.undo_stack.undo()
    assert next(r for r in tab.model.rows() if r.id == proposal.id).data == proposal.data

    count = tab.model.rowCount()
    tab.view.selectRow(next(i for i, r in enumerate(tab.model.rows()) if r.id == proposal.id))
    tab.delete_button.click()
    assert tab.model.rowCount() == count - 1
    assert all(r.id != proposal.id for r in tab.model.rows())
    window.undo_stack.undo()
    restored = next(r for r in tab.model.rows() if r.id == proposal.id)
    assert restored == proposal, "same id, fields and evidence links"
    window.undo_stack.redo()
    assert tab.model.rowCount() == count - 1


def test_status_tab_opens_on_the_latest_report_and_its_health_over_time(
    qtbot: QtBot, demo: Portfolio
) -> None:
    _, page = _page(qtbot, demo, "status-reports")
    tab = page.status_tab
    newest = tab.snapshots.row_at(0)
    assert tab.target() == (newest.scope, newest.program_id)
    assert tab.history_title.text().endswith("(6 issued reports)")
    tab.target_combo.setCurrentIndex(0)  # a client: nothing issued for it in the demo
    assert tab.history_title.text().endswith("(0 issued reports)")
