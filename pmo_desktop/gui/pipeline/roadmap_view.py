"""The client roadmap: one client's initiatives on a quarter timeline.

Rows are initiatives, columns quarters; an initiative sits in its quarter's cell. Drag it
to another column to move it to that quarter (``application/x-pmo-roadmap+json``); add,
edit (double-click) and delete through the Designer-made editor. Every edit is undoable.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
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
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import Quarter, RoadmapStatus
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_roadmap_item_editor import Ui_RoadmapItemEditor
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.editors import ErrorLabels, choices
from pmo_desktop.gui.pipeline.new_menu import EditorHooks
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.gui.widgets import fill_choices, select_data
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import roadmap
from pmo_desktop.services.pipeline.roadmap import RoadmapData, RoadmapRow

MIME_TYPE = "application/x-pmo-roadmap+json"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    RoadmapStatus.IDEA: QColor("#e8eaf0"),
    RoadmapStatus.PLANNED: QColor("#d6e4f5"),
    RoadmapStatus.IN_PROGRESS: QColor("#fbe7b5"),
    RoadmapStatus.DONE: QColor("#d3ecd9"),
    RoadmapStatus.DROPPED: QColor("#eeeeee"),
}


def quarter_span(today_quarter: Quarter, rows: list[RoadmapRow]) -> list[Quarter]:
    """Last quarter to four ahead, widened to cover every item."""
    first, last = today_quarter.shifted(-1), today_quarter.shifted(4)
    for row in rows:
        first = min(first, row.data.quarter)
        last = max(last, row.data.quarter)
    span = []
    current = first
    while current <= last:
        span.append(current)
        current = current.shifted(1)
    return span


class RoadmapModel(QAbstractTableModel):
    """Initiatives × quarters; each initiative fills the cell of its quarter."""

    move_requested = Signal(int, object)  # item id, target Quarter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RoadmapRow] = []
        self._quarters: list[Quarter] = []

    def set_items(self, rows: list[RoadmapRow], quarters: list[Quarter]) -> None:
        """Show ``rows`` on the ``quarters`` timeline."""
        self.beginResetModel()
        self._rows = list(rows)
        self._quarters = list(quarters)
        self.endResetModel()

    def quarters(self) -> list[Quarter]:
        """The columns."""
        return list(self._quarters)

    def item_at(self, row: int) -> RoadmapRow:
        """The initiative on row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of initiatives."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of quarters."""
        return 0 if parent.isValid() else len(self._quarters)

    def _placed(self, index: ModelIndex) -> RoadmapRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        return row if self._quarters[index.column()] == row.data.quarter else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The initiative's title in its quarter's cell, coloured by status."""
        item = self._placed(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.data.title
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLOURS[item.data.status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1f2933")
        if role == Qt.ItemDataRole.ToolTipRole:
            program = item.program or "no program yet"
            return literal(
                f"{item.data.title} — {item.data.status.label}\n{item.client} / {program}\n"
                f"{item.data.description or ''}".strip()
            )
        if role == ITEM_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Quarters across, nothing down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._quarters):
            quarter = self._quarters[section]
            return (
                f"{quarter.label} (now)" if quarter == Quarter.of(date.today()) else quarter.label
            )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section].data.status.label
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Placed cells drag; every cell accepts a drop."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if self._placed(index) is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        """The roadmap's payload type."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged initiatives' ids."""
        ids = sorted({self._rows[i.row()].id for i in indexes if self._placed(i) is not None})
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps(ids).encode())
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        """Drops move initiatives."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Ask to move each dropped initiative to the quarter of the target column."""
        if not data.hasFormat(MIME_TYPE):
            return False
        target = parent.column() if parent.isValid() else column
        if not 0 <= target < len(self._quarters):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        quarter = self._quarters[target]
        for item_id in ids:
            current = next((r for r in self._rows if r.id == item_id), None)
            if current is not None and current.data.quarter != quarter:
                self.move_requested.emit(item_id, quarter)
        return False  # the command moves it; nothing for the view to remove


