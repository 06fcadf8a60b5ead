"""Billability per person and team (actuals where known, plan after) and timesheet import.

Timesheet CSV columns (header required, any order, case-insensitive): ``person`` (name,
email or id), ``date`` or ``week`` (ISO date in the years 1900–2200; any day names its week),
``project`` (code, name or id), ``hours`` (a plain decimal number, ``7.5`` or ``7,5``, 0–168),
and optionally ``billable`` (yes/no; default: the project's flag). Any other column (a
misspelled ``billabel``) refuses the file rather than being ignored. Lines are summed per
person, project and week. One bad line refuses the whole file.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.billability import (
    WeekBillability,
    billable_utilization,
    forecast_billable,
    target_for,
)
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.people.roster import role_targets
from pmo_desktop.services.staffing.grid import capacities, list_staff
from pmo_desktop.store.models import Allocation, Person, Project
from pmo_desktop.store.models_staffing import TimesheetActual
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE


@dataclass(frozen=True)
class PersonBillability:
    """One person's billable utilization over a period against their target."""

    person_id: int
    name: str
    role: Role
    target: int
    billable_hours: float
    available_hours: float
    weeks: tuple[WeekBillability, ...]

    @property
    def utilization(self) -> float | None:
        """Σ billable ÷ Σ available, in percent."""
        return billable_utilization([(self.billable_hours, self.available_hours)])


@dataclass(frozen=True)
class TeamBillability:
    """The team's billability: per person, per week, overall, and the weighted target."""

    people: tuple[PersonBillability, ...]
    weeks: tuple[WeekBillability, ...]
    target: float

    @property
    def utilization(self) -> float | None:
        """Σ billable ÷ Σ available over everyone and every week, in percent."""
        return billable_utilization((w.billable_hours, w.available_hours) for w in self.weeks)


def billability(
    session: Session, weeks: Sequence[date], today: date | None = None
) -> TeamBillability:
    """Billable utilization over ``weeks``: actual billable hours for past weeks with a
    timesheet, planned confirmed hours on billable projects otherwise."""
    weeks = sorted(set(weeks))
    cutoff = monday_of(today or date.today())
    people = list_staff(session, weeks)
    caps = capacities(session, people, weeks)
    targets = role_targets(session)
    planned: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    actual: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    if weeks:
        lo, hi = weeks[0], weeks[-1]
        stmt = (
            select(Allocation.person_id, Allocation.week, Allocation.hours)
            .join(Project, Allocation.project_id == Project.id)
            .where(
                Allocation.week >= lo,
                Allocation.week <= hi,
                Project.billable.is_(True),
                Allocation.tentative.is_(False),
            )
        )
        for pid, week, hours in session.execute(stmt):
            planned[pid][week] += hours
        stmt2 = select(
            TimesheetActual.person_id,
            TimesheetActual.week,
            TimesheetActual.hours,
            TimesheetActual.billable,
        ).where(TimesheetActual.week >= lo, TimesheetActual.week <= hi)
        for pid, week, hours, billable in session.execute(stmt2):
            actual[pid][week] += hours if billable else 0.0
    result: list[PersonBillability] = []
    team: dict[date, list[float]] = {w: [0.0, 0.0] for w in weeks}
    weighted = 0.0
    for person in people:
        forecast = forecast_billable(actual.get(person.id, {}), planned.get(person.id, {}), cutoff)
        rows = []
        for week in weeks:
            hours, is_actual = forecast.get(week, (0.0, False))
            available = caps[(person.id, week)]
            rows.append(WeekBillability(week, hours, available, is_actual))
            team[week][0] += hours
            team[week][1] += available
        target = target_for(person.role, person.billable_target, targets)
        available_total = sum(r.available_hours for r in rows)
        weighted += target * available_total
        result.append(
            PersonBillability(
                person.id,
                person.name,
                person.role,
                target,
                sum(r.billable_hours for r in rows),
                available_total,
                tuple(rows),
            )
        )
    total_available = sum(v[1] for v in team.values())
    team_weeks = tuple(WeekBillability(w, b, a, w < cutoff) for w, (b, a) in team.items())
    return TeamBillability(
        tuple(result),
        team_weeks,
        weighted / total_available if total_available else 0.0,
    )


# --------------------------------------------------------------------------- timesheets


@dataclass(frozen=True, slots=True)
class ActualRow:
    """One (person, project, week) of an imported timesheet, lines summed."""

    person_id: int
    person: str
    project_id: int
    project: str
    week: date
    hours: float
    billable: bool
    lines: tuple[int, ...]


