"""The edits of the Risks area, each one ``ServiceCommand`` run through ``Edits.run``.

Every function here builds the steps of one edit over the RAID services and runs it: ``do``
(the first time too) validates once and writes in one unit of work, ``undo`` puts back what
it changed, and ``again``, where a redo must put back exactly what the undo took away (an
entry with its id and history, an action, an escalation), does that. A refusal of the first
run writes nothing and pushes nothing: the caller gets it in ``Outcome.error`` and shows it
beside the field.

Every step returns a ``RaidChange``: the register rows as the step left them, the entries
and escalations it touched or removed. It goes out on ``Edits.changed`` and the register
model, an open entry editor and the escalation log update from it (``raid_change``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from pmo_desktop.gui.edits import Changed, Edits, Outcome
from pmo_desktop.services.concurrency import Snapshot, rebase, row
from pmo_desktop.services.raid import edits as raid
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid.register import ActionData, RaidData, RaidRow, list_register

#: The area key of every RAID edit on ``Edits.changed``.
AREA = "raid"

T = TypeVar("T")


@dataclass(frozen=True)
class RaidChange(Generic[T]):
    """What one committed RAID step changed, as the area's views take it from
    ``Edits.changed``, and (``kept``) what the edit's undo needs."""

    kept: T
    #: Register entries added or changed, as stored after the step.
    rows: tuple[RaidRow, ...] = ()
    #: Register entries that are gone.
    removed: tuple[int, ...] = ()
    #: Escalations added or changed (their whys or preventive actions too).
    escalations: tuple[int, ...] = ()
    #: Escalations that are gone.
    escalations_removed: tuple[int, ...] = ()

    def touches(self, item_id: int) -> bool:
        """True when the step changed the entry (its fields, actions or history)."""
        return any(row.id == item_id for row in self.rows)


def raid_change(changed: Changed) -> RaidChange[Any] | None:
    """The RAID change a broadcast carries; None for another area's."""
    if changed.area == AREA and isinstance(changed.result, RaidChange):
        return changed.result
    return None


class _Taken(Generic[T]):
    """What an undo took away, for the next redo to put back."""

    def __init__(self) -> None:
        self._value: T | None = None

    def put(self, value: T) -> T:
        self._value = value
        return value

    def get(self) -> T:
        if self._value is None:
            raise RuntimeError("redo before undo")
        return self._value


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _rows(session: Session, ids: Iterable[int]) -> tuple[RaidRow, ...]:
    wanted = list(ids)
    return tuple(list_register(session, ids=wanted)) if wanted else ()


def _entry(session: Session, kept: T, *ids: int) -> RaidChange[T]:
    """A change of the entries ``ids`` (fields, actions or history), read back as rows."""
    return RaidChange(kept, rows=_rows(session, ids))


def _escalation(kept: T, escalation_id: int) -> RaidChange[T]:
    return RaidChange(kept, escalations=(escalation_id,))


# ------------------------------------------------------------------ register entries


def create_item(edits: Edits, data: RaidData) -> Outcome:
    """Add an entry; ``outcome.state.rows[0]`` is its register row. Undo removes it, redo
    puts it back with the same id and history."""
    taken = _Taken[raid.RaidSnapshot]()

    def do(s: Session) -> RaidChange[raid.Saved]:
        saved = raid.save_item(s, None, data)
        return RaidChange(saved, rows=(saved.row,))

    def undo(s: Session, change: RaidChange[raid.Saved]) -> RaidChange[None]:
        item_id = change.kept.row.id
        taken.put(raid.delete_item(s, item_id))
        return RaidChange(None, removed=(item_id,))

    def again(s: Session, change: RaidChange[raid.Saved]) -> RaidChange[None]:
        raid.restore_item(s, taken.get())
        return _entry(s, None, change.kept.row.id)

    return edits.run(AREA, f"Add “{_short(data.title)}”", do, undo, again)


