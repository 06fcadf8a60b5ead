"""The RAID area's door to the services: every edit runs in its own unit of work, is pushed
on the undo stack as a command, and is announced with a signal so views refresh only what
changed. Edits that fail validation raise ``ValidationError`` before anything is pushed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pmo_desktop.gui.raid import commands
from pmo_desktop.services.raid import analysis as raid_analysis
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.raid.register import ActionData, RaidData
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


class RaidController(QObject):
    """Runs RAID and escalation edits through the services and the undo stack."""

    #: A register entry was added or changed (its id).
    item_changed = Signal(int)
    #: A register entry is gone (its id).
    item_removed = Signal(int)
    #: An entry's actions or history changed (its id), e.g. for an open editor.
    details_changed = Signal(int)
    #: An escalation was added or changed, or its whys/preventive actions did (its id).
    escalation_changed = Signal(int)
    #: An escalation is gone (its id).
    escalation_removed = Signal(int)

    def __init__(self, portfolio: Portfolio, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.portfolio = portfolio
        self.undo_stack = undo_stack

    # ------------------------------------------------------------------ reading

    def register(self, today: date | None = None) -> list[raid.RaidRow]:
        """Every register row."""
        with unit_of_work(self.portfolio.sessions) as s:
            return raid.list_register(s, today)

    def row(self, item_id: int) -> raid.RaidRow | None:
        """One register row, or None when it is gone."""
        with unit_of_work(self.portfolio.sessions) as s:
            rows = raid.list_register(s, ids=[item_id])
        return rows[0] if rows else None

    def detail(self, item_id: int) -> raid.RaidDetail:
        """An entry with actions and history."""
        with unit_of_work(self.portfolio.sessions) as s:
            return raid.get_item(s, item_id)

    def choices(self) -> raid.Choices:
        """People, clients, programs and projects for pickers."""
        with unit_of_work(self.portfolio.sessions) as s:
            return raid.choices(s)

    def heatmap(self, client_id: int | None, program_id: int | None) -> raid_analysis.Heatmap:
        """The 5×5 counts for the portfolio, a client or a program."""
        with unit_of_work(self.portfolio.sessions) as s:
            return raid_analysis.heatmap(s, client_id=client_id, program_id=program_id)

    def trend(self, client_id: int | None, program_id: int | None) -> list[tuple[date, int]]:
        """Open exposure by week (12 weeks)."""
        with unit_of_work(self.portfolio.sessions) as s:
            return raid_analysis.exposure_trend(s, client_id=client_id, program_id=program_id)

    def check(self, data: RaidData) -> None:
        """Validate without writing (raises ValidationError with the field)."""
        with unit_of_work(self.portfolio.sessions) as s:
            raid.validate(s, data)
            s.rollback()

    def check_escalation(self, data: esc.EscalationData) -> None:
        """Validate an escalation without writing (raises ValidationError with the field)."""
        with unit_of_work(self.portfolio.sessions) as s:
            esc.validate(s, data)
            s.rollback()

    def escalations(self) -> list[esc.EscalationRow]:
        """The escalation log."""
        with unit_of_work(self.portfolio.sessions) as s:
            return esc.list_escalations(s)

    def escalation(self, escalation_id: int) -> esc.EscalationDetail:
        """An escalation with whys and preventive actions."""
        with unit_of_work(self.portfolio.sessions) as s:
            return esc.get_escalation(s, escalation_id)

    def causes(self) -> esc.CauseSeries:
        """Escalations by cause category over the last six months."""
        with unit_of_work(self.portfolio.sessions) as s:
            return esc.escalations_by_cause(s)

    # ------------------------------------------------------------------ register edits

    def create_item(self, data: RaidData) -> int:
        """Add an entry (undoable); returns its id."""
        with unit_of_work(self.portfolio.sessions) as s:
            item_id = raid.create_item(s, data)
        self.undo_stack.push(commands.CreateItemCommand(self, item_id, data.title))
        self.item_changed.emit(item_id)
        return item_id

    def update_item(self, item_id: int, data: RaidData) -> None:
        """Change an entry (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            result = raid.update_item(s, item_id, data)
        self.undo_stack.push(commands.UpdateItemCommand(self, item_id, result, data.title))
        self._item_touched(item_id)

    def delete_item(self, item_id: int) -> None:
        """Remove an entry with its actions and history (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            snapshot = raid.delete_item(s, item_id)
        self.undo_stack.push(commands.DeleteItemCommand(self, snapshot))
        self._after_delete(snapshot)

    def convert_to_issue(self, risk_id: int) -> int:
        """Convert a risk into a linked issue (undoable); returns the issue's id."""
        with unit_of_work(self.portfolio.sessions) as s:
            conversion = raid.convert_to_issue(s, risk_id)
        self.undo_stack.push(commands.ConvertCommand(self, conversion))
        self._item_touched(risk_id)
        self.item_changed.emit(conversion.issue_id)
        return conversion.issue_id

    def add_action(self, item_id: int, data: ActionData) -> int:
        """Add a mitigation action (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            action_id = raid.add_action(s, item_id, data)
        self.undo_stack.push(commands.AddActionCommand(self, item_id, action_id))
        self._item_touched(item_id)
        return action_id

    def update_action(self, item_id: int, action_id: int, data: ActionData) -> None:
        """Change a mitigation action (undoable), e.g. mark it done."""
        with unit_of_work(self.portfolio.sessions) as s:
            prior = raid.update_action(s, action_id, data)
        self.undo_stack.push(commands.UpdateActionCommand(self, item_id, action_id, prior, data))
        self._item_touched(item_id)

    def delete_action(self, item_id: int, action_id: int) -> None:
        """Remove a mitigation action (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            row = raid.delete_action(s, action_id)
        self.undo_stack.push(commands.DeleteActionCommand(self, item_id, row))
        self._item_touched(item_id)

    # ------------------------------------------------------------------ escalation edits

    def create_escalation(self, data: esc.EscalationData) -> int:
        """Log an escalation (undoable); returns its id."""
        with unit_of_work(self.portfolio.sessions) as s:
            escalation_id = esc.create_escalation(s, data)
        self.undo_stack.push(commands.CreateEscalationCommand(self, escalation_id, data.title))
        self.escalation_changed.emit(escalation_id)
        return escalation_id

    def update_escalation(self, escalation_id: int, data: esc.EscalationData) -> None:
        """Change an escalation (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            prior = esc.update_escalation(s, escalation_id, data)
        self.undo_stack.push(commands.UpdateEscalationCommand(self, escalation_id, prior, data))
        self.escalation_changed.emit(escalation_id)

    def delete_escalation(self, escalation_id: int) -> None:
        """Remove an escalation with its root-cause analysis (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            snapshot = esc.delete_escalation(s, escalation_id)
        self.undo_stack.push(commands.DeleteEscalationCommand(self, escalation_id, snapshot))
        self.escalation_removed.emit(escalation_id)

    def set_whys(self, escalation_id: int, answers: list[str]) -> None:
        """Save the 5-whys chain (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            prior = esc.set_whys(s, escalation_id, answers)
        self.undo_stack.push(commands.SetWhysCommand(self, escalation_id, prior, answers))
        self.escalation_changed.emit(escalation_id)

    def add_preventive(self, escalation_id: int, data: ActionData) -> int:
        """Add a preventive action (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            action_id = esc.add_preventive(s, escalation_id, data)
        self.undo_stack.push(commands.AddPreventiveCommand(self, escalation_id, action_id))
        self.escalation_changed.emit(escalation_id)
        return action_id

    def update_preventive(self, escalation_id: int, action_id: int, data: ActionData) -> None:
        """Change a preventive action (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            prior = esc.update_preventive(s, action_id, data)
        self.undo_stack.push(
            commands.UpdatePreventiveCommand(self, escalation_id, action_id, prior, data)
        )
        self.escalation_changed.emit(escalation_id)

    def delete_preventive(self, escalation_id: int, action_id: int) -> None:
        """Remove a preventive action (undoable)."""
        with unit_of_work(self.portfolio.sessions) as s:
            row = esc.delete_preventive(s, action_id)
        self.undo_stack.push(commands.DeletePreventiveCommand(self, escalation_id, row))
        self.escalation_changed.emit(escalation_id)

    # ------------------------------------------------------------------ replays (undo/redo)

    def replay(
        self,
        work: Any,
        *,
        items: tuple[int, ...] = (),
        removed: tuple[int, ...] = (),
        escalations: tuple[int, ...] = (),
        gone: tuple[int, ...] = (),
    ) -> Any:
        """Run ``work(session)`` in its own unit of work and announce what it touched.

        A failure propagates to the undo command, which reports it and leaves the undo stack
        (``gui.failures.GuardedCommand``): the stack never claims a replay that failed.
        """
        with unit_of_work(self.portfolio.sessions) as s:
            result = work(s)
        for item_id in removed:
            self.item_removed.emit(item_id)
        for item_id in items:
            self._item_touched(item_id)
        for escalation_id in gone:
            self.escalation_removed.emit(escalation_id)
        for escalation_id in escalations:
            self.escalation_changed.emit(escalation_id)
        return result

    def _item_touched(self, item_id: int) -> None:
        self.item_changed.emit(item_id)
        self.details_changed.emit(item_id)

    def _after_delete(self, snapshot: raid.RaidSnapshot) -> None:
        self.item_removed.emit(snapshot.id)
        for linked in snapshot.linked_from:
            self.item_changed.emit(linked)
