"""The People area's edits. Each function builds the service calls of one edit (``do``, its
``undo`` and, where a replay must restore exactly what the first run made, ``again``) and
runs them through ``Edits.run`` as one undoable step of the area "people".

``do`` runs once, in its own unit of work, when the edit is made; a refusal writes and
pushes nothing and comes back as ``outcome.error``, which the caller shows beside the
field. The views never update from these functions: every committed step is announced on
``Edits.changed`` and the People page repaints the roster and the visible tab from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from pmo_desktop.domain.cadence import Cadence
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.people import ActionOwner
from pmo_desktop.domain.rating import Competency, EvaluationKind, EvaluationStatus
from pmo_desktop.gui.edits import Edits, Inverse, Outcome, Step
from pmo_desktop.services.calendar import days_off as calendar
from pmo_desktop.services.calendar import ics_import
from pmo_desktop.services.concurrency import Rows, Snapshot, row
from pmo_desktop.services.people import evaluations as ev
from pmo_desktop.services.people import frameworks, growth, onboarding, roster, team
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people.evidence import EvidenceItem
from pmo_desktop.services.people.growth import FeedbackInput, FeedbackRow, GoalInput, GoalRow
from pmo_desktop.services.people.onboarding import OnboardingItemRow
from pmo_desktop.services.people.one_on_ones import ActionRow, PointRow
from pmo_desktop.services.people.roster import PersonData

#: The area every People edit is announced under on ``Edits.changed``.
AREA = "people"


def short(text: str, limit: int = 40) -> str:
    """A one-line excerpt of user text for an Edit-menu entry."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def run(
    edits: Edits,
    text: str,
    do: Step,
    undo: Inverse,
    again: Inverse | None = None,
    *,
    seen: Snapshot | None = None,
    refs: Sequence[Rows] = (),
) -> Outcome:
    """One People edit on the undo stack: ``Edits.run`` for the area "people"."""
    return edits.run(AREA, text, do, undo, again, seen=seen, refs=refs)


# ---------------------------------------------------------------------------------- 1:1s


def new_one_on_one(edits: Edits, person_id: int, name: str, day: date) -> Outcome:
    """Start a 1:1 that carries over what is still open and brings in the person's open
    retrospective actions; the state is the new 1:1 (redo puts back the same rows)."""
    from pmo_desktop.services.people.agenda import start_one_on_one_with_retro_actions

    return run(
        edits,
        f"New 1:1 with {short(name)}",
        lambda s: svc.one_on_one(s, start_one_on_one_with_retro_actions(s, person_id, day)),
        lambda s, detail: svc.delete_one_on_one(s, detail.id),
        lambda s, detail: svc.restore_one_on_one(s, detail),
    )


def delete_one_on_one(edits: Edits, one_on_one_id: int) -> Outcome:
    """Delete a 1:1 (undo puts it back with its points and actions)."""
    return run(
        edits,
        "Delete 1:1",
        lambda s: svc.delete_one_on_one(s, one_on_one_id),
        lambda s, detail: svc.restore_one_on_one(s, detail),
        lambda s, detail: svc.delete_one_on_one(s, detail.id),
    )


def notes_rows(one_on_one_id: int) -> list[Rows]:
    """The row a 1:1's notes editor shows: its save merges over it."""
    return [row("one_on_one", one_on_one_id)]


def save_notes(
    edits: Edits, one_on_one_id: int, notes: str, *, seen: Snapshot | None = None
) -> Outcome:
    """Replace the notes (Markdown) of a 1:1. With ``seen`` (the 1:1 as the editor loaded
    it) notes someone else saved meanwhile are merged line by line with these, not lost."""
    return run(
        edits,
        "Edit 1:1 notes",
        lambda s: svc.update_one_on_one(s, one_on_one_id, notes=notes),
        lambda s, previous: svc.update_one_on_one(s, one_on_one_id, notes=previous[1]),
        lambda s, _previous: svc.update_one_on_one(s, one_on_one_id, notes=notes),
        seen=seen,
        refs=notes_rows(one_on_one_id),
    )


def add_point(edits: Edits, one_on_one_id: int, text: str) -> Outcome:
    """Add a talking point to a 1:1's agenda."""
    return run(
        edits,
        f"Add talking point “{short(text)}”",
        lambda s: svc.add_talking_point(s, one_on_one_id, text),
        lambda s, row: svc.delete_talking_point(s, row.id),
        lambda s, row: svc.restore_talking_point(s, row),
    )


def tick_point(edits: Edits, row: PointRow, done: bool) -> Outcome:
    """Tick a talking point done (or not)."""
    return run(
        edits,
        f"{'Tick' if done else 'Untick'} “{short(row.text)}”",
        lambda s: svc.update_talking_point(s, row.id, done=done),
        lambda s, previous: svc.update_talking_point(s, row.id, done=previous.done),
        lambda s, _previous: svc.update_talking_point(s, row.id, done=done),
    )


