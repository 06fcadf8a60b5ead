"""The Retrospectives tab: the list of retrospectives, a board with its notes by column
and their votes, and the actions agreed with owners and due dates; a board exports to
PDF. Every edit is undoable; a note added or deleted goes on or off the board shown from
what the service returned, other edits re-read the list and the board."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.reporting import RetroFormat
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.commands import Change
from pmo_desktop.gui.reports.models import RowModel
from pmo_desktop.gui.reports.tab import ReportsTab, selected_row, table
from pmo_desktop.gui.row_model import Column
from pmo_desktop.gui.widgets import fill_choices, pydate
from pmo_desktop.services.portfolio import list_people, list_projects
from pmo_desktop.services.reports import retrospectives
from pmo_desktop.services.reports.retrospectives import (
    RetroActionData,
    RetroActionRow,
    RetroBoard,
    RetroData,
    RetroItemRow,
    RetroRow,
)


class RetroTab(ReportsTab):
    """Retrospectives: the list, a board with notes and votes, and actions with owners."""

    #: The board's actions (the name hides ``QWidget.actions``, as the tests know it).
    actions: RowModel[RetroActionRow]  # type: ignore[assignment]

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.retro_id: int | None = None
        self.board: RetroBoard | None = None
        self.retros = RowModel[RetroRow](
            [
                Column("Held", lambda r: f"{r.held_on:%d %b %Y}"),
                Column("Retrospective", lambda r: r.title),
                Column("Format", lambda r: r.format.label),
                Column("Open actions", lambda r: str(r.open_actions), right=True),
            ]
        )
        self.retro_view = table(self.retros, stretch=1)
        self.retro_view.selectionModel().selectionChanged.connect(self._select)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText("Title of a new retrospective")
        self.new_format = QComboBox()
        fill_choices(self.new_format, [(fmt.label, fmt.value) for fmt in RetroFormat])
        self.new_project = QComboBox()
        self.create_button = QPushButton("Create")
        self.create_button.clicked.connect(self.create_retrospective)

        self.notes = RowModel[RetroItemRow](
            [
                Column("Column", lambda r: r.column),
                Column("Note", lambda r: r.text, tooltip=lambda r: r.text),
                Column("Votes", lambda r: str(r.votes), right=True),
            ]
        )
        self.note_view = table(self.notes, stretch=1)
        self.column_combo = QComboBox()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("A note for the board")
        self.note_edit.returnPressed.connect(self.add_note)
        self.add_note_button = QPushButton("Add note")
        self.add_note_button.clicked.connect(self.add_note)
        self.vote_button = QPushButton("Vote +1")
        self.vote_button.clicked.connect(self.vote)
        self.delete_note_button = QPushButton("Delete note")
        self.delete_note_button.clicked.connect(self.delete_note)

        self.actions = RowModel[RetroActionRow](
            [
                Column("Action", lambda r: r.text, tooltip=lambda r: r.text),
                Column("Owner", lambda r: r.owner or "—"),
                Column("Due", lambda r: f"{r.due_date:%d %b %Y}" if r.due_date else "—"),
                Column("Done", lambda r: "", checked=lambda r: r.done),
            ]
        )
        self.actions.toggle_requested.connect(self.set_done)
        self.action_view = table(self.actions, stretch=0)
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText("An action agreed")
        self.owner_combo = QComboBox()
        self.due_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.due_edit.setCalendarPopup(True)
        self.add_action_button = QPushButton("Add action")
        self.add_action_button.clicked.connect(self.add_action)
        self.pdf_button = QPushButton("Export PDF…")
        self.pdf_button.clicked.connect(self.pdf_dialog)
        self.board_title = plain_label("Choose a retrospective")
        self.board_title.setProperty("role", "section")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.retro_view, 1)
        new = QFormLayout()
        new.addRow(plain_label("Title"), self.new_title)
        new.addRow(plain_label("Format"), self.new_format)
        new.addRow(plain_label("Project"), self.new_project)
        ll.addLayout(new)
        ll.addWidget(self.create_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.board_title, 1)
        head.addWidget(self.pdf_button)
        rl.addLayout(head)
        rl.addWidget(self.note_view, 3)
        add = QHBoxLayout()
        add.addWidget(self.column_combo)
        add.addWidget(self.note_edit, 1)
        add.addWidget(self.add_note_button)
        add.addWidget(self.vote_button)
        add.addWidget(self.delete_note_button)
        rl.addLayout(add)
        rl.addWidget(self.action_view, 2)
        act = QHBoxLayout()
        act.addWidget(self.action_edit, 1)
        act.addWidget(self.owner_combo)
        act.addWidget(self.due_edit)
        act.addWidget(self.add_action_button)
        rl.addLayout(act)
        rl.addWidget(self.error_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        """The list, the open board and the choices."""
        rows, people, projects = self.context.edits.read(
            lambda s: (retrospectives.list_retrospectives(s), list_people(s), list_projects(s))
        )
        self.retros.set_rows(rows)
        if not self.owner_combo.count():
            fill_choices(self.owner_combo, [(p.name, p.id) for p in people], "No owner")
        if not self.new_project.count():
            fill_choices(self.new_project, [(f"{p.name} ({p.client})", p.id) for p in projects])
        if not self._exists(rows) and rows:
            self.retro_id = rows[0].id  # the one shown is gone (or none was): the newest
        shown = self.retro_id if self._exists(rows) else None
        board = None
        if shown is not None:
            board = self.context.edits.read(lambda s: retrospectives.retrospective(s, shown))
        self._show_board(board)

    def changed(self, change: Change, undoing: bool) -> None:
        """A note put on or taken off the board shown updates it from the note; a new
        retrospective is shown; any other change re-reads the list and the board."""
        board = self.board
        if change.note is not None and board is not None and change.retro_id == board.id:
            notes = [item for item in board.items if item.id != change.note.id]
            if not change.note_gone:
                notes.append(change.note)
            self._show_board(replace(board, items=tuple(notes)))
            return
        if change.note is None and change.retro_id is not None:
            self.retro_id = change.retro_id
        self.refresh()

    def _exists(self, rows: list[RetroRow]) -> bool:
        return self.retro_id is not None and any(r.id == self.retro_id for r in rows)

    def _select(self) -> None:
        row = selected_row(self.retro_view)
        if row is None:
            return
        retro_id = self.retros.row_at(row).id
        if retro_id != self.retro_id:
            self.retro_id = retro_id
            self._show_board(
                self.context.edits.read(lambda s: retrospectives.retrospective(s, retro_id))
            )

    def _show_board(self, board: RetroBoard | None) -> None:
        self.board = board
        if board is None:
            self.notes.set_rows([])
            self.actions.set_rows([])
            self.board_title.setText("No retrospective yet — create one on the left")
            return
        self.board_title.setText(f"{board.data.title} · {board.data.format.label} · {board.scope}")
        columns = board.data.format.columns
        if [self.column_combo.itemText(i) for i in range(self.column_combo.count())] != list(
            columns
        ):
            self.column_combo.clear()
            self.column_combo.addItems(list(columns))
        ordered = [item for column in columns for item in board.column(column)]
        self.notes.set_rows(ordered)
        self.actions.set_rows(board.actions)

    def create_retrospective(self) -> None:
        """Create a retrospective for the chosen project (undoable)."""
        data = RetroData(
            self.new_title.text(),
            RetroFormat(self.new_format.currentData()),
            date.today(),
            self.new_project.currentData(),
        )
        if self.applied(commands.create_retrospective(self.context.edits, data)):
            self.new_title.clear()

    def add_note(self) -> None:
        """Add the typed note to the chosen column (undoable)."""
        if self.retro_id is None:
            return
        retro_id, column, text = (
            self.retro_id,
            self.column_combo.currentText(),
            self.note_edit.text(),
        )
        if self.applied(commands.add_note(self.context.edits, retro_id, column, text)):
            self.note_edit.clear()

    def vote(self) -> None:
        """One more vote on the selected note (undoable)."""
        row = selected_row(self.note_view)
        if row is None:
            return
        item_id = self.notes.row_at(row).id
        self.applied(commands.vote(self.context.edits, item_id))
        self.note_view.selectRow(
            next((i for i, r in enumerate(self.notes.rows()) if r.id == item_id), 0)
        )

    def delete_note(self) -> None:
        """Delete the selected note (undoable)."""
        row = selected_row(self.note_view)
        if row is None:
            return
        item_id = self.notes.row_at(row).id
        self.applied(commands.delete_note(self.context.edits, item_id))

    def add_action(self) -> None:
        """Add an action with its owner and due date (undoable)."""
        if self.retro_id is None:
            return
        retro_id = self.retro_id
        data = RetroActionData(
            self.action_edit.text(), self.owner_combo.currentData(), pydate(self.due_edit.date())
        )
        if self.applied(commands.add_action(self.context.edits, retro_id, data)):
            self.action_edit.clear()

    def set_done(self, row: RetroActionRow, done: bool) -> None:
        """Tick an action done or not (undoable)."""
        self.applied(commands.set_action_done(self.context.edits, row, done))

    def pdf_dialog(self) -> None:
        """Save the board as a shareable PDF."""
        if self.board is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export retrospective", "retrospective.pdf", "PDF (*.pdf)"
        )
        if path:
            from pmo_desktop.reports.pdf.retrospective import write_retrospective

            write_retrospective(Path(path), self.board)
