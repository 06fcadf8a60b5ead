"""Staffing use cases: the grid read, allocation edits with their undo state, placeholders.

Every edit is expressed as target ``CellState``s (hours 0 = no allocation) written by one
primitive, ``set_cells``, which returns a ``Changes`` holding the prior and the new state of
every touched cell: undo writes ``before``, redo writes ``after``. Edits work on the plan of
record or, given ``scenario_id``, on a what-if scenario's copy of it. An edit that would take
a person above the over-allocation limit raises ``OverLimitError`` (rolled back by the unit
of work) unless the caller confirmed it with ``allow_over_limit=True``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    delete,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

from pmo_desktop.domain.capacity import (
    DEFAULT_OVER_LIMIT,
    RAMP,
    days_off_by_week,
    is_over_limit,
    parse_workweek,
    utilization,
    week_capacity,
)
from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.staffing import placeholder_label
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.calendar import days_off as team_calendar
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project, TimeOff
from pmo_desktop.store.models_staffing import (
    Placeholder,
    Scenario,
    ScenarioAllocation,
    ScenarioBaseCell,
)

MAX_WEEK_HOURS = 168.0
#: (person id, project id, week Monday)
CellKey = tuple[int, int, date]


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person as the grid and the roster show them."""

    id: int
    name: str
    role: Role
    weekly_hours: float
    start_date: date | None
    billable_target: int | None
    end_date: date | None = None
    #: Contracted hours Monday to Sunday; None: the weekly hours over Monday to Friday.
    workweek: tuple[float, ...] | None = None
    holiday_country: str | None = None
    holiday_region: str | None = None


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


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    """A project with its client and program, for grid rows."""

    id: int
    name: str
    code: str | None
    client_id: int
    client: str
    program_id: int
    program: str
    stage: Stage
    billable: bool

    @property
    def tentative(self) -> bool:
        """Allocations on a project before Approved are tentative."""
        return self.stage.is_pipeline


@dataclass(frozen=True, slots=True)
class CellState:
    """The hours of one (person, project, week) cell; 0 hours means no allocation."""

    person_id: int
    project_id: int
    week: date
    hours: float
    tentative: bool = False

    @property
    def key(self) -> CellKey:
        """The cell's (person, project, week)."""
        return (self.person_id, self.project_id, self.week)


@dataclass(frozen=True, slots=True)
class PlaceholderState:
    """Open demand of one placeholder in one week; 0 hours means none."""

    project_id: int
    label: str
    role: Role
    week: date
    hours: float

    @property
    def key(self) -> tuple[int, str, date]:
        """The placeholder cell's (project, label, week)."""
        return (self.project_id, self.label, self.week)


@dataclass(frozen=True, slots=True)
class OverLimit:
    """A person-week an edit would take above the limit, with the resulting percent."""

    person_id: int
    person: str
    week: date
    hours: float
    capacity: float
    percent: float | None

    def describe(self) -> str:
        """``Dana Reyes, week of 2 Mar 2026: 52 h of 40 h (130%)``."""
        share = "no capacity" if self.percent is None else f"{self.percent:.0f}%"
        return (
            f"{self.person}, week of {self.week:%d %b %Y}: {self.hours:g} h of "
            f"{self.capacity:g} h ({share})"
        )


class OverLimitError(ValidationError):
    """The edit would over-allocate someone beyond the limit; nothing was written."""

    def __init__(self, over: Sequence[OverLimit], limit: float) -> None:
        worst = max(over, key=lambda o: o.percent if o.percent is not None else 1e9)
        more = f" (and {len(over) - 1} more)" if len(over) > 1 else ""
        super().__init__(f"above the {limit:.0f}% limit: {worst.describe()}{more}", "hours")
        self.over = tuple(over)
        self.limit = limit


