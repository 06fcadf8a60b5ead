"""The staffing grid model: rows of people (or clients → programs → projects) × week columns.

The model holds one ``StaffingGrid`` read from the database and per person-week and
project-week totals kept up to date incrementally: scrolling and repainting never query the
database. Edits arrive as ``Changes`` (from the controller, after the service committed them)
and repaint only the touched rows with ``dataChanged``. The name column is the vertical
header, so it stays in place while the weeks scroll.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pmo_desktop.domain.capacity import Band, band, fte, utilization
from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.staffing.grid import (
    CapacityTable,
    CellTable,
    Changes,
    PersonInfo,
    PersonWeekTotals,
    ProjectInfo,
    StaffingGrid,
)

MIME_TYPE = "application/x-pmo-allocation+json"
#: Teams larger than this open with person rows collapsed.
COLLAPSE_ABOVE = 30
ModelIndex = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``RowKind`` of a cell's row."""
TENTATIVE_ROLE = Qt.ItemDataRole.UserRole + 2
"""True when the cell's hours are (all) tentative: the delegate hatches it."""
BAND_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``Band`` of a person-week or team-week cell, else None."""
HOURS_ROLE = Qt.ItemDataRole.UserRole + 4
"""The cell's hours as a float (0.0 when empty)."""

BAND_COLOURS = {
    Band.LIGHT: "#eef3f8",
    Band.NORMAL: "#cfe8d6",
    Band.FULL: "#f6dd9a",
    Band.OVER: "#e8847c",
}
#: Open demand (placeholders) is written in italic amber-brown.
PLACEHOLDER_COLOUR = "#8a5a00"
LIVE_STAGES = frozenset(
    {Stage.LEAD, Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD}
)


_FIGURE_ROLES = frozenset(
    int(role)
    for role in {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        TENTATIVE_ROLE,
        BAND_ROLE,
        HOURS_ROLE,
    }
)


_HATCH: list[QBrush] = []
_FONTS: dict[tuple[bool, bool], QFont] = {}


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    """A bold or italic font, made once: building one per cell calls void setters, and each
    such call from Python leaks a reference to None with the PySide6 build in use."""
    font = _FONTS.get((bold, italic))
    if font is None:
        font = _FONTS[(bold, italic)] = QFont()
        font.setBold(bold)
        font.setItalic(italic)
    return font


def _hatch() -> QBrush:
    """Diagonal hatching of tentative hours (made once, after the application exists)."""
    if not _HATCH:
        _HATCH.append(QBrush(QColor(90, 110, 140, 150), Qt.BrushStyle.BDiagPattern))
    return _HATCH[0]


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


class Display(Enum):
    """What the cells show."""

    HOURS = "Hours"
    PERCENT = "% capacity"
    FTE = "FTE"


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
    def key(self) -> tuple[RowKind, int | None, int | None, str | None, int | None]:
        """Identity of the row across rebuilds (for expansion state)."""
        return (self.kind, self.person_id, self.project_id, self.label, self.group_id)


def encode_cells(cells: Sequence[tuple[int, int, date]], anchor: tuple[int, int, date]) -> bytes:
    """MIME payload for dragged allocation cells (the anchor is the cell under the mouse)."""
    doc = {
        "kind": "cells",
        "cells": [[p, j, w.isoformat()] for p, j, w in cells],
        "anchor": [anchor[0], anchor[1], anchor[2].isoformat()],
    }
    return json.dumps(doc).encode()


def encode_person(person_id: int) -> bytes:
    """MIME payload for a person dragged from the roster."""
    return json.dumps({"kind": "person", "person_id": person_id}).encode()


