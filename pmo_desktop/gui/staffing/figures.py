"""The figures of the staffing grid, in pure Python (no Qt): hours, capacity, free hours and
utilisation per person-week, project-week and team-week, and any row's figures over a week
or a span of weeks.

``GridFigures`` holds one ``StaffingGrid`` read from the database and keeps its person-week
sums in step with every committed ``Changes``: scrolling, painting and the controller's
decisions (how many hours a dropped person gets) never query the database. Totals are
worked out when first asked for and forgotten when a change touches them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from pmo_desktop.domain.capacity import utilization
from pmo_desktop.gui.staffing.rows import Row, RowKey, RowKind
from pmo_desktop.services.staffing.edits import Changes
from pmo_desktop.services.staffing.grid import StaffingGrid
from pmo_desktop.services.staffing.tables import (
    CapacityTable,
    CellTable,
    PersonInfo,
    PersonWeekTotals,
    ProjectInfo,
)

#: (hours, capacity or None where a row has none, tentative)
Figure = tuple[float, float | None, bool]


@dataclass
class Touched:
    """What a change touched: whose and which projects' figures, in which weeks, and
    whether rows appear (someone on a new project, a new placeholder)."""

    people: set[int] = field(default_factory=set)
    projects: set[int] = field(default_factory=set)
    weeks: set[date] = field(default_factory=set)
    cells: bool = False
    new_rows: bool = False


def empty_grid() -> StaffingGrid:
    """A grid with nothing loaded yet."""
    return StaffingGrid((), (), {}, CellTable(), {})


class GridFigures:
    """A grid read and its totals; ``include_tentative`` says whether shown totals count
    tentative hours (free hours always do)."""

    def __init__(self) -> None:
        self.include_tentative = True
        self.grid = empty_grid()
        self.people: dict[int, PersonInfo] = {}
        #: Client or program → its projects.
        self.members: dict[tuple[RowKind, int | None], list[int]] = defaultdict(list)
        # Person → projects and project → people, derived from the cells when first needed.
        self._person_projects: dict[int, set[int]] | None = None
        self._project_people: dict[int, set[int]] | None = None
        #: Person-week sums, read with the grid and kept in step with every change.
        self.totals = PersonWeekTotals()
        self._jw_cache: dict[tuple[int, date], tuple[float, float]] = {}
        self._team_cache: dict[tuple[date, bool], tuple[float, float]] = {}
        self._total_cache: dict[RowKey, Figure] = {}

    def load(self, grid: StaffingGrid) -> None:
        """Take a freshly read grid."""
        self.grid = grid
        self.people = {p.id: p for p in grid.people}
        self.members.clear()
        for project in grid.projects.values():
            self.members[(RowKind.CLIENT, project.client_id)].append(project.id)
            self.members[(RowKind.PROGRAM, project.program_id)].append(project.id)
        self._person_projects = None
        self._project_people = None
        self.totals = grid.totals or PersonWeekTotals.from_cells(grid.cells)
        self._jw_cache.clear()
        self._team_cache.clear()
        self._total_cache.clear()

    def set_include_tentative(self, include: bool) -> None:
        """Count tentative hours in every shown total, or not."""
        self.include_tentative = include
        self._total_cache.clear()

    # ------------------------------------------------------------------ who is on what

    def _index_pairs(self) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
        """Person → projects and project → people, derived from the cells on first use."""
        if self._person_projects is None or self._project_people is None:
            by_person = self.grid.pairs
            by_project: dict[int, set[int]] = {}
            for person, projects in by_person.items():
                for project in projects:
                    by_project.setdefault(project, set()).add(person)
            self._person_projects, self._project_people = by_person, by_project
        return self._person_projects, self._project_people

    @property
    def by_person(self) -> dict[int, set[int]]:
        """Person id → the projects they have cells on."""
        return self._index_pairs()[0]

    @property
    def by_project(self) -> dict[int, set[int]]:
        """Project id → the people with cells on it."""
        return self._index_pairs()[1]

    def person(self, person_id: int) -> PersonInfo | None:
        """A person of the grid."""
        return self.people.get(person_id)

    def project(self, project_id: int) -> ProjectInfo | None:
        """A project of the grid."""
        return self.grid.projects.get(project_id)

    # ------------------------------------------------------------------ person-weeks

    def cell_hours(self, person: int, project: int, week: date) -> tuple[float, bool]:
        """Hours and tentative flag of one allocation cell (0.0, False when empty)."""
        found: tuple[float, bool] = self.grid.cells.get((person, project, week), (0.0, False))
        return found

    def capacity(self, person: int, week: date) -> float:
        """A person's capacity in a week."""
        return self.grid.capacity.get((person, week), 0.0)

    def person_hours(self, person: int, week: date) -> float:
        """A person's total hours in a week (tentative counted per ``include_tentative``)."""
        total, confirmed = self.totals.get(person, week)
        return total if self.include_tentative else confirmed

    def free_hours(self, person: int, week: date) -> float:
        """Capacity not yet allocated (counting tentative hours), never negative."""
        return max(0.0, self.capacity(person, week) - self.totals.get(person, week)[0])

    def free_over(self, person: int, weeks: Sequence[date]) -> tuple[float, float]:
        """(free hours, capacity) of a person summed over ``weeks`` (free never negative in
        any week)."""
        capacity = self.grid.capacity
        totals = self.totals
        free = available = 0.0
        for week in weeks:
            cap = capacity.get((person, week), 0.0)
            available += cap
            hours = totals.get(person, week)[0]
            if cap > hours:
                free += cap - hours
        return free, available

    def utilisation(self, person: int, week: date) -> float | None:
        """A person's shown hours as a percent of their capacity (None: no capacity)."""
        return utilization(self.person_hours(person, week), self.capacity(person, week))

    def days_off_note(self, person_id: int, week: date) -> str:
        """ "2 days off" for a person's week with time off, holidays or closures."""
        capacity = self.grid.capacity
        if not isinstance(capacity, CapacityTable):
            return ""
        days = capacity.days_off(person_id, week).items()
        off = sum(share for day, share in days if day.weekday() < 5)
        return f"{off:g} day{'s' if off != 1 else ''} off that week" if off else ""

    def holidays_in(self, week: date) -> list[str]:
        """The public holidays and closure days of ``week``, one line a day."""
        capacity = self.grid.capacity
        names = capacity.holiday_names if isinstance(capacity, CapacityTable) else {}
        lines = []
        for offset in range(7):
            day = week + timedelta(days=offset)
            for name in names.get(day, ()):
                lines.append(f"{day:%a %d %b}: {name}")
        return lines

    # ------------------------------------------------------------------ projects and team

    def _recount(self, person: int, week: date) -> None:
        """Sum a person-week again from the cells (after a change touched it)."""
        total = confirmed = 0.0
        cells = self.grid.cells
        for project in self.by_person.get(person, ()):
            cell = cells.get((person, project, week))
            if cell is not None:
                total += cell[0]
                if not cell[1]:
                    confirmed += cell[0]
        self.totals.set(person, week, total, confirmed)

    def _project_week(self, project: int, week: date) -> tuple[float, float]:
        key = (project, week)
        found = self._jw_cache.get(key)
        if found is None:
            total = confirmed = 0.0
            cells = self.grid.cells
            for person in self.by_project.get(project, ()):
                if person not in self.people:
                    continue
                cell = cells.get((person, project, week))
                if cell is not None:
                    total += cell[0]
                    if not cell[1]:
                        confirmed += cell[0]
            found = self._jw_cache[key] = (total, confirmed)
        return found

    def project_hours(self, project: int, week: date) -> float:
        """A project's hours in a week (tentative counted per ``include_tentative``)."""
        totals = self._project_week(project, week)
        return totals[0] if self.include_tentative else totals[1]

    def team_week(self, week: date) -> tuple[float, float]:
        """(hours, capacity) of the whole team in a week."""
        key = (week, self.include_tentative)
        found = self._team_cache.get(key)
        if found is None:
            total, confirmed = self.totals.week(week, self.people)
            capacity = self.grid.capacity
            if isinstance(capacity, CapacityTable):
                available = capacity.week_total(week)
            else:
                available = sum(capacity.get((p, week), 0.0) for p in self.people)
            found = self._team_cache[key] = (
                total if self.include_tentative else confirmed,
                available,
            )
        return found

    # ------------------------------------------------------------------ rows

    def row_week(self, row: Row, week: date) -> Figure:
        """(hours, capacity or None, tentative) of a row in a week."""
        grid = self.grid
        match row.kind:
            case RowKind.TEAM:
                hours, cap = self.team_week(week)
                return hours, cap, False
            case RowKind.PERSON:
                assert row.person_id is not None
                pid = row.person_id
                return self.person_hours(pid, week), self.capacity(pid, week), False
            case RowKind.PERSON_PROJECT | RowKind.PROJECT_PERSON:
                assert row.person_id is not None and row.project_id is not None
                hours, tentative = self.cell_hours(row.person_id, row.project_id, week)
                if tentative and not self.include_tentative:
                    hours = 0.0
                return hours, self.capacity(row.person_id, week), tentative
            case RowKind.PROJECT:
                assert row.project_id is not None
                project = grid.projects.get(row.project_id)
                tentative = project is not None and project.tentative
                return self.project_hours(row.project_id, week), None, tentative
            case RowKind.CLIENT | RowKind.PROGRAM:
                members = self.members.get((row.kind, row.group_id), ())
                return sum(self.project_hours(j, week) for j in members), None, False
            case RowKind.PLACEHOLDER:
                assert row.project_id is not None and row.label is not None
                entry = grid.placeholders.get((row.project_id, row.label, week))
                return (entry[1] if entry else 0.0), None, False
            case RowKind.OPEN_ROLES:
                hours = sum(h for (_, _, w), (_, h) in grid.placeholders.items() if w == week)
                return hours, None, False
        return 0.0, None, False

    def row_span(self, row: Row, weeks: Sequence[date]) -> Figure:
        """A row's figures summed over ``weeks`` (capacity None if any week has none)."""
        hours = 0.0
        cap: float | None = 0.0
        tentative = False
        for week in weeks:
            h, c, t = self.row_week(row, week)
            hours += h
            cap = None if c is None or cap is None else cap + c
            tentative = tentative or t
        return hours, cap, tentative

    def row_totals(self, row: Row) -> Figure:
        """(hours, capacity or None, tentative) of a row over every loaded week."""
        found = self._total_cache.get(row.key)
        if found is None:
            found = self._total_cache[row.key] = self.row_span(row, self.grid.weeks)
        return found

    # ------------------------------------------------------------------ changes

    def apply(self, changes: Changes, *, cells: bool = True) -> Touched:
        """Bring the grid and its totals in line with committed changes (without ``cells``:
        only their placeholders, which the plan and every scenario share)."""
        grid = self.grid
        touched = Touched()
        after = changes.after if cells else ()
        if after:
            self._index_pairs()  # from the cells as they were, before this change
        recount: set[tuple[int, date]] = set()
        for state in after:
            person, project, week = state.key
            if state.hours > 0:
                grid.cells[state.key] = (state.hours, state.tentative)
                projects = self.by_person.setdefault(person, set())
                if project not in projects:
                    projects.add(project)
                    self.by_project.setdefault(project, set()).add(person)
                    touched.new_rows = True
            else:
                grid.cells.pop(state.key, None)
            recount.add((person, week))
            self._jw_cache.pop((project, week), None)
            self._team_cache.pop((week, True), None)
            self._team_cache.pop((week, False), None)
            touched.people.add(person)
            touched.projects.add(project)
            touched.weeks.add(week)
            touched.cells = True
        for ph in changes.placeholders_after:
            key = (ph.project_id, ph.label, ph.week)
            if ph.hours > 0:
                if key not in grid.placeholders and not any(
                    (j, lab) == (ph.project_id, ph.label) for j, lab, _ in grid.placeholders
                ):
                    touched.new_rows = True
                grid.placeholders[key] = (ph.role, ph.hours)
            else:
                grid.placeholders.pop(key, None)
            touched.projects.add(ph.project_id)
            touched.weeks.add(ph.week)
        for person, week in recount:
            self._recount(person, week)
        self._total_cache.clear()
        return touched