def update_item(
    edits: Edits, item_id: int, data: RaidData, *, seen: Snapshot | None = None
) -> Outcome:
    """Change an entry's fields (history records what changed). Undo restores them and
    drops the history rows written; redo saves ``data`` again.

    ``seen`` (the entry as the editor read it) makes the save a merge: fields the user left
    alone keep what others saved meanwhile, and history records only this user's changes.
    """

    def do(s: Session) -> RaidChange[raid.Saved]:
        saved = raid.save_item(s, item_id, rebase(data, "raid_item", item_id))
        return RaidChange(saved, rows=(saved.row,))

    def undo(s: Session, change: RaidChange[raid.Saved]) -> RaidChange[None]:
        prior = change.kept.prior
        assert prior is not None  # a change of an existing entry
        raid.revert_update(s, item_id, prior)
        return _entry(s, None, item_id)

    return edits.run(
        AREA,
        f"Edit “{_short(data.title)}”",
        do,
        undo,
        seen=seen,
        refs=[row("raid_item", item_id)],
    )


def delete_item(edits: Edits, item_id: int, title: str) -> Outcome:
    """Remove an entry with its actions and history; undo puts it back with its links."""

    def do(s: Session) -> RaidChange[raid.RaidSnapshot]:
        snapshot = raid.delete_item(s, item_id)
        return RaidChange(snapshot, rows=_rows(s, snapshot.linked_from), removed=(item_id,))

    def undo(s: Session, change: RaidChange[raid.RaidSnapshot]) -> RaidChange[None]:
        snapshot = change.kept
        raid.restore_item(s, snapshot)
        return _entry(s, None, snapshot.id, *snapshot.linked_from)

    return edits.run(AREA, f"Delete “{_short(title)}”", do, undo)


def convert_to_issue(edits: Edits, risk_id: int) -> Outcome:
    """Turn a risk into a linked issue (the risk closes); ``outcome.state.kept.issue_id``
    is the issue. Undo removes the issue and puts the risk back as it was."""

    def do(s: Session) -> RaidChange[raid.Conversion]:
        conversion = raid.convert_to_issue(s, risk_id)
        return _entry(s, conversion, conversion.issue_id, risk_id)

    def undo(s: Session, change: RaidChange[raid.Conversion]) -> RaidChange[None]:
        raid.undo_conversion(s, change.kept)
        return RaidChange(None, rows=_rows(s, [risk_id]), removed=(change.kept.issue_id,))

    return edits.run(AREA, "Convert risk to issue", do, undo)


# ------------------------------------------------------------------ mitigation actions


def add_action(edits: Edits, item_id: int, data: ActionData) -> Outcome:
    """Add a mitigation action to an entry; undo removes it, redo puts the same one back."""
    taken = _Taken[dict[str, Any]]()

    def do(s: Session) -> RaidChange[int]:
        return _entry(s, raid.add_action(s, item_id, data), item_id)

    def undo(s: Session, change: RaidChange[int]) -> RaidChange[None]:
        taken.put(raid.delete_action(s, change.kept))
        return _entry(s, None, item_id)

    def again(s: Session, _change: RaidChange[int]) -> RaidChange[None]:
        raid.restore_action(s, taken.get())
        return _entry(s, None, item_id)

    return edits.run(AREA, "Add mitigation action", do, undo, again)


def update_action(
    edits: Edits, item_id: int, action_id: int, data: ActionData, *, was_done: bool = False
) -> Outcome:
    """Change a mitigation action (text, owner, due date, done); undo puts it back as it
    was. ``was_done``: the action as shown was done (names the command)."""
    text = "Mark action done" if data.done and not was_done else "Edit mitigation action"

    def do(s: Session) -> RaidChange[ActionData]:
        return _entry(s, raid.update_action(s, action_id, data), item_id)

    def undo(s: Session, change: RaidChange[ActionData]) -> RaidChange[None]:
        raid.update_action(s, action_id, change.kept)
        return _entry(s, None, item_id)

    return edits.run(AREA, text, do, undo)


def delete_action(edits: Edits, item_id: int, action_id: int) -> Outcome:
    """Remove a mitigation action; undo puts it back."""

    def do(s: Session) -> RaidChange[dict[str, Any]]:
        return _entry(s, raid.delete_action(s, action_id), item_id)

    def undo(s: Session, change: RaidChange[dict[str, Any]]) -> RaidChange[None]:
        raid.restore_action(s, change.kept)
        return _entry(s, None, item_id)

    return edits.run(AREA, "Delete mitigation action", do, undo)


# ------------------------------------------------------------------ escalations


