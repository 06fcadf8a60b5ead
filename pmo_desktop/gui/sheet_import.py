"""Importing a spreadsheet (a people list, a project list): choose which column holds what
(remembered for next time), see what every row becomes (created, updated, refused with the
reason), then import the whole file as one undo step — or nothing, while any row is refused.

The import is one edit of its spec's area ("people", "pipeline") run through ``Edits.run``:
it writes once when the manager presses Import, undo takes all of it back, redo imports
the file again; every step is announced on ``Edits.changed``, so the area repaints."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from pmo_desktop.gui.edits import Edits
from pmo_desktop.gui.plain_text import literal, plain_label
from pmo_desktop.services.people import sheet_import as people_import
from pmo_desktop.services.pipeline import sheet_import as pipeline_import
from pmo_desktop.services.sheets import Sheet, read_sheet

ACTION_TEXT = {"create": "Create", "update": "Update", "refuse": "Refused"}


@dataclass(frozen=True)
class SheetImport:
    """One kind of spreadsheet import: its fields and the service calls that do it."""

    what: str  # "people", "projects": the window title and the Edit menu's text
    area: str  # the area the import is an edit of: "people", "pipeline"
    intro: str
    fields: Mapping[str, tuple[str, tuple[str, ...]]]
    required: tuple[str, ...]
    guess: Callable[[Sequence[str]], dict[str, str]]
    preview: Callable[..., Any]  # (session, sheet, mapping, day_first=, decimal_comma=)
    write: Callable[[Any, Any], Any]  # (session, preview) → what undo needs
    undo: Callable[[Any, Any], None]

    @property
    def settings_key(self) -> str:
        return f"import/{self.what}-mapping"


PEOPLE = SheetImport(
    "people",
    "people",
    "A person with the same email (else the same name) is updated, everyone else is added.",
    people_import.FIELDS,
    people_import.REQUIRED,
    people_import.guess_mapping,
    people_import.preview_people,
    people_import.import_people,
    people_import.undo_import,
)
PROJECTS = SheetImport(
    "projects",
    "pipeline",
    "Clients and programs not in the portfolio yet are added; a project with the same code "
    "(else the same name in its program) is updated and keeps its stage.",
    pipeline_import.FIELDS,
    pipeline_import.REQUIRED,
    pipeline_import.guess_mapping,
    pipeline_import.preview_projects,
    pipeline_import.import_projects,
    pipeline_import.undo_projects,
)


def remembered_mapping(
    spec: SheetImport, settings: QSettings, header: tuple[str, ...]
) -> dict[str, str]:
    """The columns chosen last time, where this file has them; else the guess."""
    mapping = spec.guess(header)
    try:
        saved = json.loads(str(settings.value(spec.settings_key, "{}")))
    except (TypeError, ValueError):
        saved = {}
    if isinstance(saved, dict):
        for field, column in saved.items():
            # A column chosen last time wins where this file has it; a field left out last
            # time keeps this file's guess.
            if field in spec.fields and column and column in header:
                mapping[field] = column
    return {k: v for k, v in mapping.items() if v}


class SheetImportDialog(QDialog):
    """The column mapping and the row-by-row preview of a spreadsheet."""

    def __init__(
        self,
        spec: SheetImport,
        edits: Edits,
        sheet: Sheet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec, self.edits, self.sheet = spec, edits, sheet
        self.settings = QSettings()
        self.preview: Any = None
        self.setWindowTitle(f"Import {spec.what} · {sheet.source}")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        intro = plain_label(
            f"{len(sheet.rows)} rows in {sheet.source}. Choose the column that holds each "
            f"field. {spec.intro} Nothing is written until you press Import, and Ctrl+Z takes "
            "the whole import back."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        form_left, form_right = QFormLayout(), QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        mapping = remembered_mapping(spec, self.settings, sheet.header)
        for at, (field, (label, _words)) in enumerate(spec.fields.items()):
            combo = QComboBox()
            combo.addItem("(not in the file)", "")
            for column in sheet.header:
                if column:
                    combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            combo.setAccessibleName(f"Column for {label}")
            self.combos[field] = combo
            text = label + (" *" if field in spec.required else "")
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
        sheet, options, spec = self.sheet, self._options(), self.spec
        preview = self.edits.read(lambda s: spec.preview(s, sheet, mapping, **options))
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
        """Import the whole file as one undoable edit (a refusal is shown, nothing written)."""
        mapping = {k: v for k, v in self.mapping().items() if v}
        sheet, options, spec = self.sheet, self._options(), self.spec

        def do(session: Any) -> Any:
            return spec.write(session, spec.preview(session, sheet, mapping, **options))

        outcome = self.edits.run(
            spec.area, f"Import {spec.what} from {sheet.source}", do, spec.undo
        )
        if outcome.error is not None:
            self.summary.setText(outcome.error.message)
            return
        self.settings.setValue(spec.settings_key, json.dumps(self.mapping()))
        self.accept()


def import_sheet(
    spec: SheetImport,
    edits: Edits,
    parent: QWidget | None,
    path: Path | None = None,
) -> bool:
    """Ask for a CSV or XLSX file (unless given) and run its import dialog; True when
    imported (one edit of ``spec.area`` on ``edits``). A file that cannot be read says
    why."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, f"Import {spec.what}", "", "Spreadsheets (*.csv *.xlsx);;All files (*)"
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        sheet = read_sheet(path)
    except ValidationError as exc:
        QMessageBox.warning(parent, f"Import {spec.what}", literal(exc.message))
        return False
    dialog = SheetImportDialog(spec, edits, sheet, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
