"""The one edit command: first run, refusal, undo and redo, and no lost update.

A colleague is a second unit of work writing between the editor's snapshot and the save (or
between an edit and its undo), as another manager's app on the same database would.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ConflictError, ValidationError
from pmo_desktop.gui.conflicts import ConflictDialog
from pmo_desktop.gui.edits import Changed, Edits
from pmo_desktop.services.concurrency import row, snapshot
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client


def _client(portfolio: Portfolio, name: str = "Acme") -> int:
    with unit_of_work(portfolio.sessions) as session:
        client = Client(name=name, notes=None) if hasattr(Client, "notes") else Client(name=name)
        session.add(client)
        session.flush()
        return client.id


def _name(portfolio: Portfolio, client_id: int) -> str:
    with unit_of_work(portfolio.sessions) as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.name


def _colleague_renames(portfolio: Portfolio, client_id: int, name: str) -> None:
    with unit_of_work(portfolio.sessions) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.name = name


def _rename(client_id: int, name: str) -> tuple[Any, Any]:
    def do(session: Session) -> str:
        client = session.get(Client, client_id)
        assert client is not None
        before, client.name = client.name, name
        return before

    def undo(session: Session, before: str) -> None:
        client = session.get(Client, client_id)
        assert client is not None
        client.name = before

    return do, undo


def _edits(portfolio: Portfolio) -> tuple[Edits, QUndoStack, list[Changed]]:
    stack = QUndoStack()
    edits = Edits(portfolio, stack)
    seen: list[Changed] = []
    edits.changed.connect(seen.append)
    return edits, stack, seen


def test_an_edit_runs_once_is_announced_and_undoes(qtbot: QtBot, portfolio: Portfolio) -> None:
    cid = _client(portfolio)
    edits, stack, announced = _edits(portfolio)
    do, undo = _rename(cid, "Acme Corp")
    outcome = edits.run("pipeline", "Rename client", do, undo)
    assert outcome.ok and outcome.state == "Acme" and _name(portfolio, cid) == "Acme Corp"
    assert [(c.area, c.undoing) for c in announced] == [("pipeline", False)]
    stack.undo()
    assert _name(portfolio, cid) == "Acme" and announced[-1].undoing
    stack.redo()
    assert _name(portfolio, cid) == "Acme Corp" and stack.count() == 1


def test_a_refused_edit_writes_and_pushes_nothing(qtbot: QtBot, portfolio: Portfolio) -> None:
    edits, stack, announced = _edits(portfolio)

    def do(_session: Session) -> None:
        raise ValidationError("name is required", "name")

    outcome = edits.run("pipeline", "Add client", do, lambda s, st: None)
    assert not outcome.ok and outcome.error is not None and outcome.error.field == "name"
    assert stack.count() == 0 and announced == []


def test_a_save_over_a_colleagues_change_to_the_same_field_asks_first(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    cid = _client(portfolio)
    edits, stack, _ = _edits(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        seen = snapshot(session, [row("client", cid)])  # the editor opens
    _colleague_renames(portfolio, cid, "Acme (theirs)")
    do, undo = _rename(cid, "Acme (mine)")
    asked: list[ConflictError] = []
    edits.resolve = lambda error, _what: asked.append(error) or None  # Cancel
    outcome = edits.run("pipeline", "Rename client", do, undo, seen=seen)
    assert isinstance(outcome.error, ConflictError) and stack.count() == 0
    assert _name(portfolio, cid) == "Acme (theirs)"  # nothing of mine was written
    (conflict,) = asked[0].changes
    edits.resolve = lambda _error, _what: {conflict.choice_key: "mine"}  # type: ignore[attr-defined]
    outcome = edits.run("pipeline", "Rename client", do, undo, seen=seen)
    assert outcome.ok and _name(portfolio, cid) == "Acme (mine)" and stack.count() == 1


def test_an_undo_does_not_overwrite_what_a_colleague_changed_since(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    cid = _client(portfolio)
    edits, stack, _ = _edits(portfolio)
    do, undo = _rename(cid, "Acme (mine)")
    assert edits.run("pipeline", "Rename client", do, undo, refs=[row("client", cid)]).ok
    _colleague_renames(portfolio, cid, "Acme (theirs, newer)")
    asked: list[str] = []
    edits.resolve = lambda _error, what: asked.append(what) or None  # leave theirs
    failures: list[str] = []
    import pmo_desktop.gui.failures as failures_module

    original = failures_module.report_failure
    failures_module.report_failure = lambda exc, **_kw: failures.append(str(exc))  # type: ignore[assignment]
    try:
        stack.undo()
    finally:
        failures_module.report_failure = original
    assert asked == ["Undo Rename client"]
    assert _name(portfolio, cid) == "Acme (theirs, newer)"
    assert stack.count() == 0 and failures  # taken off the list, and said so


def test_the_dialog_keeps_theirs_unless_told_otherwise(qtbot: QtBot, portfolio: Portfolio) -> None:
    cid = _client(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        seen = snapshot(session, [row("client", cid)])
    _colleague_renames(portfolio, cid, "Théirs & <Co> 名前")
    edits, _stack, _ = _edits(portfolio)
    caught: list[ConflictError] = []
    edits.resolve = lambda error, _what: caught.append(error) or None
    do, undo = _rename(cid, "Mine")
    edits.run("pipeline", "Rename client", do, undo, seen=seen)
    dialog = ConflictDialog(caught[0], "Rename client")
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Name"
    assert dialog.table.item(0, 3).text() == "Théirs & <Co> 名前"
    assert set(dialog.choices().values()) == {"theirs"}
    dialog.mine_button.click()
    assert set(dialog.choices().values()) == {"mine"}
