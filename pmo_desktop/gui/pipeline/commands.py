"""The pipeline's edits: each one ``ServiceCommand`` run through the window's ``Edits``.

Every function here builds the steps of one edit over the pipeline services (``do``, its
``undo`` and, where a redo differs from the first run, ``again``) and runs them with
``edits.run("pipeline", …)``. The ``Outcome`` says whether the edit was applied or
refused (nothing written, nothing pushed: the caller shows ``outcome.error``).

Every step returns a ``Change``, which goes out on ``Edits.changed``: a change that carries
a ``card`` (a stage move and its undo) repaints that one card; an ``INITIATIVE`` change
concerns the client roadmap only; any other change is wide and the page re-reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.rag import Override
from pmo_desktop.gui.edits import Edits, Outcome
from pmo_desktop.services.concurrency import Rows, Snapshot, children, row
from pmo_desktop.services.pipeline import board
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import health as health_service
from pmo_desktop.services.pipeline.board import PipelineCard

if TYPE_CHECKING:  # the modules themselves load with the edits that use them
    from pmo_desktop.services.pipeline.edit import ClientData, ProgramData, ProjectBundle
    from pmo_desktop.services.pipeline.health import HealthRules, OverrideTarget
    from pmo_desktop.services.pipeline.mspdi_import import MspdiProject
    from pmo_desktop.services.pipeline.roadmap import RoadmapData, RoadmapRow

AREA = "pipeline"
#: What a ``Change`` is about.
CARD, CLIENT, PROGRAM, PROJECT = "card", "client", "program", "project"
INITIATIVE, HEALTH, DELETION, IMPORT = "initiative", "health", "deletion", "import"

D = TypeVar("D")
Save = Callable[[Session, int | None, D], tuple[int, D | None]]
Remove = Callable[[Session, int], object]


@dataclass(frozen=True)
class Change:
    """What one committed step of a pipeline edit changed (``Changed.result``).

    ``card`` is the one project card to repaint (a stage move, its undo); ``state`` is what
    the undo needs (the move, the record's prior fields, the deleted rows…).
    """

    kind: str
    record_id: int | None = None
    card: PipelineCard | None = None
    state: Any = None


def validator(edits: Edits, check: Callable[[Session, D], object]) -> Callable[[D], None]:
    """An editor's ``validate``: runs ``check(session, data)``, which raises ValidationError
    for what the services refuse, and writes nothing (the editor validates before closing)."""

    def validate(data: D) -> None:
        def tried(session: Session) -> None:
            try:
                check(session, data)
            finally:
                session.rollback()

        edits.read(tried)

    return validate


# --------------------------------------------------------------------------- cards


def move_stage(
    edits: Edits,
    card: PipelineCard,
    stage: Stage,
    *,
    reason: str | None = None,
    sow_signed: date | None = None,
) -> Outcome:
    """Move one project to another stage (with the reason or SOW date it needs)."""
    project_id = card.id

    def do(session: Session) -> Change:
        move = board.move_stage(session, project_id, stage, reason=reason, sow_signed=sow_signed)
        return Change(CARD, project_id, board.card(session, project_id), move)

    def undo(session: Session, done: Change) -> Change:
        board.undo_stage_move(session, done.state)
        return Change(CARD, project_id, board.card(session, project_id))

    return edits.run(AREA, f"Move “{card.name}” to {stage.label}", do, undo)


# --------------------------------------------------------------------------- records


def _save(
    edits: Edits,
    kind: str,
    text: str,
    record_id: int | None,
    data: D,
    save: Save[D],
    remove: Remove,
    seen: Snapshot | None = None,
    refs: Sequence[Rows] = (),
) -> Outcome:
    """Save a record through ``save(session, id, data) -> (id, prior)``; undo saves the
    prior back, or removes the record the edit created; redo saves the data again (a
    created record comes back with its id). ``seen`` (what the editor read) makes the save
    a merge with what others saved meanwhile; a record they deleted is not re-created."""

    def do(session: Session) -> Change:
        saved_id, prior = save(session, record_id, data)
        return Change(kind, saved_id, state=prior)

    def again(session: Session, done: Change) -> Change:
        save(session, done.record_id, data)
        return done

    def undo(session: Session, done: Change) -> Change:
        assert done.record_id is not None
        if record_id is None:
            remove(session, done.record_id)
        else:
            save(session, done.record_id, done.state)
        return done

    return edits.run(AREA, text, do, undo, again, seen=seen, refs=refs)


def record_rows(kind: str, record_id: int) -> list[Rows]:
    """The rows one editor of a client, program or project shows (the project with its
    milestones, financials and scope changes): what its save is checked against."""
    if kind == PROJECT:
        return [
            row("project", record_id),
            children("milestone", "project_id", record_id),
            children("project_financials", "project_id", record_id),
            children("scope_change", "project_id", record_id),
        ]
    return [row(kind, record_id)]


def save_client(
    edits: Edits, client_id: int | None, data: ClientData, *, seen: Snapshot | None = None
) -> Outcome:
    """Add a client (``client_id`` None) or change one."""
    text = f"{'Edit' if client_id else 'Add'} client “{data.name.strip()}”"
    return _save(
        edits,
        CLIENT,
        text,
        client_id,
        data,
        pipeline_edit.save_client,
        pipeline_edit.delete_new_client,
        seen,
        record_rows(CLIENT, client_id) if client_id is not None else (),
    )


def save_program(
    edits: Edits, program_id: int | None, data: ProgramData, *, seen: Snapshot | None = None
) -> Outcome:
    """Add a program (``program_id`` None) or change one."""
    text = f"{'Edit' if program_id else 'Add'} program “{data.name.strip()}”"
    return _save(
        edits,
        PROGRAM,
        text,
        program_id,
        data,
        pipeline_edit.save_program,
        pipeline_edit.delete_new_program,
        seen,
        record_rows(PROGRAM, program_id) if program_id is not None else (),
    )


def save_project(
    edits: Edits, project_id: int | None, data: ProjectBundle, *, seen: Snapshot | None = None
) -> Outcome:
    """Add a project (``project_id`` None) or change every part of one."""
    name = data.name.strip()
    text = f"Edit “{name}”" if project_id else f"Add project “{name}”"
    return _save(
        edits,
        PROJECT,
        text,
        project_id,
        data,
        pipeline_edit.save_project,
        pipeline_edit.delete_project,
        seen,
        record_rows(PROJECT, project_id) if project_id is not None else (),
    )


def delete_record(edits: Edits, kind: str, record_id: int, name: str) -> Outcome:
    """Delete a client, program or project with everything depending on it; undo puts
    back every row the delete took, with its id."""

    def do(session: Session) -> Change:
        from pmo_desktop.services import deletion

        return Change(DELETION, record_id, state=deletion.delete_record(session, kind, record_id))

    def undo(session: Session, done: Change) -> Change:
        from pmo_desktop.services import deletion

        deletion.restore_record(session, done.state)
        return Change(DELETION, record_id)

    return edits.run(AREA, f"Delete {kind} “{name}”", do, undo)


# --------------------------------------------------------------------------- health


def set_override(
    edits: Edits, label: str, target: OverrideTarget, override: Override | None
) -> Outcome:
    """Set (or clear, with None) the override of one dimension of a project or program."""
    verb = "Clear" if override is None else "Override"

    def do(session: Session) -> Change:
        return Change(HEALTH, state=health_service.set_override(session, target, override))

    def undo(session: Session, done: Change) -> Change:
        health_service.set_override(session, target, done.state)
        return Change(HEALTH)

    return edits.run(AREA, f"{verb} {target.dimension.value} health of “{label}”", do, undo)


def apply_health_rules(edits: Edits, rules: HealthRules, text: str) -> Outcome:
    """Save the portfolio's (and a program's) health rules; undo puts the former back."""

    def do(session: Session) -> Change:
        return Change(HEALTH, state=health_service.apply_health_rules(session, rules))

    def undo(session: Session, done: Change) -> Change:
        health_service.apply_health_rules(session, done.state)
        return Change(HEALTH)

    return edits.run(AREA, text, do, undo)


# --------------------------------------------------------------------------- roadmap


def save_initiative(edits: Edits, item_id: int | None, data: RoadmapData, text: str) -> Outcome:
    """Add an initiative to a client's roadmap (``item_id`` None), or change or move one."""
    from pmo_desktop.services.pipeline import roadmap

    return _save(edits, INITIATIVE, text, item_id, data, roadmap.save_item, roadmap.delete_item)


