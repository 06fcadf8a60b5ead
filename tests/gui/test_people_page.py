"""The People page: models under qtmodeltester, proxy counts, undo/redo of each edit through
the QUndoStack, carry-over in the 1:1 editor, the read-only final evaluation, the bias
highlighter and calibration charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextDocument, QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.goals import GoalStatus
from pmo_desktop.domain.people import FeedbackKind
from pmo_desktop.domain.rating import EvaluationStatus
from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.people import models
from pmo_desktop.gui.people.bias import BiasHighlighter, flag_at
from pmo_desktop.gui.people.page import PeoplePage
from pmo_desktop.gui.row_model import RowModel
from pmo_desktop.services.people import calibration, frameworks, growth, onboarding
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people.growth import FeedbackInput, GoalInput
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from tests.conftest import make_demo_file, opened_copy


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, generated once for the module."""
    return make_demo_file(tmp_path_factory.mktemp("people-demo"), seed=2)


@pytest.fixture
def portfolio(demo_file: Path, tmp_path: Path) -> Iterator[Portfolio]:
    """A private copy of the demo for one test."""
    with opened_copy(demo_file, tmp_path) as opened:
        yield opened


@pytest.fixture
def page(qtbot: QtBot, portfolio: Portfolio) -> PeoplePage:
    """The People page on the demo, refreshed."""
    stack = QUndoStack()
    registry = default_areas()
    view = PeoplePage(AreaContext(portfolio, stack), registry.area("people"))
    view.stack = stack  # type: ignore[attr-defined]  # keep it alive with the page
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.refresh()
    return view


def _stack(page: PeoplePage) -> QUndoStack:
    return page.context.undo_stack


def test_every_model_passes_the_model_tester(page: PeoplePage, qtmodeltester: object) -> None:
    page.show_view("evaluation")
    page.ui.personTabs.setCurrentIndex(0)
    models = [
        page.model,
        page.proxy,
        page.one_on_ones.timeline,
        page.one_on_ones.points,
        page.one_on_ones.actions,
        page.evaluation.ratings,
        page.evaluation.evidence,
        page.evaluation.attached,
    ]
    for tab in range(page.ui.personTabs.count()):
        page.ui.personTabs.setCurrentIndex(tab)
    models += [page.goals.model, page.feedback.model, page.onboarding.model, page.okr_model]
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 12
    assert page.evaluation.ratings.rowCount() == 6
    assert page.feedback.model.rowCount() > 5


def test_roster_filter_counts_match_the_source(page: PeoplePage) -> None:
    source = page.model.rows()
    page.ui.searchEdit.setText("SPM")
    assert page.proxy.rowCount() == sum(
        1 for r in source if "spm" in r.role.value.lower() or "spm" in r.name.lower()
    )
    page.ui.searchEdit.setText("")
    assert page.proxy.rowCount() == page.model.rowCount() == len(source)


def test_new_one_on_one_carries_open_items_and_undo_redo_keeps_ids(page: PeoplePage) -> None:
    panel = page.one_on_ones
    person = page.person_id
    assert person is not None
    before = panel.timeline.rowCount()
    open_before = [a.text for a in page.context.edits.read(lambda s: svc.open_actions(s, person))]
    panel.new_one_on_one(date.today() + timedelta(days=1))
    assert panel.timeline.rowCount() == before + 1
    assert panel.detail is not None
    new_id = panel.detail.id
    assert [a.text for a in panel.detail.actions] == open_before
    assert all(a.carried_from_id for a in panel.detail.actions)
    _stack(page).undo()
    assert panel.timeline.rowCount() == before
    _stack(page).redo()
    assert panel.timeline.rowCount() == before + 1
    assert new_id in [r.id for r in panel.timeline.rows()]


