"""The GUI never fails silently: a failure in a slot, a timer or an undo command ends in one
dialog (plain text, no SQL, no row values) and in the data folder's log; the undo stack never
counts an edit that failed. User text is shown literally, never as HTML."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui import failures
from pmo_desktop.gui.areas import default_areas
from pmo_desktop.gui.edits import Edits
from pmo_desktop.gui.failures import FailureReporter, GuardedCommand
from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.pipeline import commands as pipeline_commands
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.reports.page import ReportsPage
from pmo_desktop.services.demo import generate
from pmo_desktop.services.failures import LOG_FILE, LOG_FOLDER, LOGGER_NAME
from pmo_desktop.services.pipeline import board as pipeline
from pmo_desktop.services.reports import retrospectives as reporting
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store.models import Client, Program, Project

from .conftest import make_window

SECRET = "secret HR text"


def disk_full(*_args: object, **_kwargs: object) -> None:
    """A service call on a full disk, as SQLAlchemy raises it (SQL and values in its text)."""
    raise OperationalError(
        "INSERT INTO people (name) VALUES (:name)",
        {"name": SECRET},
        sqlite3.OperationalError("database or disk is full"),
    )


@contextmanager
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FailureReporter]:
    """The app's failure reporting, logging into ``tmp_path`` as the data folder.

    Installed inside the test body: pytest-qt sets its own excepthook for each test phase.
    """
    monkeypatch.setenv("PMO_DESKTOP_DATA_DIR", str(tmp_path))
    from pmo_desktop.paths import data_dir

    reporter = failures.install(data_dir())
    try:
        yield reporter
    finally:
        if reporter.box is not None:
            reporter.box.done(0)
        failures.uninstall()


def shown_box(qtbot: QtBot, reporter: FailureReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert reporter.box is not None
    return reporter.box


def log_text(tmp_path: Path) -> str:
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    return (tmp_path / LOG_FOLDER / LOG_FILE).read_text(encoding="utf-8")


class Emitter(QObject):
    fired = Signal()


def test_a_slot_that_raises_shows_one_dialog_and_is_logged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emitter = Emitter()
    emitter.fired.connect(disk_full)
    with installed(tmp_path, monkeypatch) as reporter:
        emitter.fired.emit()
        box = shown_box(qtbot, reporter)
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "The disk is full: nothing was saved" in box.text()
        assert "Everything saved before is safe" in box.informativeText()
        assert SECRET not in box.text() + box.informativeText()
        assert "INSERT" not in box.text() + box.informativeText()
        assert str(tmp_path / LOG_FOLDER / LOG_FILE) in box.informativeText()
        logged = log_text(tmp_path)
    assert "unhandled OperationalError failed" in logged
    assert "sqlalchemy.exc.OperationalError: the disk is full" in logged
    assert "test_failures.py" in logged and "in disk_full" in logged
    assert SECRET not in logged and "INSERT" not in logged
    assert (tmp_path / LOG_FOLDER / "faults.log").exists()


def test_a_storm_of_failures_opens_one_dialog_and_counts_the_rest(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise ValueError("the timer callback broke")

    with installed(tmp_path, monkeypatch) as reporter:
        for _ in range(3):
            QTimer.singleShot(0, broken)
        box = shown_box(qtbot, reporter)
        qtbot.waitUntil(lambda: "2 more failures" in box.informativeText())
        tops = QApplication.topLevelWidgets()
        boxes = [w for w in tops if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes == [box]
        assert "The timer callback broke" in box.text()
        box.done(0)
        qtbot.waitUntil(lambda: reporter.box is None)
        assert log_text(tmp_path).count("the timer callback broke") == 3


def _first_project(portfolio: Portfolio) -> tuple[pipeline.PipelineCard, Stage]:
    with unit_of_work(portfolio.sessions) as session:
        project_id = session.scalars(select(Project.id).order_by(Project.id)).first()
        assert project_id is not None
        card = pipeline.card(session, project_id)
    return card, card.stage


def test_an_edit_on_a_full_disk_is_shown_without_sql_and_not_counted(
    qtbot: QtBot, populated: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card, stage = _first_project(populated)
    stack = QUndoStack()
    edits = Edits(populated, stack)
    monkeypatch.setattr(pipeline, "move_stage", disk_full)
    with installed(tmp_path, monkeypatch) as reporter:
        pipeline_commands.move_stage(edits, card, Stage.CLOSED, reason="done")
        assert stack.count() == 0 and not stack.canUndo()
        box = shown_box(qtbot, reporter)
        assert f"“Move “{card.name}” to {Stage.CLOSED.label}” did not work." in box.text()
        assert "The disk is full: nothing was saved" in box.text()
        shown = box.text() + box.informativeText()
        assert SECRET not in shown and "INSERT" not in shown and "[SQL" not in shown
        assert "not on the undo list" in box.informativeText()
        logged = log_text(tmp_path)
    assert "ServiceCommand.redo failed" in logged and SECRET not in logged
    assert card.name not in logged  # the log holds no portfolio data, not even a name
    assert _first_project(populated)[1] == stage


def test_an_undo_that_fails_leaves_the_stack_instead_of_claiming_it(
    qtbot: QtBot, populated: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card, _stage = _first_project(populated)
    stack = QUndoStack()
    edits = Edits(populated, stack)
    with installed(tmp_path, monkeypatch) as reporter:
        pipeline_commands.move_stage(edits, card, Stage.CLOSED, reason="done")
        assert stack.count() == 1
        monkeypatch.setattr(pipeline, "undo_stage_move", disk_full)
        stack.undo()
        assert stack.count() == 0 and not stack.canRedo() and not stack.canUndo()
        box = shown_box(qtbot, reporter)
        assert box.text().startswith("Undo of “Move")
        assert "Nothing was changed" in box.informativeText()
    assert _first_project(populated)[1] == Stage.CLOSED  # the move stands, as the box says


def test_a_replayed_people_edit_that_fails_is_dropped(
    qtbot: QtBot, portfolio: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = QUndoStack()
    edits = Edits(portfolio, stack)
    undone: list[object] = []
    outcome = edits.run(
        "people", "Add a note", lambda _s: 1, lambda _s, state: undone.append(state)
    )
    assert outcome.ok and stack.count() == 1
    with installed(tmp_path, monkeypatch) as reporter:
        stack.undo()
        assert undone == [1] and stack.canRedo()
        monkeypatch.setattr(edits, "step", lambda *_a, **_k: disk_full())
        stack.redo()
        assert stack.count() == 0 and not stack.canRedo()
        assert "The disk is full" in shown_box(qtbot, reporter).text()


def test_every_undo_command_is_guarded() -> None:
    import importlib
    import pkgutil

    from PySide6.QtGui import QUndoCommand

    import pmo_desktop.gui as gui

    for info in pkgutil.walk_packages(gui.__path__, "pmo_desktop.gui."):
        if ".forms." not in info.name:
            importlib.import_module(info.name)

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = [c for c in subclasses(QUndoCommand) if c.__module__.startswith("pmo_desktop.")]
    # Every edit of every area is one ServiceCommand (gui/edits.py), and it is guarded.
    assert {c.__qualname__ for c in ours} == {"GuardedCommand", "ServiceCommand"}
    unguarded = [c.__qualname__ for c in ours if not issubclass(c, GuardedCommand)]
    assert unguarded == []


def test_an_import_that_fails_is_shown_and_changes_nothing(
    qtbot: QtBot, portfolio: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date(2026, 11, 25))
    window = make_window(qtbot, portfolio)
    with unit_of_work(portfolio.sessions) as session:
        projects_before = sorted(session.scalars(select(Project.name)))
    asked: list[str] = []
    refused: list[str] = []

    def agree(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(agree))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: refused.append(text))
    )
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    try:
        with installed(tmp_path, monkeypatch) as reporter:
            # A file the importer refuses itself: one warning that says why.
            assert not window.file_actions.import_from(deep)
            assert asked and "Replace all of it" in asked[0]
            assert len(refused) == 1 and "nested too deep" in refused[0]
            assert reporter.box is None

            # A failure the importer did not foresee: the failure dialog, no SQL, no values.
            from pmo_desktop.services import transfer

            monkeypatch.setattr(transfer, "import_json", disk_full)
            assert not window.file_actions.import_from(deep)
            box = shown_box(qtbot, reporter)
            assert "Importing deep.json did not work." in box.text()
            assert "The disk is full" in box.text() and SECRET not in box.text()
            assert "The portfolio was not changed" in box.informativeText()
    finally:
        window.release()
    with unit_of_work(portfolio.sessions) as session:
        assert projects_before
        assert sorted(session.scalars(select(Project.name))) == projects_before


# --------------------------------------------------------------------------- user text

TODAY = date(2026, 11, 25)
IMAGE = "<img src=//host/x>"


@pytest.fixture
def marked_up(tmp_path: Path) -> Iterator[Portfolio]:
    """The demo portfolio with names as an imported file could carry them: HTML-looking."""
    opened = open_portfolio(tmp_path / "demo.sqlite")
    generate(opened.engine, size="small", seed=1, today=TODAY)
    with opened.sessions.begin() as session:
        for program in session.scalars(select(Program)):
            program.name = f"{IMAGE} {program.id}"
        for project in session.scalars(select(Project)):
            project.name = f"<b>Bold</b> {project.id}"
        for client in session.scalars(select(Client)):
            client.name = f"<i>{client.id}</i>"
    try:
        yield opened
    finally:
        opened.close()


def shown_literally(label: QLabel) -> None:
    """The label shows its text as typed, and its tooltip would too."""
    assert "<" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    tip = label.toolTip()
    assert not QtGui.Qt.mightBeRichText(tip) or "&lt;" in tip, tip


def test_home_shows_imported_markup_as_text(qtbot: QtBot, marked_up: Portfolio) -> None:
    window = make_window(qtbot, marked_up)
    try:
        home = window.pages["home"]
        assert isinstance(home, HomePage)
        home.today = TODAY
        home.refresh()
        lines = [
            widget.text_label
            for tile in home.tile_widgets.values()
            for widget in tile.line_widgets
            if "<" in widget.text_label.full_text()
        ]
        assert any(IMAGE in label.full_text() for label in lines)
        for label in lines:
            shown_literally(label)
            assert label.toolTip().startswith("<p") and "&lt;" in label.toolTip()
        every = [label for label in home.findChildren(QLabel) if "<" in label.text()]
        assert every and all(
            label.textFormat() == Qt.TextFormat.PlainText or label is home.empty_label
            for label in every
        )
    finally:
        window.release()


def test_reports_show_imported_markup_as_text(qtbot: QtBot, marked_up: Portfolio) -> None:
    window = make_window(qtbot, marked_up)
    try:
        page = window.show_view("status-reports")
        assert isinstance(page, ReportsPage)
        shown_literally(page.status_tab.history_title)
        page.show_view("retrospectives")
        with unit_of_work(marked_up.sessions) as session:
            retro = reporting.list_retrospectives(session)[0]
            page.retro_tab._show_board(reporting.retrospective(session, retro.id))
        board_title = page.retro_tab.board_title
        if "<" in board_title.text():
            shown_literally(board_title)
        assert board_title.textFormat() == Qt.TextFormat.PlainText
    finally:
        window.release()


def test_no_label_of_any_view_is_left_to_guess_its_format(
    qtbot: QtBot, marked_up: Portfolio
) -> None:
    window = make_window(qtbot, marked_up)
    try:
        for view in default_areas().view_names():
            window.show_view(view)
        guessing = [
            (label.objectName() or type(label.parent()).__name__, label.text()[:40])
            for label in window.findChildren(QLabel)
            if label.textFormat() == Qt.TextFormat.AutoText
        ]
        assert guessing == []
    finally:
        window.release()


def test_every_designer_label_declares_its_text_format() -> None:
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2] / "ui"
    undeclared = [
        f"{form.name}:{widget.get('name')}"
        for form in sorted(root.glob("*.ui"))
        for widget in ET.parse(form).iter("widget")
        if widget.get("class") == "QLabel"
        and not any(p.get("name") == "textFormat" for p in widget.findall("property"))
    ]
    assert undeclared == []


def test_literal_keeps_plain_text_and_escapes_what_qt_would_render() -> None:
    assert literal("Acme & Co") == "Acme & Co"
    shown = literal(f"Client {IMAGE}\nline two")
    assert shown.startswith("<p") and "&lt;img src=//host/x&gt;" in shown and "<br/>" in shown
    assert "<img" not in shown
