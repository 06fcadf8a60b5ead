"""MS Project XML (MSPDI: what MS Project, ProjectLibre and GanttProject export) into the
pipeline: the project with its start and finish, its milestones (tasks marked as milestones,
with the baseline, forecast and actual dates) and its resources matched to the team.

The file is parsed with the standard library's XML parser, which neither fetches external
entities nor expands entity declarations beyond a limit. The project goes into a program the
user chooses (created with its client when new); a project already there with the same name
is updated (milestones replaced by the file's). Resources are matched to people by email,
else by name; the unmatched are listed, never invented. An assignment's work becomes hours
on the staffing grid, spread over the working days of its dates, for matched people.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services import deletion
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.edit import (
    ClientData,
    MilestoneData,
    ProgramData,
    ProjectBundle,
)
from pmo_desktop.services.staffing import edits as staffing
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE

MAX_BYTES = 50_000_000
_DURATION = re.compile(r"^-?PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _text(element: ET.Element, name: str) -> str | None:
    found = _child(element, name)
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    if element is None:
        return []
    return [child for child in element if _local(child.tag) == name]


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip()).date()
    except ValueError:
        return None
    return value if MIN_DATE <= value <= MAX_DATE else None


def _hours(text: str | None) -> float:
    """An MSPDI duration (``PT16H0M0S``) in hours."""
    if not text:
        return 0.0
    match = _DURATION.match(text.strip())
    if not match:
        return 0.0
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return hours + minutes / 60 + seconds / 3600


@dataclass(frozen=True, slots=True)
class Assignment:
    resource: str
    start: date
    finish: date
    hours: float


@dataclass(frozen=True, slots=True)
class MspdiProject:
    """What the file holds."""

    name: str
    start: date | None
    finish: date | None
    #: The file's Company: the client to suggest.
    company: str | None
    milestones: tuple[MilestoneData, ...]
    resources: tuple[tuple[str, str | None], ...]  # (name, email)
    assignments: tuple[Assignment, ...]
    tasks: int


def read_mspdi(data: bytes, source: str = "file") -> MspdiProject:
    """Parse an MSPDI file; ValidationError when it is not one."""
    if len(data) > MAX_BYTES:
        raise ValidationError(f"{source} is larger than {MAX_BYTES // 1_000_000} MB", "file")
    if b"<!ENTITY" in data[:10_000]:
        raise ValidationError(f"{source} declares XML entities: refused", "file")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValidationError(f"{source} is not XML ({exc})", "file") from None
    if _local(root.tag) != "Project":
        raise ValidationError(f"{source} is not an MS Project XML file", "file")
    name = _text(root, "Title") or _text(root, "Name") or Path(source).stem
    name = re.sub(r"\.(xml|mpp)$", "", name, flags=re.IGNORECASE)
    milestones = []
    tasks = 0
    uid_names: dict[str, str] = {}
    for task in _children(_child(root, "Tasks"), "Task"):
        tasks += 1
        if _text(task, "IsNull") == "1":
            continue
        task_name = _text(task, "Name") or ""
        uid_names[_text(task, "UID") or ""] = task_name
        if _text(task, "Milestone") != "1" or not task_name:
            continue
        forecast = _day(_text(task, "Finish")) or _day(_text(task, "Start"))
        if forecast is None:
            continue
        baseline = forecast
        for base in _children(task, "Baseline"):
            if (_text(base, "Number") or "0") == "0":
                baseline = _day(_text(base, "Finish")) or _day(_text(base, "Start")) or forecast
        actual = _day(_text(task, "ActualFinish"))
        percent = _text(task, "PercentComplete")
        if actual is None and percent == "100":
            actual = forecast
        status = MilestoneStatus.DONE if actual else MilestoneStatus.PLANNED
        milestones.append(MilestoneData(task_name[:200], baseline, forecast, actual, status))
    resources = []
    uid_resources: dict[str, str] = {}
    for resource in _children(_child(root, "Resources"), "Resource"):
        res_name = _text(resource, "Name")
        if not res_name or (_text(resource, "Type") == "0" and res_name is None):
            continue
        if _text(resource, "IsNull") == "1":
            continue
        uid_resources[_text(resource, "UID") or ""] = res_name
        resources.append((res_name, _text(resource, "EmailAddress")))
    assignments = []
    for item in _children(_child(root, "Assignments"), "Assignment"):
        who = uid_resources.get(_text(item, "ResourceUID") or "")
        start, finish = _day(_text(item, "Start")), _day(_text(item, "Finish"))
        work = _hours(_text(item, "Work"))
        if who and start and finish and finish >= start and work > 0:
            assignments.append(Assignment(who, start, finish, work))
    return MspdiProject(
        name[:200],
        _day(_text(root, "StartDate")),
        _day(_text(root, "FinishDate")),
        (_text(root, "Company") or "")[:200] or None,
        tuple(milestones),
        tuple(resources),
        tuple(assignments),
        tasks,
    )


@dataclass(frozen=True, slots=True)
class MspdiPreview:
    project: MspdiProject
    client: str
    program: str
    project_id: int | None
    matched: dict[str, int]
    unmatched: tuple[str, ...]
    cells: tuple[staffing.CellState, ...]

    def summary(self) -> str:
        action = "update" if self.project_id is not None else "create"
        hours = sum(c.hours for c in self.cells)
        text = (
            f"{action} “{self.project.name}” in {self.client} / {self.program}: "
            f"{len(self.project.milestones)} milestones of {self.project.tasks} tasks, "
            f"{len(self.matched)} of {len(self.project.resources)} resources matched to people"
        )
        if self.cells:
            text += f", {hours:,.1f} h of assignments on the staffing grid"
        if self.unmatched:
            text += f"; not matched: {', '.join(self.unmatched)}"
        return text


def _spread(assignment: Assignment) -> dict[date, float]:
    """Hours per week Monday, spread evenly over the assignment's working days."""
    days = [
        assignment.start + timedelta(days=i)
        for i in range((assignment.finish - assignment.start).days + 1)
        if (assignment.start + timedelta(days=i)).weekday() < 5
    ]
    if not days:
        return {}
    share = assignment.hours / len(days)
    weeks: dict[date, float] = defaultdict(float)
    for day in days:
        weeks[monday_of(day)] += share
    return {week: round(hours, 2) for week, hours in weeks.items()}


