"""The conflict dialog: someone else saved the same fields meanwhile; which value wins.

Shown by ``Edits`` (through ``MainWindow``) when an edit, an undo or a redo meets another
user's change to a field it also changes. One line per field: the record, the field, what
the editor showed, what they saved, what this edit saves, and a choice of side. Keep theirs
and Take mine choose for every line; Save as chosen uses each line's choice; Cancel leaves
everything as the other user saved it (nothing of this edit is written).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.errors import ConflictError
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.concurrency import FieldConflict, Side

ChoiceKey = tuple[str, Any, str | None]
HEADERS = ("Record", "Field", "You saw", "They saved", "You save", "Keep")
SIDES: tuple[tuple[str, Side], ...] = (("Theirs", "theirs"), ("Mine", "mine"))


def field_name(column: str | None) -> str:
    """``planned_end`` → ``Planned end``; a whole record → ``(whole record)``."""
    if column is None:
        return "(whole record)"
    words = column.removesuffix("_id").removesuffix("_cents").replace("_", " ")
    return words[:1].upper() + words[1:]


def shown(value: Any, column: str | None = None) -> str:
    """A stored value as a manager reads it (money in units, dates ISO, empty as —)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if column is not None and column.endswith("_cents") and isinstance(value, int):
        return f"{value / 100:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return "(record)"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


class ConflictDialog(QDialog):
    """Mine or theirs, per conflicting field."""

    def __init__(self, error: ConflictError, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Changed by someone else")
        self.conflicts: list[FieldConflict] = [
            c for c in error.changes if isinstance(c, FieldConflict)
        ]
        layout = QVBoxLayout(self)
        intro = QLabel(
            literal(
                f"While you were editing, someone else saved changes to the same fields "
                f"({what}). Choose which value to keep for each; nothing is saved until you do."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.conflicts), len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.choosers: list[QComboBox] = []
        for line, conflict in enumerate(self.conflicts):
            cells = (
                conflict.label,
                field_name(conflict.column),
                shown(conflict.base, conflict.column),
                shown(conflict.theirs, conflict.column),
                shown(conflict.mine, conflict.column),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(literal(text))
                self.table.setItem(line, column, item)
            chooser = QComboBox(self.table)
            for text, side in SIDES:
                chooser.addItem(text, side)
            self.table.setCellWidget(line, len(HEADERS) - 1, chooser)
            self.choosers.append(chooser)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 190)
        for column in (1, len(HEADERS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):  # the values share what is left; long ones end in …
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.theirs_button = buttons.addButton(
            "Keep Theirs", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.mine_button = buttons.addButton("Take Mine", QDialogButtonBox.ButtonRole.AcceptRole)
        self.chosen_button = buttons.addButton(
            "Save as Chosen", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.theirs_button.clicked.connect(lambda: self._all("theirs"))
        self.mine_button.clicked.connect(lambda: self._all("mine"))
        self.chosen_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 200 + 30 * min(len(self.conflicts), 10))

    def _all(self, side: Side) -> None:
        for chooser in self.choosers:
            chooser.setCurrentIndex(chooser.findData(side))
        self.accept()

    def choices(self) -> dict[ChoiceKey, Side]:
        """The side chosen for each conflicting field."""
        return {
            conflict.choice_key: chooser.currentData()
            for conflict, chooser in zip(self.conflicts, self.choosers, strict=True)
        }


def ask_conflicts(
    parent: QWidget | None, error: ConflictError, what: str
) -> Mapping[ChoiceKey, Side] | None:
    """Show the dialog; the choices, or None when the user cancels."""
    dialog = ConflictDialog(error, what, parent)
    if not dialog.exec():
        return None
    return dialog.choices()
