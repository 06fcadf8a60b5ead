"""A staffing sheet in the shape people keep it: a row per person × project, a column per
week, hours in the cells; our own staffing export (CSV or XLSX) re-imports to the same plan.

A person is found by the sheet's "Person ID" column when it has one, else by email or name; a
project by its code or name (with the client column when two clients share a project name).
Columns that are not weeks (role, tentative, total) are read past; a week column is named
by any day of its week (ISO, the user's day order, an Excel date). The sheet's cells replace
the plan's for its rows and weeks (an empty cell clears the week); everything else stays.
Any bad row refuses the file, one line per problem naming the row and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.sheets import Sheet, normalized, parse_day, parse_number, refuse
from pmo_desktop.services.staffing import edits as staffing
from pmo_desktop.store.models import Client, Person, Program, Project

PERSON_COLUMNS = ("person", "name", "resource", "employee", "team member")
PROJECT_COLUMNS = ("project", "project name", "project code", "code")
CLIENT_COLUMNS = ("client", "customer", "account")
ID_COLUMNS = ("person id",)
TOTAL_ROWS = ("all people", "total", "totals")
MAX_CELL_HOURS = 80.0


@dataclass(frozen=True, slots=True)
class StaffingLine:
    """One row of the sheet: who, on what, how many hours in all, and what refuses it."""

    row: int
    person: str
    project: str
    hours: float
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StaffingPreview:
    """What importing the sheet would write."""

    cells: tuple[staffing.CellState, ...]
    weeks: tuple[date, ...]
    rows: int
    problems: tuple[str, ...]
    lines: tuple[StaffingLine, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.cells)

    def summary(self) -> str:
        hours = sum(c.hours for c in self.cells)
        first = f"{self.weeks[0]:%d %b %Y}" if self.weeks else "—"
        return (
            f"{self.rows} rows · {len({(c.person_id, c.project_id) for c in self.cells})} "
            f"person-projects · {len(self.weeks)} weeks from {first} · {hours:,.1f} h"
        )


def _column(header: Sequence[str], names: Sequence[str]) -> int | None:
    for at, name in enumerate(header):
        if normalized(name) in names:
            return at
    return None


def preview_staffing(
    session: Session, sheet: Sheet, *, day_first: bool = True, decimal_comma: bool = False
) -> StaffingPreview:
    """Read the sheet against the portfolio's people and projects (nothing is written)."""
    header = sheet.header
    problems: list[str] = []
    person_at = _column(header, PERSON_COLUMNS)
    project_at = _column(header, PROJECT_COLUMNS)
    client_at = _column(header, CLIENT_COLUMNS)
    id_at = _column(header, ID_COLUMNS)
    if person_at is None and id_at is None:
        problems.append("no person column (Person, Name or Person ID)")
    if project_at is None:
        problems.append("no project column (Project or Code)")
    weeks: dict[int, date] = {}
    for at, name in enumerate(header):
        if at in (person_at, project_at, client_at, id_at) or not name:
            continue
        try:
            week = monday_of(parse_day(name, day_first=day_first))
        except ValueError:
            continue  # Role, Tentative, Total…: not a week
        if week in weeks.values():
            problems.append(f"two columns name the week of {week:%d %b %Y}")
        weeks[at] = week
    if not weeks:
        problems.append("no week columns (a date naming each week, e.g. 2026-11-23)")
    if problems:
        return StaffingPreview((), (), 0, tuple(problems))
    people_by_name: dict[str, list[int]] = {}
    people_by_email: dict[str, int] = {}
    ids: set[int] = set()
    for pid, name, email in session.execute(select(Person.id, Person.name, Person.email)):
        people_by_name.setdefault(name.casefold(), []).append(pid)
        if email:
            people_by_email[email.casefold()] = pid
        ids.add(pid)
    projects: dict[str, list[tuple[int, str]]] = {}
    stmt = (
        select(Project.id, Project.name, Project.code, Client.name)
        .join(Program, Project.program_id == Program.id)
        .join(Client, Program.client_id == Client.id)
    )
    for jid, name, code, client in session.execute(stmt):
        projects.setdefault(name.casefold(), []).append((jid, client))
        if code:
            projects.setdefault(code.casefold(), []).append((jid, client))
    stages = {jid: stage for jid, stage in session.execute(select(Project.id, Project.stage))}
    cells: dict[tuple[int, int, date], staffing.CellState] = {}
    seen: dict[tuple[int, int], int] = {}
    rows = 0
    lines: list[StaffingLine] = []
    for offset, line in enumerate(sheet.rows):
        number = offset + 2
        who = line[person_at] if person_at is not None else None
        if normalized(who) in TOTAL_ROWS:
            continue
        rows += 1
        before = len(problems)
        shown: list[Any] = [str(who or "").strip(), "", 0.0]  # person, project, hours
        try:
            person_id: int | None = None
            if id_at is not None and line[id_at] is not None:
                try:
                    candidate = int(parse_number(line[id_at]))
                except ValueError:
                    candidate = -1
                person_id = candidate if candidate in ids else None
            if person_id is None and who is not None:
                key = str(who).strip().casefold()
                found = people_by_name.get(key, [])
                if key in people_by_email:
                    person_id = people_by_email[key]
                elif len(found) == 1:
                    person_id = found[0]
                elif len(found) > 1:
                    problems.append(
                        f"row {number}: {len(found)} people are named “{who}”; "
                        "add a Person ID column"
                    )
                    continue
            if person_id is None:
                column = header[person_at] if person_at is not None else header[id_at or 0]
                problems.append(
                    f"row {number}, column “{column}”: no person “{who}” in the portfolio"
                )
                continue
            assert project_at is not None
            what = str(line[project_at] or "").strip()
            shown[1] = what
            options = projects.get(what.casefold(), [])
            if client_at is not None and len(options) > 1:
                client = normalized(line[client_at])
                options = [o for o in options if normalized(o[1]) == client]
            if len(options) != 1:
                reason = "no project" if not options else f"{len(options)} projects are named"
                problems.append(f"row {number}, column “{header[project_at]}”: {reason} “{what}”")
                continue
            project_id = options[0][0]
            if (person_id, project_id) in seen:
                problems.append(
                    f"row {number}: the same person and project as row "
                    f"{seen[(person_id, project_id)]}"
                )
                continue
            seen[(person_id, project_id)] = number
            tentative = stages[project_id].is_pipeline
            for at, week in weeks.items():
                raw = line[at] if at < len(line) else None
                hours = 0.0
                if raw is not None:
                    try:
                        hours = parse_number(raw, decimal_comma=decimal_comma)
                    except ValueError as exc:
                        problems.append(f"row {number}, column “{header[at]}”: {exc}")
                        continue
                    if not 0 <= hours <= MAX_CELL_HOURS:
                        problems.append(
                            f"row {number}, column “{header[at]}”: {hours:g} h is not 0 to "
                            f"{MAX_CELL_HOURS:g} hours"
                        )
                        continue
                shown[2] += hours
                cells[(person_id, project_id, week)] = staffing.CellState(
                    person_id, project_id, week, hours, tentative
                )
        finally:
            lines.append(
                StaffingLine(number, shown[0], shown[1], shown[2], tuple(problems[before:]))
            )
    if not rows and not problems:
        problems.append(f"{sheet.source} has no staffing rows")
    return StaffingPreview(
        tuple(cells.values()),
        tuple(sorted(set(weeks.values()))),
        rows,
        tuple(problems),
        tuple(lines),
    )


def import_staffing(session: Session, preview: StaffingPreview) -> staffing.Changes:
    """Write a previewed sheet (all of it, or nothing); the changes undo puts back."""
    if not preview.ok:
        raise refuse(preview.problems)
    return staffing.set_cells(session, preview.cells)


def undo_staffing(session: Session, changes: staffing.Changes) -> None:
    """Put the plan back as it was before ``import_staffing``."""
    staffing.set_cells(session, changes.inverse().after)
