"""The staffing area's edits, each one ``ServiceCommand`` run through ``Edits.run``.

Each function builds the edit's steps over the staffing services and runs it: ``do`` (the
first time too) in its own unit of work, ``undo`` writing the inverse, ``again`` writing the
same thing once more. A cell edit's steps return the ``Changes`` they wrote (the undo its
inverse), so the grid model repaints just those cells from ``Edits.changed``; a scenario's
steps return a ``ScenarioStep`` saying which scenario the grid should show. What to edit,
and whether to ask before going over the allocation limit, is the controller's decision.
The few reads the area makes in one unit of work (what the page shows, a scenario's merge)
are here too, as ``Edits.read`` steps. Time off marked on the grid is the shared
``gui.time_off.add_time_off``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import DEFAULT_OVER_LIMIT
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.edits import Edits, Outcome
from pmo_desktop.services.people import roster as people_roster
from pmo_desktop.services.staffing import actuals, sheet_import
from pmo_desktop.services.staffing import edits as staffing
from pmo_desktop.services.staffing import grid as staffing_grid
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.edits import CellState, Changes
from pmo_desktop.services.staffing.tables import CellKey

#: The key of the staffing area's edits on ``Edits.changed``.
AREA = "staffing"


class NothingChanged(ValidationError):
    """The edit would write nothing (the same hours again, a cell dropped on itself): it is
    not run, and no undo step is kept."""

    def __init__(self) -> None:
        super().__init__("nothing changed")


@dataclass(frozen=True)
class Scope:
    """Where cell edits go and how far they may load people: the plan of record (no
    scenario) or a what-if scenario's copy, and the over-allocation limit in percent."""

    scenario_id: int | None = None
    limit: float = DEFAULT_OVER_LIMIT


@dataclass(frozen=True)
class ScenarioStep:
    """What a scenario step did: the scenario, and whether the grid shows it now (True: just
    started; False: closed or removed, so a grid showing it goes back to the plan; None: as
    it was). ``changes`` are an apply's changes to the plan."""

    scenario_id: int
    show: bool | None = None
    changes: Changes | None = None


# --------------------------------------------------------------------------- reads


@dataclass(frozen=True)
class PageRead:
    """What the staffing page shows, read in one unit of work: the grid over the plan's
    weeks (of the plan or of a scenario), the scenarios, and each person's skills."""

    grid: staffing_grid.StaffingGrid
    scenarios: list[scen.ScenarioInfo]
    skills: dict[int, list[tuple[str, int]]]


def read_page(edits: Edits, scenario_id: int | None) -> PageRead:
    """Read what the page shows (``scenario_id`` None: the plan of record)."""

    def read(session: Session) -> PageRead:
        weeks = staffing_grid.plan_weeks(session)
        grid = staffing_grid.read_grid(session, weeks, scenario_id=scenario_id)
        skills = people_roster.skills_of(session, [p.id for p in grid.people])
        return PageRead(grid, scen.list_scenarios(session), skills)

    return edits.read(read)


def merge_preview(edits: Edits, scenario_id: int) -> scen.ScenarioMerge:
    """What applying the scenario would do, conflicts apart (a read)."""
    return edits.read(lambda s: scen.merge_preview(s, scenario_id))


# --------------------------------------------------------------------------- cells


def _undo_cells(session: Session, changes: Changes) -> Changes:
    # The cells must still hold what the edit wrote: a colleague's newer hours are asked about.
    return staffing.apply_changes(session, changes.inverse(), check=True)


def _redo_cells(session: Session, changes: Changes) -> Changes:
    return staffing.apply_changes(session, changes, check=True)


def edit_cells(edits: Edits, text: str, step: Callable[[Session], Changes]) -> Outcome:
    """Run a cell edit: ``step`` writes it and returns its ``Changes``; undo and redo write
    them back and forth. An edit that changes nothing is refused with ``NothingChanged``."""

    def do(session: Session) -> Changes:
        changes = step(session)
        if changes.is_empty:
            raise NothingChanged()
        return changes

    return edits.run(AREA, text, do, _undo_cells, _redo_cells)


def set_cells(
    edits: Edits,
    text: str,
    states: Sequence[CellState],
    scope: Scope,
    *,
    allow: bool,
    seen: Mapping[CellKey, float] | None = None,
) -> Outcome:
    """Set cells to these hours (0 clears), refused over the limit unless ``allow``.
    ``seen``: the hours the grid showed in those cells (a cell someone else changed since
    is asked about, not overwritten)."""
    return edit_cells(
        edits,
        text,
        lambda s: staffing.set_cells(
            s,
            states,
            scenario_id=scope.scenario_id,
            allow_over_limit=allow,
            limit=scope.limit,
            expected=seen,
        ),
    )


def clear_cells(edits: Edits, keys: Sequence[CellKey], scope: Scope) -> Outcome:
    """Delete the allocations of these cells."""
    return edit_cells(
        edits,
        "Clear allocations",
        lambda s: staffing.clear_cells(s, keys, scenario_id=scope.scenario_id),
    )


