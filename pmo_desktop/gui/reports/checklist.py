"""Editing the process checklist of a project type: add, rename, reorder, retire and
reactivate lines, each an undoable command. A retired line stops counting from the week it
was retired; earlier weeks keep its ticks and their share. Reactivated, it counts again from
that week on; the weeks while it was retired still do not count it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from pmo_desktop.domain.adherence import PROJECT_TYPES, Period
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports.models import RowModel
from pmo_desktop.gui.row_model import Column
from pmo_desktop.services.reports import reporting
from pmo_desktop.services.reports.reporting import ChecklistItem

if TYPE_CHECKING:
    from pmo_desktop.gui.reports.page import AdherenceTab

TYPE_LABELS = {"delivery": "Client delivery projects", "internal": "Internal projects"}
MUTED = "#7a8696"


def item_status(item: ChecklistItem) -> str:
    """What the status column says, from the line's latest period: on the checklist (since
    a week), or retired from one."""
    latest = item.latest
    if not item.active:
        if latest is None or latest.retired_from is None:
            return "Retired"
        return f"Retired from {latest.retired_from:%d %b %Y}"
    if latest is not None and latest.counts_from is not None:
        return f"Since {latest.counts_from:%d %b %Y}"
    return "On the checklist"


def _period_text(period: Period) -> str:
    start = (
        "from the start" if period.counts_from is None else f"from {period.counts_from:%d %b %Y}"
    )
    if period.retired_from is None:
        return "every week" if period.counts_from is None else f"{start} on"
    return f"{start}, retired from {period.retired_from:%d %b %Y}"


def item_history(item: ChecklistItem) -> str:
    """The tooltip of the status: every stretch of weeks the line counts in, oldest first
    (a line retired and reactivated has several)."""
    if not item.periods:
        return "Counts in no week"
    lines = [_period_text(period) for period in item.periods]
    if len(lines) == 1:
        return f"Counts {lines[0]}"
    return "Counts in the weeks:\n" + "\n".join(f"• {line}" for line in lines)


class ChecklistEditor(QWidget):
    """The lines of one project type's checklist and the buttons that change them."""

    def __init__(self, tab: AdherenceTab) -> None:
        super().__init__()
        self.tab = tab
        self.type_combo = QComboBox()
        for kind in PROJECT_TYPES:
            self.type_combo.addItem(TYPE_LABELS.get(kind, kind.capitalize()), kind)
        self.type_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowModel[ChecklistItem](
            [
                Column("Checklist item", lambda r: r.title, tooltip=lambda r: r.title),
                Column(
                    "Status",
                    item_status,
                    colour=lambda r: None if r.active else MUTED,
                    tooltip=item_history,
                ),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Item text: a new item, or the selected one's new name")
        self.title_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton("Rename")
        self.rename_button.clicked.connect(self.rename)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip("Move the selected item up")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip("Move the selected item down")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button = QPushButton("Retire")
        self.retire_button.clicked.connect(self.toggle_retired)

        head = QHBoxLayout()
        title = plain_label("Checklist of")
        title.setProperty("role", "section")
        head.addWidget(title)
        head.addWidget(self.type_combo, 1)
        edit = QHBoxLayout()
        edit.addWidget(self.title_edit, 1)
        for button in (self.add_button, self.rename_button):
            edit.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.retire_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(edit)
        layout.addLayout(buttons)
        self._selected()

    def kind(self) -> str:
        """The project type whose checklist is shown."""
        return str(self.type_combo.currentData())

    def show_kind(self, kind: str) -> None:
        """Show the checklist of ``kind`` (the project picked above)."""
        index = self.type_combo.findData(kind)
        if index >= 0 and index != self.type_combo.currentIndex():
            self.type_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Re-read the lines of the type, keeping the selection."""
        keep = self.selected()
        with self.tab.session() as s:
            rows = reporting.checklist(s, self.kind())
        self.model.set_rows(rows)
        if keep is not None:
            self.select_item(keep.id)
        self._selected()

    def selected(self) -> ChecklistItem | None:
        """The line selected, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        """Select a line by id."""
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.view.selectRow(row)
                return

    def _selected(self) -> None:
        item = self.selected()
        for button in (self.rename_button, self.up_button, self.down_button, self.retire_button):
            button.setEnabled(item is not None)
        retired = item is not None and not item.active
        self.retire_button.setText("Reactivate" if retired else "Retire")
        self.retire_button.setToolTip(
            "Put it back on the checklist from this week; the weeks while it was retired "
            "still do not count it"
            if retired
            else "Take it off the checklist from this week; earlier weeks keep their ticks"
        )

    # ------------------------------------------------------------------ edits

    def _push(
        self, text: str, do: Callable[[Session], Any], undo: Callable[[Session, Any], None]
    ) -> bool:
        command = self.tab.push(text, do, undo)
        return not command.failed

    def add(self) -> None:
        """Add the typed line at the end of the type's checklist, counting from this week."""
        kind, title, today = self.kind(), self.title_edit.text(), self.tab.today or date.today()
        if self._push(
            "Add checklist item",
            lambda s: reporting.add_checklist_item(s, kind, title, today).id,
            lambda s, item_id: reporting.delete_checklist_item(s, item_id),
        ):
            self.title_edit.clear()

    def rename(self) -> None:
        """Rename the selected line to the typed text."""
        item = self.selected()
        if item is None:
            return
        title = self.title_edit.text()
        if self._push(
            f"Rename checklist item “{item.title}”",
            lambda s: reporting.rename_checklist_item(s, item.id, title),
            reporting.restore_checklist_item,
        ):
            self.title_edit.clear()

    def move(self, step: int) -> None:
        """Move the selected line up (-1) or down (+1)."""
        item = self.selected()
        if item is None:
            return
        kind = item.project_type
        self._push(
            "Move checklist item",
            lambda s: reporting.move_checklist_item(s, item.id, step),
            lambda s, before: reporting.set_checklist_order(s, kind, before) and None,
        )

    def toggle_retired(self) -> None:
        """Retire the selected line from this week, or put a retired one back."""
        item = self.selected()
        if item is None:
            return
        today = self.tab.today or date.today()
        if item.active:
            self._push(
                f"Retire checklist item “{item.title}”",
                lambda s: reporting.retire_checklist_item(s, item.id, today),
                reporting.restore_checklist_item,
            )
        else:
            self._push(
                f"Reactivate checklist item “{item.title}”",
                lambda s: reporting.reactivate_checklist_item(s, item.id, today),
                reporting.restore_checklist_item,
            )
