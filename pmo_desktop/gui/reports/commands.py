"""One undoable command shape for every Reports edit: ``redo`` runs a service call in its
own unit of work and keeps what it returned; ``undo`` hands that back to the undo call.
A refused edit marks itself obsolete (the stack drops it) and reports the message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


class ServiceCommand(GuardedCommand):
    """``do(session) -> state``; ``undo(session, state)``; ``after()`` repaints."""

    def __init__(
        self,
        portfolio: Portfolio,
        text: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], None],
        *,
        after: Callable[[], None],
        on_error: Callable[[ValidationError], None],
    ) -> None:
        super().__init__(text)
        self.portfolio = portfolio
        self._do = do
        self._undo = undo
        self.after = after
        self.on_error = on_error
        self.state: Any = None
        self.failed = False

    def redo(self) -> None:
        """Apply the edit."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                self.state = self._do(session)
        except ValidationError as err:
            self.failed = True
            self.setObsolete(True)
            self.on_error(err)
            return
        self.after()

    def undo(self) -> None:
        """Put back what was there."""
        if self.failed:
            return
        with unit_of_work(self.portfolio.sessions) as session:
            self._undo(session, self.state)
        self.after()
