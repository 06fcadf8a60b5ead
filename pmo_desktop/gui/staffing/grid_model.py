"""The staffing grid model: rows of people (or clients → programs → projects) × week columns,
as Qt roles.

The figures (hours, capacity, totals) come from ``GridFigures`` and the rows from
``rows.build_rows``; this model turns them into text, colours, fonts and flags, and into
drag payloads. An edit typed in a cell or a drop is not decided here: the model signals an
``EditRequest`` or a ``DropRequest`` and the controller marks it ``done``. Committed
``Changes`` arrive on the window's ``Edits.changed`` (``on_changed``) and repaint only the
touched rows with ``dataChanged``. The name column is the vertical header, so it stays in
place while the weeks scroll.
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
    Qt,
    Signal,
)

from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.staffing.appearance import (
    FIGURE_ROLES,
    KIND_ROLE,
    Display,
    cell_data,
    cell_tooltip,
    row_header,
    week_header,
)
from pmo_desktop.gui.staffing.commands import AREA
from pmo_desktop.gui.staffing.figures import GridFigures, Touched
from pmo_desktop.gui.staffing.mime import MIME_TYPE, Drag, decode, encode_cells
from pmo_desktop.gui.staffing.rows import (
    COLLAPSE_ABOVE,
    GroupBy,
    Row,
    RowIndex,
    RowKey,
    RowKind,
    build_rows,
    collapsed_people,
)
from pmo_desktop.services.staffing.edits import Changes
from pmo_desktop.services.staffing.grid import StaffingGrid
from pmo_desktop.services.staffing.tables import CellKey

ModelIndex = QModelIndex | QPersistentModelIndex


def hours_text(value: str) -> float | None:
    """``"16"``, ``"7,5"``, ``"8h"`` as hours; empty as 0; None when it is not hours."""
    text = value.strip().replace(",", ".").removesuffix("h").strip()
    try:
        hours = float(text) if text else 0.0
    except ValueError:
        return None
    return hours if 0 <= hours <= 168 else None  # NaN fails both comparisons


@dataclass
class EditRequest:
    """Hours typed in one (person, project, week) cell; the controller sets ``done``."""

    person_id: int
    project_id: int
    week: date
    hours: float
    done: bool = False


@dataclass
class DropRequest:
    """Something dropped on the grid: what, on which row and week (``at`` is the target's
    (row, column), for the view's selected range), copying or moving; the controller sets
    ``done`` when something changed."""

    drag: Drag
    row: Row
    week: date
    at: tuple[int, int]
    copy: bool
    done: bool = False


class StaffingGridModel(QAbstractTableModel):
    """People × weeks (or projects × weeks) with totals, capacity bands and tentative flags."""

    totalsChanged = Signal()
    #: An ``EditRequest``: hours typed in a cell.
    editRequested = Signal(object)
    #: A ``DropRequest``: a drop on a cell.
    dropRequested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figures = GridFigures()
        self.group_by = GroupBy.PERSON
        self.display = Display.HOURS
        self.by_month = False
        self._spans: list[tuple[date, ...]] = []
        self.this_week = monday_of(date.today())
        self.rows: list[Row] = []
        self.collapsed: set[RowKey] = set()
        self._index = RowIndex()
        self._week_col: dict[date, int] = {}
        self._loaded = False
        self._memo_key: tuple[int, int] | None = None
        self._memo_value: tuple[float, float | None, bool] = (0.0, None, False)

    # ------------------------------------------------------------------ loading

    @property
    def grid(self) -> StaffingGrid:
        """The grid read shown."""
        return self.figures.grid

    @property
    def weeks(self) -> tuple[date, ...]:
        """The week columns."""
        return self.figures.grid.weeks

    @property
    def include_tentative(self) -> bool:
        """Whether totals count tentative hours."""
        return self.figures.include_tentative

    def load(self, grid: StaffingGrid) -> None:
        """Show a freshly read grid (one model reset)."""
        self.beginResetModel()
        self.figures.load(grid)
        self._make_columns()
        self._memo_key = None
        if not self._loaded and len(grid.people) > COLLAPSE_ABOVE:
            self.collapsed = collapsed_people(grid.people)  # rows expand on a click
        self._loaded = True
        self._build_rows()
        self.endResetModel()
        self.totalsChanged.emit()

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

    def _build_rows(self) -> None:
        self._memo_key = None
        figures = self.figures
        self.rows = build_rows(figures.grid, figures, self.group_by, self.collapsed)
        self._index = RowIndex(self.rows)

    def set_by_month(self, by_month: bool) -> None:
        """Zoom out to one column per month (read-only totals) or back to weeks."""
        if by_month != self.by_month:
            self.beginResetModel()
            self.by_month = by_month
            self._memo_key = None
            self._make_columns()
            self.endResetModel()

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
        self.figures.set_include_tentative(include)
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

    # ------------------------------------------------------------------ columns and rows

    def span_of(self, column: int) -> tuple[date, ...] | None:
        """The weeks a column stands for (None for the total column)."""
        return self._spans[column] if 0 <= column < len(self._spans) else None

    def week_of(self, column: int) -> date | None:
        """The week of a column (None for the total column, and for months)."""
        if self.by_month or not 0 <= column < len(self._spans):
            return None
        return self._spans[column][0]

    def column_of(self, week: date) -> int | None:
        """The column of a week, when loaded."""
        return self._week_col.get(week)

    def row_of(self, key: RowKey) -> int | None:
        """The row with this identity, if shown."""
        return self._index.row_of(key)

    def cell_key(self, index: ModelIndex) -> CellKey | None:
        """The (person, project, week) of an allocation cell, None for any other cell."""
        if not self._valid(index):
            return None
        row = self.rows[index.row()]
        week = self.week_of(index.column())
        if not row.is_cell_row or week is None:
            return None
        assert row.person_id is not None and row.project_id is not None
        return (row.person_id, row.project_id, week)

    # What the area's pages and tests outside it read of a person-week: the figures'.

    def capacity(self, person: int, week: date) -> float:
        """A person's capacity in a week (``GridFigures.capacity``)."""
        return self.figures.capacity(person, week)

    def person_hours(self, person: int, week: date) -> float:
        """A person's shown hours in a week (``GridFigures.person_hours``)."""
        return self.figures.person_hours(person, week)

    def holidays_in(self, week: date) -> list[str]:
        """The holidays and closures of a week (``GridFigures.holidays_in``)."""
        return self.figures.holidays_in(week)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spans) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            return week_header(
                role,
                self.week_of(section),
                self.span_of(section),
                by_month=self.by_month,
                this_week=self.this_week,
                holidays=self.figures.holidays_in,
            )
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        return row_header(
            row,
            role,
            collapsed=row.key in self.collapsed,
            person=self.figures.person(row.person_id) if row.person_id is not None else None,
            project=self.grid.projects.get(row.project_id or -1),
        )

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
        if role not in FIGURE_ROLES:
            return None
        # A delegate asks for many roles of one cell in a row: compute its figures once.
        memo = (r, c)
        span = self.span_of(c)
        if memo == self._memo_key:
            figure = self._memo_value
        else:
            if span is None:
                figure = self.figures.row_totals(row)
            elif len(span) == 1:
                figure = self.figures.row_week(row, span[0])
            else:
                figure = self.figures.row_span(row, span)
            self._memo_key, self._memo_value = memo, figure
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(cell_tooltip(row, span, figure, self.figures.days_off_note))
        return cell_data(row, role, figure, self.display)

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
            if self.figures.cell_hours(row.person_id, row.project_id, week)[0] > 0:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        elif row.kind in (RowKind.PERSON, RowKind.PROJECT, RowKind.PLACEHOLDER):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        key = self.cell_key(index)
        if key is None:
            return False
        hours = hours_text(str(value))
        if hours is None:
            return False
        request = EditRequest(*key, hours)
        self.editRequested.emit(request)
        return request.done

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        cells: list[CellKey] = []
        for index in indexes:
            key = self.cell_key(index)
            if key is not None and self.figures.cell_hours(*key)[0] > 0:
                cells.append(key)
        mime = QMimeData()
        if cells:
            first = self.cell_key(indexes[0]) if indexes else None
            anchor = first if first is not None and first[0] and first[1] else cells[0]
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
        drag = decode(bytes(data.data(MIME_TYPE).data()))
        if target is None or drag is None:
            return False
        week = self.week_of(target.column())
        assert week is not None
        request = DropRequest(
            drag,
            self.rows[target.row()],
            week,
            (target.row(), target.column()),
            action == Qt.DropAction.CopyAction,
        )
        self.dropRequested.emit(request)
        return request.done

    def _target_index(self, row: int, column: int, parent: ModelIndex) -> QModelIndex | None:
        if parent.isValid():
            return self.index(parent.row(), parent.column())
        if 0 <= row < self.rowCount() and 0 <= column < self.columnCount():
            return self.index(row, column)
        return None

    # ------------------------------------------------------------------ updates

    def on_changed(self, changed: Changed) -> None:
        """A committed staffing step (``Edits.changed``): a ``Changes`` of the plan or the
        scenario shown repaints its cells; its placeholders show in every view."""
        changes = changed.result
        if changed.area != AREA or not isinstance(changes, Changes):
            return
        shown = changes.scenario_id == self.grid.scenario_id
        if shown or changes.placeholders_after:
            self.apply(changes, cells=shown)

    def apply(self, changes: Changes, *, cells: bool = True) -> None:
        """Bring the figures in line with committed changes and repaint only touched rows."""
        touched = self.figures.apply(changes, cells=cells)
        self._memo_key = None
        if touched.new_rows:
            self.beginResetModel()
            self._build_rows()
            self.endResetModel()
        else:
            self._repaint(touched)
        self.totalsChanged.emit()

    def _repaint(self, touched: Touched) -> None:
        columns = {c for w in touched.weeks if (c := self._week_col.get(w)) is not None}
        if not columns and not touched.cells:
            return
        # One dataChanged per touched cell: a view repaints just those rectangles (a
        # multi-cell range would make it repaint its whole viewport).
        rows = self._index.touched(touched.people, touched.projects, self.grid.projects)
        cols = sorted(columns | {self.columnCount() - 1})
        for i in sorted(rows):
            for c in cols:
                index = self.index(i, c)
                self.dataChanged.emit(index, index)

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self.rows)
            and 0 <= index.column() <= len(self._spans)
        )