def test_new_one_on_one_brings_the_persons_open_retro_actions(page: PeoplePage) -> None:
    from pmo_desktop.domain.reporting import RetroFormat
    from pmo_desktop.services.reports import retrospectives as reporting

    person = page.person_id
    assert person is not None
    today = date.today()

    def seed(s):  # type: ignore[no-untyped-def]
        from pmo_desktop.services.portfolio import list_projects

        project = list_projects(s)[0].id
        data = reporting.RetroData("Launch retro", RetroFormat.START_STOP_CONTINUE, today, project)
        retro = reporting.create_retrospective(s, data)
        reporting.add_retro_action(
            s, retro, reporting.RetroActionData("Write the cut-over runbook", person, today)
        )

    with unit_of_work(page.context.portfolio.sessions) as s:
        seed(s)
    page.one_on_ones.new_one_on_one(today + timedelta(days=1))
    detail = page.one_on_ones.detail
    assert detail is not None
    assert any("Write the cut-over runbook" in p.text for p in detail.points)


def test_adding_and_ticking_an_action_are_undoable(page: PeoplePage) -> None:
    panel = page.one_on_ones
    panel.new_one_on_one(date.today() + timedelta(days=1))
    count = panel.actions.rowCount()
    panel.ui.actionEdit.setText("Book the lessons-learned session")
    panel.add_action()
    assert panel.actions.rowCount() == count + 1
    row = panel.actions.rows()[-1]
    index = panel.actions.index(count, 0)
    assert panel.actions.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.actions.rows()[-1].done
    _stack(page).undo()
    assert not panel.actions.rows()[-1].done
    _stack(page).undo()
    assert row.id not in [a.id for a in panel.actions.rows()]
    _stack(page).redo()
    assert row.id in [a.id for a in panel.actions.rows()]


def test_an_empty_talking_point_is_refused_next_to_the_field(page: PeoplePage) -> None:
    panel = page.one_on_ones
    depth = _stack(page).count()
    panel.ui.pointEdit.setText("   ")
    panel.add_point()
    assert "required" in panel.ui.errorLabel.text()
    assert _stack(page).count() == depth


def test_notes_are_saved_as_markdown_and_undone(page: PeoplePage) -> None:
    panel = page.one_on_ones
    assert panel.detail is not None
    mid, old = panel.detail.id, panel.detail.notes
    panel.ui.notesEdit.setMarkdown("**Agreed** the re-plan\n\n- ship in May\n")
    panel.ui.notesEdit.document().setModified(True)
    panel.save_notes()
    saved = page.context.edits.read(lambda s: svc.one_on_one(s, mid)).notes
    assert "**Agreed**" in saved and "- ship in May" in saved
    _stack(page).undo()
    assert page.context.edits.read(lambda s: svc.one_on_one(s, mid)).notes == old


def test_goal_and_feedback_edits_are_undoable(page: PeoplePage) -> None:
    person = page.person_id
    assert person is not None
    goals = page.goals
    goals.set_person(person)
    n = goals.model.rowCount()
    data = GoalInput(
        "Run the Q3 steering",
        "meetings",
        "6",
        date(2026, 7, 1),
        date(2026, 9, 30),
        50,
        GoalStatus.AT_RISK,
    )
    outcome = page.context.edits.run(
        "people",
        "Add goal",
        lambda s: growth.add_goal(s, person, data),
        lambda s, row: growth.delete_goal(s, row.id),
        lambda s, row: growth.restore_goal(s, row),
    )
    assert outcome.ok
    goals.refresh()
    assert goals.model.rowCount() == n + 1
    _stack(page).undo()
    goals.refresh()
    assert goals.model.rowCount() == n
    feedback = page.feedback
    feedback.set_person(person)
    m = feedback.model.rowCount()
    entry = FeedbackInput(date(2026, 5, 2), FeedbackKind.PRAISE, "Closed the RAID actions")
    page.context.edits.run(
        "people",
        "Log feedback",
        lambda s: growth.add_feedback(s, person, entry),
        lambda s, fid: growth.delete_feedback(s, fid),
        lambda s, fid: growth.restore_feedback(s, fid, person, entry),
    )
    feedback.refresh()
    assert feedback.model.rowCount() == m + 1
    _stack(page).undo()
    feedback.refresh()
    assert feedback.model.rowCount() == m
    _stack(page).redo()
    feedback.refresh()
    assert feedback.model.rowCount() == m + 1