def preview_mspdi(
    session: Session, project: MspdiProject, client: str, program: str
) -> MspdiPreview:
    """What importing ``project`` into ``client`` / ``program`` would do."""
    client, program = client.strip(), program.strip()
    if not client or not program:
        raise ValidationError("choose the client and program the project belongs to", "program")
    client_id = session.scalar(select(Client.id).where(Client.name == client))
    program_id = (
        session.scalar(
            select(Program.id).where(Program.client_id == client_id, Program.name == program)
        )
        if client_id
        else None
    )
    project_id = (
        session.scalar(
            select(Project.id).where(Project.program_id == program_id, Project.name == project.name)
        )
        if program_id
        else None
    )
    by_email: dict[str, int] = {}
    by_name: dict[str, list[int]] = defaultdict(list)
    for pid, name, email in session.execute(select(Person.id, Person.name, Person.email)):
        by_name[name.casefold()].append(pid)
        if email:
            by_email[email.casefold()] = pid
    matched: dict[str, int] = {}
    unmatched = []
    for name, email in project.resources:
        if email and email.casefold() in by_email:
            matched[name] = by_email[email.casefold()]
        elif len(by_name.get(name.casefold(), [])) == 1:
            matched[name] = by_name[name.casefold()][0]
        else:
            unmatched.append(name)
    totals: dict[tuple[int, date], float] = defaultdict(float)
    for assignment in project.assignments:
        person_id = matched.get(assignment.resource)
        if person_id is None:
            continue
        for week, hours in _spread(assignment).items():
            totals[(person_id, week)] += hours
    cells = tuple(
        staffing.CellState(pid, project_id or -1, week, min(round(hours, 2), 80.0), False)
        for (pid, week), hours in sorted(totals.items())
    )
    return MspdiPreview(project, client, program, project_id, matched, tuple(unmatched), cells)


@dataclass(frozen=True, slots=True)
class MspdiImported:
    project_id: int
    prior: ProjectBundle | None
    created_program: int | None
    created_client: int | None
    staffing: staffing.Changes


def import_mspdi(session: Session, preview: MspdiPreview) -> MspdiImported:
    """Write the project, its milestones and its assignments (one transaction)."""
    project = preview.project
    client_id = session.scalar(select(Client.id).where(Client.name == preview.client))
    created_client = None
    if client_id is None:
        client_id, _ = pipeline_edit.save_client(session, None, ClientData(preview.client))
        created_client = client_id
    program_id = session.scalar(
        select(Program.id).where(Program.client_id == client_id, Program.name == preview.program)
    )
    created_program = None
    if program_id is None:
        program_id, _ = pipeline_edit.save_program(
            session, None, ProgramData(client_id, preview.program)
        )
        created_program = program_id
    # The project spans every date of its milestones (a baseline or actual may fall outside
    # the file's own start and finish): the dates are kept as the file gives them.
    dates = [
        day
        for m in project.milestones
        for day in (m.baseline_date, m.forecast_date, m.actual_date)
        if day is not None
    ]
    start = min([d for d in (project.start, *dates) if d], default=None)
    finish = max([d for d in (project.finish, *dates) if d], default=None)
    milestones = project.milestones
    if preview.project_id is not None:
        current = pipeline_edit.get_project(session, preview.project_id)
        bundle = replace(current, start_date=start, end_date=finish, milestones=milestones)
        project_id, prior = pipeline_edit.save_project(session, preview.project_id, bundle)
    else:
        bundle = ProjectBundle(
            program_id=program_id,
            name=project.name,
            stage=Stage.ACTIVE,
            win_probability=100,
            start_date=start,
            end_date=finish,
            milestones=milestones,
        )
        project_id, prior = pipeline_edit.save_project(session, None, bundle)
    cells = [replace(c, project_id=project_id) for c in preview.cells]
    changes = staffing.set_cells(session, cells) if cells else staffing.Changes()
    return MspdiImported(project_id, prior, created_program, created_client, changes)


def undo_mspdi(session: Session, done: MspdiImported) -> None:
    """Put the portfolio back as it was before ``import_mspdi``."""
    if done.staffing.after:
        staffing.set_cells(session, done.staffing.inverse().after)
    if done.prior is not None:
        pipeline_edit.save_project(session, done.project_id, done.prior)
    else:
        deletion.delete_record(session, "project", done.project_id)
    if done.created_program is not None:
        pipeline_edit.delete_new_program(session, done.created_program)
    if done.created_client is not None:
        pipeline_edit.delete_new_client(session, done.created_client)
