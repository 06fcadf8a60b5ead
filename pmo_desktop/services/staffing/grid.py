"""The staffing grid read: people, projects, allocation cells (of the plan or of a what-if
scenario), capacity and placeholders over a range of weeks, in column selects.

The rows go straight through the driver's cursor into the lazy tables of
``services.staffing.tables``; edits live in ``services.staffing.edits``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

from pmo_desktop.domain.capacity import parse_workweek
from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.calendar import days_off as team_calendar
from pmo_desktop.services.staffing.tables import (
    CapacityTable,
    CellKey,
    CellTable,
    CellValue,
    PersonInfo,
    PersonWeekTotals,
    ProjectInfo,
)
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project, TimeOff
from pmo_desktop.store.models_staffing import Placeholder, ScenarioAllocation


@dataclass(frozen=True)
class StaffingGrid:
    """Everything the staffing grid shows for a range of weeks, read once.

    ``cells`` maps (person, project, week) to (hours, tentative); ``capacity`` maps
    (person, week) to available hours; ``placeholders`` maps (project, label, week) to
    (role, hours); ``totals`` holds the per person-week sums of the cells.
    """

    weeks: tuple[date, ...]
    people: tuple[PersonInfo, ...]
    projects: dict[int, ProjectInfo]
    cells: MutableMapping[CellKey, CellValue]
    capacity: Mapping[tuple[int, date], float]
    placeholders: dict[tuple[int, str, date], tuple[Role, float]] = field(default_factory=dict)
    scenario_id: int | None = None
    totals: PersonWeekTotals | None = None

    @property
    def pairs(self) -> dict[int, set[int]]:
        """Person id → ids of the projects they have hours on within the weeks."""
        if isinstance(self.cells, CellTable):
            return self.cells.pairs()
        pairs: dict[int, set[int]] = {}
        for p, j, _w in self.cells:
            pairs.setdefault(p, set()).add(j)
        return pairs


def plan_weeks(session: Session, first: date | None = None, count: int | None = None) -> list[date]:
    """The weeks to load: from ``first`` (default: the plan's first week, at most 8 weeks
    back from this week) for ``count`` weeks (default: to the plan's end, at least 13)."""
    this_week = monday_of(date.today())
    # Two scalar subqueries: each of min() and max() alone is one index probe, together in
    # one select they would scan the whole table.
    lo, hi = session.execute(
        select(
            select(func.min(Allocation.week)).scalar_subquery(),
            select(func.max(Allocation.week)).scalar_subquery(),
        )
    ).one()
    if first is not None:
        start = monday_of(first)
    else:
        start = max(lo or this_week, this_week - timedelta(weeks=8))
    if count is None:
        end = max(hi or this_week, this_week + timedelta(weeks=12), start)
        count = (end - start).days // 7 + 1
    if count < 1 or count > 520:
        raise ValidationError("choose between 1 and 520 weeks", "weeks")
    return [start + timedelta(weeks=i) for i in range(count)]


def list_staff(session: Session, weeks: Sequence[date] = ()) -> list[PersonInfo]:
    """Active people by name, as the grid and roster show them; with ``weeks``, only those
    still with the team in the first of them (a person who left drops out after their last
    week)."""
    stmt = select(*_STAFF_COLUMNS).where(Person.active.is_(True)).order_by(Person.name, Person.id)
    if weeks:
        stmt = stmt.where(or_(Person.end_date.is_(None), Person.end_date >= weeks[0]))
    roles = {role.value: role for role in Role}
    return [_person_info(row, roles) for row in _raw_rows(session, stmt, None)]


def list_staff_by_ids(session: Session, ids: Iterable[int]) -> list[PersonInfo]:
    """The people with these ids (active or not)."""
    stmt = select(*_STAFF_COLUMNS).where(Person.id.in_(set(ids)))
    roles = {role.value: role for role in Role}
    return [_person_info(row, roles) for row in session.execute(stmt)]


_STAFF_COLUMNS = (
    Person.id,
    Person.name,
    Person.role,
    Person.weekly_hours,
    Person.start_date,
    Person.billable_target,
    Person.end_date,
    Person.workweek,
    Person.holiday_country,
    Person.holiday_region,
)


def _person_info(row: Sequence[Any], roles: Mapping[str, Role]) -> PersonInfo:
    pid, name, role, hours, start, target, end, workweek, country, region = row
    return PersonInfo(
        pid,
        name,
        role if isinstance(role, Role) else roles[role],
        hours,
        start and _as_date(start),
        target,
        end and _as_date(end),
        parse_workweek(workweek),
        country,
        region,
    )


_SQL: dict[tuple[str, str], str] = {}


def _raw_rows(session: Session, stmt: ClauseElement, name: str | None = None) -> list[Any]:
    """Rows of a column select straight from the driver's cursor, values as the driver gives
    them (no result processing: callers convert the few columns that need it). A statement
    that never changes is given a ``name``: its SQL is compiled once per dialect."""
    connection = session.connection()
    key = (name or "", connection.dialect.name)
    sql = _SQL.get(key) if name else None
    if sql is None:
        compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
        sql = str(compiled)
        if name:
            _SQL[key] = sql
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def list_staffable_projects(session: Session) -> dict[int, ProjectInfo]:
    """Every project with its client and program names, by id."""
    stmt = (
        select(
            Project.id,
            Project.name,
            Project.code,
            Client.id,
            Client.name,
            Program.id,
            Program.name,
            Project.stage,
            Project.billable,
        )
        .join(Program, Project.program_id == Program.id)
        .join(Client, Program.client_id == Client.id)
        .order_by(Client.name, Program.name, Project.name, Project.id)
    )
    stages = {stage.value: stage for stage in Stage}
    return {
        pid: ProjectInfo(pid, name, code, cid, client, gid, program, stages[stage], bool(billable))
        for pid, name, code, cid, client, gid, program, stage, billable in _raw_rows(
            session, stmt, "staffable projects"
        )
    }


def capacities(
    session: Session, people: Sequence[PersonInfo], weeks: Sequence[date]
) -> CapacityTable:
    """Capacity per (person, week): contracted hours less time off, public holidays of each
    person's calendar and the portfolio's closure days, ramped, none after the end date."""
    if not weeks:
        return CapacityTable(people, weeks, {})
    first, last = weeks[0], weeks[-1] + timedelta(days=6)
    stmt = select(
        TimeOff.person_id, TimeOff.start_date, TimeOff.end_date, TimeOff.day_fraction
    ).where(TimeOff.start_date <= last, TimeOff.end_date >= first)
    parsed: dict[Any, date] = {}  # the same dates recur across people

    def as_date(value: Any) -> date:
        found = parsed.get(value)
        if found is None:
            found = parsed[value] = _as_date(value)
        return found

    rows = [
        (person_id, as_date(start), as_date(end), float(share or 1.0))
        for person_id, start, end, share in _raw_rows(session, stmt)
    ]
    calendar = team_calendar.days_off(
        session,
        [(p.id, p.holiday_country, p.holiday_region) for p in people],
        first,
        last,
        rows,
    )
    return CapacityTable(people, weeks, calendar.off, calendar.names)


def cell_table(scenario_id: int | None) -> type[Allocation] | type[ScenarioAllocation]:
    """The table an edit works on: the plan's allocations or a scenario's copy of them."""
    return Allocation if scenario_id is None else ScenarioAllocation


def read_grid(
    session: Session, weeks: Sequence[date], *, scenario_id: int | None = None
) -> StaffingGrid:
    """The staffing grid over ``weeks`` (consecutive Mondays) in column selects: people,
    projects, allocation cells (of the plan or of a scenario), capacity and placeholders."""
    weeks = tuple(weeks)
    people = list_staff(session, weeks)
    projects = list_staffable_projects(session)
    cells = CellTable()
    totals = PersonWeekTotals()
    if weeks:
        table = cell_table(scenario_id)
        # Core execution of a column select: weeks come back as text, parsed once per
        # distinct week, and the tentative flag as 0/1, so rows need no per-value processing.
        stmt = select(
            table.person_id,
            table.project_id,
            type_coerce(table.week, String),
            table.hours,
            type_coerce(table.tentative, Integer),
        ).where(table.week >= weeks[0], table.week <= weeks[-1])
        if scenario_id is not None:
            stmt = stmt.where(ScenarioAllocation.scenario_id == scenario_id)
        # The rows go straight through the driver's cursor (as a raw fetch would): with
        # tens of thousands of cells, result-row wrapping costs more than the query. One
        # pass sums them per person-week; the cell dict is built when first needed.
        parsed: dict[object, date] = {w.isoformat(): w for w in weeks}
        parsed.update({w: w for w in weeks})
        rows = _raw_rows(session, stmt)
        cells = CellTable(rows, parsed)
        totals = PersonWeekTotals.from_rows(rows, parsed)
    placeholders: dict[tuple[int, str, date], tuple[Role, float]] = {}
    if weeks:
        stmt2 = select(
            Placeholder.project_id,
            Placeholder.label,
            Placeholder.week,
            Placeholder.role,
            Placeholder.hours,
        ).where(Placeholder.week >= weeks[0], Placeholder.week <= weeks[-1])
        roles = {role.value: role for role in Role}
        for project_id, label, week, role, hours in _raw_rows(session, stmt2):
            monday = parsed.get(week) or _as_date(week)
            placeholders[(project_id, label, monday)] = (roles[role], hours)
    return StaffingGrid(
        weeks=weeks,
        people=tuple(people),
        projects=projects,
        cells=cells,
        capacity=capacities(session, people, weeks),
        placeholders=placeholders,
        scenario_id=scenario_id,
        totals=totals,
    )


def read_cells(
    session: Session, keys: Iterable[CellKey], *, scenario_id: int | None = None
) -> dict[CellKey, tuple[int, float, bool]]:
    """The (row id, hours, tentative) of those cells that hold an allocation (in the plan,
    or in a scenario's copy)."""
    keys = list(keys)
    if not keys:
        return {}
    table = cell_table(scenario_id)
    people = {k[0] for k in keys}
    weeks = {k[2] for k in keys}
    stmt = select(
        table.id, table.person_id, table.project_id, table.week, table.hours, table.tentative
    ).where(table.person_id.in_(people), table.week.in_(weeks))
    if scenario_id is not None:
        stmt = stmt.where(ScenarioAllocation.scenario_id == scenario_id)
    wanted = set(keys)
    found: dict[CellKey, tuple[int, float, bool]] = {}
    for row_id, person_id, project_id, week, hours, tentative in session.execute(stmt):
        key = (person_id, project_id, week)
        if key in wanted:
            found[key] = (row_id, hours, bool(tentative))
    return found


@dataclass(frozen=True, slots=True)
class RoleDemand:
    """Open placeholder hours of one role over a range of weeks."""

    role: Role
    hours: float


def open_demand(grid: StaffingGrid) -> list[RoleDemand]:
    """Open placeholder hours per role over the grid's weeks, largest first."""
    totals: dict[Role, float] = defaultdict(float)
    for role, hours in grid.placeholders.values():
        totals[role] += hours
    return sorted((RoleDemand(r, h) for r, h in totals.items()), key=lambda d: -d.hours)
