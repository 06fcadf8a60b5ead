"""Staffing dialogs (Designer forms): timesheet import with preview, and a new open role."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.forms.ui_staffing_placeholder_dialog import Ui_PlaceholderDialog
from pmo_desktop.gui.forms.ui_staffing_timesheet_dialog import Ui_TimesheetDialog
from pmo_desktop.gui.staffing.side_models import ActualsPreviewModel
from pmo_desktop.services import staffing_actuals as actuals
from pmo_desktop.services.staffing import ProjectInfo
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


class ImportActualsCommand(QUndoCommand):
    """A committed timesheet import; undo restores the actuals it replaced."""

    def __init__(self, portfolio: Portfolio, result: actuals.ImportedActuals) -> None:
        super().__init__(f"Import timesheet ({result.written} cells)")
        self.portfolio = portfolio
        self.result = result
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        with unit_of_work(self.portfolio.sessions) as session:
            actuals.set_actuals(session, self.result.after)

    def undo(self) -> None:
        with unit_of_work(self.portfolio.sessions) as session:
            actuals.set_actuals(session, self.result.before)


def read_lines(path: Path) -> list[list[str]]:
    """A CSV file read strictly (utf-8-sig; an unbalanced quote is refused)."""
    import csv

    from pmo_desktop.reports.tables import read_csv_rows

    try:
        return read_csv_rows(path.read_bytes())
    except UnicodeDecodeError:
        raise ValidationError("the file is not UTF-8 text", "file") from None
    except csv.Error as error:
        raise ValidationError(f"the file is not valid CSV ({error})", "file") from None


class TimesheetDialog(QDialog):
    """Choose a CSV, see what it would import (or why not), then import all of it."""

    def __init__(self, portfolio: Portfolio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimesheetDialog()
        self.ui.setupUi(self)
        self.portfolio = portfolio
        self.lines: list[list[str]] = []
        self.result: actuals.ImportedActuals | None = None
        self.preview = ActualsPreviewModel(self)
        self.ui.previewTable.setModel(self.preview)
        self.ui.previewTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        ok.setEnabled(False)
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.buttonBox.accepted.connect(self._import)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Timesheet CSV", "", "CSV (*.csv)")
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and preview a file; the Import button is enabled only when all of it is good."""
        self.ui.fileEdit.setText(str(path))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.lines = read_lines(path)
            with unit_of_work(self.portfolio.sessions) as session:
                preview = actuals.preview_timesheet(session, self.lines)
        except (ValidationError, OSError) as error:
            self.preview.set_items([])
            self.ui.errorLabel.setText(str(error))
            ok.setEnabled(False)
            return
        self.preview.set_items(preview.rows)
        self.ui.errorLabel.setText("" if preview.ok else preview.refusal())
        ok.setEnabled(preview.ok)

    def _import(self) -> None:
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                self.result = actuals.import_timesheet(session, self.lines)
        except ValidationError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


class PlaceholderDialog(QDialog):
    """A new open role on a project: role, label, hours per week, weeks."""

    def __init__(
        self, projects: list[ProjectInfo], first_week: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderDialog()
        self.ui.setupUi(self)
        for project in projects:
            self.ui.projectCombo.addItem(f"{project.client} · {project.name}", project.id)
        for role in Role:
            self.ui.roleCombo.addItem(role.full_title, role)
        self.ui.fromDate.setDate(QDate(first_week.year, first_week.month, first_week.day))
        self.ui.buttonBox.accepted.connect(self._check)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[int, Role, str | None, float, list[date]]:
        """(project id, role, label or None for the default, hours per week, weeks)."""
        qdate = self.ui.fromDate.date()
        first = monday_of(date(qdate.year(), qdate.month(), qdate.day()))
        weeks = [first + timedelta(weeks=i) for i in range(self.ui.weeksSpin.value())]
        label = self.ui.labelEdit.text().strip() or None
        return (
            self.ui.projectCombo.currentData(),
            Role(self.ui.roleCombo.currentData()),
            label,
            self.ui.hoursSpin.value(),
            weeks,
        )

    def _check(self) -> None:
        if self.ui.projectCombo.currentData() is None:
            self.ui.errorLabel.setText("Choose a project.")
            return
        self.accept()
