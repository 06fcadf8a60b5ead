"""What-if scenarios: a named copy of the plan, edited freely, compared, applied or discarded.

Edits on a scenario go through ``services.staffing`` with its ``scenario_id``. Applying makes
the plan of record equal to the scenario's copy (as one undoable set of cell changes);
discarding keeps the copy for the record but closes the scenario.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.staffing import ScenarioStatus
from pmo_desktop.services.staffing import CellState, Changes, set_cells
from pmo_desktop.store.models import Allocation, Person
from pmo_desktop.store.models_staffing import Scenario, ScenarioAllocation


@dataclass(frozen=True, slots=True)
class ScenarioInfo:
    """A saved scenario."""

    id: int
    name: str
    created_at: datetime
    status: ScenarioStatus
    cells: int


@dataclass(frozen=True, slots=True)
class DeltaRow:
    """Hours of one person in one week: plan of record, scenario, and the difference."""

    person_id: int
    person: str
    week: date
    plan_hours: float
    scenario_hours: float

    @property
    def delta(self) -> float:
        """Scenario minus plan."""
        return self.scenario_hours - self.plan_hours


def list_scenarios(session: Session) -> list[ScenarioInfo]:
    """Every scenario, newest first, with how many cells its copy holds."""
    count = (
        select(func.count(ScenarioAllocation.id))
        .where(ScenarioAllocation.scenario_id == Scenario.id)
        .scalar_subquery()
    )
    stmt = select(Scenario.id, Scenario.name, Scenario.created_at, Scenario.status, count)
    rows = session.execute(stmt.order_by(Scenario.created_at.desc(), Scenario.id.desc()))
    return [ScenarioInfo(*row) for row in rows]


def start_scenario(session: Session, name: str, now: datetime | None = None) -> ScenarioInfo:
    """A new draft scenario holding a copy of the whole plan of record."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("give the scenario a name", "name")
    if session.scalar(select(Scenario.id).where(Scenario.name == name)) is not None:
        raise ValidationError(f"a scenario called {name!r} already exists", "name")
    created = now or datetime.now(UTC)
    scenario = Scenario(name=name, created_at=created, status=ScenarioStatus.DRAFT)
    session.add(scenario)
    session.flush()
    copy = select(
        literal(scenario.id),
        Allocation.person_id,
        Allocation.project_id,
        Allocation.week,
        Allocation.hours,
        Allocation.tentative,
    )
    session.execute(
        insert(ScenarioAllocation).from_select(
            ["scenario_id", "person_id", "project_id", "week", "hours", "tentative"], copy
        )
    )
    cells = session.scalar(
        select(func.count()).where(ScenarioAllocation.scenario_id == scenario.id)
    )
    return ScenarioInfo(scenario.id, name, created, ScenarioStatus.DRAFT, int(cells or 0))


def _draft(session: Session, scenario_id: int) -> Scenario:
    scenario = session.get(Scenario, scenario_id)
    if scenario is None:
        raise ValidationError("that scenario no longer exists", "scenario")
    if scenario.status is not ScenarioStatus.DRAFT:
        raise ValidationError(
            f"scenario {scenario.name!r} is already {scenario.status.label.lower()}", "scenario"
        )
    return scenario


def _cells(
    session: Session, scenario_id: int | None
) -> dict[tuple[int, int, date], tuple[float, bool]]:
    if scenario_id is None:
        stmt = select(
            Allocation.person_id,
            Allocation.project_id,
            Allocation.week,
            Allocation.hours,
            Allocation.tentative,
        )
    else:
        stmt = select(
            ScenarioAllocation.person_id,
            ScenarioAllocation.project_id,
            ScenarioAllocation.week,
            ScenarioAllocation.hours,
            ScenarioAllocation.tentative,
        ).where(ScenarioAllocation.scenario_id == scenario_id)
    return {(p, j, w): (h, bool(t)) for p, j, w, h, t in session.execute(stmt)}


def scenario_delta(
    session: Session, scenario_id: int, weeks: Sequence[date] | None = None
) -> list[DeltaRow]:
    """Per person and week where the scenario differs from the plan of record."""
    plan: dict[tuple[int, date], float] = defaultdict(float)
    what_if: dict[tuple[int, date], float] = defaultdict(float)
    for (person, _, week), (hours, _) in _cells(session, None).items():
        plan[(person, week)] += hours
    for (person, _, week), (hours, _) in _cells(session, scenario_id).items():
        what_if[(person, week)] += hours
    names: dict[int, str] = {
        pid: name for pid, name in session.execute(select(Person.id, Person.name))
    }
    wanted = set(weeks) if weeks is not None else None
    rows = []
    for key in sorted(set(plan) | set(what_if), key=lambda k: (names.get(k[0], ""), k[1])):
        if wanted is not None and key[1] not in wanted:
            continue
        if abs(plan[key] - what_if[key]) > 1e-9:
            rows.append(DeltaRow(key[0], names.get(key[0], "?"), key[1], plan[key], what_if[key]))
    return rows


def apply_scenario(session: Session, scenario_id: int) -> Changes:
    """Make the plan of record equal to the scenario; returns the plan changes (undoable)."""
    scenario = _draft(session, scenario_id)
    plan = _cells(session, None)
    what_if = _cells(session, scenario_id)
    targets = [CellState(*key, 0.0) for key in plan.keys() - what_if.keys()]
    targets += [
        CellState(*key, hours, tentative)
        for key, (hours, tentative) in what_if.items()
        if plan.get(key) != (hours, tentative)
    ]
    changes = set_cells(session, targets)
    scenario.status = ScenarioStatus.APPLIED
    return changes


def discard_scenario(session: Session, scenario_id: int) -> None:
    """Close a draft scenario without touching the plan."""
    _draft(session, scenario_id).status = ScenarioStatus.DISCARDED


def delete_scenario(session: Session, scenario_id: int) -> None:
    """Remove a scenario and its copy of the plan (the undo of starting it)."""
    scenario = session.get(Scenario, scenario_id)
    if scenario is not None:
        session.delete(scenario)
        session.flush()


def reopen_scenario(session: Session, scenario_id: int) -> None:
    """Back to draft (the undo of apply or discard)."""
    session.execute(
        update(Scenario).where(Scenario.id == scenario_id).values(status=ScenarioStatus.DRAFT)
    )
