"""The rows of the staffing grid: what each row stands for, and the rows built from a grid
read (by person, expandable to their projects, or client → program → project → people),
with the index from a person or project to the rows that show it. Pure Python, no Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Protocol

from pmo_desktop.domain.enums import Stage
from pmo_desktop.services.staffing.grid import StaffingGrid
from pmo_desktop.services.staffing.tables import PersonInfo, ProjectInfo

#: Teams larger than this open with person rows collapsed.
COLLAPSE_ABOVE = 30
#: Projects shown (and offered for open roles) even before anyone is on them.
LIVE_STAGES = frozenset(
    {Stage.LEAD, Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD}
)


class RowKind(IntEnum):
    """What a row stands for."""

    TEAM = 0
    PERSON = 1
    PERSON_PROJECT = 2
    CLIENT = 3
    PROGRAM = 4
    PROJECT = 5
    PROJECT_PERSON = 6
    PLACEHOLDER = 7
    OPEN_ROLES = 8


class GroupBy(Enum):
    """How rows are grouped."""

    PERSON = "person"
    PROJECT = "project"


RowKey = tuple[RowKind, int | None, int | None, str | None, int | None]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the grid."""

    kind: RowKind
    title: str
    person_id: int | None = None
    project_id: int | None = None
    label: str | None = None
    group_id: int | None = None  # client or program id
    depth: int = 0

    @property
    def expandable(self) -> bool:
        """Rows that open onto child rows."""
        return self.kind in (RowKind.PERSON, RowKind.CLIENT, RowKind.PROGRAM, RowKind.PROJECT)

    @property
    def is_cell_row(self) -> bool:
        """Rows whose cells are one allocation (person × project)."""
        return self.kind in (RowKind.PERSON_PROJECT, RowKind.PROJECT_PERSON)

    @property
    def key(self) -> RowKey:
        """Identity of the row across rebuilds (for expansion state)."""
        return (self.kind, self.person_id, self.project_id, self.label, self.group_id)


def collapsed_people(people: Iterable[PersonInfo]) -> set[RowKey]:
    """The person rows a large team opens with collapsed (one row per person)."""
    return {Row(RowKind.PERSON, "", person_id=p.id).key for p in people}


class Staffed(Protocol):
    """Who has cells on what (``GridFigures``), asked only when a row needs it: a large team
    whose person rows are all collapsed is built without looking at a single cell."""

    @property
    def by_person(self) -> Mapping[int, Collection[int]]:
        """Person id → the projects they have cells on."""
        ...

    @property
    def by_project(self) -> Mapping[int, Collection[int]]:
        """Project id → the people with cells on it."""
        ...


def build_rows(
    grid: StaffingGrid, staffed: Staffed, group_by: GroupBy, collapsed: Collection[RowKey]
) -> list[Row]:
    """The rows of ``grid``: the team total, then people (and their projects) and open roles,
    or clients → programs → projects → people and placeholders; collapsed rows hide their
    children."""
    rows: list[Row] = [Row(RowKind.TEAM, "Team total")]
    if group_by is GroupBy.PROJECT:
        return rows + _project_rows(grid, staffed.by_project, collapsed)
    projects = grid.projects
    for person in grid.people:
        row = Row(RowKind.PERSON, person.name, person_id=person.id)
        rows.append(row)
        if row.key in collapsed:
            continue
        mine = sorted(
            (projects[j] for j in staffed.by_person.get(person.id, ()) if j in projects),
            key=lambda p: (p.client.casefold(), p.name.casefold()),
        )
        for project in mine:
            rows.append(
                Row(
                    RowKind.PERSON_PROJECT,
                    project.name,
                    person_id=person.id,
                    project_id=project.id,
                    depth=1,
                )
            )
    labels = sorted({(j, label) for j, label, _ in grid.placeholders})
    if labels:
        rows.append(Row(RowKind.OPEN_ROLES, "Open roles (placeholders)"))
        for project_id, label in labels:
            name = projects[project_id].name if project_id in projects else "?"
            rows.append(
                Row(
                    RowKind.PLACEHOLDER,
                    f"{label} · {name}",
                    project_id=project_id,
                    label=label,
                    depth=1,
                )
            )
    return rows


