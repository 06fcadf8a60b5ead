"""Bringing in the project list a manager keeps: client, program, project, stage, dates,
budget and PM from CSV or XLSX.

Clients and programs that do not exist yet are created; a project is matched by its code,
else by its name within the program, and updated (its stage changes on the board, not here:
an updated project keeps its stage). Everything goes through the pipeline editors' own
validation. Any bad row refuses the file, one line per problem naming row and column;
``undo_projects`` removes what the import created and puts updated projects back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import check_name, check_project_fields
from pmo_desktop.services import deletion
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.edit import ClientData, ProgramData, ProjectBundle
from pmo_desktop.services.sheets import (
    Sheet,
    guess_columns,
    normalized,
    parse_day,
    parse_number,
    refuse,
)
from pmo_desktop.store.models import Client, Person, Program, Project

FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "client": ("Client", ("client", "customer", "account")),
    "program": ("Program", ("program", "programme", "portfolio", "initiative")),
    "project": ("Project", ("project", "project name", "name")),
    "code": ("Code", ("code", "project code", "id", "project id")),
    "stage": ("Stage", ("stage", "status", "phase")),
    "start_date": ("Start", ("start", "start date", "begin")),
    "end_date": ("End", ("end", "end date", "finish", "due")),
    "budget": ("Budget", ("budget", "value", "contract value", "fee")),
    "pm": ("PM", ("pm", "project manager", "manager", "owner", "lead")),
    "win_probability": ("Win %", ("win", "win %", "probability", "win probability")),
}
REQUIRED = ("client", "program", "project")
_STAGES = {normalized(s.label): s for s in Stage} | {normalized(s.value): s for s in Stage}
_STAGES |= {
    "in progress": Stage.ACTIVE,
    "won": Stage.APPROVED,
    "signed": Stage.APPROVED,
    "done": Stage.CLOSED,
    "complete": Stage.CLOSED,
    "completed": Stage.CLOSED,
    "paused": Stage.ON_HOLD,
    "opportunity": Stage.LEAD,
    "pipeline": Stage.LEAD,
}


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Field → the file's column that holds it."""
    return guess_columns(header, FIELDS)


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """One row: what it becomes."""

    row: int
    action: str  # "create", "update" or "refuse"
    client: str
    program: str
    name: str
    bundle: ProjectBundle | None
    project_id: int | None = None
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectsPreview:
    rows: tuple[ProjectRow, ...]
    problems: tuple[str, ...] = ()
    new_clients: tuple[str, ...] = ()
    new_programs: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def summary(self) -> str:
        create = sum(1 for r in self.rows if r.action == "create")
        update = sum(1 for r in self.rows if r.action == "update")
        return (
            f"{create} projects to create, {update} to update, {len(self.new_clients)} new "
            f"clients, {len(self.new_programs)} new programs"
        )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def preview_projects(
    session: Session,
    sheet: Sheet,
    mapping: Mapping[str, str],
    *,
    day_first: bool = True,
    decimal_comma: bool = False,
) -> ProjectsPreview:
    """What importing ``sheet`` would do, row by row (nothing is written)."""
    problems = [
        f"no column is chosen for {FIELDS[f][0].lower()}" for f in REQUIRED if not mapping.get(f)
    ]
    positions: dict[str, int] = {}
    for name, column in mapping.items():
        if column and name in FIELDS:
            at = sheet.column(column)
            if at is None:
                problems.append(f"{sheet.source} has no column “{column}”")
            else:
                positions[name] = at
    if problems:
        return ProjectsPreview((), tuple(problems))
    clients = {n.casefold(): cid for cid, n in session.execute(select(Client.id, Client.name))}
    programs = {
        (cid, n.casefold()): gid
        for gid, cid, n in session.execute(select(Program.id, Program.client_id, Program.name))
    }
    by_code = {
        c.casefold(): pid for pid, c in session.execute(select(Project.id, Project.code)) if c
    }
    by_name = {
        (gid, n.casefold()): pid
        for pid, gid, n in session.execute(select(Project.id, Project.program_id, Project.name))
    }
    people: dict[str, list[int]] = {}
    for pid, name, email in session.execute(select(Person.id, Person.name, Person.email)):
        people.setdefault(name.casefold(), []).append(pid)
        if email:
            people.setdefault(email.casefold(), []).append(pid)
    new_clients: dict[str, str] = {}
    new_programs: dict[tuple[str, str], tuple[str, str]] = {}
    seen: dict[tuple[str, str, str], int] = {}
    rows: list[ProjectRow] = []
    for offset, cells in enumerate(sheet.rows):
        number = offset + 2
        found: list[str] = []

        def cell(name: str, cells: tuple[Any, ...] = cells) -> Any:
            at = positions.get(name)
            return None if at is None else cells[at]

        def where(name: str, number: int = number) -> str:
            return f"row {number}, column “{mapping[name]}”"

        client, program, name = (_text(cell(f)) or "" for f in ("client", "program", "project"))
        for field, value in (("client", client), ("program", program), ("project", name)):
            if not value:
                found.append(f"{where(field)}: a {field} name is required")
        key = (client.casefold(), program.casefold(), name.casefold())
        if all(key) and key in seen:
            found.append(f"row {number}: the same project as row {seen[key]}")
        elif all(key):
            seen[key] = number
        values: dict[str, Any] = {}
        stage_text = _text(cell("stage"))
        if stage_text is not None:
            stage = _STAGES.get(normalized(stage_text))
            if stage is None:
                labels = ", ".join(s.label for s in Stage)
                found.append(f"{where('stage')}: “{stage_text}” is not a stage ({labels})")
            else:
                values["stage"] = stage
        for field in ("start_date", "end_date"):
            raw = cell(field)
            if raw is not None:
                try:
                    values[field] = parse_day(raw, day_first=day_first)
                except ValueError as exc:
                    found.append(f"{where(field)}: {exc}")
        for field, scale in (("budget", 100), ("win_probability", 1)):
            raw = cell(field)
            if raw is not None:
                try:
                    number_value = parse_number(raw, decimal_comma=decimal_comma)
                except ValueError as exc:
                    found.append(f"{where(field)}: {exc}")
                    continue
                target = "budget_cents" if field == "budget" else field
                values[target] = round(number_value * scale)
        pm = _text(cell("pm"))
        if pm is not None:
            matches = people.get(pm.casefold(), [])
            if len(set(matches)) != 1:
                found.append(
                    f"{where('pm')}: "
                    + (f"no one named “{pm}”" if not matches else f"several people are “{pm}”")
                )
            else:
                values["pm_id"] = matches[0]
        code = _text(cell("code"))
        if code is not None:
            values["code"] = code
        client_id = clients.get(client.casefold())
        program_id = programs.get((client_id, program.casefold())) if client_id else None
        project_id = by_code.get(code.casefold()) if code else None
        if project_id is None and program_id is not None:
            project_id = by_name.get((program_id, name.casefold()))
        bundle = None
        if not found:
            if project_id is not None:
                current = pipeline_edit.get_project(session, project_id)
                values.pop("stage", None)  # an existing project moves on the board
                bundle = replace(current, name=name, **values)
            else:
                stage = values.get("stage", Stage.LEAD)
                if "win_probability" not in values:
                    values["win_probability"] = 20 if stage.is_pipeline else 100
                bundle = ProjectBundle(program_id=program_id or -1, name=name, **values)
            try:
                check_project_fields(
                    bundle.start_date,
                    bundle.end_date,
                    bundle.budget_cents,
                    bundle.win_probability,
                    bundle.priority,
                )
                check_name(name, "project", "project name")
            except ValidationError as exc:
                found.append(f"row {number}: {exc.message}")
                bundle = None
        if not found and client_id is None:
            new_clients.setdefault(client.casefold(), client)
        if not found and program_id is None:
            new_programs.setdefault((client.casefold(), program.casefold()), (client, program))
        action = "refuse" if found else ("update" if project_id is not None else "create")
        rows.append(
            ProjectRow(number, action, client, program, name, bundle, project_id, tuple(found))
        )
    all_problems = tuple(p for r in rows for p in r.problems)
    if not rows:
        all_problems = (f"{sheet.source} has a header but no projects",)
    return ProjectsPreview(
        tuple(rows), all_problems, tuple(new_clients.values()), tuple(new_programs.values())
    )


