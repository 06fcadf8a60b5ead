"""Undo for the People area: every edit is a ``ServiceCommand`` on the app's QUndoStack.

The controller runs the edit once (so a refusal is shown and nothing is pushed); the
command's first ``redo`` then does nothing. Undo calls the service with the state the edit
returned; a later redo replays the edit (or restores the exact rows it had made).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

Step = Callable[[Session], Any]
Undo = Callable[[Session, Any], Any]


@dataclass(frozen=True)
class Outcome:
    """What an edit did: applied with its state, or refused with the error."""

    ok: bool
    state: Any
    error: ValidationError | None


def short(text: str, limit: int = 40) -> str:
    """A one-line excerpt of user text for an Edit-menu entry."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class PeopleController(QObject):
    """Runs People edits in their own unit of work and pushes them as undoable commands."""

    changed = Signal()
    failed = Signal(str, str)  # message, field

    def __init__(self, portfolio: Portfolio, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.portfolio = portfolio
        self.stack = stack

    def read(self, step: Step) -> Any:
        """Run a read-only step in a unit of work and return its result."""
        with unit_of_work(self.portfolio.sessions) as session:
            return step(session)

    def apply(self, text: str, do: Step, undo: Undo, again: Undo | None = None) -> Outcome:
        """Run ``do``; on success push a command undone by ``undo(session, state)`` and redone
        by ``again(session, state)`` (default: ``do`` again). A refusal writes nothing, pushes
        nothing, is emitted on ``failed`` and returned."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                state = do(session)
        except ValidationError as exc:
            self.failed.emit(exc.message, exc.field or "")
            return Outcome(False, None, exc)
        self.stack.push(ServiceCommand(self, text, state, do, undo, again))
        self.changed.emit()
        return Outcome(True, state, None)

    def replay(self, step: Step) -> Any:
        """Run one step of an undo or redo. A refusal or failure propagates to the command,
        which reports it and leaves the undo stack (``gui.failures.GuardedCommand``)."""
        with unit_of_work(self.portfolio.sessions) as session:
            result = step(session)
        self.changed.emit()
        return result


class ServiceCommand(GuardedCommand):
    """One People edit: its first redo is skipped (the controller already ran it)."""

    def __init__(
        self,
        controller: PeopleController,
        text: str,
        state: Any,
        do: Step,
        undo: Undo,
        again: Undo | None,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.state = state
        self._do, self._undo, self._again = do, undo, again
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._again is not None:
            again, state = self._again, self.state
            self.controller.replay(lambda s: again(s, state))
        else:
            self.state = self.controller.replay(self._do)

    def undo(self) -> None:
        undo, state = self._undo, self.state
        self.controller.replay(lambda s: undo(s, state))
