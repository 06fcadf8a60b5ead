"""The Reports area's edits: each one ``ServiceCommand`` run through the window's ``Edits``.

Every function here builds the steps of one edit over the reports services (``do`` and
its ``undo``) and runs them with ``edits.run("reports", …)``; a redo after an undo runs
``do`` again, as the first time. The ``Outcome`` says whether the edit was applied or
refused (nothing written, nothing pushed: the caller shows ``outcome.error``).

Every step returns a ``Change``, which goes out on ``Edits.changed``; the page hands it to
the tab named by its ``view``. A change that carries a retrospective ``note`` puts that
note on (or takes it off) the board shown; one with ``proposal_gone`` drops that proposal
from the backlog; any other change re-reads its tab.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope
from pmo_desktop.gui.edits import Edits, Outcome
from pmo_desktop.services.reports import (
    checklist,
    drafts,
    improvements,
    retrospectives,
    status,
    workload,
)
from pmo_desktop.services.reports.checklist import ChecklistItem, TickState
from pmo_desktop.services.reports.drafts import ReportText
from pmo_desktop.services.reports.improvements import ImprovementData, ImprovementRow
from pmo_desktop.services.reports.retrospectives import (
    RetroActionData,
    RetroActionRow,
    RetroData,
    RetroItemRow,
)

AREA = "reports"
#: The tabs a ``Change`` concerns (names of the page's views).
STATUS, RETROS, ADHERENCE = "status-reports", "retrospectives", "adherence"
IMPROVEMENTS, WORKLOAD = "improvements", "workload"


@dataclass(frozen=True)
class Change:
    """What one committed step of a Reports edit changed (``Changed.result``).

    ``view`` is the tab it concerns; ``state`` is what the undo needs (the service's
    return: the record before, the new id…). ``retro_id`` is the retrospective the step
    made (the board to show) or whose board it changed; ``note`` is a note the step put on
    that board (``note_gone``: took off); ``proposal_gone`` a proposal it deleted.
    """

    view: str
    state: Any = None
    retro_id: int | None = None
    note: RetroItemRow | None = None
    note_gone: bool = False
    proposal_gone: int | None = None


# --------------------------------------------------------------------------- status reports


def save_draft(edits: Edits, scope: ReportScope, target_id: int, text: ReportText) -> Outcome:
    """Keep the narrative of the next report of a program or client."""

    def do(session: Session) -> Change:
        return Change(STATUS, drafts.save_report_draft(session, scope, target_id, text))

    def undo(session: Session, change: Change) -> Change:
        drafts.save_report_draft(session, scope, target_id, change.state)
        return Change(STATUS)

    return edits.run(AREA, "Edit status report text", do, undo)


def issue_report(edits: Edits, payload: dict[str, Any]) -> Outcome:
    """Keep an issued report as a snapshot (``outcome.state.state`` is its id); undo removes
    the snapshot (a file written stays)."""

    def do(session: Session) -> Change:
        return Change(STATUS, status.issue_report(session, payload))

    def undo(session: Session, change: Change) -> Change:
        status.delete_snapshot(session, change.state)
        return Change(STATUS)

    return edits.run(AREA, f"Issue status report of {payload['title']}", do, undo)


# --------------------------------------------------------------------------- retrospectives


def create_retrospective(edits: Edits, data: RetroData) -> Outcome:
    """Create a retrospective; its board is shown."""

    def do(session: Session) -> Change:
        retro_id = retrospectives.create_retrospective(session, data)
        return Change(RETROS, retro_id, retro_id=retro_id)

    def undo(session: Session, change: Change) -> Change:
        retrospectives.delete_retrospective(session, change.state)
        return Change(RETROS)

    return edits.run(AREA, f"Create retrospective “{data.title}”", do, undo)


def _note_gone(session: Session, item_id: int) -> Change:
    retro_id, note = retrospectives.delete_retro_item(session, item_id)
    return Change(RETROS, (retro_id, note), retro_id=retro_id, note=note, note_gone=True)


def add_note(edits: Edits, retro_id: int, column: str, text: str) -> Outcome:
    """Add a note to a column of a board."""

    def do(session: Session) -> Change:
        note = retrospectives.add_retro_item(session, retro_id, column, text)
        return Change(RETROS, note.id, retro_id=retro_id, note=note)

    def undo(session: Session, change: Change) -> Change:
        return _note_gone(session, change.state)

    return edits.run(AREA, "Add retrospective note", do, undo)


def delete_note(edits: Edits, item_id: int) -> Outcome:
    """Delete a note (undo puts it back with its id and votes)."""

    def do(session: Session) -> Change:
        return _note_gone(session, item_id)

    def undo(session: Session, change: Change) -> Change:
        retro_id, note = change.state
        retrospectives.restore_retro_item(session, retro_id, note)
        return Change(RETROS, retro_id=retro_id, note=note)

    return edits.run(AREA, "Delete retrospective note", do, undo)


def vote(edits: Edits, item_id: int) -> Outcome:
    """One more vote on a note."""

    def do(session: Session) -> Change:
        return Change(RETROS, retrospectives.vote(session, item_id, 1))

    def undo(session: Session, change: Change) -> Change:
        retrospectives.set_votes(session, item_id, change.state)
        return Change(RETROS)

    return edits.run(AREA, "Vote", do, undo)


def add_action(edits: Edits, retro_id: int, data: RetroActionData) -> Outcome:
    """Add an action with its owner and due date to a retrospective."""

    def do(session: Session) -> Change:
        return Change(RETROS, retrospectives.add_retro_action(session, retro_id, data))

    def undo(session: Session, change: Change) -> Change:
        retrospectives.delete_retro_action(session, change.state)
        return Change(RETROS)

    return edits.run(AREA, "Add retrospective action", do, undo)


def set_action_done(edits: Edits, row: RetroActionRow, done: bool) -> Outcome:
    """Tick a retrospective action done or not."""
    data = RetroActionData(row.text, row.owner_id, row.due_date, done)

    def do(session: Session) -> Change:
        return Change(RETROS, retrospectives.update_retro_action(session, row.id, data))

    def undo(session: Session, change: Change) -> Change:
        retrospectives.update_retro_action(session, row.id, change.state)
        return Change(RETROS)

    return edits.run(AREA, "Mark action done" if done else "Mark action not done", do, undo)


# --------------------------------------------------------------------------- adherence


def tick(edits: Edits, state: TickState) -> Outcome:
    """Tick or untick one cell of a project's checklist."""

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.set_tick(session, state))

    def undo(session: Session, change: Change) -> Change:
        checklist.set_tick(session, change.state)
        return Change(ADHERENCE)

    text = "Tick checklist item" if state.ticked else "Untick checklist item"
    return edits.run(AREA, text, do, undo)


