"""The competency framework editor: each role's competencies with a 1–5 rubric."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rating import Competency, default_framework
from pmo_desktop.gui.forms.ui_people_framework_dialog import Ui_FrameworkDialog
from pmo_desktop.gui.row_model import Column, RowModel
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices

Frameworks = dict[Role, list[Competency]]
Save = Callable[[Frameworks], ValidationError | None]


class FrameworkDialog(QDialog):
    """Edit the frameworks of every role; ``save(changed)`` returns the refusal, if any."""

    def __init__(self, current: Frameworks, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FrameworkDialog()
        self.ui.setupUi(self)
        self.frameworks: Frameworks = {role: list(items) for role, items in current.items()}
        self.changed: set[Role] = set()
        self.save = save
        ui = self.ui
        ui.formError.setStyleSheet(ERROR_STYLE)
        ui.introLabel.setProperty("role", "note")
        self.model: RowModel[Competency] = RowModel([Column("Competency", lambda c: c.name)], self)
        ui.competencyList.setModel(self.model)
        fill_choices(ui.roleCombo, [(role.full_title, role.value) for role in Role])
        ui.frameworkSplitter.setSizes([260, 560])
        self.rubric_edits: list[QLineEdit] = [
            ui.rubric1Edit,
            ui.rubric2Edit,
            ui.rubric3Edit,
            ui.rubric4Edit,
            ui.rubric5Edit,
        ]
        for edit in [ui.keyEdit, ui.nameEdit, ui.descriptionEdit, *self.rubric_edits]:
            edit.textEdited.connect(self._edited)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._load_role())
        ui.competencyList.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._show_current()
        )
        ui.addButton.clicked.connect(self.add)
        ui.removeButton.clicked.connect(self.remove)
        ui.defaultsButton.clicked.connect(self.defaults)
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._load_role()

    @property
    def role(self) -> Role:
        """The role being edited."""
        return Role(self.ui.roleCombo.currentData())

    def _load_role(self, select: int = 0) -> None:
        items = self.frameworks.setdefault(self.role, list(default_framework(self.role)))
        self.model.set_rows(items)
        if items:
            self.ui.competencyList.selectionModel().setCurrentIndex(
                self.model.index(min(select, len(items) - 1), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._show_current()

    def _row(self) -> int:
        index = self.ui.competencyList.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self._row()
        items = self.frameworks[self.role]
        ui = self.ui
        enabled = 0 <= row < len(items)
        ui.detailPanel.setEnabled(enabled)
        competency = items[row] if enabled else Competency("", "", "", ("", "", "", "", ""))
        ui.keyEdit.setText(competency.key)
        ui.nameEdit.setText(competency.name)
        ui.descriptionEdit.setText(competency.description)
        for edit, text in zip(self.rubric_edits, competency.rubric, strict=True):
            edit.setText(text)

    def _edited(self) -> None:
        row = self._row()
        items = self.frameworks[self.role]
        if not 0 <= row < len(items):
            return
        ui = self.ui
        rubric = tuple(edit.text() for edit in self.rubric_edits)
        items[row] = Competency(
            ui.keyEdit.text(),
            ui.nameEdit.text(),
            ui.descriptionEdit.text(),
            (rubric[0], rubric[1], rubric[2], rubric[3], rubric[4]),
        )
        self.changed.add(self.role)
        self.model.set_rows(items)

    def add(self) -> None:
        """Append a new competency to the role's framework."""
        items = self.frameworks[self.role]
        keys = {c.key for c in items}
        n = 1
        while f"competency{n}" in keys:
            n += 1
        items.append(Competency(f"competency{n}", "New competency", "", ("", "", "", "", "")))
        self.changed.add(self.role)
        self._load_role(len(items) - 1)

    def remove(self) -> None:
        """Remove the selected competency."""
        row = self._row()
        items = self.frameworks[self.role]
        if 0 <= row < len(items):
            del items[row]
            self.changed.add(self.role)
            self._load_role(row)

    def defaults(self) -> None:
        """Put back the role's default framework."""
        self.frameworks[self.role] = list(default_framework(self.role))
        self.changed.add(self.role)
        self._load_role()

    def _accept(self) -> None:
        changed = {role: self.frameworks[role] for role in self.changed}
        if not changed:
            self.accept()
            return
        error = self.save(changed)
        if error is None:
            self.accept()
        else:
            self.ui.formError.setText(error.message)
