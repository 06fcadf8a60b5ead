"""The base of a what-if scenario: the plan's hours, as the scenario started, of each cell
the scenario has changed.

Applying a scenario merges its own changes into the plan as it is by then. A scenario's
changes are its cells that differ from the plan as it was when the scenario started (its
base). Untouched cells of the copy still hold their base, so the base of a cell is recorded
(``ScenarioBaseCell``, 0 hours: no allocation then) just before the scenario first changes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pmo_desktop.services.staffing.tables import CellKey
from pmo_desktop.store.models_staffing import Scenario, ScenarioBaseCell


def scenario_base(session: Session, scenario_id: int) -> dict[CellKey, float] | None:
    """The plan's hours, as the scenario started, of every cell the scenario has changed;
    None for a scenario started before bases were recorded."""
    if not session.scalar(select(Scenario.keeps_base).where(Scenario.id == scenario_id)):
        return None
    cells = select(
        ScenarioBaseCell.person_id,
        ScenarioBaseCell.project_id,
        ScenarioBaseCell.week,
        ScenarioBaseCell.hours,
    ).where(ScenarioBaseCell.scenario_id == scenario_id)
    return {
        (person, project, week): hours for person, project, week, hours in session.execute(cells)
    }


def record_scenario_base(
    session: Session, scenario_id: int, prior: Mapping[CellKey, float]
) -> None:
    """Keep the prior hours of cells a scenario edit is about to change, for the cells it had
    not changed before (their prior is still the plan as the scenario started); ``prior``
    maps each cell to its hours before the edit."""
    known = scenario_base(session, scenario_id)
    if known is None:
        return  # started before bases were kept: applying it falls back to its whole copy
    new = {key: hours for key, hours in prior.items() if key not in known}
    if new:
        session.execute(
            insert(ScenarioBaseCell),
            [
                {
                    "scenario_id": scenario_id,
                    "person_id": person,
                    "project_id": project,
                    "week": week,
                    "hours": hours,
                }
                for (person, project, week), hours in new.items()
            ],
        )