def _restore_item(session: Session, change: Change) -> Change:
    checklist.restore_checklist_item(session, change.state)
    return Change(ADHERENCE)


def add_checklist_item(edits: Edits, kind: str, title: str, today: date) -> Outcome:
    """Add a line at the end of a project type's checklist, counting from this week."""

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.add_checklist_item(session, kind, title, today).id)

    def undo(session: Session, change: Change) -> Change:
        checklist.delete_checklist_item(session, change.state)
        return Change(ADHERENCE)

    return edits.run(AREA, "Add checklist item", do, undo)


def rename_checklist_item(edits: Edits, item: ChecklistItem, title: str) -> Outcome:
    """Rename a line of the checklist (its ticks stay)."""

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.rename_checklist_item(session, item.id, title))

    return edits.run(AREA, f"Rename checklist item “{item.title}”", do, _restore_item)


def move_checklist_item(edits: Edits, item: ChecklistItem, step: int) -> Outcome:
    """Move a line ``step`` places up (negative) or down its type's checklist."""
    kind = item.project_type

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.move_checklist_item(session, item.id, step))

    def undo(session: Session, change: Change) -> Change:
        checklist.set_checklist_order(session, kind, change.state)
        return Change(ADHERENCE)

    return edits.run(AREA, "Move checklist item", do, undo)


