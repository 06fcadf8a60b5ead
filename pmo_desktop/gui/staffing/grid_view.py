"""The grid's view: frozen name column, keyboard editing, drag of cells (the model colours
the bands, hatches tentative hours and writes over-allocation as an exact percentage).

As in a spreadsheet: Ctrl+Enter after typing a number fills every selected cell with it;
Ctrl+C copies the selection as tab-separated text (what Excel and LibreOffice paste),
Ctrl+X cuts it, Ctrl+V pastes such text from the current cell on; each is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDrag, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from pmo_desktop.gui.staffing.grid_model import StaffingGridModel, hours_text
from pmo_desktop.services.staffing.tables import CellKey

NAME_WIDTH = 220
#: The most cells one paste writes (a whole sheet pasted by mistake is refused).
MAX_PASTE_CELLS = 20_000


class StaffingGridView(QTableView):
    """The grid: weeks scroll, names (vertical header) stay; Delete clears; typing sets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No Python item delegate: the cells (tentative hatching included, see the model's
        # BackgroundRole) are drawn by Qt's own delegate. With the PySide6 build in use, every
        # Python override called while painting leaks a reference to None, and a
        # Python-painted grid crashed the app ("deallocating None") after a few hundred
        # scroll steps.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(86)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        vertical = self.verticalHeader()
        vertical.setDefaultSectionSize(26)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setFixedWidth(NAME_WIDTH)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical.sectionClicked.connect(self._toggle)
        #: Delete or Backspace on selected allocation cells (set by the page).
        self.clear_requested: Callable[[list[CellKey]], bool] | None = None
        #: A fill or a paste: (undo text, hours per cell) → done (set by the page).
        self.cells_requested: Callable[[str, dict[CellKey, float]], bool] | None = None
        #: Said when a paste or fill cannot be made (set by the page).
        self.refused: Callable[[str], None] = lambda _message: None
        # A shortcut, not an event filter: nothing of ours runs while the grid paints.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            fill = QShortcut(QKeySequence(keys), self)
            fill.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            fill.activated.connect(self._fill_from_editor)

    def grid_model(self) -> StaffingGridModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, StaffingGridModel)
        return model

    def _toggle(self, row: int) -> None:
        self.grid_model().toggle(row)

    def selected_weeks(self, row: int, column: int) -> list[date]:
        """The weeks of ``row``'s selected cells when the cell (row, column) is one of them
        (a drop on a selected range covers all of it), else none."""
        selection = self.selectionModel()
        model = self.grid_model()
        if selection is None or not selection.isSelected(model.index(row, column)):
            return []
        columns = sorted(i.column() for i in selection.selectedIndexes() if i.row() == row)
        return [week for c in columns if (week := model.week_of(c)) is not None]

    def selected_cells(self) -> list[CellKey]:
        """The (person, project, week) of selected allocation cells."""
        model = self.grid_model()
        found = (model.cell_key(index) for index in self.selectedIndexes())
        return [key for key in found if key is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            if self.clear_requested is not None:
                self.clear_requested(self.selected_cells())
            event.accept()
            return
        if not editing:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Cut):
                self.cut_selection()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_text(QGuiApplication.clipboard().text())
                event.accept()
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ fill and clipboard

    def _fill_from_editor(self) -> None:
        """Ctrl+Enter while typing in a cell: every selected cell gets the typed hours."""
        editor = QApplication.focusWidget()
        if self.state() != QAbstractItemView.State.EditingState or not isinstance(
            editor, QLineEdit
        ):
            return
        text = editor.text()
        if len(self.selected_cells()) <= 1:
            self.commitData(editor)  # one cell: as Enter
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        self.fill_selection(text)

    def fill_selection(self, text: str) -> bool:
        """Every selected allocation cell gets these hours (one undo step)."""
        hours = hours_text(text)
        cells = self.selected_cells()
        if hours is None:
            self.refused(f"{text.strip()!r} is not a number of hours between 0 and 168")
            return False
        if not cells or self.cells_requested is None:
            return False
        return self.cells_requested(f"Fill {len(cells)} cells", dict.fromkeys(cells, hours))

    def copy_selection(self) -> bool:
        """The selected block as tab-separated text on the clipboard: rows × weeks, hours in
        allocation cells, empty elsewhere."""
        indexes = self.selectedIndexes()
        if not indexes:
            return False
        model = self.grid_model()
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for row in range(rows[0], rows[-1] + 1):
            cells = []
            for column in range(columns[0], columns[-1] + 1):
                key = model.cell_key(model.index(row, column))
                hours = model.figures.cell_hours(*key)[0] if key is not None else 0.0
                cells.append(
                    f"{hours:g}" if key is not None and hours and (row, column) in chosen else ""
                )
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        return True

    def cut_selection(self) -> bool:
        """Copy the selection, then clear its allocation cells (one undo step)."""
        if not self.copy_selection() or self.clear_requested is None:
            return False
        return self.clear_requested(self.selected_cells())

    def paste_text(self, text: str) -> bool:
        """Tab-separated hours (from this grid, Excel or LibreOffice) written from the
        current cell on, onto the allocation cells under them; one undo step. Refused whole
        when any value is not hours."""
        current = self.currentIndex()
        if not current.isValid() or not text.strip():
            return False
        model = self.grid_model()
        lines = text.rstrip("\r\n").replace("\r\n", "\n").split("\n")
        if sum(len(line.split("\t")) for line in lines) > MAX_PASTE_CELLS:
            self.refused(f"that is more than {MAX_PASTE_CELLS:,} cells: nothing was pasted")
            return False
        hours: dict[CellKey, float] = {}
        for r, line in enumerate(lines):
            for c, value in enumerate(line.split("\t")):
                key = model.cell_key(model.index(current.row() + r, current.column() + c))
                if key is None:
                    continue  # a total, a header row or past the edge: left alone
                parsed = hours_text(value)
                if parsed is None:
                    self.refused(
                        f"row {r + 1}, column {c + 1}: {value.strip()!r} is not hours "
                        "between 0 and 168; nothing was pasted"
                    )
                    return False
                hours[key] = parsed
        if not hours or self.cells_requested is None:
            return False
        return self.cells_requested(f"Paste {len(hours)} cells", hours)

    def startDrag(self, supported: Qt.DropAction) -> None:
        # The model moves the hours itself: never let Qt clear or remove the source cells.
        indexes = [i for i in self.selectedIndexes() if i.flags() & Qt.ItemFlag.ItemIsDragEnabled]
        current = self.currentIndex()
        if current in indexes:  # the cell under the mouse anchors the drag
            indexes.remove(current)
            indexes.insert(0, current)
        if not indexes:
            return
        data = self.grid_model().mimeData(indexes)
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.exec(supported, Qt.DropAction.MoveAction)

    def scroll_to_week(self, week: date) -> None:
        """Bring a week's column to the left edge."""
        column = self.grid_model().column_of(week)
        if column is not None:
            self.horizontalScrollBar().setValue(
                self.columnViewportPosition(column) + self.horizontalOffset()
            )

    def select_cell(self, row: int, column: int) -> None:
        """Make one cell current and selected."""
        index = self.grid_model().index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
