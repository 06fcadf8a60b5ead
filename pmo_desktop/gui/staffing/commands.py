"""Undo commands of the staffing grid: each replays a ``Changes`` forward or backward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.services.staffing.grid import Changes

if TYPE_CHECKING:
    from pmo_desktop.gui.staffing.controller import StaffingController


class StaffingCommand(GuardedCommand):
    """One staffing edit (a multi-cell drag included) as one undo step.

    The controller has already committed the edit when the command is pushed, so the first
    ``redo`` does nothing; later redos and undos write ``changes`` (or its inverse) through
    the service in their own unit of work and repaint the touched cells.
    """

    def __init__(self, controller: StaffingController, changes: Changes, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.changes = changes
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.replay(self.changes)

    def undo(self) -> None:
        self.controller.replay(self.changes.inverse())


class ScenarioApplyCommand(GuardedCommand):
    """Applying a scenario to the plan of record; undo restores the plan exactly and reopens
    the scenario, redo writes the same plan changes again."""

    def __init__(self, controller: StaffingController, scenario_id: int, changes: Changes):
        super().__init__("Apply scenario")
        self.controller = controller
        self.scenario_id = scenario_id
        self.changes = changes
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.reapply_scenario(self.scenario_id, self.changes)

    def undo(self) -> None:
        self.controller.unapply_scenario(self.scenario_id, self.changes)


class ScenarioDiscardCommand(GuardedCommand):
    """Discarding a scenario; undo reopens it."""

    def __init__(self, controller: StaffingController, scenario_id: int) -> None:
        super().__init__("Discard scenario")
        self.controller = controller
        self.scenario_id = scenario_id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.discard_quietly(self.scenario_id)

    def undo(self) -> None:
        self.controller.reopen(self.scenario_id)


class ScenarioStartCommand(GuardedCommand):
    """Starting a scenario (a named copy of the plan); undo deletes it."""

    def __init__(self, controller: StaffingController, scenario_id: int, name: str) -> None:
        super().__init__(f"Start scenario {name!r}")
        self.controller = controller
        self.scenario_id = scenario_id
        self.name = name
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.scenario_id = self.controller.start_quietly(self.name)

    def undo(self) -> None:
        self.controller.delete_quietly(self.scenario_id)