def add_action(
    edits: Edits, one_on_one_id: int, text: str, owner: ActionOwner, due: date | None
) -> Outcome:
    """Add an action item with its owner and optional due date to a 1:1."""
    return run(
        edits,
        f"Add action “{short(text)}”",
        lambda s: svc.add_action(s, one_on_one_id, text, owner, due),
        lambda s, row: svc.delete_action(s, row.id),
        lambda s, row: svc.restore_action(s, row),
    )


def tick_action(edits: Edits, row: ActionRow, done: bool) -> Outcome:
    """Tick an action item done (or reopen it)."""
    return run(
        edits,
        f"{'Done' if done else 'Reopen'}: “{short(row.text)}”",
        lambda s: svc.update_action(s, row.id, done=done),
        lambda s, previous: svc.restore_action_state(s, previous),
        lambda s, _previous: svc.update_action(s, row.id, done=done),
    )


def set_cadence(edits: Edits, person_id: int, name: str, cadence: Cadence) -> Outcome:
    """Change how often a person has a 1:1."""
    return run(
        edits,
        f"1:1 cadence of {short(name)}: {cadence.label.lower()}",
        lambda s: team.set_cadence(s, person_id, cadence),
        lambda s, previous: team.set_cadence(s, person_id, previous),
        lambda s, _previous: team.set_cadence(s, person_id, cadence),
    )


# ------------------------------------------------------------------- goals, feedback, OKRs


def add_goal(edits: Edits, person_id: int, data: GoalInput) -> Outcome:
    """Add a SMART goal (redo puts back the same row)."""
    return run(
        edits,
        f"Add goal “{short(data.title)}”",
        lambda s: growth.add_goal(s, person_id, data),
        lambda s, row: growth.delete_goal(s, row.id),
        lambda s, row: growth.restore_goal(s, row),
    )


def edit_goal(edits: Edits, goal_id: int, data: GoalInput) -> Outcome:
    """Change a goal."""
    return run(
        edits,
        f"Edit goal “{short(data.title)}”",
        lambda s: growth.update_goal(s, goal_id, data),
        lambda s, previous: growth.restore_goal(s, previous),
        lambda s, _previous: growth.update_goal(s, goal_id, data),
    )


def delete_goal(edits: Edits, row: GoalRow) -> Outcome:
    """Delete a goal."""
    return run(
        edits,
        f"Delete goal “{short(row.title)}”",
        lambda s: growth.delete_goal(s, row.id),
        lambda s, previous: growth.restore_goal(s, previous),
        lambda s, previous: growth.delete_goal(s, previous.id),
    )


def log_feedback(edits: Edits, person_id: int, data: FeedbackInput) -> Outcome:
    """Log feedback (redo puts it back with the same id)."""
    return run(
        edits,
        f"Log feedback “{short(data.behaviour)}”",
        lambda s: growth.add_feedback(s, person_id, data),
        lambda s, feedback_id: growth.delete_feedback(s, feedback_id),
        lambda s, feedback_id: growth.restore_feedback(s, feedback_id, person_id, data),
    )


def edit_feedback(edits: Edits, feedback_id: int, data: FeedbackInput) -> Outcome:
    """Change a feedback entry."""
    return run(
        edits,
        f"Edit feedback “{short(data.behaviour)}”",
        lambda s: growth.update_feedback(s, feedback_id, data),
        lambda s, previous: growth.update_feedback(s, feedback_id, previous),
        lambda s, _previous: growth.update_feedback(s, feedback_id, data),
    )


def delete_feedback(edits: Edits, row: FeedbackRow) -> Outcome:
    """Delete a feedback entry."""
    return run(
        edits,
        f"Delete feedback “{short(row.behaviour)}”",
        lambda s: growth.delete_feedback(s, row.id),
        lambda s, kept: growth.restore_feedback(s, row.id, kept[0], kept[1]),
        lambda s, _kept: growth.delete_feedback(s, row.id),
    )


def add_objective(edits: Edits, period: str, title: str) -> Outcome:
    """Add a team objective for ``period``."""
    return run(
        edits,
        f"Add objective “{short(title)}”",
        lambda s: growth.add_objective(s, period, title),
        lambda s, objective_id: growth.delete_objective(s, objective_id),
    )


def add_key_result(edits: Edits, objective_id: int, title: str) -> Outcome:
    """Add a key result to an objective."""
    return run(
        edits,
        f"Add key result “{short(title)}”",
        lambda s: growth.add_key_result(s, objective_id, title),
        lambda s, key_result_id: growth.delete_key_result(s, key_result_id),
    )