def decode(data: bytes) -> dict[str, Any] | None:
    """The payload of our MIME type, or None when it is not one we understand."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("kind") not in ("cells", "person"):
        return None
    try:
        if doc["kind"] == "person":
            return {"kind": "person", "person_id": int(doc["person_id"])}
        cells = [(int(p), int(j), date.fromisoformat(w)) for p, j, w in doc["cells"]]
        a = doc["anchor"]
        anchor = (int(a[0]), int(a[1]), date.fromisoformat(a[2]))
    except (KeyError, TypeError, ValueError):
        return None
    return {"kind": "cells", "cells": cells, "anchor": anchor}


@dataclass(frozen=True, slots=True)
class DropTarget:
    """Where something was dropped: the row and the weeks (one, or a selected range)."""

    row: Row
    weeks: tuple[date, ...]
    week: date


#: Handles a decoded drop; returns True when something changed.
DropHandler = Callable[[dict[str, Any], DropTarget, bool], bool]
#: Sets the hours of one (person, project, week) cell; returns True on success.
EditHandler = Callable[[int, int, date, float], bool]


class StaffingGridModel(QAbstractTableModel):
    """People × weeks (or projects × weeks) with totals, capacity bands and tentative flags."""

    totalsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = StaffingGrid((), (), {}, CellTable(), {})
        self.group_by = GroupBy.PERSON
        self.display = Display.HOURS
        self.include_tentative = True
        self.by_month = False
        self._spans: list[tuple[date, ...]] = []
        self.this_week = monday_of(date.today())
        self.rows: list[Row] = []
        self.collapsed: set[tuple[Any, ...]] = set()
        self.drop_handler: DropHandler | None = None
        self.edit_handler: EditHandler | None = None
        #: (row, column) → the columns of a selected range containing it, from the view.
        self.range_provider: Callable[[int, int], list[int]] | None = None
        self._people: dict[int, PersonInfo] = {}
        self._week_col: dict[date, int] = {}
        # Person → projects and project → people, derived from the cells when first needed.
        self._person_projects: dict[int, set[int]] | None = None
        self._project_people: dict[int, set[int]] | None = None
        #: Person-week sums, read with the grid and kept in step with every change.
        self._totals = PersonWeekTotals()
        # Totals computed when first painted and forgotten when a change touches them.
        self._jw_cache: dict[tuple[int, date], tuple[float, float]] = {}
        self._team_cache: dict[tuple[date, bool], tuple[float, float]] = {}
        self._total_cache: dict[tuple[Any, ...], tuple[float, float | None, bool]] = {}
        self._rows_of: dict[tuple[str, int | None], list[int]] = {}
        self._memo_key: tuple[int, int] | None = None
        self._loaded = False
        self._memo_value: tuple[float, float | None, bool] = (0.0, None, False)
        self._row_index: dict[tuple[Any, ...], int] = {}
        self._members: dict[tuple[RowKind, int | None], list[int]] = defaultdict(list)

    # ------------------------------------------------------------------ loading

    def load(self, grid: StaffingGrid) -> None:
        """Show a freshly read grid (one model reset)."""
        self.beginResetModel()
        self.grid = grid
        self._people = {p.id: p for p in grid.people}
        self._make_columns()
        self._members.clear()
        for project in grid.projects.values():
            self._members[(RowKind.CLIENT, project.client_id)].append(project.id)
            self._members[(RowKind.PROGRAM, project.program_id)].append(project.id)
        self._person_projects = None
        self._project_people = None
        self._totals = grid.totals or PersonWeekTotals.from_cells(grid.cells)
        self._forget()
        if not self._loaded and len(grid.people) > COLLAPSE_ABOVE:
            # A large team opens with one row per person; rows expand on a click.
            self.collapsed = {Row(RowKind.PERSON, "", person_id=p.id).key for p in grid.people}
        self._loaded = True
        self._build_rows()
        self.endResetModel()
        self.totalsChanged.emit()

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
    def _by_person(self) -> dict[int, set[int]]:
        return self._index_pairs()[0]

    @property
    def _by_project(self) -> dict[int, set[int]]:
        return self._index_pairs()[1]

    def _forget(self) -> None:
        self._memo_key = None
        self._jw_cache.clear()
        self._team_cache.clear()
        self._total_cache.clear()

    def _make_columns(self) -> None:
        weeks = self.grid.weeks
        if self.by_month:
            spans: list[list[date]] = []
            for week in weeks:
                if spans and (spans[-1][0].year, spans[-1][0].month) == (week.year, week.month):
                    spans[-1].append(week)
                else:
                    spans.append([week])
            self._spans = [tuple(span) for span in spans]
        else:
            self._spans = [(week,) for week in weeks]
        self._week_col = {w: i for i, span in enumerate(self._spans) for w in span}

    def set_by_month(self, by_month: bool) -> None:
        """Zoom out to one column per month (read-only totals) or back to weeks."""
        if by_month != self.by_month:
            self.beginResetModel()
            self.by_month = by_month
            self._memo_key = None
            self._make_columns()
            self.endResetModel()

    def span_of(self, column: int) -> tuple[date, ...] | None:
        """The weeks a column stands for (None for the total column)."""
        return self._spans[column] if 0 <= column < len(self._spans) else None

    def set_group_by(self, group_by: GroupBy) -> None:
        """Rows by person (expandable to projects) or by client → program → project."""
        if group_by is not self.group_by:
            self.beginResetModel()
            self.group_by = group_by
            self._build_rows()
            self.endResetModel()

    def set_display(self, display: Display) -> None:
        """Hours, % of capacity or FTE in the cells."""
        self.display = display
        self._memo_key = None
        self._repaint_all()

    def set_include_tentative(self, include: bool) -> None:
        """Count tentative hours in every total, or not."""
        self.include_tentative = include
        self._total_cache.clear()
        self._memo_key = None
        self._repaint_all()
        self.totalsChanged.emit()

    def toggle(self, row: int) -> None:
        """Expand or collapse an expandable row."""
        spec = self.rows[row]
        if not spec.expandable:
            return
        self.beginResetModel()
        self.collapsed.symmetric_difference_update({spec.key})
        self._build_rows()
        self.endResetModel()

    def set_all_expanded(self, expanded: bool) -> None:
        """Open or close every expandable row."""
        self.beginResetModel()
        self.collapsed.clear()
        if not expanded:
            self._build_rows()
            self.collapsed = {r.key for r in self.rows if r.expandable}
        self._build_rows()
        self.endResetModel()

    def _repaint_all(self) -> None:
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # ------------------------------------------------------------------ rows

    def _build_rows(self) -> None:
        self._memo_key = None
        rows: list[Row] = [Row(RowKind.TEAM, "Team total")]
        projects = self.grid.projects
        if self.group_by is GroupBy.PERSON:
            for person in self.grid.people:
                row = Row(RowKind.PERSON, person.name, person_id=person.id)
                rows.append(row)
                if row.key in self.collapsed:
                    continue
                mine = sorted(
                    (projects[j] for j in self._by_person.get(person.id, ()) if j in projects),
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
            labels = sorted({(j, label) for j, label, _ in self.grid.placeholders})
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
        else:
            rows += self._project_rows()
        self.rows = rows
        self._row_index = {}
        self._rows_of = {}
        for i, row in enumerate(rows):
            self._row_index[row.key] = i
            if row.kind in (RowKind.TEAM, RowKind.OPEN_ROLES):
                self._rows_of.setdefault(("fixed", None), []).append(i)
            if row.person_id is not None:
                self._rows_of.setdefault(("person", row.person_id), []).append(i)
            if row.project_id is not None:
                self._rows_of.setdefault(("project", row.project_id), []).append(i)
            if row.kind is RowKind.CLIENT:
                self._rows_of.setdefault(("client", row.group_id), []).append(i)
            if row.kind is RowKind.PROGRAM:
                self._rows_of.setdefault(("program", row.group_id), []).append(i)

    def _project_rows(self) -> list[Row]:
        rows: list[Row] = []
        shown = [
            p
            for p in self.grid.projects.values()
            if p.stage in LIVE_STAGES or self._by_project.get(p.id)
        ]
        placeholder_labels: dict[int, list[str]] = defaultdict(list)
        for j, label in sorted({(j, label) for j, label, _ in self.grid.placeholders}):
            placeholder_labels[j].append(label)
        client = program = None
        client_open = program_open = True
        for project in shown:  # already ordered by client, program, project
            if project.client_id != client:
                client = project.client_id
                program = None
                row = Row(RowKind.CLIENT, project.client, group_id=client)
                rows.append(row)
                client_open = row.key not in self.collapsed
            if not client_open:
                continue
            if project.program_id != program:
                program = project.program_id
                row = Row(RowKind.PROGRAM, project.program, group_id=program, depth=1)
                rows.append(row)
                program_open = row.key not in self.collapsed
            if not program_open:
                continue
            tag = " (tentative)" if project.tentative else ""
            row = Row(RowKind.PROJECT, project.name + tag, project_id=project.id, depth=2)
            rows.append(row)
            if row.key in self.collapsed:
                continue
            people = sorted(
                (
                    self._people[p]
                    for p in self._by_project.get(project.id, ())
                    if p in self._people
                ),
                key=lambda p: p.name.casefold(),
            )
            for person in people:
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

    # ------------------------------------------------------------------ figures

    @property
    def weeks(self) -> tuple[date, ...]:
        """The week columns."""
        return self.grid.weeks

    def week_of(self, column: int) -> date | None:
        """The week of a column (None for the total column, and for months)."""
        if self.by_month or not 0 <= column < len(self._spans):
            return None
        return self._spans[column][0]

    def column_of(self, week: date) -> int | None:
        """The column of a week, when loaded."""
        return self._week_col.get(week)

    def person(self, person_id: int) -> PersonInfo | None:
        """A person of the grid."""
        return self._people.get(person_id)

    def project(self, project_id: int) -> ProjectInfo | None:
        """A project of the grid."""
        return self.grid.projects.get(project_id)

    def cell_hours(self, person: int, project: int, week: date) -> tuple[float, bool]:
        """Hours and tentative flag of one allocation cell (0.0, False when empty)."""
        return self.grid.cells.get((person, project, week), (0.0, False))

    def _person_week(self, person: int, week: date) -> tuple[float, float]:
        return self._totals.get(person, week)

    def _recount(self, person: int, week: date) -> None:
        """Sum a person-week again from the cells (after a change touched it)."""
        total = confirmed = 0.0
        cells = self.grid.cells
        for project in self._by_person.get(person, ()):
            cell = cells.get((person, project, week))
            if cell is not None:
                total += cell[0]
                if not cell[1]:
                    confirmed += cell[0]
        self._totals.set(person, week, total, confirmed)

    def _project_week(self, project: int, week: date) -> tuple[float, float]:
        key = (project, week)
        found = self._jw_cache.get(key)
        if found is None:
            total = confirmed = 0.0
            cells = self.grid.cells
            for person in self._by_project.get(project, ()):
                if person not in self._people:
                    continue
                cell = cells.get((person, project, week))
                if cell is not None:
                    total += cell[0]
                    if not cell[1]:
                        confirmed += cell[0]
            found = self._jw_cache[key] = (total, confirmed)
        return found

    def person_hours(self, person: int, week: date) -> float:
        """A person's total hours in a week (tentative counted per the toggle)."""
        totals = self._person_week(person, week)
        return totals[0] if self.include_tentative else totals[1]

    def capacity(self, person: int, week: date) -> float:
        """A person's capacity in a week."""
        return self.grid.capacity.get((person, week), 0.0)

    def free_hours(self, person: int, week: date) -> float:
        """Capacity not yet allocated (counting tentative hours), never negative."""
        return max(0.0, self.capacity(person, week) - self._person_week(person, week)[0])

    def free_over(self, person: int, weeks: Sequence[date]) -> tuple[float, float]:
        """(free hours, capacity) of a person summed over ``weeks`` (free never negative in
        any week)."""
        capacity = self.grid.capacity
        totals = self._totals
        free = available = 0.0
        for week in weeks:
            cap = capacity.get((person, week), 0.0)
            available += cap
            hours = totals.get(person, week)[0]
            if cap > hours:
                free += cap - hours
        return free, available

    def _project_hours(self, project: int, week: date) -> float:
        totals = self._project_week(project, week)
        return totals[0] if self.include_tentative else totals[1]

    def _team_week(self, week: date) -> tuple[float, float]:
        key = (week, self.include_tentative)
        found = self._team_cache.get(key)
        if found is None:
            total, confirmed = self._totals.week(week, self._people)
            capacity = self.grid.capacity
            if isinstance(capacity, CapacityTable):
                available = capacity.week_total(week)
            else:
                available = sum(capacity.get((p, week), 0.0) for p in self._people)
            found = self._team_cache[key] = (
                total if self.include_tentative else confirmed,
                available,
            )
        return found

    def _row_week(self, row: Row, week: date) -> tuple[float, float | None, bool]:
        """(hours, capacity or None, tentative) of a row in a week."""
        grid = self.grid
        match row.kind:
            case RowKind.TEAM:
                hours, cap = self._team_week(week)
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
                return self._project_hours(row.project_id, week), None, tentative
            case RowKind.CLIENT | RowKind.PROGRAM:
                members = self._members.get((row.kind, row.group_id), ())
                return sum(self._project_hours(j, week) for j in members), None, False
            case RowKind.PLACEHOLDER:
                assert row.project_id is not None and row.label is not None
                entry = grid.placeholders.get((row.project_id, row.label, week))
                return (entry[1] if entry else 0.0), None, False
            case RowKind.OPEN_ROLES:
                hours = sum(h for (_, _, w), (_, h) in grid.placeholders.items() if w == week)
                return hours, None, False
        return 0.0, None, False

    def _row_span(self, row: Row, weeks: Sequence[date]) -> tuple[float, float | None, bool]:
        hours = 0.0
        cap: float | None = 0.0
        tentative = False
        for week in weeks:
            h, c, t = self._row_week(row, week)
            hours += h
            cap = None if c is None or cap is None else cap + c
            tentative = tentative or t
        return hours, cap, tentative

    def row_totals(self, row: Row) -> tuple[float, float | None, bool]:
        """(hours, capacity or None, tentative) of a row over every loaded week."""
        found = self._total_cache.get(row.key)
        if found is None:
            found = self._total_cache[row.key] = self._row_totals(row)
        return found

    def _row_totals(self, row: Row) -> tuple[float, float | None, bool]:
        return self._row_span(row, self.grid.weeks)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spans) + 1

    def _days_off_note(self, person_id: int, week: date) -> str:
        """ "2 days off" for a person's week with time off, holidays or closures."""
        days_off = getattr(self.grid.capacity, "days_off", None)
        if days_off is None:
            return ""
        off = sum(share for day, share in days_off(person_id, week).items() if day.weekday() < 5)
        return f"{off:g} day{'s' if off != 1 else ''} off that week" if off else ""

    def holidays_in(self, week: date) -> list[str]:
        """The public holidays and closure days of ``week``, one line a day."""
        names = getattr(self.grid.capacity, "holiday_names", None) or {}
        lines = []
        for offset in range(7):
            day = week + timedelta(days=offset)
            for name in names.get(day, ()):
                lines.append(f"{day:%a %d %b}: {name}")
        return lines

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            week = self.week_of(section)
            span = self.span_of(section)
            if self.by_month and span is not None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"{span[0]:%b}\n{span[0]:%Y}"
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{len(span)} weeks from Monday {span[0]:%d %B %Y}"
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                if week is None:
                    return "Total"
                mark = " ✱" if self.holidays_in(week) else ""
                return f"{week:%d %b}{mark}\n" + (
                    "this week" if week == self.this_week else f"{week:%Y}"
                )
            if role == Qt.ItemDataRole.FontRole and week == self.this_week:
                return _font(bold=True)
            if role == Qt.ItemDataRole.ToolTipRole and week is not None:
                days = self.holidays_in(week)
                text = f"Week of Monday {week:%d %B %Y}"
                if days:
                    text += "\n✱ Not worked (deducted from the capacity of those it applies to):"
                    text += "".join(f"\n{line}" for line in days)
                return text
            return None
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            indent = "    " * row.depth
            mark = ("▸ " if row.key in self.collapsed else "▾ ") if row.expandable else "  "
            subtitle = ""
            if row.kind is RowKind.PERSON and row.person_id in self._people:
                subtitle = f"  ({self._people[row.person_id].role.value})"
            return f"{indent}{mark}{row.title}{subtitle}"
        if role == Qt.ItemDataRole.FontRole and row.kind in (
            RowKind.TEAM,
            RowKind.PERSON,
            RowKind.CLIENT,
            RowKind.OPEN_ROLES,
        ):
            return _font(bold=True)
        if role == Qt.ItemDataRole.ForegroundRole and row.kind is RowKind.PLACEHOLDER:
            return QBrush(QColor(PLACEHOLDER_COLOUR))
        if role == Qt.ItemDataRole.FontRole and row.kind is RowKind.PLACEHOLDER:
            return _font(italic=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.grid.projects.get(row.project_id or -1)
            context = f"{where.client} › {where.program} › {where.name}" if where else row.title
            return literal(context + (" — click to expand or collapse" if row.expandable else ""))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~10 times per painted cell: the cheap checks come first.
        r = index.row()
        c = index.column()
        rows = self.rows
        if not (0 <= r < len(rows) and 0 <= c <= len(self._spans)):
            return None
        row = rows[r]
        if role == KIND_ROLE:
            return row.kind
        if role not in _FIGURE_ROLES:
            return None
        # A delegate asks for many roles of one cell in a row: compute its figures once.
        memo = (r, c)
        if memo == self._memo_key:
            hours, cap, tentative = self._memo_value
        else:
            span = self.span_of(index.column())
            if span is None:
                hours, cap, tentative = self.row_totals(row)
            elif len(span) == 1:
                hours, cap, tentative = self._row_week(row, span[0])
            else:
                hours, cap, tentative = self._row_span(row, span)
            self._memo_key, self._memo_value = memo, (hours, cap, tentative)
        if role == HOURS_ROLE:
            return hours
        if role == TENTATIVE_ROLE:
            return tentative and hours > 0
        banded = row.kind in (RowKind.TEAM, RowKind.PERSON)
        if role == BAND_ROLE:
            return band(hours, cap) if banded and cap is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, hours, cap)
        if role == Qt.ItemDataRole.EditRole:
            return f"{hours:g}" if row.is_cell_row else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and tentative and hours > 0 and not banded:
            return _hatch()
        if role == Qt.ItemDataRole.BackgroundRole and banded and cap is not None:
            if hours == 0 and cap == 0:
                return None
            return QBrush(QColor(BAND_COLOURS[band(hours, cap)]))
        if role == Qt.ItemDataRole.ForegroundRole and banded and cap is not None:
            if band(hours, cap) is Band.OVER:
                return QBrush(QColor("#4a0d08"))
            return QBrush(QColor("#1d2733"))
        if role == Qt.ItemDataRole.FontRole and (banded or row.kind is RowKind.PROJECT):
            return _font(bold=True)
        if role == Qt.ItemDataRole.ForegroundRole and row.kind is RowKind.PLACEHOLDER:
            return QBrush(QColor(PLACEHOLDER_COLOUR))
        if role == Qt.ItemDataRole.FontRole and row.kind is RowKind.PLACEHOLDER:
            return _font(italic=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._tooltip(row, self.span_of(index.column()), hours, cap, tentative))
        return None

    def _text(self, row: Row, hours: float, cap: float | None) -> str:
        if hours == 0 and row.kind not in (RowKind.TEAM, RowKind.PERSON):
            return ""
        if row.kind is RowKind.PERSON and hours == 0 and cap == 0:
            return "off"  # a week of leave or holidays (or before the start date)
        percent = utilization(hours, cap) if cap is not None else None
        if self.display is Display.PERCENT and cap is not None:
            return "—" if percent is None else f"{percent:.0f}%"
        text = f"{fte(hours):.2f}" if self.display is Display.FTE else f"{hours:g}"
        if row.kind in (RowKind.TEAM, RowKind.PERSON) and cap is not None:
            if percent is None and hours > 0:
                return f"{text} (off)"  # hours in a week they cannot work: over
            if percent is not None and percent > 100.0 + 1e-9:
                return f"{text} ({percent:.0f}%)"
        return text

    def _tooltip(
        self,
        row: Row,
        span: tuple[date, ...] | None,
        hours: float,
        cap: float | None,
        tentative: bool,
    ) -> str:
        if span is None:
            when = "all loaded weeks"
        elif len(span) == 1:
            when = f"week of {span[0]:%d %b %Y}"
        else:
            when = f"{span[0]:%B %Y} ({len(span)} weeks)"
        text = f"{row.title}, {when}: {hours:g} h"
        if cap is not None:
            percent = utilization(hours, cap)
            share = "no capacity" if percent is None else f"{percent:.0f}% of capacity"
            text += f" of {cap:g} h capacity ({share})"
            if hours > 0 and (percent is None or percent > 100.0 + 1e-9):
                text += " — over-allocated: more hours than they can work"
                if span is not None and len(span) == 1 and row.person_id is not None:
                    days = self._days_off_note(row.person_id, span[0])
                    text += f" ({days})" if days else ""
        if tentative:
            text += " — tentative (project not yet approved)"
        return text

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        week = self.week_of(index.column())
        if week is None:
            return flags
        if row.is_cell_row:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
            assert row.person_id is not None and row.project_id is not None
            if self.cell_hours(row.person_id, row.project_id, week)[0] > 0:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        elif row.kind in (RowKind.PERSON, RowKind.PROJECT, RowKind.PLACEHOLDER):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        row = self.rows[index.row()]
        week = self.week_of(index.column())
        if not row.is_cell_row or week is None or self.edit_handler is None:
            return False
        text = str(value).strip().replace(",", ".").removesuffix("h").strip()
        try:
            hours = float(text) if text else 0.0
        except ValueError:
            return False
        if hours != hours or not 0 <= hours <= 168:
            return False
        assert row.person_id is not None and row.project_id is not None
        return self.edit_handler(row.person_id, row.project_id, week, hours)

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        cells: list[tuple[int, int, date]] = []
        for index in indexes:
            if not self._valid(index):
                continue
            row = self.rows[index.row()]
            week = self.week_of(index.column())
            if not row.is_cell_row or week is None:
                continue
            assert row.person_id is not None and row.project_id is not None
            if self.cell_hours(row.person_id, row.project_id, week)[0] > 0:
                cells.append((row.person_id, row.project_id, week))
        mime = QMimeData()
        if cells:
            anchor = cells[0]
            if indexes and self._valid(indexes[0]):
                first = indexes[0]
                r = self.rows[first.row()]
                w = self.week_of(first.column())
                if r.is_cell_row and w is not None and r.person_id and r.project_id:
                    anchor = (r.person_id, r.project_id, w)
            mime.setData(MIME_TYPE, encode_cells(cells, anchor))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        target = self._target_index(row, column, parent)
        return target is not None and bool(self.flags(target) & Qt.ItemFlag.ItemIsDropEnabled)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._target_index(row, column, parent)
        payload = decode(bytes(data.data(MIME_TYPE).data()))
        if target is None or payload is None or self.drop_handler is None:
            return False
        week = self.week_of(target.column())
        assert week is not None
        columns = [target.column()]
        if self.range_provider is not None:
            columns = self.range_provider(target.row(), target.column()) or columns
        weeks = tuple(w for c in sorted(columns) if (w := self.week_of(c)) is not None)
        spec = DropTarget(self.rows[target.row()], weeks, week)
        return self.drop_handler(payload, spec, action == Qt.DropAction.CopyAction)

    def _target_index(self, row: int, column: int, parent: ModelIndex) -> QModelIndex | None:
        if parent.isValid():
            return self.index(parent.row(), parent.column())
        if 0 <= row < self.rowCount() and 0 <= column < self.columnCount():
            return self.index(row, column)
        return None

    # ------------------------------------------------------------------ updates

    def apply(self, changes: Changes) -> None:
        """Bring the cache in line with committed changes and repaint only touched rows."""
        grid = self.grid
        if changes.after:
            self._index_pairs()  # from the cells as they were, before this change
        touched_people: set[int] = set()
        touched_projects: set[int] = set()
        columns: set[int] = set()
        structure = False
        recount: set[tuple[int, date]] = set()
        for state in changes.after:
            person, project, week = state.key
            if state.hours > 0:
                grid.cells[state.key] = (state.hours, state.tentative)
                projects = self._by_person.setdefault(person, set())
                if project not in projects:
                    projects.add(project)
                    self._by_project.setdefault(project, set()).add(person)
                    structure = True
            else:
                grid.cells.pop(state.key, None)
            recount.add((person, week))
            self._jw_cache.pop((project, week), None)
            self._team_cache.pop((week, True), None)
            self._team_cache.pop((week, False), None)
            touched_people.add(person)
            touched_projects.add(project)
            col = self._week_col.get(week)
            if col is not None:
                columns.add(col)
        for ph in changes.placeholders_after:
            key3 = (ph.project_id, ph.label, ph.week)
            if ph.hours > 0:
                if key3 not in grid.placeholders and not any(
                    (j, lab) == (ph.project_id, ph.label) for j, lab, _ in grid.placeholders
                ):
                    structure = True
                grid.placeholders[key3] = (ph.role, ph.hours)
            else:
                grid.placeholders.pop(key3, None)
            touched_projects.add(ph.project_id)
            col = self._week_col.get(ph.week)
            if col is not None:
                columns.add(col)
        for person, week in recount:
            self._recount(person, week)
        self._total_cache.clear()
        self._memo_key = None
        if structure:
            self.beginResetModel()
            self._build_rows()
            self.endResetModel()
        elif columns or changes.after:
            self._repaint(touched_people, touched_projects, columns)
        self.totalsChanged.emit()

    def _repaint(self, people: set[int], projects: set[int], columns: set[int]) -> None:
        # One dataChanged per touched cell: a view repaints just those rectangles (a
        # multi-cell range would make it repaint its whole viewport).
        rows: set[int] = set(self._rows_of.get(("fixed", None), ()))
        for person in people:
            rows.update(self._rows_of.get(("person", person), ()))
        for project in projects:
            rows.update(self._rows_of.get(("project", project), ()))
            info = self.grid.projects.get(project)
            if info is not None:
                rows.update(self._rows_of.get(("client", info.client_id), ()))
                rows.update(self._rows_of.get(("program", info.program_id), ()))
        cols = sorted(columns | {self.columnCount() - 1})
        for i in sorted(rows):
            for c in cols:
                index = self.index(i, c)
                self.dataChanged.emit(index, index)

    def row_of(self, key: tuple[Any, ...]) -> int | None:
        """The row with this identity, if shown."""
        return self._row_index.get(key)

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self.rows)
            and 0 <= index.column() <= len(self._spans)
        )