@dataclass(frozen=True)
class Changes:
    """What an edit did: the prior and new state of every touched cell, for undo and redo."""

    before: tuple[CellState, ...] = ()
    after: tuple[CellState, ...] = ()
    placeholders_before: tuple[PlaceholderState, ...] = ()
    placeholders_after: tuple[PlaceholderState, ...] = ()
    scenario_id: int | None = None

    @property
    def person_weeks(self) -> set[tuple[int, date]]:
        """Every (person, week) whose totals the edit changed."""
        return {(c.person_id, c.week) for c in self.before + self.after}

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not (self.after or self.placeholders_after)

    def inverse(self) -> Changes:
        """The changes that undo this one."""
        return Changes(
            self.after,
            self.before,
            self.placeholders_after,
            self.placeholders_before,
            self.scenario_id,
        )


CellValue = tuple[float, bool]


class CellTable(MutableMapping[CellKey, CellValue]):
    """Allocation cells, (person, project, week) → (hours, tentative), kept as the rows the
    read fetched until something first looks one up (expanding a person, an edit, an export):
    a large team opens with one row per person, painted from ``PersonWeekTotals`` alone."""

    __slots__ = ("_data", "_pairs", "_rows", "_weeks")

    def __init__(
        self,
        rows: Sequence[tuple[int, int, Any, float, Any]] = (),
        weeks: Mapping[Any, date] | None = None,
    ) -> None:
        #: (person, project, week as read, hours, tentative as read) and week → Monday.
        self._rows = rows
        self._weeks = weeks or {}
        self._data: dict[CellKey, CellValue] | None = None
        self._pairs: dict[int, set[int]] | None = None

    @property
    def data(self) -> dict[CellKey, CellValue]:
        """The cells as a dict (built on first use)."""
        data = self._data
        if data is None:
            weeks = self._weeks
            data = self._data = {(p, j, weeks[w]): (h, t == 1) for p, j, w, h, t in self._rows}
            self._rows = ()
        return data

    def pairs(self) -> dict[int, set[int]]:
        """Person id → ids of the projects they have cells on (built on first use; the
        caller keeps it in step with its own edits)."""
        if self._pairs is None:
            pairs: dict[int, set[int]] = {}
            for p, j in {(k[0], k[1]) for k in self.data}:
                found = pairs.get(p)
                if found is None:
                    pairs[p] = {j}
                else:
                    found.add(j)
            self._pairs = pairs
        return self._pairs

    def __getitem__(self, key: CellKey) -> CellValue:
        return self.data[key]

    def __setitem__(self, key: CellKey, value: CellValue) -> None:
        self.data[key] = value

    def __delitem__(self, key: CellKey) -> None:
        del self.data[key]

    def __iter__(self) -> Iterator[CellKey]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self._rows) if self._data is None else len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def get(self, key: CellKey, default: Any = None) -> Any:
        return self.data.get(key, default)

    def items(self) -> Any:
        return self.data.items()

    def keys(self) -> Any:
        return self.data.keys()

    def values(self) -> Any:
        return self.data.values()


class PersonWeekTotals:
    """Hours per person and week, confirmed and tentative apart, summed in one pass over the
    read rows: what person and team rows (and the roster) show without touching cells."""

    __slots__ = ("confirmed", "tentative")

    def __init__(self) -> None:
        self.confirmed: dict[date, dict[int, float]] = {}
        self.tentative: dict[date, dict[int, float]] = {}

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[int, int, Any, float, Any]], weeks: Mapping[Any, date]
    ) -> PersonWeekTotals:
        """Sum (person, project, week, hours, tentative) rows; ``weeks`` maps each row's
        week value to its Monday."""
        confirmed: dict[Any, dict[int, float]] = {}
        tentative: dict[Any, dict[int, float]] = {}
        for p, _j, w, h, t in rows:
            bucket = tentative if t == 1 else confirmed
            found = bucket.get(w)
            if found is None:
                bucket[w] = {p: h}
            else:
                found[p] = found.get(p, 0.0) + h
        totals = cls()
        totals.confirmed = {weeks[w]: v for w, v in confirmed.items()}
        totals.tentative = {weeks[w]: v for w, v in tentative.items()}
        return totals

    @classmethod
    def from_cells(cls, cells: Mapping[CellKey, CellValue]) -> PersonWeekTotals:
        """Sum cells already keyed by Monday."""
        return cls.from_rows(
            ((p, j, w, h, 1 if t else 0) for (p, j, w), (h, t) in cells.items()),
            _Identity(),
        )

    def get(self, person: int, week: date) -> tuple[float, float]:
        """(all hours, confirmed hours) of a person in a week."""
        confirmed = self.confirmed.get(week)
        tentative = self.tentative.get(week)
        c = confirmed.get(person, 0.0) if confirmed else 0.0
        t = tentative.get(person, 0.0) if tentative else 0.0
        return c + t, c

    def set(self, person: int, week: date, total: float, confirmed: float) -> None:
        """Replace a person-week's sums (after an edit)."""
        self.confirmed.setdefault(week, {})[person] = confirmed
        self.tentative.setdefault(week, {})[person] = total - confirmed

    def week(self, week: date, people: Iterable[int]) -> tuple[float, float]:
        """(all hours, confirmed hours) of ``people`` together in a week."""
        confirmed = self.confirmed.get(week, {})
        tentative = self.tentative.get(week, {})
        c = t = 0.0
        for person in people:
            c += confirmed.get(person, 0.0)
            t += tentative.get(person, 0.0)
        return c + t, c


