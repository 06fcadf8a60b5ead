"""Turns grid requests (typed hours, drops, Delete) into service calls and undo commands.

Each request runs the service in its own unit of work; an edit that would take someone above
the over-allocation limit is refused by the service, the user is shown the resulting percent
and asked, and only a confirmed edit is retried. Committed ``Changes`` update the model
incrementally and are pushed as one ``QUndoCommand``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import DEFAULT_OVER_LIMIT
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.staffing.commands import (
    ScenarioApplyCommand,
    ScenarioDiscardCommand,
    ScenarioStartCommand,
    StaffingCommand,
)
from pmo_desktop.gui.staffing.grid_model import DropTarget, RowKind, StaffingGridModel
from pmo_desktop.services.staffing import grid as svc
from pmo_desktop.services.staffing import scenarios as scen
from pmo_desktop.services.staffing.grid import CellKey, CellState, Changes, OverLimitError
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

#: Runs one edit in a session; the flag says whether going over the limit was confirmed.
Edit = Callable[[Session, bool], Changes]
DEFAULT_DROP_HOURS = 8.0


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
    """The staffing area's edits: one service call and one undo step per request."""

    failed = Signal(str)
    changed = Signal()
    #: A person was dropped onto a project for one week: (person, project, week) to edit.
    allocated = Signal(int, int, object)
    #: Scenarios were created, removed, applied or discarded: the page re-reads them.
    scenarios_changed = Signal()

    def __init__(
        self,
        portfolio: Portfolio,
        undo_stack: QUndoStack,
        model: StaffingGridModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.portfolio = portfolio
        self.undo_stack = undo_stack
        self.model = model
        self.limit = DEFAULT_OVER_LIMIT
        self.scenario_id: int | None = None
        self.confirm_over: Callable[[OverLimitError], bool] = lambda e: ask_over_limit(None, e)
        #: Asked when applying a scenario meets conflicts: the cells where the scenario
        #: wins, or None to cancel.
        self.resolve_conflicts: Callable[[scen.ScenarioMerge], Iterable[CellKey] | None] = (
            lambda merge: ask_conflicts(None, merge)
        )
        model.drop_handler = self.drop
        model.edit_handler = self.set_hours

    # ------------------------------------------------------------------ edits

    def run(self, text: str, edit: Edit) -> bool:
        """Run an edit (asking before going over the limit), update the grid, push undo."""
        try:
            changes = self._call(edit, False)
        except OverLimitError as error:
            if not self.confirm_over(error):
                return False
            try:
                changes = self._call(edit, True)
            except ValidationError as again:
                self.failed.emit(str(again))
                return False
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        if changes.is_empty:
            return False
        self.model.apply(changes)
        self.undo_stack.push(StaffingCommand(self, changes, text))
        self.changed.emit()
        return True

    def _call(self, edit: Edit, allow: bool) -> Changes:
        with unit_of_work(self.portfolio.sessions) as session:
            return edit(session, allow)

    def replay(self, changes: Changes) -> None:
        """Write ``changes.after`` again (undo and redo) and repaint what it touched."""
        with unit_of_work(self.portfolio.sessions) as session:
            svc.apply_changes(session, changes)
        if changes.scenario_id == self.scenario_id:
            self.model.apply(changes)
        self.changed.emit()

    def set_hours(self, person: int, project: int, week: date, hours: float) -> bool:
        """Typed hours in a cell (0 clears it)."""
        info = self.model.project(project)
        tentative = info.tentative if info else False
        target = CellState(person, project, week, hours, tentative)
        return self.run(
            "Set hours" if hours else "Clear allocation",
            lambda s, allow: svc.set_cells(
                s,
                [target],
                scenario_id=self.scenario_id,
                allow_over_limit=allow,
                limit=self.limit,
            ),
        )

    def clear(self, keys: Iterable[CellKey]) -> bool:
        """Delete the allocations of these cells."""
        keys = list(keys)
        if not keys:
            return False
        return self.run(
            "Clear allocations",
            lambda s, allow: svc.clear_cells(s, keys, scenario_id=self.scenario_id),
        )

    def add_placeholder(
        self, project: int, role: Role, weeks: list[date], hours: float, label: str | None
    ) -> bool:
        """Open demand for an unnamed role (placeholders live in the plan of record)."""
        return self.run(
            "Add open role",
            lambda s, allow: svc.add_placeholder(s, project, role, weeks, hours, label),
        )

    # ------------------------------------------------------------------ drops

    def drop(self, payload: dict[str, Any], target: DropTarget, copy: bool) -> bool:
        """Handle a decoded drop on the grid."""
        if payload["kind"] == "person":
            return self._drop_person(payload["person_id"], target)
        return self._drop_cells(payload["cells"], payload["anchor"], target, copy)

    def _drop_person(self, person_id: int, target: DropTarget) -> bool:
        model = self.model
        row = target.row
        if model.person(person_id) is None or row.project_id is None:
            return False
        project_id = row.project_id
        if row.kind is RowKind.PLACEHOLDER:
            assert row.label is not None
            label = row.label
            free = {w: model.free_hours(person_id, w) for w in target.weeks}
            hours = free if any(h > 0 for h in free.values()) else None
            return self.run(
                "Fill placeholder",
                lambda s, allow: svc.fill_placeholder(
                    s,
                    project_id,
                    label,
                    target.weeks,
                    person_id,
                    hours_per_week=hours,
                    scenario_id=self.scenario_id,
                    allow_over_limit=allow,
                    limit=self.limit,
                ),
            )
        info = model.project(project_id)
        tentative = info.tentative if info else False
        states = []
        for week in target.weeks:
            capacity = model.capacity(person_id, week)
            free = model.free_hours(person_id, week)
            add = min(free, capacity) if free > 0 else min(DEFAULT_DROP_HOURS, capacity or 8.0)
            have = model.cell_hours(person_id, project_id, week)[0]
            states.append(CellState(person_id, project_id, week, have + add, tentative))
        done = self.run(
            "Allocate",
            lambda s, allow: svc.set_cells(
                s,
                states,
                scenario_id=self.scenario_id,
                allow_over_limit=allow,
                limit=self.limit,
            ),
        )
        if done and len(target.weeks) == 1:
            self.allocated.emit(person_id, project_id, target.weeks[0])
        return done

    def _drop_cells(
        self, cells: list[CellKey], anchor: CellKey, target: DropTarget, copy: bool
    ) -> bool:
        row = target.row
        if row.kind in (RowKind.PLACEHOLDER, RowKind.TEAM, RowKind.OPEN_ROLES):
            return False
        shift = (target.week - anchor[2]).days // 7
        people = {c[0] for c in cells}
        projects = {c[1] for c in cells}
        to_person = row.person_id if row.person_id is not None and len(people) == 1 else None
        to_project = row.project_id if row.project_id is not None and len(projects) == 1 else None
        if copy:
            text = "Copy allocation"
        elif to_person is not None and to_person != anchor[0]:
            text = "Reassign allocation"
        else:
            text = "Move allocation"
        if len(cells) > 1:
            text += f"s ({len(cells)} cells)"
        return self.run(
            text,
            lambda s, allow: svc.transfer(
                s,
                cells,
                week_shift=shift,
                to_person=to_person,
                to_project=to_project,
                copy=copy,
                scenario_id=self.scenario_id,
                allow_over_limit=allow,
                limit=self.limit,
            ),
        )

    # ------------------------------------------------------------------ scenarios

    def start_scenario(self, name: str) -> int | None:
        """Start a named scenario (a copy of the plan) and work in it; one undo step."""
        try:
            scenario_id = self.start_quietly(name)
        except ValidationError as error:
            self.failed.emit(str(error))
            return None
        self.undo_stack.push(ScenarioStartCommand(self, scenario_id, name))
        return scenario_id

    def start_quietly(self, name: str) -> int:
        """Create the scenario and switch to it (used by the command's redo)."""
        with unit_of_work(self.portfolio.sessions) as session:
            info = scen.start_scenario(session, name)
        self.scenario_id = info.id
        self.scenarios_changed.emit()
        return info.id

    def delete_quietly(self, scenario_id: int) -> None:
        """Remove a scenario (undo of start); back to the plan when it was open."""
        with unit_of_work(self.portfolio.sessions) as session:
            scen.delete_scenario(session, scenario_id)
        if self.scenario_id == scenario_id:
            self.scenario_id = None
        self.scenarios_changed.emit()

    def apply_scenario(self, scenario_id: int) -> bool:
        """Merge the scenario's own changes into the plan (one undo step). Cells the plan
        also changed since the scenario started are shown first: the user chooses which
        side wins in each, or cancels."""
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                merge = scen.merge_preview(session, scenario_id)
            wins: set[CellKey] = set()
            if merge.conflicts:
                chosen = self.resolve_conflicts(merge)
                if chosen is None:
                    return False
                wins = set(chosen)
            with unit_of_work(self.portfolio.sessions) as session:
                changes = scen.apply_scenario(session, scenario_id, wins)
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        if self.scenario_id == scenario_id:
            self.scenario_id = None
        self.undo_stack.push(ScenarioApplyCommand(self, scenario_id, changes))
        self.scenarios_changed.emit()
        return True

    def discard_scenario(self, scenario_id: int) -> bool:
        """Close a scenario without applying it (one undo step)."""
        try:
            self.discard_quietly(scenario_id)
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        self.undo_stack.push(ScenarioDiscardCommand(self, scenario_id))
        return True

    def reapply_scenario(self, scenario_id: int, changes: Changes) -> None:
        """Redo of apply: the same plan changes as the first time, the scenario closed."""
        with unit_of_work(self.portfolio.sessions) as session:
            scen.reapply_scenario(session, scenario_id, changes)
        if self.scenario_id == scenario_id:
            self.scenario_id = None
        self.scenarios_changed.emit()

    def unapply_scenario(self, scenario_id: int, changes: Changes) -> None:
        """Undo of apply: the plan as it was, and the scenario back to draft."""
        with unit_of_work(self.portfolio.sessions) as session:
            svc.apply_changes(session, changes.inverse())
            scen.reopen_scenario(session, scenario_id)
        self.scenarios_changed.emit()

    def discard_quietly(self, scenario_id: int) -> None:
        """Discard without an undo step (used by the command's redo)."""
        with unit_of_work(self.portfolio.sessions) as session:
            scen.discard_scenario(session, scenario_id)
        if self.scenario_id == scenario_id:
            self.scenario_id = None
        self.scenarios_changed.emit()

    def reopen(self, scenario_id: int) -> None:
        """Scenario back to draft."""
        with unit_of_work(self.portfolio.sessions) as session:
            scen.reopen_scenario(session, scenario_id)
        self.scenarios_changed.emit()