@dataclass(frozen=True)
class TimesheetPreview:
    """What an import would write, or why it is refused (line number, reason)."""

    rows: tuple[ActualRow, ...]
    errors: tuple[tuple[int, str], ...]

    @property
    def ok(self) -> bool:
        """True when every line was understood."""
        return not self.errors and bool(self.rows)

    @property
    def lines(self) -> int:
        """Timesheet lines read (summed into ``rows``)."""
        return sum(len(r.lines) for r in self.rows)

    @property
    def people(self) -> int:
        """How many people the timesheet books hours for."""
        return len({r.person_id for r in self.rows})

    @property
    def weeks(self) -> tuple[date, ...]:
        """The weeks it covers, in order."""
        return tuple(sorted({r.week for r in self.rows}))

    @property
    def billable_hours(self) -> float:
        """Hours booked as billable."""
        return sum(r.hours for r in self.rows if r.billable)

    @property
    def non_billable_hours(self) -> float:
        """Hours booked as non-billable."""
        return sum(r.hours for r in self.rows if not r.billable)

    def summary(self) -> str:
        """``12 lines → 9 person-project-weeks · 3 people · 2 weeks (…) · billable 64 h,
        non-billable 8 h``."""
        weeks = self.weeks
        span = f" ({weeks[0]:%d %b %Y} – {weeks[-1]:%d %b %Y})" if weeks else ""
        return (
            f"{_count(self.lines, 'line')} → {_count(len(self.rows), 'person-project-week')} · "
            f"{_count(self.people, 'person', 'people')} · {_count(len(weeks), 'week')}{span} · "
            f"billable {self.billable_hours:g} h, non-billable {self.non_billable_hours:g} h"
        )

    def first_error(self) -> str:
        """The refusal in one line: the first bad line and how many more there are."""
        if not self.errors:
            return ""
        line, reason = self.errors[0]
        more = len({n for n, _ in self.errors}) - 1
        tail = f" (and {_count(more, 'more bad line', 'more bad lines')})" if more else ""
        return f"line {line}: {reason}{tail}"

    def refusal(self, limit: int = 8) -> str:
        """The reasons a manager reads, one per line."""
        shown = [f"line {line}: {reason}" for line, reason in self.errors[:limit]]
        if len(self.errors) > limit:
            shown.append(f"… and {len(self.errors) - limit} more")
        return "timesheet refused, nothing imported:\n" + "\n".join(shown)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def read_timesheet(data: bytes) -> list[list[str]]:
    """The lines of a timesheet CSV, read strictly (UTF-8, with or without a BOM; an
    unbalanced quote refuses the file instead of swallowing the rest of it)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("the file is not UTF-8 text", "file") from None
    try:
        return list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        raise ValidationError(f"the file is not valid CSV ({error})", "file") from None


@dataclass(slots=True)
class _Cell:
    person: str
    project: str
    hours: float
    billable: bool
    lines: list[int]


_TRUE = {"yes", "y", "true", "1", "billable"}
_FALSE = {"no", "n", "false", "0", "non-billable", "nonbillable"}
_COLUMNS = ("person", "date", "week", "project", "hours", "billable")
#: Hours as a plain decimal number: float() would also read "1_0" as 10, "1e1", "nan" or
#: digits of other scripts.
_HOURS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)


def _header_problem(header: Sequence[str]) -> str | None:
    """Why a header cannot be read (an unknown, unnamed or repeated column), or None."""
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            return f"column {position} has no name"
        if name not in _COLUMNS:
            return (
                f"unknown column {name!r} (the columns are person, date or week, project,"
                " hours and, optionally, billable)"
            )
        if name in seen:
            return f"column {name!r} appears twice"
        seen.add(name)
    if "date" in seen and "week" in seen:
        return "give a date or a week column, not both"
    return None


def _hours(text: str) -> float | None:
    """The hours of a cell (decimal point or comma), None when not a plain number."""
    text = text.replace(",", ".")
    return float(text) + 0.0 if _HOURS.fullmatch(text) else None  # + 0.0: no "-0" hours


def preview_timesheet(session: Session, lines: Sequence[Sequence[str]]) -> TimesheetPreview:
    """Check timesheet CSV lines (header first, as ``reports.tables.read_csv_rows`` reads
    them) and match people and projects; write nothing."""
    if not lines:
        return TimesheetPreview((), ((1, "the file is empty"),))
    header = [h.strip().lower() for h in lines[0]]
    problem = _header_problem(header)
    if problem is not None:
        return TimesheetPreview((), ((1, problem),))
    index = {name: i for i, name in enumerate(header)}
    when = "date" if "date" in index else "week"
    missing = [c for c in ("person", "project", "hours") if c not in index]
    if when not in index:
        missing.append("date or week")
    if missing:
        return TimesheetPreview((), ((1, f"missing column(s): {', '.join(missing)}"),))
    people, projects = _lookups(session)
    errors: list[tuple[int, str]] = []
    cells: dict[tuple[int, int, date], _Cell] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in line):
            continue
        if len(line) != len(header):
            errors.append((number, f"{len(line)} values where the header has {len(header)}"))
            continue

        def get(name: str, row: Sequence[str] = line) -> str:
            return row[index[name]].strip() if name in index else ""

        person = people.get(get("person").lower())
        if person is None:
            errors.append((number, f"unknown person {get('person')!r}"))
            continue
        project = projects.get(get("project").lower())
        if project is None:
            errors.append((number, f"unknown project {get('project')!r}"))
            continue
        try:
            day = date.fromisoformat(get(when))
        except ValueError:
            errors.append((number, f"{get(when)!r} is not a date (use YYYY-MM-DD)"))
            continue
        if not MIN_DATE <= day <= MAX_DATE:
            errors.append(
                (number, f"{day.isoformat()} is outside the years {MIN_DATE.year}–{MAX_DATE.year}")
            )
            continue
        hours = _hours(get("hours"))
        if hours is None:
            errors.append((number, f"{get('hours')!r} is not a number of hours"))
            continue
        if not 0 <= hours <= 168 or hours != hours:
            errors.append((number, f"{hours:g} hours is outside 0–168"))
            continue
        flag = get("billable").lower()
        if flag in _TRUE:
            billable = True
        elif flag in _FALSE:
            billable = False
        elif not flag:
            billable = project[2]
        else:
            errors.append((number, f"billable must be yes or no, not {get('billable')!r}"))
            continue
        key = (person[0], project[0], monday_of(day))
        cell = cells.get(key)
        if cell is None:
            cells[key] = _Cell(person[1], project[1], hours, billable, [number])
            continue
        if cell.billable != billable:
            errors.append((number, "billable differs from an earlier line of that week"))
            continue
        cell.hours += hours
        cell.lines.append(number)
        if cell.hours > 168:
            errors.append((number, "more than 168 hours in one week on one project"))
    rows = tuple(
        ActualRow(p, c.person, j, c.project, w, c.hours, c.billable, tuple(c.lines))
        for (p, j, w), c in sorted(cells.items(), key=lambda kv: kv[1].lines[0])
    )
    if not rows and not errors:
        errors.append((2, "the file has no timesheet lines"))
    return TimesheetPreview(rows, tuple(errors))


def _lookups(
    session: Session,
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str, bool]]]:
    people: dict[str, tuple[int, str]] = {}
    for pid, name, email in session.execute(select(Person.id, Person.name, Person.email)):
        for key in (str(pid), name.strip().lower(), (email or "").strip().lower()):
            if key:
                people.setdefault(key, (pid, name))
    projects: dict[str, tuple[int, str, bool]] = {}
    stmt = select(Project.id, Project.name, Project.code, Project.billable)
    for pid, name, code, billable in session.execute(stmt):
        for key in (str(pid), (code or "").strip().lower(), name.strip().lower()):
            if key:
                projects.setdefault(key, (pid, name, billable))
    return people, projects


@dataclass(frozen=True, slots=True)
class ActualState:
    """Imported hours of one (person, project, week); None hours means no row."""

    person_id: int
    project_id: int
    week: date
    hours: float | None
    billable: bool = True


@dataclass(frozen=True)
class ImportedActuals:
    """What a timesheet import wrote, with the prior state of each cell (for undo)."""

    written: int
    weeks: tuple[date, ...]
    before: tuple[ActualState, ...] = ()
    after: tuple[ActualState, ...] = ()


def import_timesheet(session: Session, lines: Sequence[Sequence[str]]) -> ImportedActuals:
    """Import a timesheet all or nothing: any bad line raises ``ValidationError`` listing the
    lines and reasons, and nothing is written. Cells already imported are replaced."""
    preview = preview_timesheet(session, lines)
    if not preview.ok:
        raise ValidationError(preview.refusal(), "file")
    after = tuple(
        ActualState(r.person_id, r.project_id, r.week, r.hours, r.billable) for r in preview.rows
    )
    before = set_actuals(session, after)
    weeks = tuple(sorted({r.week for r in preview.rows}))
    return ImportedActuals(len(preview.rows), weeks, before, after)


def set_actuals(session: Session, states: Sequence[ActualState]) -> tuple[ActualState, ...]:
    """Write each actual (None hours deletes it); return the prior state of each."""
    prior: list[ActualState] = []
    for state in states:
        row = session.execute(
            select(TimesheetActual).where(
                TimesheetActual.person_id == state.person_id,
                TimesheetActual.project_id == state.project_id,
                TimesheetActual.week == state.week,
            )
        ).scalar_one_or_none()
        if row is None:
            prior.append(ActualState(state.person_id, state.project_id, state.week, None))
            if state.hours is not None:
                session.add(
                    TimesheetActual(
                        person_id=state.person_id,
                        project_id=state.project_id,
                        week=state.week,
                        hours=state.hours,
                        billable=state.billable,
                    )
                )
        else:
            prior.append(
                ActualState(row.person_id, row.project_id, row.week, row.hours, row.billable)
            )
            if state.hours is None:
                session.delete(row)
            else:
                row.hours = state.hours
                row.billable = state.billable
    session.flush()
    return tuple(prior)


def weeks_back(today: date, count: int) -> list[date]:
    """The ``count`` weeks ending with ``today``'s week."""
    last = monday_of(today)
    return [last - timedelta(weeks=count - 1 - i) for i in range(count)]