def delete_initiative(edits: Edits, item: RoadmapRow) -> Outcome:
    """Delete an initiative; undo brings it back with its id."""
    item_id = item.id

    def do(session: Session) -> Change:
        from pmo_desktop.services.pipeline import roadmap

        return Change(INITIATIVE, item_id, state=roadmap.delete_item(session, item_id))

    def undo(session: Session, done: Change) -> Change:
        from pmo_desktop.services.pipeline import roadmap

        roadmap.restore_item(session, item_id, done.state)
        return Change(INITIATIVE, item_id)

    return edits.run(AREA, f"Delete initiative “{item.data.title}”", do, undo)


# --------------------------------------------------------------------------- imports


def import_ms_project(
    edits: Edits, project: MspdiProject, client: str, program: str, text: str
) -> Outcome:
    """Import an MS Project file's project into ``client`` / ``program`` as one step."""

    def do(session: Session) -> Change:
        from pmo_desktop.services.pipeline import mspdi_import

        preview = mspdi_import.preview_mspdi(session, project, client, program)
        return Change(IMPORT, state=mspdi_import.import_mspdi(session, preview))

    def undo(session: Session, done: Change) -> Change:
        from pmo_desktop.services.pipeline import mspdi_import

        mspdi_import.undo_mspdi(session, done.state)
        return Change(IMPORT)

    return edits.run(AREA, text, do, undo)