def test_goal_dialog_shows_the_error_next_to_the_field(page: PeoplePage, qtbot: QtBot) -> None:
    from pmo_desktop.gui.people.dialogs import GoalDialog

    seen: list[object] = []

    def save(data: object) -> object:
        seen.append(data)
        from pmo_desktop.domain.errors import ValidationError

        return ValidationError("the due date is before the start date", "due_date")

    dialog = GoalDialog(save)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.setText("Ship")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.dueError.text() == "the due date is before the start date"
    assert dialog.result() == 0 and len(seen) == 1


def test_final_evaluation_is_read_only_until_reopened_with_a_reason(page: PeoplePage) -> None:
    page.show_view("evaluation")
    panel = page.evaluation
    assert panel.detail is not None
    if panel.detail.status is EvaluationStatus.SHARED:
        assert panel.set_status(EvaluationStatus.DRAFT, "Correction")
        assert panel.set_status(EvaluationStatus.FINAL)
    assert panel.detail.status is EvaluationStatus.FINAL
    assert not panel.ui.applyRatingButton.isEnabled()
    assert panel.ui.commentEdit.isReadOnly()
    assert not panel.set_status(EvaluationStatus.DRAFT, "")  # a reason is required
    assert "reason" in panel.ui.errorLabel.text()
    assert panel.set_status(EvaluationStatus.DRAFT, "New client feedback")
    assert panel.detail.status is EvaluationStatus.DRAFT
    assert panel.ui.applyRatingButton.isEnabled()
    assert panel.detail.reopenings[-1].reason == "New client feedback"
    row = panel.detail.ratings[0]
    panel.ui.ratingSpin.setValue(5)
    panel.ui.commentEdit.setPlainText("Led the cut-over weekend with zero P1 incidents.")
    panel.save_rating()
    assert panel.detail.ratings[0].rating == 5
    _stack(page).undo()
    assert panel.detail.ratings[0].rating == row.rating
    _stack(page).undo()  # the reopening
    assert panel.detail.status is EvaluationStatus.FINAL
    assert all(x.reason != "New client feedback" for x in panel.detail.reopenings)


def test_evidence_is_attached_from_the_panel_and_detached_with_undo(page: PeoplePage) -> None:
    page.show_view("evaluation")
    panel = page.evaluation
    assert panel.detail is not None
    if not panel.detail.status.editable:
        assert panel.set_status(EvaluationStatus.DRAFT, "Add evidence")
    assert panel.evidence.rowCount() > 0
    before = len(panel.detail.ratings[0].evidence)
    panel.ui.evidenceList.setCurrentIndex(panel.evidence.index(0, 0))
    panel.attach_evidence()
    assert len(panel.detail.ratings[0].evidence) == before + 1
    assert panel.attached.rowCount() == before + 1
    _stack(page).undo()
    assert len(panel.detail.ratings[0].evidence) == before
    _stack(page).redo()
    assert len(panel.detail.ratings[0].evidence) == before + 1


def test_cadence_change_moves_the_next_one_on_one_and_undoes(page: PeoplePage) -> None:
    row = page._row(page.person_id)
    assert row is not None
    combo = page.ui.cadenceCombo
    combo.setCurrentIndex(combo.findData("monthly"))
    combo.activated.emit(combo.currentIndex())
    assert page._row(page.person_id).cadence.value == "monthly"  # type: ignore[union-attr]
    _stack(page).undo()
    assert page._row(page.person_id).cadence is row.cadence  # type: ignore[union-attr]


