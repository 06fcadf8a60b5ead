"""The roster beside the grid: people with role and free hours over the visible weeks.

Sorted by availability (most free hours first), filterable by role; a person dragged from
here onto a project row (or a placeholder) of the grid is allocated there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.search import haystack, matches, words
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.staffing.figures import GridFigures
from pmo_desktop.gui.staffing.mime import MIME_TYPE, encode_person

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ("Person", "Role", "Free h")


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One person of the roster with their free hours over the visible weeks."""

    person_id: int
    name: str
    role: Role
    free_hours: float
    capacity: float
    #: (skill, level 1–5), for the roster's search
    skills: tuple[tuple[str, int], ...] = ()


def skill_match(row: RosterRow, words: tuple[str, ...]) -> bool:
    """Every word is in the name, role or a skill; a number is the lowest level wanted of
    the skill the other words name ("jira 4": Jira at level 4 or 5)."""
    levels = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 5]
    terms = tuple(w for w in words if not (w.isdigit() and 1 <= int(w) <= 5))
    skills = " ".join(name for name, _level in row.skills)
    if not matches(terms, haystack((row.name, row.role.value, row.role.full_title, skills))):
        return False
    if not levels:
        return True
    wanted = min(levels)
    named = [
        (name, level)
        for name, level in row.skills
        if not terms or any(t in name.casefold() for t in terms)
    ]
    return any(level >= wanted for _name, level in named)


class RosterModel(QAbstractTableModel):
    """People × (name, role, free hours), draggable onto the grid."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RosterRow] = []
        #: Person id → their skills (read with the grid).
        self.skills: dict[int, tuple[tuple[str, int], ...]] = {}

    def refresh(self, figures: GridFigures, weeks: Sequence[date]) -> None:
        """Recompute free hours over ``weeks`` from the grid's figures (no database)."""
        rows = []
        for person in figures.grid.people:
            free, capacity = figures.free_over(person.id, weeks)
            skills = self.skills.get(person.id, ())
            rows.append(RosterRow(person.id, person.name, person.role, free, capacity, skills))
        if len(rows) == len(self.rows) and [r.person_id for r in rows] == [
            r.person_id for r in self.rows
        ]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.role.value, f"{row.free_hours:g}")[column]
        if role == SORT_ROLE:
            return (row.name.casefold(), row.role.value, row.free_hours)[column]
        if role == PERSON_ROLE:
            return row.person_id
        if role == Qt.ItemDataRole.ToolTipRole:
            skills = ", ".join(f"{name} {level}/5" for name, level in row.skills)
            return literal(
                f"{row.name} ({row.role.full_title}): {row.free_hours:g} h free of "
                f"{row.capacity:g} h capacity over the visible weeks. Drag onto a project row."
                + (f"\nSkills: {skills}" if skills else "")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            if index.isValid() and 0 <= index.row() < len(self.rows):
                mime.setData(MIME_TYPE, encode_person(self.rows[index.row()].person_id))
                break
        return mime


class RosterProxy(QSortFilterProxyModel):
    """The roster filtered by role, sorted by free hours (most available first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role: Role | None = None
        self.words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def set_role(self, role: Role | None) -> None:
        """Show only people of this role (None: everyone)."""
        self.beginFilterChange()
        self.role = role
        self.endFilterChange()

    def set_search_text(self, text: str) -> None:
        """Keep the people whose name, role or skills hold every word ("jira 4")."""
        self.beginFilterChange()
        self.words = words(text)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterModel)
        row = model.rows[source_row]
        if self.role is not None and row.role is not self.role:
            return False
        return not self.words or skill_match(row, self.words)