@dataclass(frozen=True, slots=True)
class ProjectsImported:
    """What an import did, for undo."""

    created_projects: tuple[int, ...]
    created_programs: tuple[int, ...]
    created_clients: tuple[int, ...]
    updated: tuple[tuple[int, ProjectBundle], ...]


def import_projects(session: Session, preview: ProjectsPreview) -> ProjectsImported:
    """Write a previewed file (all of it, or nothing when a row is refused)."""
    if not preview.ok:
        raise refuse(preview.problems)
    clients = {n.casefold(): cid for cid, n in session.execute(select(Client.id, Client.name))}
    programs = {
        (cid, n.casefold()): gid
        for gid, cid, n in session.execute(select(Program.id, Program.client_id, Program.name))
    }
    new_clients: list[int] = []
    new_programs: list[int] = []
    for name in preview.new_clients:
        cid, _ = pipeline_edit.save_client(session, None, ClientData(name))
        clients[name.casefold()] = cid
        new_clients.append(cid)
    for client, program in preview.new_programs:
        cid = clients[client.casefold()]
        gid, _ = pipeline_edit.save_program(session, None, ProgramData(cid, program))
        programs[(cid, program.casefold())] = gid
        new_programs.append(gid)
    created: list[int] = []
    updated: list[tuple[int, ProjectBundle]] = []
    for row in preview.rows:
        assert row.bundle is not None
        if row.project_id is not None:
            _pid, prior = pipeline_edit.save_project(session, row.project_id, row.bundle)
            assert prior is not None
            updated.append((row.project_id, prior))
        else:
            gid = programs[(clients[row.client.casefold()], row.program.casefold())]
            pid, _ = pipeline_edit.save_project(session, None, replace(row.bundle, program_id=gid))
            created.append(pid)
    return ProjectsImported(tuple(created), tuple(new_programs), tuple(new_clients), tuple(updated))


def undo_projects(session: Session, done: ProjectsImported) -> None:
    """Remove what an import created and put the projects it updated back."""
    for pid, prior in done.updated:
        pipeline_edit.save_project(session, pid, prior)
    for pid in reversed(done.created_projects):
        deletion.delete_record(session, "project", pid)
    for gid in reversed(done.created_programs):
        pipeline_edit.delete_new_program(session, gid)
    for cid in reversed(done.created_clients):
        pipeline_edit.delete_new_client(session, cid)
