"""What-if scenarios: a named copy of the plan, edited freely, compared, applied or discarded.

Edits on a scenario go through ``services.staffing`` with its ``scenario_id``, which records
the base (the plan's hours when the scenario started) of each cell before the scenario first
changes it. Applying merges only the scenario's own changes into the plan as it is now (one
undoable set of cell changes): where the plan itself changed such a cell since the scenario
started, the cell is a conflict and the caller says which side wins. Discarding keeps the
copy for the record but closes the scenario.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.staffing import ScenarioStatus
from pmo_desktop.services.staffing.edits import CellState, Changes, apply_changes, set_cells
from pmo_desktop.services.staffing.grid import read_cells
from pmo_desktop.services.staffing.scenario_base import scenario_base
from pmo_desktop.services.staffing.tables import CellKey
from pmo_desktop.store.models import Allocation, Person, Project
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
    scenario = Scenario(name=name, created_at=created, status=ScenarioStatus.DRAFT, keeps_base=True)
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


def _is_draft(session: Session, scenario_id: int) -> bool:
    status = session.scalar(select(Scenario.status).where(Scenario.id == scenario_id))
    return status is ScenarioStatus.DRAFT


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
    """Per person and week, the plan of record now and as applying the scenario would leave
    it (its own changes, winning the conflicts): where they differ. Plan edits made after the
    scenario started are not differences (applying keeps them)."""
    plan: dict[tuple[int, date], float] = defaultdict(float)
    what_if: dict[tuple[int, date], float] = defaultdict(float)
    if scenario_base(session, scenario_id) is None or not _is_draft(session, scenario_id):
        for (person, _, week), (hours, _) in _cells(session, None).items():
            plan[(person, week)] += hours
        for (person, _, week), (hours, _) in _cells(session, scenario_id).items():
            what_if[(person, week)] += hours
    else:
        merge = merge_preview(session, scenario_id)
        targets = dict(merge.clean)
        targets.update({c.key: c.scenario_hours for c in merge.conflicts})
        now = read_cells(session, targets)
        touched = {(p, w) for p, _j, w in targets}
        for person, week, hours in session.execute(
            select(Allocation.person_id, Allocation.week, func.sum(Allocation.hours))
            .where(
                Allocation.person_id.in_({p for p, _w in touched}),
                Allocation.week.in_({w for _p, w in touched}),
            )
            .group_by(Allocation.person_id, Allocation.week)
        ):
            if (person, week) in touched:
                plan[(person, week)] = float(hours or 0.0)
        for key in touched:
            what_if[key] = plan[key]
        for (person, project, week), hours in targets.items():
            was = now[(person, project, week)][1] if (person, project, week) in now else 0.0
            what_if[(person, week)] += hours - was
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


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """A cell both the scenario and the plan changed since the scenario started."""

    person_id: int
    person: str
    project_id: int
    project: str
    week: date
    base_hours: float
    plan_hours: float
    scenario_hours: float

    @property
    def key(self) -> CellKey:
        """The cell's (person, project, week)."""
        return (self.person_id, self.project_id, self.week)


@dataclass(frozen=True)
class ScenarioMerge:
    """What applying a scenario would do: its changes the plan did not touch meanwhile
    (cell → scenario hours) and the conflicting cells."""

    scenario_id: int
    clean: dict[CellKey, float]
    conflicts: tuple[MergeConflict, ...]


def merge_preview(session: Session, scenario_id: int) -> ScenarioMerge:
    """The scenario's own changes against the plan as it is now, conflicts apart."""
    _draft(session, scenario_id)
    base = scenario_base(session, scenario_id)
    if base is None:
        # Started before bases were kept: its whole copy counts as its changes.
        plan = _cells(session, None)
        what_if = _cells(session, scenario_id)
        whole = {k: 0.0 for k in plan.keys() - what_if.keys()}
        whole.update({k: h for k, (h, _t) in what_if.items() if plan.get(k, (0.0,))[0] != h})
        return ScenarioMerge(scenario_id, whole, ())
    plan_now = read_cells(session, base)
    scenario_now = read_cells(session, base, scenario_id=scenario_id)
    clean: dict[CellKey, float] = {}
    raw_conflicts: list[tuple[CellKey, float, float, float]] = []
    for key, was in base.items():
        mine = scenario_now[key][1] if key in scenario_now else 0.0
        if mine == was:
            continue  # changed and changed back: not a change of the scenario
        theirs = plan_now[key][1] if key in plan_now else 0.0
        if theirs == mine:
            continue  # the plan already says the same
        if theirs == was:
            clean[key] = mine
        else:
            raw_conflicts.append((key, was, theirs, mine))
    conflicts: list[MergeConflict] = []
    if raw_conflicts:
        people = dict(
            session.execute(
                select(Person.id, Person.name).where(
                    Person.id.in_({k[0] for k, *_ in raw_conflicts})
                )
            ).all()
        )
        projects = dict(
            session.execute(
                select(Project.id, Project.name).where(
                    Project.id.in_({k[1] for k, *_ in raw_conflicts})
                )
            ).all()
        )
        for (person, project, week), was, theirs, mine in raw_conflicts:
            conflicts.append(
                MergeConflict(
                    person,
                    people.get(person, "?"),
                    project,
                    projects.get(project, "?"),
                    week,
                    was,
                    theirs,
                    mine,
                )
            )
        conflicts.sort(key=lambda c: (c.person.casefold(), c.week, c.project.casefold()))
    return ScenarioMerge(scenario_id, clean, tuple(conflicts))


def apply_scenario(
    session: Session, scenario_id: int, scenario_wins: Iterable[CellKey] = ()
) -> Changes:
    """Merge the scenario's own changes into the plan of record; in conflicting cells the
    scenario's hours win only for the cells listed in ``scenario_wins`` (the plan's stay
    otherwise). Returns the plan changes (undo: ``apply_changes(s, changes.inverse())``)."""
    merge = merge_preview(session, scenario_id)
    wins = set(scenario_wins)
    targets = dict(merge.clean)
    for conflict in merge.conflicts:
        if conflict.key in wins:
            targets[conflict.key] = conflict.scenario_hours
    stages = dict(
        session.execute(
            select(Project.id, Project.stage).where(Project.id.in_({k[1] for k in targets}))
        ).all()
    )
    changes = set_cells(
        session,
        [
            CellState(*key, hours, stage.is_pipeline)
            for key, hours in targets.items()
            if (stage := stages.get(key[1])) is not None
        ],
    )
    _draft(session, scenario_id).status = ScenarioStatus.APPLIED
    return changes


def reapply_scenario(session: Session, scenario_id: int, changes: Changes) -> None:
    """Redo of an apply: write the same plan changes again and close the scenario."""
    scenario = _draft(session, scenario_id)
    apply_changes(session, changes)
    scenario.status = ScenarioStatus.APPLIED


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
