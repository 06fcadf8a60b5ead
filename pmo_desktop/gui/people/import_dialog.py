"""File → Import a people list: choose which column holds what (remembered for next time),
see what every row becomes (created, updated, refused with the reason), then import the
whole file as one undo step — or nothing, while any row is refused."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.people.commands import PeopleController
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.services import people_import as importer
from pmo_desktop.services.people_import import PeoplePreview
from pmo_desktop.services.sheets import Sheet, read_sheet

SETTINGS_KEY = "import/people-mapping"
ACTION_TEXT = {"create": "Create", "update": "Update", "refuse": "Refused"}


def remembered_mapping(settings: QSettings, header: tuple[str, ...]) -> dict[str, str]:
    """The columns chosen last time, where this file has them; else the guess."""
    mapping = importer.guess_mapping(header)
    try:
        saved = json.loads(str(settings.value(SETTINGS_KEY, "{}")))
    except (TypeError, ValueError):
        saved = {}
    if isinstance(saved, dict):
        for field, column in saved.items():
            if field in importer.FIELDS and (column in header or column == ""):
                mapping[field] = column
    return {k: v for k, v in mapping.items() if v}


class PeopleImportDialog(QDialog):
    """The column mapping and the row-by-row preview of a people list."""

    def __init__(
        self, controller: PeopleController, sheet: Sheet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.sheet = sheet
        self.settings = QSettings()
        self.preview: PeoplePreview | None = None
        self.setWindowTitle(f"Import people · {sheet.source}")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        intro = plain_label(
            f"{len(sheet.rows)} rows in {sheet.source}. Choose the column that holds each "
            "field; a person with the same email (else the same name) is updated, everyone "
            "else is added. Nothing is written until you press Import, and Ctrl+Z takes the "
            "whole import back."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        form_left, form_right = QFormLayout(), QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        mapping = remembered_mapping(self.settings, sheet.header)
        for at, (field, (label, _words)) in enumerate(importer.FIELDS.items()):
            combo = QComboBox()
            combo.addItem("(not in the file)", "")
            for column in sheet.header:
                if column:
                    combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            combo.setAccessibleName(f"Column for {label}")
            self.combos[field] = combo
            text = label + (" *" if field in importer.REQUIRED else "")
            (form_left if at % 2 == 0 else form_right).addRow(text, combo)
        columns.addLayout(form_left)
        columns.addLayout(form_right)
        layout.addLayout(columns)
        options = QHBoxLayout()
        locale = QLocale()
        self.month_first = QCheckBox("Dates are month first (11/23/2026)")
        self.month_first.setChecked(locale.territory() == QLocale.Country.UnitedStates)
        self.decimal_comma = QCheckBox("Numbers use a decimal comma (37,5)")
        self.decimal_comma.setChecked(locale.decimalPoint() == ",")
        for box in (self.month_first, self.decimal_comma):
            box.toggled.connect(lambda _c: self.refresh())
            options.addWidget(box)
        options.addStretch(1)
        layout.addLayout(options)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Row", "Becomes", "Name", "Problem"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = plain_label("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def _options(self) -> dict[str, bool]:
        return {
            "day_first": not self.month_first.isChecked(),
            "decimal_comma": self.decimal_comma.isChecked(),
        }

    def refresh(self) -> None:
        """Preview again with the mapping and options on screen."""
        mapping = {k: v for k, v in self.mapping().items() if v}
        sheet, options = self.sheet, self._options()
        preview = self.controller.read(
            lambda s: importer.preview_people(s, sheet, mapping, **options)
        )
        self.preview = preview
        self.table.setRowCount(len(preview.rows))
        for at, row in enumerate(preview.rows):
            cells = (
                str(row.row),
                ACTION_TEXT[row.action],
                row.name,
                "; ".join(p.split(": ", 1)[-1] for p in row.problems),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.action == "refuse":
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(at, column, item)
        self.table.resizeColumnsToContents()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(preview.ok)
        if preview.ok:
            self.summary.setText(f"Ready: {preview.summary()}.")
        else:
            shown = "\n".join(preview.problems[:8])
            more = len(preview.problems) - 8
            self.summary.setText(
                "Nothing can be imported until every row can:\n"
                + shown
                + (f"\n… and {more} more" if more > 0 else "")
            )

    def run_import(self) -> None:
        """Import the whole file as one undoable command."""
        mapping = {k: v for k, v in self.mapping().items() if v}
        sheet, options = self.sheet, self._options()

        def do(session: object) -> importer.PeopleImported:
            preview = importer.preview_people(session, sheet, mapping, **options)  # type: ignore[arg-type]
            return importer.import_people(session, preview)  # type: ignore[arg-type]

        outcome = self.controller.apply(
            f"Import people from {sheet.source}",
            do,
            lambda s, done: importer.undo_import(s, done),
        )
        if outcome.ok:
            self.settings.setValue(SETTINGS_KEY, json.dumps(self.mapping()))
            self.accept()
        else:
            assert outcome.error is not None
            self.summary.setText(outcome.error.message)


def import_people(controller: PeopleController, parent: QWidget | None) -> bool:
    """Ask for a CSV or XLSX people list and run its import dialog; True when imported."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import a people list", "", "Spreadsheets (*.csv *.xlsx);;All files (*)"
    )
    if not path:
        return False
    return import_people_from(controller, Path(path), parent)


def import_people_from(controller: PeopleController, path: Path, parent: QWidget | None) -> bool:
    """The import dialog for ``path``; a file that cannot be read says why."""
    try:
        sheet = read_sheet(path)
    except ValidationError as exc:
        QMessageBox.warning(parent, "Import people", literal(exc.message))
        return False
    dialog = PeopleImportDialog(controller, sheet, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