def retire_checklist_item(edits: Edits, item: ChecklistItem, today: date) -> Outcome:
    """Take a line off the checklist from this week on."""

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.retire_checklist_item(session, item.id, today))

    return edits.run(AREA, f"Retire checklist item “{item.title}”", do, _restore_item)


def reactivate_checklist_item(edits: Edits, item: ChecklistItem, today: date) -> Outcome:
    """Put a retired line back on the checklist from this week on."""

    def do(session: Session) -> Change:
        return Change(ADHERENCE, checklist.reactivate_checklist_item(session, item.id, today))

    return edits.run(AREA, f"Reactivate checklist item “{item.title}”", do, _restore_item)


# --------------------------------------------------------------------------- improvements


def add_improvement(edits: Edits, data: ImprovementData) -> Outcome:
    """Add a proposal to the backlog."""

    def do(session: Session) -> Change:
        return Change(IMPROVEMENTS, improvements.save_improvement(session, None, data)[0])

    def undo(session: Session, change: Change) -> Change:
        improvements.delete_improvement(session, change.state)
        return Change(IMPROVEMENTS)

    return edits.run(AREA, "Add improvement proposal", do, undo)


def save_improvement(edits: Edits, proposal_id: int, data: ImprovementData, text: str) -> Outcome:
    """Store every field of a proposal (an edit in its dialog, a status change)."""

    def do(session: Session) -> Change:
        before = improvements.save_improvement(session, proposal_id, data)[1]
        return Change(IMPROVEMENTS, before)

    def undo(session: Session, change: Change) -> Change:
        improvements.save_improvement(session, proposal_id, change.state)
        return Change(IMPROVEMENTS)

    return edits.run(AREA, text, do, undo)


def set_improvement_status(
    edits: Edits, proposal: ImprovementRow, status: ImprovementStatus
) -> Outcome:
    """Move a proposal to ``status`` (its other fields as the backlog shows them)."""
    data = replace(proposal.data, status=status)
    text = f"Set “{proposal.data.title}” to {data.status.label}"
    return save_improvement(edits, proposal.id, data, text)


def delete_improvement(edits: Edits, proposal: ImprovementRow) -> Outcome:
    """Delete a proposal with its evidence links (undo brings both back)."""
    proposal_id = proposal.id

    def do(session: Session) -> Change:
        kept = improvements.remove_improvement(session, proposal_id)
        return Change(IMPROVEMENTS, kept, proposal_gone=proposal_id)

    def undo(session: Session, change: Change) -> Change:
        improvements.restore_improvement(session, change.state)
        return Change(IMPROVEMENTS)

    return edits.run(AREA, f"Delete improvement “{proposal.data.title}”", do, undo)


def link_evidence(edits: Edits, proposal_id: int, kind: str, target_id: int) -> Outcome:
    """Link an escalation (``kind`` "escalation") or a retrospective to a proposal."""
    escalation = target_id if kind == "escalation" else None
    retrospective = None if kind == "escalation" else target_id

    def do(session: Session) -> Change:
        link = improvements.link_evidence(
            session, proposal_id, escalation_id=escalation, retrospective_id=retrospective
        )
        return Change(IMPROVEMENTS, link)

    def undo(session: Session, change: Change) -> Change:
        improvements.unlink_evidence(session, change.state)
        return Change(IMPROVEMENTS)

    return edits.run(AREA, "Link evidence", do, undo)


# --------------------------------------------------------------------------- workload


def reorder(edits: Edits, order: list[int]) -> Outcome:
    """Store a new priority order of the workload (first = rank 1)."""

    def do(session: Session) -> Change:
        return Change(WORKLOAD, workload.set_ranking(session, order))

    def undo(session: Session, change: Change) -> Change:
        workload.set_ranking(session, change.state)
        return Change(WORKLOAD)

    return edits.run(AREA, "Reorder priorities", do, undo)
