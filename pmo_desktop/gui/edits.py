"""Every edit of every area is one ``ServiceCommand`` on the app's undo stack.

The flow of one edit, the same in each area::

    view → area commands (instances of ServiceCommand) → Edits.run → QUndoStack.push
         → ServiceCommand.redo: the service edit in one unit of work (the first time too)
         → Changed on Edits.changed → each area's models, Home and the status bar

- ``redo`` runs ``do(session)`` the first time (validating once, in one transaction) and
  keeps what it returned, the *state* (a ``Changes``, a prior record, a new id…); later
  redos run ``again(session, state)`` (the state stays), or without ``again`` run ``do``
  once more and keep its new state.
- ``undo`` runs ``undo(session, state)``.
- A refusal (``ValidationError``) of the first run writes nothing and pushes nothing: the
  command marks itself obsolete, the stack drops it, and ``Edits.run`` returns the error in
  its ``Outcome`` (the caller shows it beside the field, or asks and runs again, as the
  staffing grid does over the allocation limit). A failure of a later undo or redo is
  reported by ``GuardedCommand`` and the command leaves the stack.
- Every step that committed is announced once on ``Edits.changed`` with the area, the text
  and what the step returned, so every open view updates from the same signal.

``Edits`` holds no Session: each step opens its own unit of work and closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

T = TypeVar("T")
Step = Callable[[Session], Any]
Inverse = Callable[[Session, Any], Any]


@dataclass(frozen=True)
class Changed:
    """One committed step of an edit, as broadcast to every area.

    ``result`` is what the step returned: the edit's state after ``do`` or ``again``, the
    undo's return value after ``undo`` (None when it returns nothing).
    """

    area: str
    text: str
    result: Any
    undoing: bool = False


@dataclass(frozen=True)
class Outcome:
    """What ``Edits.run`` did: applied with its state, or refused with the error."""

    ok: bool
    state: Any = None
    error: ValidationError | None = None


class _Result:
    """Where the first redo leaves its outcome (the stack may delete a refused command)."""

    outcome: Outcome = Outcome(False)


class Edits(QObject):
    """The window's edit runner and its one broadcast of what changed."""

    #: A ``Changed`` after every committed redo and undo of every area.
    changed = Signal(object)

    def __init__(
        self, portfolio: Portfolio, stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.portfolio = portfolio
        self.stack = stack

    def read(self, step: Callable[[Session], T]) -> T:
        """Run a read-only step in its own unit of work and return its result."""
        with unit_of_work(self.portfolio.sessions) as session:
            return step(session)

    def run(
        self,
        area: str,
        text: str,
        do: Step,
        undo: Inverse,
        again: Inverse | None = None,
    ) -> Outcome:
        """Push one edit as a ``ServiceCommand``: applied (on the undo stack, announced) or
        refused (nothing written, nothing pushed, the error returned)."""
        command: ServiceCommand[Any] = ServiceCommand(self, area, text, do, undo, again)
        result = command.result
        self.stack.push(command)
        return result.outcome

    def step(self, area: str, text: str, step: Step, *, undoing: bool = False) -> Any:
        """Run one step in its own unit of work and announce it (used by the command)."""
        with unit_of_work(self.portfolio.sessions) as session:
            value = step(session)
        self.changed.emit(Changed(area, text, value, undoing))
        return value


class ServiceCommand(GuardedCommand, Generic[T]):
    """One undoable edit: ``do`` the first time, ``again`` after an undo, ``undo`` back."""

    def __init__(
        self,
        edits: Edits,
        area: str,
        text: str,
        do: Step,
        undo: Inverse,
        again: Inverse | None = None,
    ) -> None:
        super().__init__(text)
        self.edits = edits
        self.area = area
        self.state: Any = None
        self.result = _Result()
        self._do, self._undo, self._again = do, undo, again
        self._done_once = False

    def redo(self) -> None:
        """Apply the edit (the first time, a refusal drops the command quietly)."""
        text = self.text()
        if not self._done_once:
            try:
                self.state = self.edits.step(self.area, text, self._do)
            except ValidationError as error:
                self.setObsolete(True)  # the stack drops it: nothing was written
                self.result.outcome = Outcome(False, None, error)
                return
            self._done_once = True
            self.result.outcome = Outcome(True, self.state)
            return
        if self._again is None:
            self.state = self.edits.step(self.area, text, self._do)
            return
        again, state = self._again, self.state
        self.edits.step(self.area, text, lambda s: again(s, state))

    def undo(self) -> None:
        """Put back what the edit changed."""
        undo, state = self._undo, self.state
        self.edits.step(self.area, self.text(), lambda s: undo(s, state), undoing=True)