def create_escalation(edits: Edits, data: esc.EscalationData) -> Outcome:
    """Log an escalation; ``outcome.state.kept`` is its id. Undo removes it, redo puts the
    same one back."""
    taken = _Taken[esc.EscalationSnapshot]()

    def do(s: Session) -> RaidChange[int]:
        escalation_id = esc.create_escalation(s, data)
        return _escalation(escalation_id, escalation_id)

    def undo(s: Session, change: RaidChange[int]) -> RaidChange[None]:
        taken.put(esc.delete_escalation(s, change.kept))
        return RaidChange(None, escalations_removed=(change.kept,))

    def again(s: Session, change: RaidChange[int]) -> RaidChange[None]:
        esc.restore_escalation(s, taken.get())
        return _escalation(None, change.kept)

    return edits.run(AREA, f"Log escalation “{_short(data.title)}”", do, undo, again)


def update_escalation(edits: Edits, escalation_id: int, data: esc.EscalationData) -> Outcome:
    """Change an escalation's fields (its cause category too); undo puts the prior back."""

    def do(s: Session) -> RaidChange[esc.EscalationData]:
        return _escalation(esc.update_escalation(s, escalation_id, data), escalation_id)

    def undo(s: Session, change: RaidChange[esc.EscalationData]) -> RaidChange[None]:
        esc.update_escalation(s, escalation_id, change.kept)
        return _escalation(None, escalation_id)

    return edits.run(AREA, f"Edit escalation “{_short(data.title)}”", do, undo)


def delete_escalation(edits: Edits, escalation_id: int) -> Outcome:
    """Remove an escalation with its whys and preventive actions; undo puts it back."""

    def do(s: Session) -> RaidChange[esc.EscalationSnapshot]:
        snapshot = esc.delete_escalation(s, escalation_id)
        return RaidChange(snapshot, escalations_removed=(escalation_id,))

    def undo(s: Session, change: RaidChange[esc.EscalationSnapshot]) -> RaidChange[None]:
        esc.restore_escalation(s, change.kept)
        return _escalation(None, escalation_id)

    return edits.run(AREA, "Delete escalation", do, undo)


def set_whys(edits: Edits, escalation_id: int, answers: list[str]) -> Outcome:
    """Save the 5-whys chain; undo restores the previous chain."""

    def do(s: Session) -> RaidChange[list[str]]:
        return _escalation(esc.set_whys(s, escalation_id, answers), escalation_id)

    def undo(s: Session, change: RaidChange[list[str]]) -> RaidChange[None]:
        esc.set_whys(s, escalation_id, change.kept)
        return _escalation(None, escalation_id)

    return edits.run(AREA, "Edit 5 whys", do, undo)


def add_preventive(edits: Edits, escalation_id: int, data: ActionData) -> Outcome:
    """Add a preventive action; undo removes it, redo puts the same one back."""
    taken = _Taken[dict[str, Any]]()

    def do(s: Session) -> RaidChange[int]:
        return _escalation(esc.add_preventive(s, escalation_id, data), escalation_id)

    def undo(s: Session, change: RaidChange[int]) -> RaidChange[None]:
        taken.put(esc.delete_preventive(s, change.kept))
        return _escalation(None, escalation_id)

    def again(s: Session, _change: RaidChange[int]) -> RaidChange[None]:
        esc.restore_preventive(s, taken.get())
        return _escalation(None, escalation_id)

    return edits.run(AREA, "Add preventive action", do, undo, again)


def update_preventive(
    edits: Edits, escalation_id: int, action_id: int, data: ActionData
) -> Outcome:
    """Change a preventive action (e.g. mark it done); undo puts back how it was."""

    def do(s: Session) -> RaidChange[ActionData]:
        return _escalation(esc.update_preventive(s, action_id, data), escalation_id)

    def undo(s: Session, change: RaidChange[ActionData]) -> RaidChange[None]:
        esc.update_preventive(s, action_id, change.kept)
        return _escalation(None, escalation_id)

    return edits.run(AREA, "Edit preventive action", do, undo)


def delete_preventive(edits: Edits, escalation_id: int, action_id: int) -> Outcome:
    """Remove a preventive action; undo puts it back."""

    def do(s: Session) -> RaidChange[dict[str, Any]]:
        return _escalation(esc.delete_preventive(s, action_id), escalation_id)

    def undo(s: Session, change: RaidChange[dict[str, Any]]) -> RaidChange[None]:
        esc.restore_preventive(s, change.kept)
        return _escalation(None, escalation_id)

    return edits.run(AREA, "Delete preventive action", do, undo)
