"""What the staffing grid read is made of: people and projects as the rows show them, and
the tables it fills from its rows, each worked out lazily.

``CellTable`` keeps the allocation rows as read until something first looks a cell up;
``PersonWeekTotals`` sums them per person-week in one pass; ``CapacityTable`` works a
person-week's capacity out (contracted hours less days off, ramped, none after the end
date) when something first asks for it. None of them touches the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pmo_desktop.domain.capacity import RAMP, days_off_by_week, week_capacity
from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.weeks import monday_of

#: (person id, project id, week Monday)
CellKey = tuple[int, int, date]
#: (hours, tentative) of one allocation cell
CellValue = tuple[float, bool]


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