def _project_rows(
    grid: StaffingGrid, by_project: Mapping[int, Collection[int]], collapsed: Collection[RowKey]
) -> list[Row]:
    rows: list[Row] = []
    people = {p.id: p for p in grid.people}
    shown: list[ProjectInfo] = [
        p for p in grid.projects.values() if p.stage in LIVE_STAGES or by_project.get(p.id)
    ]
    placeholder_labels: dict[int, list[str]] = defaultdict(list)
    for j, label in sorted({(j, label) for j, label, _ in grid.placeholders}):
        placeholder_labels[j].append(label)
    client = program = None
    client_open = program_open = True
    for project in shown:  # already ordered by client, program, project
        if project.client_id != client:
            client = project.client_id
            program = None
            row = Row(RowKind.CLIENT, project.client, group_id=client)
            rows.append(row)
            client_open = row.key not in collapsed
        if not client_open:
            continue
        if project.program_id != program:
            program = project.program_id
            row = Row(RowKind.PROGRAM, project.program, group_id=program, depth=1)
            rows.append(row)
            program_open = row.key not in collapsed
        if not program_open:
            continue
        tag = " (tentative)" if project.tentative else ""
        row = Row(RowKind.PROJECT, project.name + tag, project_id=project.id, depth=2)
        rows.append(row)
        if row.key in collapsed:
            continue
        staffed = sorted(
            (people[p] for p in by_project.get(project.id, ()) if p in people),
            key=lambda p: p.name.casefold(),
        )
        for person in staffed:
            rows.append(
                Row(
                    RowKind.PROJECT_PERSON,
                    person.name,
                    person_id=person.id,
                    project_id=project.id,
                    depth=3,
                )
            )
        for label in placeholder_labels.get(project.id, ()):
            rows.append(
                Row(RowKind.PLACEHOLDER, label, project_id=project.id, label=label, depth=3)
            )
    return rows


class RowIndex:
    """Where rows are: a row's position by its key, and the rows showing a person, a
    project, a client or a program (what an edit of them repaints)."""

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._at: dict[RowKey, int] = {}
        self._of: dict[tuple[str, int | None], list[int]] = {}
        for i, row in enumerate(rows):
            self._at[row.key] = i
            if row.kind in (RowKind.TEAM, RowKind.OPEN_ROLES):
                self._of.setdefault(("fixed", None), []).append(i)
            if row.person_id is not None:
                self._of.setdefault(("person", row.person_id), []).append(i)
            if row.project_id is not None:
                self._of.setdefault(("project", row.project_id), []).append(i)
            if row.kind is RowKind.CLIENT:
                self._of.setdefault(("client", row.group_id), []).append(i)
            if row.kind is RowKind.PROGRAM:
                self._of.setdefault(("program", row.group_id), []).append(i)

    def row_of(self, key: RowKey) -> int | None:
        """The position of the row with this identity, if shown."""
        return self._at.get(key)

    def touched(
        self, people: Iterable[int], projects: Iterable[int], info: Mapping[int, ProjectInfo]
    ) -> set[int]:
        """The rows whose figures change when cells of ``people`` and ``projects`` do: theirs,
        their clients' and programs', and the team and open-roles totals."""
        of = self._of
        rows: set[int] = set(of.get(("fixed", None), ()))
        for person in people:
            rows.update(of.get(("person", person), ()))
        for project in projects:
            rows.update(of.get(("project", project), ()))
            found = info.get(project)
            if found is not None:
                rows.update(of.get(("client", found.client_id), ()))
                rows.update(of.get(("program", found.program_id), ()))
        return rows