def test_bias_highlighter_underlines_flagged_words_with_a_reason() -> None:
    document = QTextDocument()
    highlighter = BiasHighlighter(document)
    document.setPlainText("She can be abrasive in meetings. Helpful when the vendor slipped.")
    highlighter.rehighlight()  # normally done by the event loop right after the change
    ranges = document.firstBlock().layout().formats()
    underlined = [
        (r.start, r.length)
        for r in ranges
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert underlined == [(11, len("abrasive"))]
    flag = flag_at(document.firstBlock().text(), 12)
    assert flag is not None and "situation" in flag.message
    assert highlighter.document() is document


def test_calibration_draws_three_charts(page: PeoplePage) -> None:
    page.show_view("calibration")
    assert page.ui.periodCombo.count() >= 2
    assert len(page.charts.canvases) == 3
    assert "rated" in page.ui.calibrationNote.text()


def test_roster_columns_show_what_a_manager_reads(page: PeoplePage) -> None:
    model = RowModel(models.ROSTER)
    model.set_rows(page.model.rows())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Name", "Role", "Tenure", "Next 1:1", "Open actions"]
    with unit_of_work(page.context.portfolio.sessions) as s:
        ev_rows = calibration.periods_with_evaluations(s)
    assert ev_rows


def test_scoring_a_key_result_recolours_the_objective_and_undoes(page: PeoplePage) -> None:
    page.show_view("okrs")
    rows = page.okr_model.rows()
    objective, kr = next(r for r in rows if r[1] is not None)
    page.score_key_result(kr.id, kr.title, 0.1)
    scored = {k.id: k.score for o, k in page.okr_model.rows() if k is not None}
    assert scored[kr.id] == 0.1
    _stack(page).undo()
    page.show_view("okrs")
    page._refresh_main_tab()
    scored = {k.id: k.score for o, k in page.okr_model.rows() if k is not None}
    assert scored[kr.id] == kr.score
    assert objective.score is not None


def test_framework_editor_saves_an_edited_competency_undoably(
    page: PeoplePage, qtbot: QtBot, qtmodeltester: object
) -> None:
    from pmo_desktop.domain.enums import Role
    from pmo_desktop.domain.rating import default_framework
    from pmo_desktop.gui.people.framework import FrameworkDialog

    panel = page.evaluation
    current = {role: list(default_framework(role)) for role in Role}
    dialog = FrameworkDialog(current, panel.save_frameworks)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("PM"))
    dialog.ui.nameEdit.setText("Delivery excellence")
    dialog.ui.nameEdit.textEdited.emit("Delivery excellence")
    dialog.add()
    assert dialog.model.rowCount() == 7
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == 1
    names = [c.name for c in page.context.edits.read(lambda s: frameworks.framework(s, Role.PM))]
    assert names[0] == "Delivery excellence" and len(names) == 7
    _stack(page).undo()
    assert page.context.edits.read(lambda s: frameworks.framework(s, Role.PM)) == default_framework(
        Role.PM
    )
    _stack(page).redo()
    assert len(page.context.edits.read(lambda s: frameworks.framework(s, Role.PM))) == 7


def test_framework_editor_refuses_duplicate_keys_next_to_the_form(
    page: PeoplePage, qtbot: QtBot
) -> None:
    from pmo_desktop.domain.enums import Role
    from pmo_desktop.domain.rating import default_framework
    from pmo_desktop.gui.people.framework import FrameworkDialog

    dialog = FrameworkDialog(
        {r: list(default_framework(r)) for r in Role}, page.evaluation.save_frameworks
    )
    qtbot.addWidget(dialog)
    dialog.ui.keyEdit.setText("client")
    dialog.ui.keyEdit.textEdited.emit("client")
    depth = _stack(page).count()
    dialog.ui.buttonBox.accepted.emit()
    assert "own key" in dialog.ui.formError.text()
    assert _stack(page).count() == depth