class _Identity(dict[Any, Any]):
    def __missing__(self, key: Any) -> Any:
        return key


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


# --------------------------------------------------------------------------- reading


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


class CapacityTable(Mapping[tuple[int, date], float]):
    """Capacity per (person, week) over a range of weeks, each computed on first use.

    Reading the grid only gathers the days off; a person-week's capacity (contracted hours
    less days off, ramped, none after the end date) is worked out when something first asks
    for it, then kept. Most person-weeks have no day off, no ramp and no end: they are the
    person's full week, known without working through the days.
    """

    def __init__(
        self,
        people: Sequence[PersonInfo],
        weeks: Sequence[date],
        periods: Mapping[int, Sequence[tuple[date, date, float]]],
        holiday_names: Mapping[date, tuple[str, ...]] | None = None,
    ) -> None:
        self._people = {p.id: p for p in people}
        self._weeks = tuple(weeks)
        self._week_set = set(weeks)
        #: Person → periods off (first, last, share of each day), clipped to the weeks.
        self._periods = periods
        #: Day → the public holidays and closures on it (for the grid header).
        self.holiday_names: Mapping[date, tuple[str, ...]] = holiday_names or {}
        self._off: dict[int, dict[date, dict[date, float]]] = {}
        self._values: dict[tuple[int, date], float] = {}
        self._week_totals: dict[date, float] = {}
        #: A full week (no day off, past the ramp) of each person.
        self._full = {
            p.id: week_capacity(float(p.weekly_hours), _FAR_MONDAY, workweek=p.workweek)
            for p in people
        }
        #: Person → the first Monday from which the ramp no longer applies.
        self._ramped_until = {
            p.id: p.start_date + timedelta(days=RAMP[-1][0])
            for p in people
            if p.start_date is not None
        }
        #: Person → the Monday of the week of their last day.
        self._ends = {p.id: monday_of(p.end_date) for p in people if p.end_date is not None}
        # Person → Mondays of weeks touched by days off (filled per person on first use).
        self._off_weeks: dict[int, set[date]] = {}

    def _is_full(self, person_id: int, week: date) -> bool:
        until = self._ramped_until.get(person_id)
        if until is not None and week < until:
            return False
        end = self._ends.get(person_id)
        if end is not None and week >= end:
            return False
        if person_id not in self._periods:
            return True
        return week not in self._weeks_off(person_id)

    def _weeks_off(self, person_id: int) -> set[date]:
        """Mondays of the weeks a person's days off touch."""
        weeks = self._off_weeks.get(person_id)
        if weeks is None:
            weeks = self._off_weeks[person_id] = {
                monday_of(start) + timedelta(weeks=i)
                for start, end, _share in self._periods.get(person_id, ())
                for i in range((monday_of(end) - monday_of(start)).days // 7 + 1)
            }
        return weeks

    def days_off(self, person_id: int, week: date) -> Mapping[date, float]:
        """The days of ``week`` a person is off, each with the share of it."""
        off = self._off.get(person_id)
        if off is None:
            off = self._off[person_id] = days_off_by_week(self._periods.get(person_id, ()))
        return off.get(monday_of(week), {})

    def __getitem__(self, key: tuple[int, date]) -> float:
        value = self._values.get(key)
        if value is not None:
            return value
        person_id, week = key
        person = self._people.get(person_id)
        if person is None or week not in self._week_set:
            raise KeyError(key)
        if self._is_full(person_id, week):
            value = self._values[key] = self._full[person_id]
            return value
        value = self._values[key] = week_capacity(
            float(person.weekly_hours),
            week,
            self.days_off(person_id, week),
            person.start_date,
            workweek=person.workweek,
            end_date=person.end_date,
        )
        return value

    def get(self, key: tuple[int, date], default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def week_total(self, week: date) -> float:
        """Everyone's capacity together in one week: their full weeks, corrected for the
        few people with days off, onboarding or their last day that week."""
        totals = self._week_totals
        if not totals:
            full = sum(self._full.values())
            partial: dict[date, set[int]] = {}
            for person_id in self._people:
                until = self._ramped_until.get(person_id)
                end = self._ends.get(person_id)
                if until is not None or end is not None:
                    for w in self._weeks:
                        if (until is not None and w < until) or (end is not None and w >= end):
                            partial.setdefault(w, set()).add(person_id)
                if person_id in self._periods:
                    for w in self._weeks_off(person_id):
                        partial.setdefault(w, set()).add(person_id)
            for w in self._weeks:
                total = full
                for person_id in sorted(partial.get(w, ())):
                    total += self[(person_id, w)] - self._full[person_id]
                totals[w] = total
        return totals.get(week, 0.0)

    def __iter__(self) -> Iterator[tuple[int, date]]:
        return ((p, w) for p in self._people for w in self._weeks)

    def __len__(self) -> int:
        return len(self._people) * len(self._weeks)


#: A Monday far from any start date, for a person's full week.
_FAR_MONDAY = date(2001, 1, 1)


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


def _cell_table(scenario_id: int | None) -> type[Allocation] | type[ScenarioAllocation]:
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
        table = _cell_table(scenario_id)
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


# --------------------------------------------------------------------------- writing


def set_cells(
    session: Session,
    targets: Iterable[CellState],
    *,
    scenario_id: int | None = None,
    placeholders: Iterable[PlaceholderState] = (),
    allow_over_limit: bool = True,
    limit: float = DEFAULT_OVER_LIMIT,
    known: dict[CellKey, tuple[int, float, bool]] | None = None,
) -> Changes:
    """Write each target cell (0 hours deletes it) and placeholder; return prior and new.

    ``known`` may hold the current (row id, hours, tentative) of every target cell that
    exists, already read by the caller in this transaction, to save a query.

    Raises ``ValidationError`` for hours out of range or unknown people/projects, and
    ``OverLimitError`` when a touched person-week ends above ``limit`` percent of capacity
    and ``allow_over_limit`` is False. Nothing is written when it raises (the caller's unit
    of work rolls back)."""
    merged: dict[CellKey, CellState] = {}
    for target in targets:
        if not 0 <= target.hours <= MAX_WEEK_HOURS:
            raise ValidationError(
                f"hours must be between 0 and {MAX_WEEK_HOURS:g}, not {target.hours:g}", "hours"
            )
        if target.week.weekday() != 0:
            raise ValidationError("a week is named by its Monday", "week")
        merged[target.key] = target
    table = _cell_table(scenario_id)
    current = (
        known if known is not None else _current_cells(session, table, merged.keys(), scenario_id)
    )
    before: list[CellState] = []
    after: list[CellState] = []
    for key, target in merged.items():
        prior = current.get(key)
        prior_state = CellState(*key, prior[1], prior[2]) if prior else CellState(*key, 0.0)
        if prior_state == target or (prior is None and target.hours == 0):
            continue
        before.append(prior_state)
        after.append(target)
        if prior is not None and target.hours == 0:
            session.execute(delete(table).where(table.id == prior[0]))
        elif prior is not None:
            session.execute(
                update(table)
                .where(table.id == prior[0])
                .values(hours=target.hours, tentative=target.tentative)
            )
        else:
            values = {
                "person_id": target.person_id,
                "project_id": target.project_id,
                "week": target.week,
                "hours": target.hours,
                "tentative": target.tentative,
            }
            if scenario_id is not None:
                values["scenario_id"] = scenario_id
            try:
                session.execute(insert(table).values(**values))
            except IntegrityError:
                _check_refs(session, target)
                raise
    if scenario_id is not None and before:
        record_scenario_base(session, scenario_id, before)
    ph_before, ph_after = _set_placeholders(session, placeholders)
    session.flush()
    if not allow_over_limit and after:
        over = over_limit(
            session,
            {(c.person_id, c.week) for c in after if c.hours > 0},
            scenario_id=scenario_id,
            limit=limit,
        )
        if over:
            raise OverLimitError(over, limit)
    return Changes(tuple(before), tuple(after), ph_before, ph_after, scenario_id)


# --------------------------------------------------------------------------- scenario base
#
# Applying a scenario merges its own changes into the plan as it is by then. A scenario's
# changes are its cells that differ from the plan as it was when the scenario started (its
# base). Untouched cells of the copy still hold their base, so the base of a cell is recorded
# (``ScenarioBaseCell``, 0 hours: no allocation then) just before the scenario first changes it.


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


def record_scenario_base(session: Session, scenario_id: int, prior: Iterable[CellState]) -> None:
    """Keep the prior hours of cells a scenario edit is about to change, for the cells it had
    not changed before (their prior is still the plan as the scenario started)."""
    known = scenario_base(session, scenario_id)
    if known is None:
        return  # started before bases were kept: applying it falls back to its whole copy
    new = {state.key: state.hours for state in prior if state.key not in known}
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


def read_cells(
    session: Session, keys: Iterable[CellKey], *, scenario_id: int | None = None
) -> dict[CellKey, tuple[int, float, bool]]:
    """The (row id, hours, tentative) of those cells that hold an allocation (in the plan,
    or in a scenario's copy)."""
    return _current_cells(session, _cell_table(scenario_id), keys, scenario_id)


def _current_cells(
    session: Session,
    table: type[Allocation] | type[ScenarioAllocation],
    keys: Iterable[CellKey],
    scenario_id: int | None,
) -> dict[CellKey, tuple[int, float, bool]]:
    keys = list(keys)
    if not keys:
        return {}
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


def _check_refs(session: Session, target: CellState) -> None:
    if session.get(Person, target.person_id) is None:
        raise ValidationError("that person no longer exists", "person")
    if session.get(Project, target.project_id) is None:
        raise ValidationError("that project no longer exists", "project")


def _set_placeholders(
    session: Session, targets: Iterable[PlaceholderState]
) -> tuple[tuple[PlaceholderState, ...], tuple[PlaceholderState, ...]]:
    before: list[PlaceholderState] = []
    after: list[PlaceholderState] = []
    for target in targets:
        if not 0 <= target.hours <= MAX_WEEK_HOURS:
            raise ValidationError("placeholder hours must be between 0 and 168", "hours")
        if not target.label.strip():
            raise ValidationError("a placeholder needs a label", "label")
        row = session.execute(
            select(Placeholder).where(
                Placeholder.project_id == target.project_id,
                Placeholder.label == target.label,
                Placeholder.week == target.week,
            )
        ).scalar_one_or_none()
        prior = (
            PlaceholderState(row.project_id, row.label, row.role, row.week, row.hours)
            if row is not None
            else PlaceholderState(target.project_id, target.label, target.role, target.week, 0.0)
        )
        if prior == target or (row is None and target.hours == 0):
            continue
        before.append(prior)
        after.append(target)
        if row is not None and target.hours == 0:
            session.delete(row)
        elif row is not None:
            row.hours = target.hours
            row.role = target.role
        else:
            if session.get(Project, target.project_id) is None:
                raise ValidationError("that project no longer exists", "project")
            session.add(
                Placeholder(
                    project_id=target.project_id,
                    label=target.label,
                    role=target.role,
                    week=target.week,
                    hours=target.hours,
                )
            )
    session.flush()
    return tuple(before), tuple(after)


def apply_changes(session: Session, changes: Changes) -> Changes:
    """Write ``changes.after`` again (redo) — ``apply_changes(s, c.inverse())`` undoes."""
    return set_cells(
        session,
        changes.after,
        scenario_id=changes.scenario_id,
        placeholders=changes.placeholders_after,
    )


def over_limit(
    session: Session,
    person_weeks: Iterable[tuple[int, date]],
    *,
    scenario_id: int | None = None,
    limit: float = DEFAULT_OVER_LIMIT,
) -> list[OverLimit]:
    """The person-weeks above ``limit`` percent of capacity, with the resulting figures."""
    wanted = set(person_weeks)
    if not wanted:
        return []
    table = _cell_table(scenario_id)
    people_ids = {p for p, _ in wanted}
    weeks = sorted({w for _, w in wanted})
    stmt = (
        select(table.person_id, table.week, func.sum(table.hours))
        .where(table.person_id.in_(people_ids), table.week.in_(weeks))
        .group_by(table.person_id, table.week)
    )
    if scenario_id is not None:
        stmt = stmt.where(ScenarioAllocation.scenario_id == scenario_id)
    totals = {(p, w): float(h or 0) for p, w, h in session.execute(stmt)}
    people = [p for p in list_staff_by_ids(session, people_ids)]
    span = [weeks[0] + timedelta(weeks=i) for i in range((weeks[-1] - weeks[0]).days // 7 + 1)]
    caps = capacities(session, people, span)
    names = {p.id: p.name for p in people}
    found: list[OverLimit] = []
    for person_id, week in sorted(wanted):
        hours = totals.get((person_id, week), 0.0)
        capacity = caps.get((person_id, week), 0.0)
        if is_over_limit(hours, capacity, limit):
            found.append(
                OverLimit(
                    person_id,
                    names.get(person_id, "?"),
                    week,
                    hours,
                    capacity,
                    utilization(hours, capacity),
                )
            )
    return found


def list_staff_by_ids(session: Session, ids: Iterable[int]) -> list[PersonInfo]:
    """The people with these ids (active or not)."""
    stmt = select(*_STAFF_COLUMNS).where(Person.id.in_(set(ids)))
    roles = {role.value: role for role in Role}
    return [_person_info(row, roles) for row in session.execute(stmt)]


# --------------------------------------------------------------------------- edits


def _tentative(session: Session, project_id: int) -> bool:
    stage = session.scalar(select(Project.stage).where(Project.id == project_id))
    if stage is None:
        raise ValidationError("that project no longer exists", "project")
    return stage.is_pipeline


def allocate(
    session: Session,
    person_id: int,
    project_id: int,
    weeks: Iterable[date],
    hours: float,
    *,
    scenario_id: int | None = None,
    allow_over_limit: bool = True,
    limit: float = DEFAULT_OVER_LIMIT,
) -> Changes:
    """Set ``person_id``'s hours on ``project_id`` in each of ``weeks`` (0 clears)."""
    tentative = _tentative(session, project_id)
    targets = [CellState(person_id, project_id, monday_of(w), hours, tentative) for w in weeks]
    return set_cells(
        session,
        targets,
        scenario_id=scenario_id,
        allow_over_limit=allow_over_limit,
        limit=limit,
    )


def clear_cells(
    session: Session, keys: Iterable[CellKey], *, scenario_id: int | None = None
) -> Changes:
    """Remove the allocations of these cells."""
    return set_cells(
        session, [CellState(p, j, w, 0.0) for p, j, w in keys], scenario_id=scenario_id
    )


def transfer(
    session: Session,
    sources: Iterable[CellKey],
    *,
    week_shift: int = 0,
    to_person: int | None = None,
    to_project: int | None = None,
    copy: bool = False,
    scenario_id: int | None = None,
    allow_over_limit: bool = True,
    limit: float = DEFAULT_OVER_LIMIT,
) -> Changes:
    """Move (or ``copy``) allocation cells by ``week_shift`` weeks and/or to another person
    or project, as one edit. Hours landing on an existing allocation are added to it."""
    sources = list(dict.fromkeys(sources))
    table = _cell_table(scenario_id)

    def destination(key: CellKey) -> CellKey:
        person, project, week = key
        return (
            to_person if to_person is not None else person,
            to_project if to_project is not None else project,
            week + timedelta(weeks=week_shift),
        )

    everything = set(sources) | {destination(k) for k in sources}
    current = _current_cells(session, table, everything, scenario_id)
    targets: dict[CellKey, float] = {}
    moved: dict[CellKey, float] = {}
    for key in sources:
        if key not in current:
            continue
        dest = destination(key)
        if dest == key:
            continue
        hours = current[key][1]
        moved[key] = hours
        targets[dest] = targets.get(dest, 0.0) + hours
    if not moved:
        if not any(key in current for key in sources):
            raise ValidationError("there is nothing to move in those cells", "cells")
        return Changes(scenario_id=scenario_id)
    stages = dict(
        session.execute(
            select(Project.id, Project.stage).where(Project.id.in_({k[1] for k in targets}))
        ).all()
    )
    states: dict[CellKey, CellState] = {}
    if not copy:
        for key in moved:
            states[key] = CellState(*key, 0.0)
    for dest, hours in targets.items():
        base = 0.0 if dest in moved and not copy else current.get(dest, (0, 0.0, False))[1]
        total = base + hours
        if total > MAX_WEEK_HOURS:
            raise ValidationError(
                f"that would put {total:g} hours in one week on one project (168 at most)",
                "hours",
            )
        stage = stages.get(dest[1])
        if stage is None:
            raise ValidationError("that project no longer exists", "project")
        states[dest] = CellState(*dest, total, stage.is_pipeline)
    return set_cells(
        session,
        states.values(),
        scenario_id=scenario_id,
        allow_over_limit=allow_over_limit,
        limit=limit,
        known={k: v for k, v in current.items() if k in states},
    )


# --------------------------------------------------------------------------- placeholders


def add_placeholder(
    session: Session,
    project_id: int,
    role: Role,
    weeks: Iterable[date],
    hours: float,
    label: str | None = None,
) -> Changes:
    """Open demand for an unnamed ``role`` on a project, ``hours`` per week."""
    if hours <= 0:
        raise ValidationError("a placeholder needs some hours per week", "hours")
    name = (label or placeholder_label(role)).strip()
    return set_cells(
        session,
        (),
        placeholders=[PlaceholderState(project_id, name, role, monday_of(w), hours) for w in weeks],
    )


def fill_placeholder(
    session: Session,
    project_id: int,
    label: str,
    weeks: Iterable[date],
    person_id: int,
    *,
    hours_per_week: dict[date, float] | None = None,
    scenario_id: int | None = None,
    allow_over_limit: bool = True,
    limit: float = DEFAULT_OVER_LIMIT,
) -> Changes:
    """Put ``person_id`` on a placeholder's demand: each week they take
    ``hours_per_week[week]`` (default: all of it), added to any hours they already have on
    the project; what they do not cover stays as a smaller placeholder."""
    weeks = sorted({monday_of(w) for w in weeks})
    rows = session.execute(
        select(Placeholder.week, Placeholder.role, Placeholder.hours).where(
            Placeholder.project_id == project_id,
            Placeholder.label == label,
            Placeholder.week.in_(weeks),
        )
    ).all()
    if not rows:
        raise ValidationError("that placeholder has no demand in those weeks", "placeholder")
    tentative = _tentative(session, project_id)
    table = _cell_table(scenario_id)
    keys = [(person_id, project_id, week) for week, _, _ in rows]
    existing = _current_cells(session, table, keys, scenario_id)
    cells: list[CellState] = []
    remaining: list[PlaceholderState] = []
    for week, role, demand in rows:
        take = demand if hours_per_week is None else min(demand, hours_per_week.get(week, 0.0))
        if take <= 0:
            continue
        have = existing.get((person_id, project_id, week), (0, 0.0, False))[1]
        cells.append(CellState(person_id, project_id, week, have + take, tentative))
        remaining.append(PlaceholderState(project_id, label, role, week, demand - take))
    if not cells:
        raise ValidationError("no free hours to put on that placeholder", "hours")
    return set_cells(
        session,
        cells,
        scenario_id=scenario_id,
        placeholders=remaining,
        allow_over_limit=allow_over_limit,
        limit=limit,
    )


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
