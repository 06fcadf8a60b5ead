"""The 1:1 tab: timeline, agenda with carried-over talking points, actions, private notes.
Every change is an edit of ``gui.people.commands``; a refusal is shown beside the editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QHeaderView, QWidget

from pmo_desktop.domain.cadence import DEFAULT_CADENCE, following
from pmo_desktop.domain.people import ActionOwner
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Outcome
from pmo_desktop.gui.forms.ui_one_on_one_editor import Ui_OneOnOneEditor
from pmo_desktop.gui.people import commands, models
from pmo_desktop.gui.row_model import RowModel
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, pydate, select_data
from pmo_desktop.services.concurrency import Snapshot, snapshot
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people.one_on_ones import ActionRow, OneOnOneDetail, OneOnOneRow, PointRow
from pmo_desktop.services.people.team import person_header

#: The 1:1 notes are GitHub Markdown without inline HTML (shown as typed, not rendered).
NOTES_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class OneOnOnePanel(QWidget):
    """A person's 1:1s: pick one on the timeline, edit its agenda, actions and notes."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OneOnOneEditor()
        self.ui.setupUi(self)
        self.context = context
        self.edits = context.edits
        self.person_id: int | None = None
        self.person_name = ""
        self.detail: OneOnOneDetail | None = None
        #: The 1:1 as its notes were loaded: a save of the notes merges over it.
        self._notes_seen: Snapshot | None = None
        ui = self.ui
        ui.meetingTitle.setProperty("role", "section")
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.nextLabel.setProperty("role", "note")
        ui.nextLabel.setWordWrap(True)
        self.timeline: RowModel[OneOnOneRow] = RowModel(models.TIMELINE, self)
        self.points: RowModel[PointRow] = RowModel(models.POINTS, self)
        # (shadows QWidget.actions(), which this panel never uses)
        self.actions: RowModel[ActionRow] = RowModel(models.ACTIONS, self)  # type: ignore[assignment]
        ui.timelineList.setModel(self.timeline)
        ui.pointsList.setModel(self.points)
        ui.actionsTable.setModel(self.actions)
        ui.actionsTable.verticalHeader().setVisible(False)
        header = ui.actionsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.oneOnOneSplitter.setSizes([300, 900])
        fill_choices(ui.ownerCombo, [(owner.label, owner.value) for owner in ActionOwner])
        select_data(ui.ownerCombo, ActionOwner.THEM.value)
        ui.dueEdit.setDate(QDate.currentDate().addDays(7))
        ui.dueEdit.setEnabled(False)
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.timelineList.selectionModel().currentChanged.connect(self._on_current)
        ui.newButton.clicked.connect(self.new_one_on_one)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.saveNotesButton.clicked.connect(self.save_notes)
        ui.boldButton.clicked.connect(self._bold)
        ui.bulletButton.clicked.connect(self._bullets)
        ui.addPointButton.clicked.connect(self.add_point)
        ui.pointEdit.returnPressed.connect(self.add_point)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.actionEdit.returnPressed.connect(self.add_action)
        self.points.toggle_requested.connect(self.tick_point)
        self.actions.toggle_requested.connect(self.tick_action)
        ui.notesEdit.document().modificationChanged.connect(self._modified)
        self._show(None)

    # ----------------------------------------------------------------------- reading

    def set_person(self, person_id: int | None, name: str = "") -> None:
        """Show another person's 1:1s (saving unsaved notes of the current one first)."""
        self._save_if_modified()
        self.person_id, self.person_name = person_id, name
        self.detail = None
        self.refresh()

    _notes_seen: Snapshot | None = None

    def refresh(self) -> None:
        """Re-read the timeline and the selected 1:1."""
        if self.person_id is None:
            self.timeline.set_rows([])
            self._show(None)
            return
        pid = self.person_id
        rows, header = self.edits.read(lambda s: (svc.one_on_ones(s, pid), person_header(s, pid)))
        keep = self.detail.id if self.detail else None
        self.timeline.set_rows(rows)
        cadence = header.cadence or DEFAULT_CADENCE
        last = rows[0].day if rows else None
        if last is None:
            nxt = "No 1:1 yet."
        else:
            nxt = f"{cadence.label}. Next: {following(last, cadence):%d %b %Y}."
        self.ui.nextLabel.setText(nxt)
        ids = [r.id for r in rows]
        target = keep if keep in ids else (ids[0] if ids else None)
        self.select(target)

    def select(self, one_on_one_id: int | None) -> None:
        """Select a 1:1 on the timeline and show it."""
        ids = [r.id for r in self.timeline.rows()]
        selection = self.ui.timelineList.selectionModel()
        if one_on_one_id in ids:
            index = self.timeline.index(ids.index(one_on_one_id), 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._load(one_on_one_id)
        else:
            selection.clear()
            self._show(None)

    def _on_current(self, current: object, _previous: object) -> None:
        index = self.ui.timelineList.currentIndex()
        if not index.isValid():
            return
        row = self.timeline.row_at(index.row())
        if self.detail is None or self.detail.id != row.id:
            self._save_if_modified()
            self._load(row.id)

    def _load(self, one_on_one_id: int | None) -> None:
        if one_on_one_id is None:
            self._show(None)
            return
        keep_notes = self.detail is not None and self.detail.id == one_on_one_id
        detail, seen = self.edits.read(  # the notes and what they are checked against, at once
            lambda s: (
                svc.one_on_one(s, one_on_one_id),
                snapshot(s, commands.notes_rows(one_on_one_id)),
            )
        )
        self._show(detail, keep_notes, seen)

    def _show(
        self, detail: OneOnOneDetail | None, keep_notes: bool = False, seen: Snapshot | None = None
    ) -> None:
        self.detail = detail
        ui = self.ui
        enabled = detail is not None
        for w in (ui.agendaBox, ui.actionsBox, ui.notesBox, ui.deleteButton):
            w.setEnabled(enabled)
        ui.newButton.setEnabled(self.person_id is not None)
        self.points.set_rows(detail.points if detail else [])
        self.actions.set_rows(detail.actions if detail else [])
        if detail is None:
            ui.meetingTitle.setText("No 1:1 selected" if self.person_id else "")
            ui.notesEdit.clear()
        else:
            ui.meetingTitle.setText(f"1:1 with {self.person_name} on {detail.day:%A %d %B %Y}")
            if not keep_notes or not ui.notesEdit.document().isModified():
                # Markdown, never HTML: imported notes like <img src=//host/x> stay text.
                ui.notesEdit.document().setMarkdown(detail.notes, NOTES_MARKDOWN)
                ui.notesEdit.document().setModified(False)
                # What the notes were when loaded: a save merges over it (a colleague's
                # notes saved meanwhile are kept beside these).
                one_on_one_id = detail.id
                self._notes_seen = seen or self.edits.read(
                    lambda s: snapshot(s, commands.notes_rows(one_on_one_id))
                )
        ui.errorLabel.clear()

    def _modified(self, modified: bool) -> None:
        self.ui.savedLabel.setText("Unsaved changes" if modified else "")

    # ------------------------------------------------------------------------- edits

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)

    def _refused(self, outcome: Outcome) -> bool:
        """Show a refusal beside the editor; True when the edit was made."""
        if outcome.error is not None:
            self._error(outcome.error.message)
        return outcome.ok

    def new_one_on_one(self, day: date | None = None) -> None:
        """Start a 1:1 today whose agenda carries over what is still open, and brings in the
        person's open retrospective actions."""
        if self.person_id is None:
            return
        self._save_if_modified()
        outcome = commands.new_one_on_one(
            self.edits, self.person_id, self.person_name, day or date.today()
        )
        if self._refused(outcome):
            self.detail = outcome.state
            self.refresh()

    def delete_current(self) -> None:
        """Delete the selected 1:1 (undoable)."""
        if self.detail is None:
            return
        mid = self.detail.id
        self.detail = None
        commands.delete_one_on_one(self.edits, mid)
        self.refresh()

    def _save_if_modified(self) -> None:
        if self.detail is not None and self.ui.notesEdit.document().isModified():
            self.save_notes()

    def save_notes(self) -> None:
        """Save the notes (as Markdown) of the selected 1:1."""
        if self.detail is None:
            return
        one_on_one_id, notes = self.detail.id, self.ui.notesEdit.toMarkdown()
        outcome = commands.save_notes(self.edits, one_on_one_id, notes, seen=self._notes_seen)
        if self._refused(outcome):
            self.ui.notesEdit.document().setModified(False)
            stored, self._notes_seen = self.edits.read(
                lambda s: (
                    svc.one_on_one(s, one_on_one_id).notes,
                    snapshot(s, commands.notes_rows(one_on_one_id)),
                )
            )
            if stored != notes:  # merged with notes someone else saved meanwhile: show both
                self.ui.notesEdit.document().setMarkdown(stored, NOTES_MARKDOWN)
                self.ui.notesEdit.document().setModified(False)

    def add_point(self) -> None:
        """Add the typed talking point."""
        if self.detail is None:
            return
        if self._refused(commands.add_point(self.edits, self.detail.id, self.ui.pointEdit.text())):
            self.ui.pointEdit.clear()

    def tick_point(self, row: PointRow, done: bool) -> None:
        """Tick a talking point done (or not)."""
        commands.tick_point(self.edits, row, done)

    def add_action(self) -> None:
        """Add the typed action item with its owner and optional due date."""
        if self.detail is None:
            return
        ui = self.ui
        owner = ActionOwner(ui.ownerCombo.currentData())
        due = pydate(ui.dueEdit.date()) if ui.dueCheck.isChecked() else None
        outcome = commands.add_action(self.edits, self.detail.id, ui.actionEdit.text(), owner, due)
        if self._refused(outcome):
            ui.actionEdit.clear()

    def tick_action(self, row: ActionRow, done: bool) -> None:
        """Tick an action item done (or not)."""
        commands.tick_action(self.edits, row, done)

    # --------------------------------------------------------------------- rich text

    def _bold(self) -> None:
        edit = self.ui.notesEdit
        fmt = QTextCharFormat()
        bold = edit.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        edit.mergeCurrentCharFormat(fmt)
        self.ui.boldButton.setChecked(bold)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bullets(self) -> None:
        cursor = self.ui.notesEdit.textCursor()
        if cursor.currentList() is None:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.ui.notesEdit.setFocus(Qt.FocusReason.OtherFocusReason)
