"""Staffing edits: cell hours, transfers (move, copy, reassign), placeholders, and the
``Changes`` each returns for its undo and redo.

Every edit is expressed as target ``CellState``s (hours 0 = no allocation) written by one
primitive, ``set_cells``, which returns a ``Changes`` holding the prior and the new state of
every touched cell: undo writes ``before`` (``apply_changes(s, c.inverse())``), redo writes
``after`` (``apply_changes(s, c)``). Edits work on the plan of record or, given
``scenario_id``, on a what-if scenario's copy of it. An edit that would take a person above
the over-allocation limit raises ``OverLimitError`` (rolled back by the unit of work) unless
the caller confirmed it with ``allow_over_limit=True``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import DEFAULT_OVER_LIMIT
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ConflictError, ValidationError
from pmo_desktop.domain.staffing import placeholder_label
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.concurrency import FieldConflict, chosen, conflict_message
from pmo_desktop.services.staffing.grid import cell_table, read_cells
from pmo_desktop.services.staffing.limits import OverLimit, over_limit
from pmo_desktop.services.staffing.scenario_base import record_scenario_base
from pmo_desktop.services.staffing.tables import CellKey
from pmo_desktop.store.models import Person, Project
from pmo_desktop.store.models_staffing import Placeholder

MAX_WEEK_HOURS = 168.0


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
    expected: Mapping[CellKey, float] | None = None,
) -> Changes:
    """Write each target cell (0 hours deletes it) and placeholder; return prior and new.

    ``known`` may hold the current (row id, hours, tentative) of every target cell that
    exists, already read by the caller in this transaction, to save a query.

    Raises ``ValidationError`` for hours out of range or unknown people/projects, and
    ``OverLimitError`` when a touched person-week ends above ``limit`` percent of capacity
    and ``allow_over_limit`` is False. Nothing is written when it raises (the caller's unit
    of work rolls back).

    ``expected`` holds the hours the editor saw in cells it writes: a cell someone else
    changed meanwhile is a ``ConflictError`` (unless the user chose a side for it), so no
    one's hours are overwritten unseen. The people whose weeks are written are locked for
    the transaction first (``FOR UPDATE`` on a server), so two managers booking the same
    person at once cannot both pass the over-allocation limit."""
    merged: dict[CellKey, CellState] = {}
    for target in targets:
        if not 0 <= target.hours <= MAX_WEEK_HOURS:
            raise ValidationError(
                f"hours must be between 0 and {MAX_WEEK_HOURS:g}, not {target.hours:g}", "hours"
            )
        if target.week.weekday() != 0:
            raise ValidationError("a week is named by its Monday", "week")
        merged[target.key] = target
    table = cell_table(scenario_id)
    _lock_people(session, {key[0] for key in merged})
    current = (
        known if known is not None else read_cells(session, merged.keys(), scenario_id=scenario_id)
    )
    if expected:
        _check_expected(session, merged, current, expected, table.__tablename__)
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
        record_scenario_base(session, scenario_id, {state.key: state.hours for state in before})
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


def _lock_people(session: Session, person_ids: set[int]) -> None:
    """Hold the people whose weeks an edit writes until it commits (in id order: no
    deadlock between two edits of the same people); nothing on SQLite's single writer."""
    if person_ids and session.get_bind().dialect.name != "sqlite":
        session.execute(
            select(Person.id)
            .where(Person.id.in_(sorted(person_ids)))
            .order_by(Person.id)
            .with_for_update()
        ).all()


def _check_expected(
    session: Session,
    targets: dict[CellKey, CellState],
    current: Mapping[CellKey, tuple[int, float, bool]],
    expected: Mapping[CellKey, float],
    table: str,
) -> None:
    """Refuse (or resolve by the user's choice) cells whose hours changed since seen."""
    conflicts: list[FieldConflict] = []
    for key, seen in expected.items():
        target = targets.get(key)
        now = current[key][1] if key in current else 0.0
        if target is None or abs(now - seen) < 1e-9:
            continue
        side = chosen((table, key, "hours"))
        if side == "mine":
            continue
        if side == "theirs":
            del targets[key]
            continue
        person, project = session.get(Person, key[0]), session.get(Project, key[1])
        label = (
            " · ".join(
                (person.name if person else str(key[0]), project.name if project else str(key[1]))
            )
            + f" · {key[2]:%d %b}"
        )
        conflicts.append(FieldConflict(table, key, "hours", seen, now, target.hours, label))
    if conflicts:
        raise ConflictError(conflict_message(conflicts), tuple(conflicts))


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


def apply_changes(session: Session, changes: Changes, *, check: bool = False) -> Changes:
    """Write ``changes.after`` again (redo) — ``apply_changes(s, c.inverse())`` undoes.

    With ``check`` the cells must still hold ``changes.before`` (what the edit, or its undo,
    left): an undo or redo never overwrites hours someone else set since."""
    return set_cells(
        session,
        changes.after,
        scenario_id=changes.scenario_id,
        placeholders=changes.placeholders_after,
        expected={c.key: c.hours for c in changes.before} if check else None,
    )


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

    def destination(key: CellKey) -> CellKey:
        person, project, week = key
        return (
            to_person if to_person is not None else person,
            to_project if to_project is not None else project,
            week + timedelta(weeks=week_shift),
        )

    everything = set(sources) | {destination(k) for k in sources}
    current = read_cells(session, everything, scenario_id=scenario_id)
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
    keys = [(person_id, project_id, week) for week, _, _ in rows]
    existing = read_cells(session, keys, scenario_id=scenario_id)
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