def transfer(
    edits: Edits,
    text: str,
    cells: Sequence[CellKey],
    scope: Scope,
    *,
    week_shift: int,
    to_person: int | None,
    to_project: int | None,
    copy: bool,
    allow: bool,
) -> Outcome:
    """Move, copy or reassign cells as one edit."""
    return edit_cells(
        edits,
        text,
        lambda s: staffing.transfer(
            s,
            cells,
            week_shift=week_shift,
            to_person=to_person,
            to_project=to_project,
            copy=copy,
            scenario_id=scope.scenario_id,
            allow_over_limit=allow,
            limit=scope.limit,
        ),
    )


def add_placeholder(
    edits: Edits, project: int, role: Role, weeks: Sequence[date], hours: float, label: str | None
) -> Outcome:
    """Open demand for an unnamed role (placeholders live in the plan of record)."""
    return edit_cells(
        edits,
        "Add open role",
        lambda s: staffing.add_placeholder(s, project, role, weeks, hours, label),
    )


def fill_placeholder(
    edits: Edits,
    project: int,
    label: str,
    weeks: Sequence[date],
    person: int,
    hours: dict[date, float] | None,
    scope: Scope,
    *,
    allow: bool,
) -> Outcome:
    """Put a person on a placeholder's demand (``hours`` per week; None: all of it)."""
    return edit_cells(
        edits,
        "Fill placeholder",
        lambda s: staffing.fill_placeholder(
            s,
            project,
            label,
            weeks,
            person,
            hours_per_week=hours,
            scenario_id=scope.scenario_id,
            allow_over_limit=allow,
            limit=scope.limit,
        ),
    )


def import_sheet(edits: Edits, source: str, preview: sheet_import.StaffingPreview) -> Outcome:
    """Write a checked staffing sheet into the plan, one undo step."""
    return edit_cells(
        edits,
        f"Import staffing from {source}",
        lambda s: sheet_import.import_staffing(s, preview),
    )


# --------------------------------------------------------------------------- scenarios


def start_scenario(edits: Edits, name: str) -> Outcome:
    """Start a named scenario (a copy of the plan) and show it; undo removes it, redo
    starts it afresh."""

    def do(session: Session) -> ScenarioStep:
        return ScenarioStep(scen.start_scenario(session, name).id, show=True)

    def undo(session: Session, step: ScenarioStep) -> ScenarioStep:
        scen.delete_scenario(session, step.scenario_id)
        return ScenarioStep(step.scenario_id, show=False)

    return edits.run(AREA, f"Start scenario {name!r}", do, undo)


def apply_scenario(edits: Edits, scenario_id: int, scenario_wins: Iterable[CellKey]) -> Outcome:
    """Merge the scenario's own changes into the plan; undo restores the plan exactly and
    reopens the scenario, redo writes the same plan changes again."""
    wins = set(scenario_wins)

    def do(session: Session) -> ScenarioStep:
        changes = scen.apply_scenario(session, scenario_id, wins)
        return ScenarioStep(scenario_id, show=False, changes=changes)

    def undo(session: Session, step: ScenarioStep) -> ScenarioStep:
        assert step.changes is not None
        staffing.apply_changes(session, step.changes.inverse())
        scen.reopen_scenario(session, scenario_id)
        return ScenarioStep(scenario_id)

    def again(session: Session, step: ScenarioStep) -> ScenarioStep:
        assert step.changes is not None
        scen.reapply_scenario(session, scenario_id, step.changes)
        return step

    return edits.run(AREA, "Apply scenario", do, undo, again)


def discard_scenario(edits: Edits, scenario_id: int) -> Outcome:
    """Close a scenario without applying it; undo reopens it."""

    def do(session: Session) -> ScenarioStep:
        scen.discard_scenario(session, scenario_id)
        return ScenarioStep(scenario_id, show=False)

    def undo(session: Session, step: ScenarioStep) -> ScenarioStep:
        scen.reopen_scenario(session, scenario_id)
        return ScenarioStep(scenario_id)

    return edits.run(AREA, "Discard scenario", do, undo)


# --------------------------------------------------------------------------- actuals


def import_timesheet(edits: Edits, lines: Sequence[Sequence[str]], cells: int) -> Outcome:
    """Import timesheet actuals all or nothing (``cells``: how many its preview writes);
    undo restores the actuals it replaced."""

    def undo(session: Session, result: actuals.ImportedActuals) -> actuals.ImportedActuals:
        actuals.set_actuals(session, result.before)
        return result

    def again(session: Session, result: actuals.ImportedActuals) -> actuals.ImportedActuals:
        actuals.set_actuals(session, result.after)
        return result

    return edits.run(
        AREA,
        f"Import timesheet ({cells} cells)",
        lambda s: actuals.import_timesheet(s, lines),
        undo,
        again,
    )