def score_key_result(edits: Edits, key_result_id: int, title: str, score: float) -> Outcome:
    """Score a key result 0–1."""
    return run(
        edits,
        f"Score “{short(title)}”: {score:.2f}",
        lambda s: growth.score_key_result(s, key_result_id, score),
        lambda s, previous: growth.score_key_result(s, key_result_id, previous),
        lambda s, _previous: growth.score_key_result(s, key_result_id, score),
    )


# ---------------------------------------------------------------------------- onboarding


def tick_onboarding_item(edits: Edits, row: OnboardingItemRow, done: bool) -> Outcome:
    """Tick an onboarding item done (or not)."""
    return run(
        edits,
        f"{'Tick' if done else 'Untick'} “{short(row.title)}”",
        lambda s: onboarding.tick_onboarding_item(s, row.id, done),
        lambda s, previous: onboarding.tick_onboarding_item(s, row.id, previous),
        lambda s, _previous: onboarding.tick_onboarding_item(s, row.id, done),
    )


def start_onboarding(edits: Edits, person_id: int, start: date, buddy_id: int | None) -> Outcome:
    """Create a 30-60-90 plan from the template (undo removes it; redo puts back the same
    rows)."""

    def do(s: Session) -> onboarding.OnboardingRow | None:
        onboarding.start_onboarding(s, person_id, start, buddy_id)
        return onboarding.onboarding(s, person_id)

    return run(
        edits,
        "Start onboarding plan",
        do,
        lambda s, _plan: onboarding.delete_onboarding_plan(s, person_id),
        lambda s, plan: onboarding.restore_onboarding(s, plan),
    )


def set_onboarding_template(edits: Edits, items: list[tuple[str, int]]) -> Outcome:
    """Replace the onboarding template new plans are made from."""
    return run(
        edits,
        "Edit onboarding template",
        lambda s: onboarding.set_onboarding_template(s, items),
        lambda s, previous: onboarding.set_onboarding_template(s, previous),
        lambda s, _previous: onboarding.set_onboarding_template(s, items),
    )


# --------------------------------------------------------------------------- evaluations


def new_evaluation(
    edits: Edits, person_id: int, name: str, period: str, kind: EvaluationKind
) -> Outcome:
    """Start a draft evaluation (redo puts back the same rows)."""
    return run(
        edits,
        f"New {kind.label.lower()} evaluation {period} of {short(name)}",
        lambda s: ev.evaluation(s, ev.create_evaluation(s, person_id, period, kind)),
        lambda s, detail: ev.snapshot_and_delete(s, detail.id),
        lambda s, detail: ev.restore_evaluation(s, detail),
    )


def save_frameworks(edits: Edits, changed: dict[Role, list[Competency]]) -> Outcome:
    """Replace the competency frameworks of the changed roles in one edit."""

    def do(s: Session) -> dict[Role, tuple[Competency, ...]]:
        return {role: frameworks.save_framework(s, role, items) for role, items in changed.items()}

    def undo(s: Session, previous: dict[Role, tuple[Competency, ...]]) -> None:
        for role, items in previous.items():
            frameworks.save_framework(s, role, list(items))

    def again(s: Session, _previous: object) -> None:
        do(s)

    roles = ", ".join(role.value for role in changed)
    return run(edits, f"Edit competency framework ({roles})", do, undo, again)


def rate(edits: Edits, rating: ev.RatingRow, value: int | None, comment: str) -> Outcome:
    """Set a competency's rating and comment."""
    return run(
        edits,
        f"Rate {short(rating.name)}",
        lambda s: ev.rate(s, rating.id, value, comment),
        lambda s, previous: ev.rate(s, rating.id, previous[0], previous[1]),
        lambda s, _previous: ev.rate(s, rating.id, value, comment),
    )


def attach_evidence(edits: Edits, rating: ev.RatingRow, item: EvidenceItem) -> Outcome:
    """Attach a piece of evidence to a rating (redo attaches it with the same link id)."""
    return run(
        edits,
        f"Attach evidence to {short(rating.name)}",
        lambda s: ev.attach_evidence(s, rating.id, item),
        lambda s, link: ev.detach_evidence(s, link),
        lambda s, link: ev.attach_evidence(s, rating.id, replace(item, link_id=link)),
    )


def detach_evidence(edits: Edits, link_id: int) -> Outcome:
    """Remove a piece of evidence from its rating."""
    return run(
        edits,
        "Remove evidence",
        lambda s: ev.detach_evidence(s, link_id),
        lambda s, kept: ev.attach_evidence(s, kept[0], kept[1]),
        lambda s, _kept: ev.detach_evidence(s, link_id),
    )


