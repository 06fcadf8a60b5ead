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
- No lost update: an edit made from an editor carries what the editor showed (``seen``);
  each step merges with what others saved since, field by field, and a real conflict is
  put to the user (``Edits.resolve``: keep theirs, take mine, or per field) before anything
  is written. Undo and redo merge too, over what the previous step left, so an undo never
  overwrites a colleague's newer value without asking (``services.concurrency``).
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

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ConflictError, ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.concurrency import (
    Choices,
    Rows,
    Side,
    Snapshot,
    choosing,
    merged,
    snapshot,
)
from pmo_desktop.services.uow import read, transact
from pmo_desktop.services.workspace import ANY, ChangeWatch, Portfolio

T = TypeVar("T")
Step = Callable[[Session], Any]
Inverse = Callable[[Session, Any], Any]
#: Rows an edit is about, or a function of its state that names them (for a new record).
Refs = Sequence[Rows] | Callable[[Any], Sequence[Rows]]
ChoiceKey = tuple[str, Any, str | None]
#: Asked when an edit meets other users' conflicting changes: which side wins per field
#: (``FieldConflict.choice_key`` → "mine" or "theirs"), or None to leave it.
Resolve = Callable[[ConflictError, str], Mapping[ChoiceKey, Side] | None]
#: How many times one edit asks before it gives up (others keep changing the same fields).
MAX_CONFLICT_ROUNDS = 4


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
    #: False when the database stopped answering the watch (a server down, the network
    #: gone), True again once it answers; the watch keeps retrying meanwhile.
    reachable = Signal(bool)

    def __init__(
        self, portfolio: Portfolio, stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._portfolio = portfolio
        self.stack = stack
        self._watch: ChangeWatch | None = None
        self._timer: QTimer | None = None
        #: The conflict dialog (set by the main window); None refuses conflicting edits.
        self.resolve: Resolve | None = None
        self._reachable = True

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
        self._drop_watch()

    def _look(self) -> None:
        portfolio = self._portfolio
        if portfolio.closed:  # closed under this window (a test, a switch): nothing to watch
            self.stop_watching()
            return
        try:
            if self._watch is None:
                self._watch = portfolio.watch()  # after a lost connection: again
                tables: frozenset[str] = ANY  # what happened meanwhile is not known
            else:
                tables = self._watch.poll()
        except Exception:  # the server went away: say so once, look again next time
            self._drop_watch()
            if portfolio.file is not None:  # a local file does not come back by itself
                self.stop_watching()
            if self._reachable:
                self._reachable = False
                self.reachable.emit(False)
            return
        if not self._reachable:
            self._reachable = True
            self.reachable.emit(True)
        if tables:
            self.changed.emit(Changed(EXTERNAL, "", tables, external=True))

    def _drop_watch(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            with contextlib.suppress(Exception):  # its connection may be gone already
                watch.close()

    def read(self, step: Callable[[Session], T]) -> T:
        """Run a read-only step in its own unit of work, on one consistent snapshot of the
        database (``services.uow.read``), and return its result."""
        return read(self.portfolio.sessions, step)

    def run(
        self,
        area: str,
        text: str,
        do: Step,
        undo: Inverse,
        again: Inverse | None = None,
        *,
        seen: Snapshot | None = None,
        refs: Refs = (),
    ) -> Outcome:
        """Push one edit as a ``ServiceCommand``: applied (on the undo stack, announced) or
        refused (nothing written, nothing pushed, the error returned).

        ``seen`` is what the editor showed (``services.concurrency.snapshot`` of the rows it
        edits, read when it opened): the edit is merged with what others saved since, and a
        real conflict is put to the user (``resolve``) before anything is written. ``refs``
        (rows, or a function of the edit's state giving them) are the rows whose later
        changes by others an undo must not overwrite, for an edit without an editor.
        """
        choices: dict[ChoiceKey, Side] = {}
        for _ in range(MAX_CONFLICT_ROUNDS):
            command: ServiceCommand[Any] = ServiceCommand(
                self, area, text, do, undo, again, seen=seen, refs=refs, choices=choices
            )
            result = command.result
            self.stack.push(command)
            outcome = result.outcome
            error = outcome.error
            if not isinstance(error, ConflictError) or self.resolve is None:
                return outcome
            if all(c.deleted_by_them for c in error.changes):  # type: ignore[attr-defined]
                return outcome  # nothing to choose: it is gone, the editor says so
            picked = self.resolve(error, text)
            if picked is None:
                return outcome
            choices.update(picked)
        return outcome

    def step(self, area: str, text: str, step: Step, *, undoing: bool = False) -> Any:
        """Run one step in its own unit of work and announce it (used by the command)."""
        value = transact(self.portfolio.sessions, step)  # a server collision runs it again
        if self._watch is not None:
            self._watch.absorb()  # this commit is ours, not someone else's
        self.changed.emit(Changed(area, text, value, undoing))
        return value

    def merged_theirs(self) -> None:
        """An edit kept other users' changes beside its own: every view re-reads."""
        self.changed.emit(Changed(EXTERNAL, "", frozenset({"*"}), external=True))


class ServiceCommand(GuardedCommand, Generic[T]):
    """One undoable edit: ``do`` the first time, ``again`` after an undo, ``undo`` back.

    With a base snapshot (the editor's ``seen``, or the rows ``refs`` names as the edit left
    them) every step is a merge (``services.concurrency.merged``): a redo or an undo keeps
    what others changed meanwhile and refuses, or asks, where it would overwrite it.
    """

    def __init__(
        self,
        edits: Edits,
        area: str,
        text: str,
        do: Step,
        undo: Inverse,
        again: Inverse | None = None,
        *,
        seen: Snapshot | None = None,
        refs: Refs = (),
        choices: Choices | None = None,
    ) -> None:
        super().__init__(text)
        self.edits = edits
        self.area = area
        self.state: Any = None
        self.result = _Result()
        self._do, self._undo, self._again = do, undo, again
        self._done_once = False
        self._base = seen
        self._refs = refs
        self._choices: Choices = choices or {}
        self._next: Snapshot | None = None
        self._kept = False

    def _apply(self, session: Session, step: Step, choices: Choices) -> Any:
        """Run ``step``, merged over the base when there is one; remember the next base."""
        self._kept = False
        if self._base is None:
            with choosing(choices):  # a service that checks cells itself reads the choices
                value = step(session)
            refs = self._refs(value) if callable(self._refs) else self._refs
            self._next = snapshot(session, refs) if refs else None
            return value
        value, self._next, self._kept = merged(session, self._base, step, choices)
        return value

    def _run(self, step: Step, *, undoing: bool, choices: Choices) -> Any:
        value = self.edits.step(
            self.area, self.text(), lambda s: self._apply(s, step, choices), undoing=undoing
        )
        self._base = self._next
        if self._kept:
            self.edits.merged_theirs()
        return value

    def _run_asking(self, step: Step, *, undoing: bool) -> Any:
        """A later undo or redo: a conflict with someone's newer change is put to the user
        (their change stays unless they choose otherwise); no answer leaves it undone."""
        choices: dict[ChoiceKey, Side] = {}
        for _ in range(MAX_CONFLICT_ROUNDS):
            try:
                return self._run(step, undoing=undoing, choices=choices)
            except ConflictError as error:
                resolve = self.edits.resolve
                verb = "Undo" if undoing else "Redo"
                picked = None if resolve is None else resolve(error, f"{verb} {self.text()}")
                if picked is None:
                    raise
                choices.update(picked)
        raise ConflictError("others kept changing the same records: nothing was changed")

    def redo(self) -> None:
        """Apply the edit (the first time, a refusal drops the command quietly)."""
        if not self._done_once:
            try:
                self.state = self._run(self._do, undoing=False, choices=self._choices)
            except ValidationError as error:
                self.setObsolete(True)  # the stack drops it: nothing was written
                self.result.outcome = Outcome(False, None, error)
                return
            self._done_once = True
            self.result.outcome = Outcome(True, self.state)
            return
        if self._again is None:
            self.state = self._run_asking(self._do, undoing=False)
            return
        again, state = self._again, self.state
        self._run_asking(lambda s: again(s, state), undoing=False)

    def undo(self) -> None:
        """Put back what the edit changed."""
        undo, state = self._undo, self.state
        self._run_asking(lambda s: undo(s, state), undoing=True)
