"""Undoable pipeline edits. ``redo`` calls the service in its own unit of work; ``undo``
puts back the prior state the service returned. A refused edit marks itself obsolete, so
the undo stack drops it, and reports the message through ``on_error``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.pipeline import board as pipeline
from pmo_desktop.services.pipeline.board import PipelineCard, StageMove
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

ErrorSink = Callable[[ValidationError], None]
CardSink = Callable[[PipelineCard], None]


class MoveStageCommand(GuardedCommand):
    """Move one project to another stage (with the reason or SOW date it needs)."""

    def __init__(
        self,
        portfolio: Portfolio,
        card: PipelineCard,
        stage: Stage,
        *,
        reason: str | None = None,
        sow_signed: date | None = None,
        on_card: CardSink,
        on_error: ErrorSink,
    ) -> None:
        super().__init__(f"Move “{card.name}” to {stage.label}")
        self.portfolio = portfolio
        self.project_id = card.id
        self.stage = stage
        self.reason = reason
        self.sow_signed = sow_signed
        self.on_card = on_card
        self.on_error = on_error
        self.move: StageMove | None = None

    def redo(self) -> None:
        """Move the project and repaint its card."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                self.move = pipeline.move_stage(
                    session,
                    self.project_id,
                    self.stage,
                    reason=self.reason,
                    sow_signed=self.sow_signed,
                )
                card = pipeline.card(session, self.project_id)
        except ValidationError as err:
            self.setObsolete(True)
            self.on_error(err)
            return
        self.on_card(card)

    def undo(self) -> None:
        """Put the project back in its former stage."""
        if self.move is None:
            return
        with unit_of_work(self.portfolio.sessions) as session:
            pipeline.undo_stage_move(session, self.move)
            card = pipeline.card(session, self.project_id)
        self.on_card(card)


class SaveCommand(GuardedCommand):
    """Save a record through ``save(session, id, data) -> (id, prior)``; undo saves the
    prior back, or removes a record the command created with ``remove(session, id)``."""

    def __init__(
        self,
        portfolio: Portfolio,
        text: str,
        record_id: int | None,
        data: Any,
        *,
        save: Callable[[Any, int | None, Any], tuple[int, Any]],
        remove: Callable[[Any, int], Any],
        on_done: Callable[[int | None], None],
        on_error: ErrorSink,
    ) -> None:
        super().__init__(text)
        self.portfolio = portfolio
        self.record_id = record_id
        self.data = data
        self.save = save
        self.remove = remove
        self.on_done = on_done
        self.on_error = on_error
        self.prior: Any = None
        self.created = record_id is None

    def redo(self) -> None:
        """Save the data (again, after an undo)."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                self.record_id, prior = self.save(session, self.record_id, self.data)
        except ValidationError as err:
            self.setObsolete(True)
            self.on_error(err)
            return
        if prior is not None:
            self.prior = prior
        self.on_done(self.record_id)

    def undo(self) -> None:
        """Restore the prior state (or remove what was created)."""
        if self.record_id is None:
            return
        with unit_of_work(self.portfolio.sessions) as session:
            if self.created:
                self.remove(session, self.record_id)
            else:
                self.save(session, self.record_id, self.prior)
        self.on_done(self.record_id)
