"""Decides what the grid's requests (typed hours, drops, Delete) and the scenario buttons
edit, and runs each as one edit of ``gui/staffing/commands.py``.

The figures a decision needs (free hours, capacity, a cell's hours) come from the model's
``GridFigures``, never from Qt roles. An edit that would take someone above the
over-allocation limit is refused by the service: the user is shown the resulting percent
and asked, and only a confirmed edit runs again, allowed. A scenario started, applied,
discarded or reopened (by the edit, its undo or its redo) switches the grid to what it
shows now and asks the page to re-read it (``scenarios_changed``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pmo_desktop.domain.capacity import DEFAULT_OVER_LIMIT
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Changed, Outcome
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.staffing import commands
from pmo_desktop.gui.staffing.commands import AREA, NothingChanged, ScenarioStep, Scope
from pmo_desktop.gui.staffing.grid_model import DropRequest, EditRequest, StaffingGridModel
from pmo_desktop.gui.staffing.mime import CellsDrag, PersonDrag
from pmo_desktop.gui.staffing.rows import RowKind
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.edits import CellState, OverLimitError
from pmo_desktop.services.staffing.tables import CellKey

DEFAULT_DROP_HOURS = 8.0
#: Runs one edit; the flag says whether going over the limit was confirmed.
Attempt = Callable[[bool], Outcome]


def ask_over_limit(parent: QWidget | None, error: OverLimitError) -> bool:
    """The confirmation dialog: who goes over, to what percent, and whether to go ahead."""
    lines = "\n".join(o.describe() for o in error.over[:8])
    more = f"\n… and {len(error.over) - 8} more" if len(error.over) > 8 else ""
    answer = QMessageBox.question(
        parent,
        "Over-allocation",
        literal(
            f"This takes people above the {error.limit:.0f}% limit:\n\n{lines}{more}\n\n"
            "Allocate anyway?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_conflicts(parent: QWidget | None, merge: scen.ScenarioMerge) -> set[CellKey] | None:
    """The conflict dialog: each cell both sides changed, and which one wins."""
    from pmo_desktop.gui.staffing.dialogs import MergeConflictDialog

    dialog = MergeConflictDialog(merge, parent)
    if not dialog.exec():
        return None
    return dialog.scenario_wins()


class StaffingController(QObject):
    """The staffing area's edits: one decision and one undo step per request."""

    failed = Signal(str)
    #: A person was dropped onto a project for one week: (person, project, week) to edit.
    allocated = Signal(int, int, object)
    #: A scenario was started, removed, applied, discarded or reopened: re-read the grid.
    scenarios_changed = Signal()

    def __init__(
        self, context: AreaContext, model: StaffingGridModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.edits = context.edits
        self.figures = model.figures
        self.limit = DEFAULT_OVER_LIMIT
        #: The scenario edits go to (None: the plan of record); the grid shows the same.
        self.scenario_id: int | None = None
        self.confirm_over: Callable[[OverLimitError], bool] = lambda e: ask_over_limit(None, e)
        #: Asked when applying a scenario meets conflicts: the cells where the scenario
        #: wins, or None to cancel.
        self.resolve_conflicts: Callable[[scen.ScenarioMerge], Iterable[CellKey] | None] = (
            lambda merge: ask_conflicts(None, merge)
        )
        #: The weeks of the selected range holding a dropped-on cell (row, column), from the
        #: view; empty when that cell is not selected.
        self.selected_weeks: Callable[[int, int], Sequence[date]] = lambda row, column: ()
        model.editRequested.connect(self._edit_requested)
        model.dropRequested.connect(self._drop_requested)
        self.edits.changed.connect(model.on_changed)
        self.edits.changed.connect(self._on_changed)

    @property
    def scope(self) -> Scope:
        """Where cell edits go now."""
        return Scope(self.scenario_id, self.limit)

    # ------------------------------------------------------------------ edits

    def run(self, attempt: Attempt) -> bool:
        """Run an edit, asking before going over the limit and running it again allowed."""
        outcome = attempt(False)
        if isinstance(outcome.error, OverLimitError):
            if not self.confirm_over(outcome.error):
                return False
            outcome = attempt(True)
        if outcome.error is not None:
            if not isinstance(outcome.error, NothingChanged):
                self.failed.emit(str(outcome.error))
            return False
        return True

    def set_hours(self, person: int, project: int, week: date, hours: float) -> bool:
        """Typed hours in a cell (0 clears it)."""
        info = self.figures.project(project)
        tentative = info.tentative if info else False
        target = [CellState(person, project, week, hours, tentative)]
        text = "Set hours" if hours else "Clear allocation"
        scope = self.scope
        seen = self._seen([(person, project, week)])
        return self.run(
            lambda allow: commands.set_cells(
                self.edits, text, target, scope, allow=allow, seen=seen
            )
        )

    def _seen(self, keys: Iterable[CellKey]) -> dict[CellKey, float]:
        """The hours the grid shows in these cells (those of the weeks and scenario it
        has loaded): a cell someone else changed since is asked about, not overwritten."""
        grid = self.figures.grid
        if grid.scenario_id != self.scenario_id:
            return {}
        weeks = set(grid.weeks)
        return {key: self.figures.cell_hours(*key)[0] for key in keys if key[2] in weeks}

    def set_many(self, text: str, hours: Mapping[CellKey, float]) -> bool:
        """Set several cells at once (a fill, a paste): one edit, one undo step."""
        if not hours:
            return False
        states = []
        for (person, project, week), value in hours.items():
            info = self.figures.project(project)
            states.append(
                CellState(person, project, week, value, info.tentative if info else False)
            )
        scope = self.scope
        seen = self._seen(hours)
        return self.run(
            lambda allow: commands.set_cells(
                self.edits, text, states, scope, allow=allow, seen=seen
            )
        )

    def clear(self, keys: Iterable[CellKey]) -> bool:
        """Delete the allocations of these cells."""
        cells = list(keys)
        if not cells:
            return False
        scope = self.scope
        return self.run(lambda _allow: commands.clear_cells(self.edits, cells, scope))

    def add_placeholder(
        self, project: int, role: Role, weeks: list[date], hours: float, label: str | None
    ) -> bool:
        """Open demand for an unnamed role (placeholders live in the plan of record)."""
        return self.run(
            lambda _allow: commands.add_placeholder(self.edits, project, role, weeks, hours, label)
        )

    def _edit_requested(self, request: EditRequest) -> None:
        request.done = self.set_hours(
            request.person_id, request.project_id, request.week, request.hours
        )

    # ------------------------------------------------------------------ drops

    def _drop_requested(self, request: DropRequest) -> None:
        weeks = tuple(sorted(self.selected_weeks(*request.at))) or (request.week,)
        drag = request.drag
        if isinstance(drag, PersonDrag):
            request.done = self._drop_person(drag.person_id, request, weeks)
        else:
            request.done = self._drop_cells(drag, request)

    def _drop_person(self, person_id: int, request: DropRequest, weeks: tuple[date, ...]) -> bool:
        figures = self.figures
        row = request.row
        if figures.person(person_id) is None or row.project_id is None:
            return False
        project_id = row.project_id
        scope = self.scope
        if row.kind is RowKind.PLACEHOLDER:
            assert row.label is not None
            label = row.label
            free_hours = {w: figures.free_hours(person_id, w) for w in weeks}
            hours = free_hours if any(h > 0 for h in free_hours.values()) else None
            return self.run(
                lambda allow: commands.fill_placeholder(
                    self.edits, project_id, label, weeks, person_id, hours, scope, allow=allow
                )
            )
        info = figures.project(project_id)
        tentative = info.tentative if info else False
        states = []
        seen = self._seen([(person_id, project_id, week) for week in weeks])
        for week in weeks:
            capacity = figures.capacity(person_id, week)
            free = figures.free_hours(person_id, week)
            add = min(free, capacity) if free > 0 else min(DEFAULT_DROP_HOURS, capacity or 8.0)
            have = figures.cell_hours(person_id, project_id, week)[0]
            states.append(CellState(person_id, project_id, week, have + add, tentative))
        done = self.run(
            lambda allow: commands.set_cells(
                self.edits, "Allocate", states, scope, allow=allow, seen=seen
            )
        )
        if done and len(weeks) == 1:
            self.allocated.emit(person_id, project_id, weeks[0])
        return done

    def _drop_cells(self, drag: CellsDrag, request: DropRequest) -> bool:
        row = request.row
        if row.kind in (RowKind.PLACEHOLDER, RowKind.TEAM, RowKind.OPEN_ROLES):
            return False
        cells, anchor = drag.cells, drag.anchor
        shift = (request.week - anchor[2]).days // 7
        people = {c[0] for c in cells}
        projects = {c[1] for c in cells}
        to_person = row.person_id if row.person_id is not None and len(people) == 1 else None
        to_project = row.project_id if row.project_id is not None and len(projects) == 1 else None
        if request.copy:
            text = "Copy allocation"
        elif to_person is not None and to_person != anchor[0]:
            text = "Reassign allocation"
        else:
            text = "Move allocation"
        if len(cells) > 1:
            text += f"s ({len(cells)} cells)"
        scope = self.scope
        return self.run(
            lambda allow: commands.transfer(
                self.edits,
                text,
                cells,
                scope,
                week_shift=shift,
                to_person=to_person,
                to_project=to_project,
                copy=request.copy,
                allow=allow,
            )
        )

    # ------------------------------------------------------------------ scenarios

    def start_scenario(self, name: str) -> int | None:
        """Start a named scenario (a copy of the plan) and work in it; one undo step."""
        outcome = commands.start_scenario(self.edits, name)
        if outcome.error is not None:
            self.failed.emit(str(outcome.error))
            return None
        step: ScenarioStep = outcome.state
        return step.scenario_id

    def apply_scenario(self, scenario_id: int) -> bool:
        """Merge the scenario's own changes into the plan (one undo step). Cells the plan
        also changed since the scenario started are shown first: the user chooses which
        side wins in each, or cancels."""
        try:
            merge = commands.merge_preview(self.edits, scenario_id)
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        wins: set[CellKey] = set()
        if merge.conflicts:
            chosen = self.resolve_conflicts(merge)
            if chosen is None:
                return False
            wins = set(chosen)
        return self._done(commands.apply_scenario(self.edits, scenario_id, wins))

    def discard_scenario(self, scenario_id: int) -> bool:
        """Close a scenario without applying it (one undo step)."""
        return self._done(commands.discard_scenario(self.edits, scenario_id))

    def _done(self, outcome: Outcome) -> bool:
        if outcome.error is not None:
            self.failed.emit(str(outcome.error))
            return False
        return True

    def _on_changed(self, changed: Changed) -> None:
        """Follow a committed scenario step (an edit, its undo or its redo)."""
        step = changed.result
        if changed.area != AREA or not isinstance(step, ScenarioStep):
            return
        if step.show:
            self.scenario_id = step.scenario_id
        elif step.show is False and self.scenario_id == step.scenario_id:
            self.scenario_id = None
        self.scenarios_changed.emit()
