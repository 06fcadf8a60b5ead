"""Two managers on the same records through the real editors: nothing either saved is lost.

The colleague writes through the services in their own unit of work while this manager's
editor is open, as another manager's app on the same database would.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Changed, Edits
from pmo_desktop.gui.people import commands as people_commands
from pmo_desktop.gui.people.one_on_one import OneOnOnePanel
from pmo_desktop.gui.pipeline import commands as pipeline_commands
from pmo_desktop.gui.raid.editor import RaidEditorDialog
from pmo_desktop.gui.staffing.controller import StaffingController
from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.services import deletion
from pmo_desktop.services.concurrency import snapshot
from pmo_desktop.services.people import one_on_ones, roster, team
from pmo_desktop.services.pipeline import board
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.edit import MilestoneData
from pmo_desktop.services.raid import edits as raid_edits
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.staffing import edits as staffing_edits
from pmo_desktop.services.staffing import grid as staffing_grid
from pmo_desktop.services.staffing.edits import CellState
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store.models import Project
from tests.conftest import make_demo_file


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("team-edits"))


@pytest.fixture
def shared(template: Path, tmp_path: Path) -> Iterator[tuple[Portfolio, Portfolio]]:
    copy = tmp_path / "shared.sqlite"
    copy.write_bytes(template.read_bytes())
    mine, theirs = open_portfolio(copy), open_portfolio(copy)
    try:
        yield mine, theirs
    finally:
        mine.close()
        theirs.close()


def _entry(portfolio: Portfolio) -> raid.RaidDetail:
    with unit_of_work(portfolio.sessions) as session:
        first = raid.list_register(session)[0]
        return raid.get_item(session, first.id)


def _colleague_saves(portfolio: Portfolio, item_id: int, **values: object) -> None:
    with unit_of_work(portfolio.sessions) as session:
        data = raid.get_item(session, item_id).data
        raid_edits.update_item(
            session, item_id, dataclasses.replace(data, **values), who="colleague"
        )


def test_two_editors_changing_different_fields_of_a_risk_keep_both(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    entry = _entry(mine)
    context = AreaContext(mine, QUndoStack())
    dialog = RaidEditorDialog(context, raid.Choices((), (), (), ()), entry)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _colleague_saves(theirs, entry.id, description="Vendor confirmed the delay — 名前 & <b>")
    dialog.ui.titleEdit.setText(entry.data.title + " (escalated)")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with unit_of_work(mine.sessions) as session:
        now = raid.get_item(session, entry.id)
    assert now.data.title == entry.data.title + " (escalated)"
    assert now.data.description == "Vendor confirmed the delay — 名前 & <b>"
    titles = [h for h in now.history if h.field == "title"]
    assert [h.new_value for h in titles][-1] == now.data.title
    assert not [h for h in now.history if h.field == "description"]  # nothing claimed of theirs
    context.undo_stack.undo()  # my title goes back; their description stays
    with unit_of_work(mine.sessions) as session:
        undone = raid.get_item(session, entry.id)
    assert undone.data.title == entry.data.title
    assert undone.data.description == "Vendor confirmed the delay — 名前 & <b>"


def test_two_editors_changing_the_same_field_is_refused_in_the_editor(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    entry = _entry(mine)
    context = AreaContext(mine, QUndoStack())
    dialog = RaidEditorDialog(context, raid.Choices((), (), (), ()), entry)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _colleague_saves(theirs, entry.id, title="Renamed by a colleague")
    dialog.ui.titleEdit.setText("Renamed by me")
    dialog._save()
    assert dialog.result() != dialog.DialogCode.Accepted  # still open, nothing lost
    assert (
        "conflicting" in dialog.ui.formError.text() or "conflicting" in dialog.ui.titleError.text()
    )
    with unit_of_work(mine.sessions) as session:
        assert raid.get_item(session, entry.id).data.title == "Renamed by a colleague"
    assert context.undo_stack.count() == 0


# --------------------------------------------------------------------------- projects


def _project_editor_opens(portfolio: Portfolio, project_id: int):  # type: ignore[no-untyped-def]
    """What the project editor reads when it opens: the bundle and the rows behind it."""
    with unit_of_work(portfolio.sessions) as session:
        bundle = pipeline_edit.get_project(session, project_id)
        return bundle, snapshot(session, pipeline_commands.record_rows("project", project_id))


def _a_project(portfolio: Portfolio) -> int:
    with unit_of_work(portfolio.sessions) as session:
        return next(
            c.id for c in board.board_cards(session, date.today()) if c.stage is Stage.ACTIVE
        )


def _milestone_names(portfolio: Portfolio, project_id: int) -> list[str]:
    with unit_of_work(portfolio.sessions) as session:
        return sorted(m.name for m in pipeline_edit.get_project(session, project_id).milestones)


def test_a_milestone_a_colleague_adds_survives_my_project_save(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    pid = _a_project(mine)
    bundle, seen = _project_editor_opens(mine, pid)
    their_bundle = _project_editor_opens(theirs, pid)[0]
    added = MilestoneData("UAT sign-off 名前", date(2026, 9, 1), date(2026, 9, 1))
    with unit_of_work(theirs.sessions) as session:
        pipeline_edit.save_project(
            session,
            pid,
            dataclasses.replace(their_bundle, milestones=(*their_bundle.milestones, added)),
        )
    edits = Edits(mine, QUndoStack())
    mine_saved = dataclasses.replace(bundle, budget_cents=bundle.budget_cents + 100_00)
    outcome = pipeline_commands.save_project(edits, pid, mine_saved, seen=seen)
    assert outcome.ok, outcome.error
    assert "UAT sign-off 名前" in _milestone_names(mine, pid)
    assert len(_milestone_names(mine, pid)) == len(bundle.milestones) + 1
    with unit_of_work(mine.sessions) as session:
        assert pipeline_edit.get_project(session, pid).budget_cents == mine_saved.budget_cents


def test_saving_a_project_a_colleague_deleted_does_not_bring_it_back(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    pid = _a_project(mine)
    bundle, seen = _project_editor_opens(mine, pid)
    with unit_of_work(theirs.sessions) as session:
        deletion.delete_record(session, "project", pid)
    edits = Edits(mine, QUndoStack())
    outcome = pipeline_commands.save_project(
        edits, pid, dataclasses.replace(bundle, name="Still mine"), seen=seen
    )
    assert outcome.error is not None and "deleted by someone else" in outcome.error.message
    with unit_of_work(mine.sessions) as session:
        assert session.get(Project, pid) is None


# --------------------------------------------------------------------------- 1:1 notes


def test_notes_two_managers_typed_into_one_1on1_are_both_kept(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    with unit_of_work(mine.sessions) as session:
        person = team.team_roster(session, date.today())[0]
        meeting = one_on_ones.one_on_ones(session, person.id)[0]
        one_on_ones.update_one_on_one(session, meeting.id, notes="Agenda\n\nStaffing\n\nGoals\n")
    panel = OneOnOnePanel(AreaContext(mine, QUndoStack()))
    qtbot.addWidget(panel)
    panel.set_person(person.id, person.name)
    panel._load(meeting.id)
    with unit_of_work(theirs.sessions) as session:  # a colleague adds a line at the top
        one_on_ones.update_one_on_one(
            session, meeting.id, notes="Visited client 😀\n\nAgenda\n\nStaffing\n\nGoals\n"
        )
    markdown = panel.ui.notesEdit.toMarkdown()
    panel.ui.notesEdit.document().setMarkdown(markdown + "\nأهداف: promotion case\n")
    panel.save_notes()
    with unit_of_work(mine.sessions) as session:
        stored = one_on_ones.one_on_one(session, meeting.id).notes
    assert "Visited client 😀" in stored and "أهداف: promotion case" in stored
    assert "Visited client 😀" in panel.ui.notesEdit.toMarkdown()  # the editor shows both


# --------------------------------------------------------------------------- staffing


def _cell(portfolio: Portfolio, key: tuple[int, int, date]) -> float:
    with unit_of_work(portfolio.sessions) as session:
        found = staffing_grid.read_cells(session, [key])
    return found[key][1] if key in found else 0.0


def _colleague_sets(portfolio: Portfolio, key: tuple[int, int, date], hours: float) -> None:
    with unit_of_work(portfolio.sessions) as session:
        staffing_edits.set_cells(session, [CellState(*key, hours)])


def _staffing_grid(qtbot: QtBot, portfolio: Portfolio):  # type: ignore[no-untyped-def]
    model = StaffingGridModel()
    controller = StaffingController(AreaContext(portfolio, QUndoStack()), model)
    failed: list[str] = []
    controller.failed.connect(failed.append)
    with unit_of_work(portfolio.sessions) as session:
        weeks = staffing_grid.plan_weeks(session)[:8]
        model.load(staffing_grid.read_grid(session, weeks))
        key = next(iter(sorted(model.figures.grid.cells)))
    return model, controller, failed, key


def test_hours_a_colleague_set_in_a_cell_are_not_overwritten_unseen(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    _model, controller, failed, key = _staffing_grid(qtbot, mine)
    _colleague_sets(theirs, key, 13.0)  # my grid still shows the old hours
    assert not controller.set_hours(*key, 21.0)
    assert failed and "conflicting" in failed[-1]
    assert _cell(mine, key) == 13.0 and controller.edits.stack.count() == 0


def test_an_undo_of_hours_a_colleague_changed_since_leaves_theirs(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    _model, controller, _failed, key = _staffing_grid(qtbot, mine)
    assert controller.set_hours(*key, 21.0)
    _colleague_sets(theirs, key, 5.0)
    reported: list[str] = []
    import pmo_desktop.gui.failures as failures_module

    original = failures_module.report_failure
    failures_module.report_failure = lambda exc, **_kw: reported.append(str(exc))  # type: ignore[assignment]
    try:
        controller.edits.stack.undo()
    finally:
        failures_module.report_failure = original
    assert _cell(mine, key) == 5.0 and reported  # theirs stays; the undo said why


def test_an_open_editor_says_so_when_a_colleague_changes_or_deletes_its_entry(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    entry = _entry(mine)
    context = AreaContext(mine, QUndoStack())
    dialog = RaidEditorDialog(context, raid.Choices((), (), (), ()), entry)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    context.edits.changed.emit(Changed("*", "", frozenset({"*"}), external=True))
    assert dialog.their_change is None  # nothing changed: nothing said
    _colleague_saves(theirs, entry.id, description="Changed elsewhere")
    context.edits.changed.emit(Changed("*", "", frozenset({"raid_item"}), external=True))
    assert dialog.their_change == (entry.id, False)
    assert "changed this entry meanwhile" in dialog.ui.formError.text()
    with unit_of_work(theirs.sessions) as session:
        raid_edits.delete_item(session, entry.id)
    context.edits.changed.emit(Changed("*", "", frozenset({"raid_item"}), external=True))
    assert dialog.their_change == (entry.id, True)
    assert "deleted this entry" in dialog.ui.formError.text()


def test_a_person_edited_by_two_managers_keeps_both_changes(
    qtbot: QtBot, shared: tuple[Portfolio, Portfolio]
) -> None:
    mine, theirs = shared
    with unit_of_work(mine.sessions) as session:
        person_id = team.team_roster(session, date.today())[0].id
        data = roster.person_data(session, person_id)
        seen = snapshot(session, people_commands.person_rows(person_id))
    with unit_of_work(theirs.sessions) as session:
        roster.update_person(
            session, person_id, dataclasses.replace(data, email="new@acme.example")
        )
    edits = Edits(mine, QUndoStack())
    outcome = people_commands.edit_person(
        edits, person_id, dataclasses.replace(data, notes="Wants to lead a program"), seen=seen
    )
    assert outcome.ok, outcome.error
    with unit_of_work(mine.sessions) as session:
        now = roster.person_data(session, person_id)
    assert (now.email, now.notes) == ("new@acme.example", "Wants to lead a program")
