"""The pipeline's imports, each one undo step: a project list (CSV, XLSX) through the
shared preview dialog, and an MS Project XML file into a client and program the manager
names (its summary asked for before anything is written). Imported on first use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.sheet_import import PROJECTS, import_sheet
from pmo_desktop.services.pipeline import mspdi_import

MS_PROJECT = "Import an MS Project file"


def import_project_list(context: AreaContext, parent: QWidget, path: Path | None) -> bool:
    """Import a project list (asked for when ``path`` is None) through its preview, as one
    pipeline edit (the page follows it on ``edits.changed``)."""
    return import_sheet(PROJECTS, context.edits, parent, path)


def import_ms_project(context: AreaContext, parent: QWidget, path: Path | None) -> bool:
    """Import an MS Project XML file (asked for when ``path`` is None) into a program the
    manager names, as one edit; True when imported."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, MS_PROJECT, "", "MS Project XML (*.xml);;All files (*)"
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        project = mspdi_import.read_mspdi(path.read_bytes(), path.name)
    except (OSError, ValidationError) as exc:
        message = exc.message if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(parent, MS_PROJECT, literal(message))
        return False
    client, ok = QInputDialog.getText(parent, MS_PROJECT, "Client", text=project.company or "")
    if not ok:
        return False
    program, ok = QInputDialog.getText(parent, MS_PROJECT, "Program")
    if not ok:
        return False
    try:
        preview = context.edits.read(
            lambda s: mspdi_import.preview_mspdi(s, project, client, program)
        )
    except ValidationError as exc:
        QMessageBox.warning(parent, MS_PROJECT, literal(exc.message))
        return False
    summary = preview.summary()
    answer = QMessageBox.question(
        parent,
        MS_PROJECT,
        literal(summary[:1].upper() + summary[1:] + ".\n\nCtrl+Z takes the import back."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    text = f"Import {project.name} from {path.name}"
    outcome = commands.import_ms_project(context.edits, project, client, program, text)
    if outcome.error is not None:
        QMessageBox.warning(parent, MS_PROJECT, literal(outcome.error.message))
        return False
    return True