def save_fields(edits: Edits, evaluation_id: int, fields: ev.EvaluationFields) -> Outcome:
    """Set the overall rating, potential and narrative of an evaluation."""
    return run(
        edits,
        "Edit overall rating and narrative",
        lambda s: ev.update_fields(s, evaluation_id, fields),
        lambda s, previous: ev.update_fields(s, evaluation_id, previous),
        lambda s, _previous: ev.update_fields(s, evaluation_id, fields),
    )


def set_status(
    edits: Edits,
    evaluation_id: int,
    period: str,
    target: EvaluationStatus,
    reason: str | None = None,
) -> Outcome:
    """Finalise, share or reopen (with a reason, recorded) an evaluation."""
    verb = {"final": "Finalise", "shared": "Share", "draft": "Reopen"}[target.value]
    return run(
        edits,
        f"{verb} evaluation {period}",
        lambda s: ev.set_status(s, evaluation_id, target, reason),
        lambda s, change: ev.undo_status(s, evaluation_id, change),
    )


# ------------------------------------------------------------------------------ the team


def add_person(edits: Edits, data: PersonData) -> Outcome:
    """Add someone to the team; the state is their id (redo brings back the same id)."""
    return run(
        edits,
        f"Add {short(data.name)}",
        lambda s: roster.add_person(s, data),
        lambda s, person_id: roster.delete_person(s, person_id),
        lambda s, person_id: roster.add_person(s, data, person_id),
    )


def person_rows(person_id: int) -> list[Rows]:
    """The row the person editor shows (skills are saved as the editor lists them)."""
    return [row("person", person_id)]


def edit_person(
    edits: Edits, person_id: int, data: PersonData, *, seen: Snapshot | None = None
) -> Outcome:
    """Change everything the person editor holds; with ``seen`` (the person as the editor
    read them) fields a colleague changed meanwhile and this user did not keep theirs."""
    return run(
        edits,
        f"Edit {short(data.name)}",
        lambda s: roster.update_person(s, person_id, data),
        lambda s, before: roster.update_person(s, person_id, before),
        lambda s, _before: roster.update_person(s, person_id, data),
        seen=seen,
        refs=person_rows(person_id),
    )


def set_active(edits: Edits, person_id: int, name: str, active: bool) -> Outcome:
    """Deactivate (the normal way out: history kept) or reactivate a person."""
    return run(
        edits,
        f"{'Reactivate' if active else 'Deactivate'} {short(name)}",
        lambda s: roster.set_active(s, person_id, active),
        lambda s, before: roster.update_person(s, person_id, before),
        lambda s, _before: roster.set_active(s, person_id, active),
    )


def delete_person(edits: Edits, person_id: int, name: str) -> Outcome:
    """Delete a person with everything that hangs off them (undo brings all of it back)."""
    return run(
        edits,
        f"Delete {short(name)}",
        lambda s: roster.delete_person(s, person_id),
        lambda s, record: roster.restore_person(s, record),
        lambda s, record: roster.delete_person(s, record.id),
    )


def set_role_targets(edits: Edits, wanted: dict[Role, int | None]) -> Outcome:
    """Set each role's billability target."""
    return run(
        edits,
        "Roles' billability targets",
        lambda s: roster.set_role_targets(s, wanted),
        lambda s, before: roster.set_role_targets(s, before),
        lambda s, _before: roster.set_role_targets(s, wanted),
    )


def import_time_off(
    edits: Edits, events: list[ics_import.IcsEvent], person_id: int, name: str, source: str
) -> Outcome:
    """Record what an .ics file adds to a person's time off, as one edit (each run
    previews the file again, so a redo adds what is new then)."""

    def do(s: Session) -> tuple[calendar.TimeOffData, ...]:
        return ics_import.import_ics(s, ics_import.preview_ics(s, events, person_id))

    return run(
        edits,
        f"Import time off of {short(name)} from {source}",
        do,
        lambda s, added: ics_import.undo_ics(s, added),
    )


def close_days(edits: Edits, days: Sequence[date], name: str) -> Outcome:
    """Make ``days`` closure days (the whole team off) under ``name``."""
    return run(
        edits,
        f"Close {len(days)} day{'s' if len(days) != 1 else ''}",
        lambda s: calendar.set_closure_days(s, days, name),
        lambda s, before: calendar.restore_closure_days(s, days, before),
        lambda s, _before: calendar.set_closure_days(s, days, name),
    )


def reopen_days(edits: Edits, days: Sequence[date]) -> Outcome:
    """Make ``days`` ordinary days again."""
    return run(
        edits,
        f"Reopen {len(days)} day{'s' if len(days) != 1 else ''}",
        lambda s: calendar.clear_closure_days(s, days),
        lambda s, before: calendar.restore_closure_days(s, days, before),
        lambda s, _before: calendar.clear_closure_days(s, days),
    )
