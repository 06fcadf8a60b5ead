"""Bringing in the team's spreadsheet: a people list from CSV or XLSX.

``guess_mapping`` matches the file's columns to the person's fields by their usual names
(the user can change it; the GUI remembers it); ``preview_people`` reads every row into what
it will create, update (a person with the same email, else the same name) or refuse, with
one line per problem naming the row and column; ``import_people`` writes the whole file in
the caller's transaction, or nothing when any row is refused, and returns what
``undo_import`` needs to put the team back as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import parse_workweek
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.calendar.days_off import split_calendar
from pmo_desktop.services.people import roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.sheets import (
    Sheet,
    guess_columns,
    normalized,
    parse_day,
    parse_number,
    refuse,
)
from pmo_desktop.store.models import Person

#: Field → (label, the column names that mean it, lower-cased).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("Name", ("name", "full name", "person", "employee", "team member", "resource")),
    "role": ("Role", ("role", "title", "job title", "position", "level")),
    "email": ("Email", ("email", "e-mail", "mail", "email address", "work email")),
    "manager": ("Manager", ("manager", "line manager", "reports to", "supervisor")),
    "start_date": ("Start date", ("start", "start date", "joined", "hire date", "hired")),
    "end_date": ("End date", ("end", "end date", "last day", "leaving date", "left")),
    "weekly_hours": (
        "Weekly hours",
        ("hours", "weekly hours", "hours per week", "contracted hours", "capacity"),
    ),
    "workweek": ("Workweek", ("workweek", "work week", "hours per day", "days")),
    "billable_target": (
        "Billability target",
        ("target", "billable target", "billability target", "utilization target"),
    ),
    "holiday_country": ("Holiday country", ("country", "holiday country", "location")),
    "holiday_region": ("Holiday region", ("region", "state", "province", "holiday region")),
    "skills": ("Skills", ("skills", "skill")),
    "notes": ("Notes", ("notes", "note", "comments")),
}
REQUIRED = ("name",)
_ROLE_WORDS = {
    "pc": Role.PC,
    "project coordinator": Role.PC,
    "coordinator": Role.PC,
    "pm": Role.PM,
    "project manager": Role.PM,
    "spm": Role.SPM,
    "senior project manager": Role.SPM,
    "senior pm": Role.SPM,
    "ad": Role.AD,
    "associate director": Role.AD,
}


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Field → the file's column that holds it, by the columns' usual names."""
    return guess_columns(header, FIELDS)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the file: what it becomes."""

    row: int  # the spreadsheet's row number (the header is row 1)
    action: str  # "create", "update" or "refuse"
    name: str
    data: PersonData | None
    person_id: int | None = None  # the person an update changes
    manager: str | None = None  # the manager's name as the file gives it
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PeoplePreview:
    """Every row, and the problems that refuse the file."""

    rows: tuple[PreviewRow, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        refused = self.count("refuse")
        text = f"{self.count('create')} to create, {self.count('update')} to update"
        return text + (f", {refused} refused" if refused else "")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def _role(value: Any) -> Role:
    text = normalized(_text(value) or "")
    if text in _ROLE_WORDS:
        return _ROLE_WORDS[text]
    raise ValueError(
        f"“{value}” is not a role (PC, PM, SPM, AD or Project Coordinator, Project Manager, …)"
    )


def _calendar(country: Any, region: Any) -> tuple[str | None, str | None]:
    """A country column that says ``GB-SCT`` holds the region too."""
    if region is None:
        return split_calendar(_text(country))
    return _text(country), _text(region)


def preview_people(
    session: Session,
    sheet: Sheet,
    mapping: Mapping[str, str],
    *,
    day_first: bool = True,
    decimal_comma: bool = False,
) -> PeoplePreview:
    """What importing ``sheet`` with ``mapping`` (field → column) would do, row by row."""
    problems: list[str] = []
    for name in REQUIRED:
        if not mapping.get(name):
            problems.append(f"no column is chosen for {FIELDS[name][0].lower()}")
    positions: dict[str, int] = {}
    for name, column in mapping.items():
        if not column:
            continue
        if name not in FIELDS:
            problems.append(f"unknown field {name!r}")
            continue
        at = sheet.column(column)
        if at is None:
            problems.append(f"{sheet.source} has no column “{column}”")
        else:
            positions[name] = at
    if problems:
        return PeoplePreview((), tuple(problems))
    by_email = {
        (email or "").casefold(): pid
        for pid, email in session.execute(select(Person.id, Person.email))
        if email
    }
    by_name: dict[str, list[int]] = {}
    for pid, name in session.execute(select(Person.id, Person.name)):
        by_name.setdefault(name.casefold(), []).append(pid)
    file_names: dict[str, int] = {}
    rows: list[PreviewRow] = []
    for offset, cells in enumerate(sheet.rows):
        number = offset + 2
        row_problems: list[str] = []

        def cell(name: str, cells: tuple[Any, ...] = cells) -> Any:
            at = positions.get(name)
            return None if at is None else cells[at]

        def fail(
            name: str, message: str, number: int = number, row_problems: list[str] = row_problems
        ) -> None:
            row_problems.append(f"row {number}, column “{mapping[name]}”: {message}")

        name = _text(cell("name")) or ""
        values: dict[str, Any] = {"name": name}
        for key, parse in (
            ("role", _role),
            ("start_date", lambda v: parse_day(v, day_first=day_first)),
            ("end_date", lambda v: parse_day(v, day_first=day_first)),
            ("weekly_hours", lambda v: parse_number(v, decimal_comma=decimal_comma)),
            ("workweek", lambda v: parse_workweek(_text(v))),
            ("billable_target", lambda v: round(parse_number(v, decimal_comma=decimal_comma))),
            ("skills", lambda v: roster.parse_skills(_text(v))),
        ):
            raw = cell(key)
            if raw is None:
                continue
            try:
                values[key] = parse(raw)
            except ValueError as exc:
                fail(key, str(exc))
        values["email"] = _text(cell("email"))
        values["notes"] = _text(cell("notes"))
        values["holiday_country"], values["holiday_region"] = _calendar(
            cell("holiday_country"), cell("holiday_region")
        )
        manager = _text(cell("manager"))
        if not name:
            row_problems.append(f"row {number}, column “{mapping['name']}”: a person needs a name")
        elif name.casefold() in file_names:
            row_problems.append(
                f"row {number}: “{name}” is also on row {file_names[name.casefold()]}"
            )
        else:
            file_names[name.casefold()] = number
        person_id = None
        email = (values["email"] or "").casefold()
        if email and email in by_email:
            person_id = by_email[email]
        elif name and len(by_name.get(name.casefold(), [])) == 1:
            person_id = by_name[name.casefold()][0]
        data: PersonData | None = None
        if not row_problems:
            base = (
                roster.person_data(session, person_id)
                if person_id is not None
                else PersonData(name=name)
            )
            given = {k: v for k, v in values.items() if v is not None}
            if "weekly_hours" in given and "workweek" not in given:
                given["workweek"] = None
            try:
                checked = roster.check_person(session, replace(base, **given), person_id)
                data = checked.data
            except ValidationError as exc:
                key = "manager" if exc.field == "manager_id" else exc.field or ""
                column = mapping.get(key, "")
                where = f"row {number}, column “{column}”" if column else f"row {number}"
                row_problems.append(f"{where}: {exc.message}")
        action = "refuse" if row_problems else ("update" if person_id is not None else "create")
        rows.append(PreviewRow(number, action, name, data, person_id, manager, tuple(row_problems)))
    known = {n.casefold() for n in by_name} | set(file_names)
    for row in rows:
        if row.manager and row.manager.casefold() not in known and row.action != "refuse":
            problem = (
                f"row {row.row}, column “{mapping['manager']}”: no one named “{row.manager}” "
                "is in the portfolio or the file"
            )
            rows[rows.index(row)] = replace(row, action="refuse", problems=(problem,))
    all_problems = tuple(p for r in rows for p in r.problems)
    if not rows:
        all_problems = (f"{sheet.source} has a header but no people",)
    return PeoplePreview(tuple(rows), all_problems)


@dataclass(frozen=True, slots=True)
class PeopleImported:
    """What an import did: the people it created and what the updated ones were before."""

    created: tuple[int, ...]
    updated: tuple[tuple[int, PersonData], ...]


def import_people(session: Session, preview: PeoplePreview) -> PeopleImported:
    """Write a previewed file (all of it: a refused row refuses the whole file)."""
    if not preview.ok:
        raise refuse(preview.problems)
    created: list[int] = []
    updated: list[tuple[int, PersonData]] = []
    ids: dict[str, int] = {}
    for row in preview.rows:
        assert row.data is not None
        if row.person_id is None:
            pid = roster.add_person(session, replace(row.data, manager_id=None))
            created.append(pid)
        else:
            pid = row.person_id
            updated.append((pid, roster.update_person(session, pid, row.data)))
        ids[row.name.casefold()] = pid
    names = {name.casefold(): pid for pid, name in session.execute(select(Person.id, Person.name))}
    names.update(ids)
    for row in preview.rows:
        if row.manager:
            pid = ids[row.name.casefold()]
            data = roster.person_data(session, pid)
            roster.update_person(
                session, pid, replace(data, manager_id=names[row.manager.casefold()])
            )
    return PeopleImported(tuple(created), tuple(updated))


def undo_import(session: Session, done: PeopleImported) -> None:
    """Put the team back as it was before ``import_people``."""
    for pid, before in done.updated:
        roster.update_person(session, pid, before)
    for pid in reversed(done.created):
        roster.delete_person(session, pid)