def test_starting_onboarding_undo_redo_keeps_the_same_items(page: PeoplePage) -> None:
    rows = page.model.rows()
    person = next(r for r in rows if not r.onboarding_total)
    page.select_person(person.id)
    page.ui.personTabs.setCurrentIndex(3)
    panel = page.onboarding
    panel.start_plan(date(2026, 11, 2), None)
    first = [i.id for i in panel.model.rows()]
    assert len(first) == 12
    index = panel.model.index(0, 0)
    panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _stack(page).undo()
    _stack(page).undo()
    panel.refresh()
    assert panel.model.rowCount() == 0
    _stack(page).redo()
    _stack(page).redo()
    panel.refresh()
    assert [i.id for i in panel.model.rows()] == first
    assert panel.model.rows()[0].done


def test_template_lines_parse_and_bad_lines_are_named() -> None:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.gui.people.template import parse_template, template_text

    items = [("Laptop and accounts", 1), ("Learn: first 1:1", 30)]
    assert parse_template(template_text(items)) == items
    with pytest.raises(ValidationError, match="line 2"):
        parse_template("1: Laptop\nthirty: Learn")


def test_template_editor_saves_undoably(page: PeoplePage, qtbot: QtBot) -> None:
    from pmo_desktop.gui.people.template import TemplateDialog

    saved: list[list[tuple[str, int]]] = []

    def save(items: list[tuple[str, int]]) -> object:
        saved.append(items)
        return page.context.edits.run(
            "people",
            "Edit onboarding template",
            lambda s: onboarding.set_onboarding_template(s, items),
            lambda s, previous: onboarding.set_onboarding_template(s, previous),
        ).error

    before = page.context.edits.read(onboarding.onboarding_template)
    dialog = TemplateDialog([(t.title, t.due_offset_days) for t in before], save)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.ui.templateEdit.setPlainText("0: Welcome breakfast\n45: Own a status report")
    dialog.ui.buttonBox.accepted.emit()
    after = page.context.edits.read(onboarding.onboarding_template)
    assert [(t.title, t.due_offset_days) for t in after] == [
        ("Welcome breakfast", 0),
        ("Own a status report", 45),
    ]
    _stack(page).undo()
    restored = page.context.edits.read(onboarding.onboarding_template)
    assert [(t.title, t.due_offset_days) for t in restored] == [
        (t.title, t.due_offset_days) for t in before
    ]


def test_objectives_and_key_results_are_added_undoably(page: PeoplePage) -> None:
    page.show_view("okrs")
    before = page.okr_model.rowCount()
    page.add_objective("Cut the time to staff a new project")
    assert page.okr_model.rowCount() == before + 1
    page.ui.okrTable.setCurrentIndex(page.okr_model.index(before, 0))
    page.add_key_result("Median days to staff ≤ 5")
    assert page.okr_model.rowCount() == before + 2
    _stack(page).undo()
    page._refresh_main_tab()
    assert page.okr_model.rowCount() == before + 1
    _stack(page).undo()
    page._refresh_main_tab()
    assert page.okr_model.rowCount() == before


def test_feedback_edit_is_undoable(page: PeoplePage) -> None:
    person = page.person_id
    assert person is not None
    row = page.context.edits.read(lambda s: growth.feedback(s, person))[0]
    changed = FeedbackInput(
        row.day,
        row.kind,
        "Rewrote the plan with the client",
        row.situation,
        row.impact,
        row.project_id,
    )
    page.context.edits.run(
        "people",
        "Edit feedback",
        lambda s: growth.update_feedback(s, row.id, changed),
        lambda s, prev: growth.update_feedback(s, row.id, prev),
    )
    assert page.context.edits.read(lambda s: growth.feedback(s, person))[0].behaviour == (
        "Rewrote the plan with the client"
    )
    _stack(page).undo()
    assert page.context.edits.read(lambda s: growth.feedback(s, person))[0] == row