class RoadmapItemEditor(QDialog):
    """Title, program, quarter, status and description of an initiative."""

    def __init__(
        self,
        data: RoadmapData,
        programs: list[pipeline_edit.Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RoadmapItemEditor()
        self.ui.setupUi(self)
        self.client_id = data.client_id
        self.errors = ErrorLabels(
            {"title": self.ui.titleError, "program": self.ui.programError}, self.ui.formError
        )
        fill_choices(
            self.ui.programCombo,
            choices([p for p in programs if p.parent_id == data.client_id]),
            "No program yet",
        )
        select_data(self.ui.programCombo, data.program_id)
        for q in range(1, 5):
            self.ui.quarterCombo.addItem(f"Q{q}", q)
        for status in RoadmapStatus:
            self.ui.statusCombo.addItem(status.label, status.value)
        self.ui.titleEdit.setText(data.title)
        self.ui.yearSpin.setValue(data.quarter.year)
        select_data(self.ui.quarterCombo, data.quarter.quarter)
        select_data(self.ui.statusCombo, data.status.value)
        self.ui.descriptionEdit.setPlainText(data.description or "")
        self.validate: Any = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> RoadmapData:
        """What the fields hold."""
        return RoadmapData(
            self.client_id,
            self.ui.titleEdit.text(),
            Quarter(self.ui.yearSpin.value(), self.ui.quarterCombo.currentData()),
            RoadmapStatus(self.ui.statusCombo.currentData()),
            self.ui.programCombo.currentData(),
            self.ui.descriptionEdit.toPlainText() or None,
        )

    def accept(self) -> None:
        """Close only when the service accepts the data."""
        try:
            if self.validate is not None:
                self.validate(self.data())
        except ValidationError as err:
            self.errors.show(err)
            return
        super().accept()


class RoadmapPanel(QWidget):
    """One client's roadmap with add / edit / delete and drag between quarters."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor_hooks = EditorHooks()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.client_combo = QComboBox(self)
        self.client_combo.setAccessibleName("Client")
        self.client_combo.setMinimumWidth(220)
        self.add_button = QPushButton("&Add initiative…", self)
        self.delete_button = QPushButton("&Delete", self)
        hint = plain_label("Drag an initiative to another quarter; double-click to edit.", self)
        hint.setProperty("role", "note")
        top.addWidget(plain_label("Client", self))
        top.addWidget(self.client_combo)
        top.addWidget(hint, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.model = RoadmapModel(self)
        table = QTableView(self)
        table.setObjectName("roadmapTable")
        table.setModel(self.model)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(44)
        self.table = table
        layout.addWidget(table, 1)
        self.client_combo.currentIndexChanged.connect(self.reload)
        self.model.move_requested.connect(self.move_item)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        table.doubleClicked.connect(self._edit_at)
        context.edits.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Re-read the clients and the chosen client's roadmap."""
        clients = self.context.edits.read(pipeline_edit.client_choices)
        chosen = self.client_combo.currentData()
        self.client_combo.blockSignals(True)
        fill_choices(self.client_combo, choices(clients))
        select_data(self.client_combo, chosen)
        self.client_combo.blockSignals(False)
        self.reload()

    def reload(self, *_args: object) -> None:
        """Show the chosen client's initiatives."""
        client_id = self.client_combo.currentData()
        rows: list[RoadmapRow] = []
        if client_id is not None:
            rows = self.context.edits.read(lambda s: roadmap.list_roadmap(s, client_id))
        self.model.set_items(rows, quarter_span(Quarter.of(date.today()), rows))
        self.add_button.setEnabled(client_id is not None)

    def _on_changed(self, changed: Changed) -> None:
        """An initiative was saved, moved, deleted or put back: show the roadmap again
        (the page refreshes the panel after its own wide changes)."""
        change = changed.result
        if isinstance(change, commands.Change) and change.kind == commands.INITIATIVE:
            self.reload()

    # ------------------------------------------------------------------ edits

    def move_item(self, item_id: int, quarter: Quarter) -> None:
        """Move an initiative to ``quarter`` (undoable)."""
        data = self.context.edits.read(lambda s: roadmap.get_item(s, item_id))
        self._push_save(item_id, replace(data, quarter=quarter), f"Move “{data.title}”")

    def add_item(self) -> None:
        """Ask for a new initiative of the chosen client."""
        client_id = self.client_combo.currentData()
        if client_id is None:
            return
        blank = RoadmapData(client_id, "", Quarter.of(date.today()).shifted(1))
        self._edit(None, blank)

    def delete_selected(self) -> None:
        """Delete the selected initiative (undoable)."""
        index = self.table.currentIndex()
        item = index.data(ITEM_ROLE) if index.isValid() else None
        if isinstance(item, RoadmapRow):
            commands.delete_initiative(self.context.edits, item)

    def _edit_at(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, RoadmapRow):
            self._edit(item.id, item.data)

    def _edit(self, item_id: int | None, data: RoadmapData) -> None:
        programs = self.context.edits.read(pipeline_edit.program_choices)
        dialog = RoadmapItemEditor(data, programs, self)

        def check(session: Any, value: RoadmapData) -> None:
            roadmap.save_item(session, item_id, value)

        dialog.validate = commands.validator(self.context.edits, check)
        if self.editor_hooks.exec(dialog):
            value = dialog.data()
            verb = "Edit" if item_id else "Add"
            self._push_save(item_id, value, f"{verb} initiative “{value.title.strip()}”")

    def _push_save(self, item_id: int | None, data: RoadmapData, text: str) -> None:
        # A refusal (the client or program went meanwhile) leaves the roadmap as it is.
        commands.save_initiative(self.context.edits, item_id, data, text)
