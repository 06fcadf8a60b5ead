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

Commits by other clients (another window or process, the command line, a colleague on the
shared server) are announced on the same signal, as a ``Changed`` whose ``external`` is True
and whose ``result`` holds the tables written (``store.notify``; ``{"*"}`` when unknown), once
``watch_others`` is on: the open views then re-read within a second.

``Edits`` holds no Session: each step opens its own unit of work and closes it; a collision
with another user's transaction on a shared server runs the step again (``services.uow``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.uow import transact
from pmo_desktop.services.workspace import ChangeWatch, Portfolio

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
    external: bool = False


@dataclass(frozen=True)
class Outcome:
    """What ``Edits.run`` did: applied with its state, or refused with the error."""

    ok: bool
    state: Any = None
    error: ValidationError | None = None


class _Result:
    """Where the first redo leaves its outcome (the stack may delete a refused command)."""

    outcome: Outcome = Outcome(False)


#: How often other clients' commits are looked for (a data-version read or a notice poll).
WATCH_INTERVAL_MS = 400
EXTERNAL = "*"


class Edits(QObject):
    """The window's edit runner and its one broadcast of what changed."""

    #: A ``Changed`` after every committed redo and undo of every area.
    changed = Signal(object)

    def __init__(
        self, portfolio: Portfolio, stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._portfolio = portfolio
        self.stack = stack
        self._watch: ChangeWatch | None = None
        self._timer: QTimer | None = None

    @property
    def portfolio(self) -> Portfolio:
        """The open portfolio the edits go to."""
        return self._portfolio

    @portfolio.setter
    def portfolio(self, portfolio: Portfolio) -> None:
        watching = self._timer is not None
        self.stop_watching()
        self._portfolio = portfolio
        if watching:
            self.watch_others()

    def watch_others(self) -> None:
        """Announce other clients' commits too (the main window turns this on)."""
        if self._timer is not None:
            return
        self._watch = self._portfolio.watch()
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def stop_watching(self) -> None:
        """No more polling; the watch's connection is given back."""
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def _look(self) -> None:
        if self._watch is None:
            return
        try:
            tables = self._watch.poll()
        except Exception:  # the server went away: the next edit says so; look again later
            return
        if tables:
            self.changed.emit(Changed(EXTERNAL, "", tables, external=True))

    def read(self, step: Callable[[Session], T]) -> T:
        """Run a read-only step in its own unit of work and return its result."""
        return transact(self.portfolio.sessions, step)

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
        value = transact(self.portfolio.sessions, step)  # a server collision runs it again
        if self._watch is not None:
            self._watch.absorb()  # this commit is ours, not someone else's
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
