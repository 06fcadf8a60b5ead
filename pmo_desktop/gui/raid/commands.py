"""Undo commands of the RAID area.

The controller has already applied the edit when a command is pushed, so each command's
first ``redo`` does nothing; later redos and undos replay the edit (or put back the prior
state the service returned) through the controller, in their own unit of work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.raid.register import ActionData

if TYPE_CHECKING:
    from pmo_desktop.gui.raid.controller import RaidController


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Replayed(GuardedCommand):
    """Skips the first redo (the controller already did the work)."""

    def __init__(self, controller: RaidController, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.do()

    def do(self) -> None:
        """Apply the edit again."""
        raise NotImplementedError


class CreateItemCommand(_Replayed):
    """A new register entry; undo removes it (keeping a snapshot to put it back)."""

    def __init__(self, controller: RaidController, item_id: int, title: str) -> None:
        super().__init__(controller, f"Add “{_short(title)}”")
        self.item_id = item_id
        self.snapshot: raid.RaidSnapshot | None = None

    def undo(self) -> None:
        self.snapshot = self.controller.replay(
            lambda s: raid.delete_item(s, self.item_id), removed=(self.item_id,)
        )

    def do(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None:
            self.controller.replay(lambda s: raid.restore_item(s, snapshot), items=(self.item_id,))


class UpdateItemCommand(_Replayed):
    """Changed fields of an entry; undo restores them and drops the history rows written."""

    def __init__(
        self, controller: RaidController, item_id: int, result: raid.UpdateResult, title: str
    ) -> None:
        super().__init__(controller, f"Edit “{_short(title)}”")
        self.item_id = item_id
        self.result = result
        self.data: raid.RaidData | None = None

    def undo(self) -> None:
        item_id, result = self.item_id, self.result

        def revert(s: Any) -> raid.RaidData:
            current = raid.get_item(s, item_id).data
            raid.revert_update(s, item_id, result)
            return current

        self.data = self.controller.replay(revert, items=(item_id,))

    def do(self) -> None:
        data = self.data
        if data is None:
            return
        result = self.controller.replay(
            lambda s: raid.update_item(s, self.item_id, data), items=(self.item_id,)
        )
        if result is not None:
            self.result = result


class DeleteItemCommand(_Replayed):
    """A removed entry; undo puts it back with its actions, history and links."""

    def __init__(self, controller: RaidController, snapshot: raid.RaidSnapshot) -> None:
        super().__init__(controller, f"Delete “{_short(str(snapshot.item['title']))}”")
        self.snapshot = snapshot

    def undo(self) -> None:
        snapshot = self.snapshot
        self.controller.replay(
            lambda s: raid.restore_item(s, snapshot),
            items=(snapshot.id, *snapshot.linked_from),
        )

    def do(self) -> None:
        item_id = self.snapshot.id
        snapshot = self.controller.replay(
            lambda s: raid.delete_item(s, item_id),
            removed=(item_id,),
            items=self.snapshot.linked_from,
        )
        if snapshot is not None:
            self.snapshot = snapshot


class ConvertCommand(_Replayed):
    """A risk converted to an issue; undo removes the issue and reopens the risk."""

    def __init__(self, controller: RaidController, conversion: raid.Conversion) -> None:
        super().__init__(controller, "Convert risk to issue")
        self.conversion = conversion

    def undo(self) -> None:
        conversion = self.conversion
        self.controller.replay(
            lambda s: raid.undo_conversion(s, conversion),
            removed=(conversion.issue_id,),
            items=(conversion.risk_id,),
        )

    def do(self) -> None:
        risk_id = self.conversion.risk_id
        conversion = self.controller.replay(lambda s: raid.convert_to_issue(s, risk_id))
        if conversion is not None:
            self.conversion = conversion
            self.controller.item_changed.emit(conversion.issue_id)
            self.controller.item_changed.emit(risk_id)
            self.controller.details_changed.emit(risk_id)


class AddActionCommand(_Replayed):
    """A new mitigation action; undo removes it."""

    def __init__(self, controller: RaidController, item_id: int, action_id: int) -> None:
        super().__init__(controller, "Add mitigation action")
        self.item_id = item_id
        self.action_id = action_id
        self.row: dict[str, Any] | None = None

    def undo(self) -> None:
        self.row = self.controller.replay(
            lambda s: raid.delete_action(s, self.action_id), items=(self.item_id,)
        )

    def do(self) -> None:
        row = self.row
        if row is not None:
            self.controller.replay(lambda s: raid.restore_action(s, row), items=(self.item_id,))


class UpdateActionCommand(_Replayed):
    """A changed mitigation action (text, owner, due date, done)."""

    def __init__(
        self,
        controller: RaidController,
        item_id: int,
        action_id: int,
        prior: ActionData,
        data: ActionData,
    ) -> None:
        text = "Mark action done" if data.done and not prior.done else "Edit mitigation action"
        super().__init__(controller, text)
        self.item_id, self.action_id, self.prior, self.data = item_id, action_id, prior, data

    def undo(self) -> None:
        self.controller.replay(
            lambda s: raid.update_action(s, self.action_id, self.prior), items=(self.item_id,)
        )

    def do(self) -> None:
        self.controller.replay(
            lambda s: raid.update_action(s, self.action_id, self.data), items=(self.item_id,)
        )


class DeleteActionCommand(_Replayed):
    """A removed mitigation action; undo puts it back."""

    def __init__(self, controller: RaidController, item_id: int, row: dict[str, Any]) -> None:
        super().__init__(controller, "Delete mitigation action")
        self.item_id, self.row = item_id, row

    def undo(self) -> None:
        self.controller.replay(lambda s: raid.restore_action(s, self.row), items=(self.item_id,))

    def do(self) -> None:
        self.controller.replay(
            lambda s: raid.delete_action(s, int(self.row["id"])), items=(self.item_id,)
        )


class CreateEscalationCommand(_Replayed):
    """A new escalation; undo removes it."""

    def __init__(self, controller: RaidController, escalation_id: int, title: str) -> None:
        super().__init__(controller, f"Log escalation “{_short(title)}”")
        self.escalation_id = escalation_id
        self.snapshot: esc.EscalationSnapshot | None = None

    def undo(self) -> None:
        self.snapshot = self.controller.replay(
            lambda s: esc.delete_escalation(s, self.escalation_id), gone=(self.escalation_id,)
        )

    def do(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None:
            self.controller.replay(
                lambda s: esc.restore_escalation(s, snapshot), escalations=(self.escalation_id,)
            )


class UpdateEscalationCommand(_Replayed):
    """Changed fields of an escalation."""

    def __init__(
        self,
        controller: RaidController,
        escalation_id: int,
        prior: esc.EscalationData,
        data: esc.EscalationData,
    ) -> None:
        super().__init__(controller, f"Edit escalation “{_short(data.title)}”")
        self.escalation_id, self.prior, self.data = escalation_id, prior, data

    def undo(self) -> None:
        self.controller.replay(
            lambda s: esc.update_escalation(s, self.escalation_id, self.prior),
            escalations=(self.escalation_id,),
        )

    def do(self) -> None:
        self.controller.replay(
            lambda s: esc.update_escalation(s, self.escalation_id, self.data),
            escalations=(self.escalation_id,),
        )


class DeleteEscalationCommand(_Replayed):
    """A removed escalation; undo puts it back with its whys and preventive actions."""

    def __init__(
        self, controller: RaidController, escalation_id: int, snapshot: esc.EscalationSnapshot
    ) -> None:
        super().__init__(controller, "Delete escalation")
        self.escalation_id, self.snapshot = escalation_id, snapshot

    def undo(self) -> None:
        self.controller.replay(
            lambda s: esc.restore_escalation(s, self.snapshot), escalations=(self.escalation_id,)
        )

    def do(self) -> None:
        snapshot = self.controller.replay(
            lambda s: esc.delete_escalation(s, self.escalation_id), gone=(self.escalation_id,)
        )
        if snapshot is not None:
            self.snapshot = snapshot


class SetWhysCommand(_Replayed):
    """A saved 5-whys chain; undo restores the previous chain."""

    def __init__(
        self, controller: RaidController, escalation_id: int, prior: list[str], answers: list[str]
    ) -> None:
        super().__init__(controller, "Edit 5 whys")
        self.escalation_id, self.prior, self.answers = escalation_id, prior, answers

    def undo(self) -> None:
        self.controller.replay(
            lambda s: esc.set_whys(s, self.escalation_id, self.prior),
            escalations=(self.escalation_id,),
        )

    def do(self) -> None:
        self.controller.replay(
            lambda s: esc.set_whys(s, self.escalation_id, self.answers),
            escalations=(self.escalation_id,),
        )


class AddPreventiveCommand(_Replayed):
    """A new preventive action; undo removes it."""

    def __init__(self, controller: RaidController, escalation_id: int, action_id: int) -> None:
        super().__init__(controller, "Add preventive action")
        self.escalation_id, self.action_id = escalation_id, action_id
        self.row: dict[str, Any] | None = None

    def undo(self) -> None:
        self.row = self.controller.replay(
            lambda s: esc.delete_preventive(s, self.action_id), escalations=(self.escalation_id,)
        )

    def do(self) -> None:
        row = self.row
        if row is not None:
            self.controller.replay(
                lambda s: esc.restore_preventive(s, row), escalations=(self.escalation_id,)
            )


class UpdatePreventiveCommand(_Replayed):
    """A changed preventive action."""

    def __init__(
        self,
        controller: RaidController,
        escalation_id: int,
        action_id: int,
        prior: ActionData,
        data: ActionData,
    ) -> None:
        super().__init__(controller, "Edit preventive action")
        self.escalation_id, self.action_id, self.prior, self.data = (
            escalation_id,
            action_id,
            prior,
            data,
        )

    def undo(self) -> None:
        self.controller.replay(
            lambda s: esc.update_preventive(s, self.action_id, self.prior),
            escalations=(self.escalation_id,),
        )

    def do(self) -> None:
        self.controller.replay(
            lambda s: esc.update_preventive(s, self.action_id, self.data),
            escalations=(self.escalation_id,),
        )


class DeletePreventiveCommand(_Replayed):
    """A removed preventive action; undo puts it back."""

    def __init__(self, controller: RaidController, escalation_id: int, row: dict[str, Any]):
        super().__init__(controller, "Delete preventive action")
        self.escalation_id, self.row = escalation_id, row

    def undo(self) -> None:
        self.controller.replay(
            lambda s: esc.restore_preventive(s, self.row), escalations=(self.escalation_id,)
        )

    def do(self) -> None:
        self.controller.replay(
            lambda s: esc.delete_preventive(s, int(self.row["id"])),
            escalations=(self.escalation_id,),
        )
