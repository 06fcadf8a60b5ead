"""What the People page writes to files: the team's 1:1 schedule as an iCalendar file, and
every team member's evaluation of a period as PDFs in a folder (with progress, optionally
password-protected). Each asks for its file or folder first; nothing here edits the
portfolio."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.people.calibration import periods_with_evaluations


def export_schedule(context: AreaContext, parent: QWidget | None) -> None:
    """Export the team's 1:1 schedule as an iCalendar file."""
    from pmo_desktop.services.people.schedule import write_schedule

    path, _ = QFileDialog.getSaveFileName(
        parent, "Export 1:1 schedule", "one-on-ones.ics", "iCalendar (*.ics)"
    )
    if not path:
        return
    count = context.edits.read(lambda s: write_schedule(s, Path(path), date.today()))
    QMessageBox.information(
        parent, "1:1 schedule", literal(f"{count} recurring 1:1 series written to {path}.")
    )


def export_team(context: AreaContext, parent: QWidget | None) -> None:
    """Export every team member's evaluation of a period into a folder, with progress."""
    from pmo_desktop.reports.pdf.evaluation import export_team as write_team

    periods = context.edits.read(periods_with_evaluations)
    if not periods:
        QMessageBox.information(parent, "Team evaluations", "No evaluations to export yet.")
        return
    period, ok = QInputDialog.getItem(parent, "Team evaluations", "Period", periods, 0, False)
    if not ok:
        return
    folder = QFileDialog.getExistingDirectory(parent, "Folder for the PDFs")
    if not folder:
        return
    password, ok = QInputDialog.getText(
        parent,
        "Password",
        "Password to open the PDFs (leave empty for none)",
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return
    dialog = QProgressDialog("Exporting evaluations…", "Cancel", 0, 1, parent)
    dialog.setWindowTitle("Team evaluations")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int, name: str) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(literal(f"{name} ({done + 1} of {total})") if name else "Done")
        return not dialog.wasCanceled()

    results = context.edits.read(
        lambda s: write_team(s, period, Path(folder), password or None, progress)
    )
    dialog.close()
    missing = set().union(*(r.missing for r in results)) if results else set()
    note = (
        f" {len(missing)} character(s) the font cannot draw are marked with \ufffd."
        if missing
        else ""
    )
    QMessageBox.information(
        parent,
        "Team evaluations",
        literal(f"{len(results)} evaluation PDFs for {period} written to {folder}.{note}"),
    )
