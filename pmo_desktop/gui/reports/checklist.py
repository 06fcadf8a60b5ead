"""Editing the process checklist of a project type: add, rename, reorder, retire and
reactivate lines, each an undoable edit (``commands``). A retired line stops counting from
the week it was retired; earlier weeks keep its ticks and their share. Reactivated, it
counts again from that week on; the weeks while it was retired still do not count it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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

from pmo_desktop.domain.adherence import PROJECT_TYPES, Period
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Outcome
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.models import RowModel
from pmo_desktop.gui.row_model import Column
from pmo_desktop.gui.widgets import fill_choices
from pmo_desktop.services.reports import checklist
from pmo_desktop.services.reports.checklist import ChecklistItem

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
    """The lines of one project type's checklist and the buttons that change them.

    ``today`` gives the week an added, retired or reactivated line counts from; ``applied``
    takes each edit's outcome (showing a refusal) and says whether it was applied.
    """

    def __init__(
        self,
        context: AreaContext,
        *,
        today: Callable[[], date],
        applied: Callable[[Outcome], bool],
    ) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.applied = applied
        self.type_combo = QComboBox()
        fill_choices(
            self.type_combo,
            [(TYPE_LABELS.get(kind, kind.capitalize()), kind) for kind in PROJECT_TYPES],
        )
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
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip("Move the selected item down")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
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
        keep, kind = self.selected(), self.kind()
        self.model.set_rows(self.context.edits.read(lambda s: checklist.checklist(s, kind)))
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

    def add(self) -> None:
        """Add the typed line at the end of the type's checklist, counting from this week."""
        edits, title = self.context.edits, self.title_edit.text()
        if self.applied(commands.add_checklist_item(edits, self.kind(), title, self.today())):
            self.title_edit.clear()

    def rename(self) -> None:
        """Rename the selected line to the typed text."""
        item = self.selected()
        if item is None:
            return
        title = self.title_edit.text()
        if self.applied(commands.rename_checklist_item(self.context.edits, item, title)):
            self.title_edit.clear()

    def move_selected(self, step: int) -> None:
        """Move the selected line up (-1) or down (+1)."""
        item = self.selected()
        if item is None:
            return
        self.applied(commands.move_checklist_item(self.context.edits, item, step))

    def toggle_retired(self) -> None:
        """Retire the selected line from this week, or put a retired one back."""
        item = self.selected()
        if item is None:
            return
        edit = commands.retire_checklist_item if item.active else commands.reactivate_checklist_item
        self.applied(edit(self.context.edits, item, self.today()))
