"""Staffing dialogs (Designer forms): timesheet import with preview, a new open role, and
the conflicts met when applying a scenario."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.forms.ui_staffing_merge_dialog import Ui_MergeConflictDialog
from pmo_desktop.gui.forms.ui_staffing_placeholder_dialog import Ui_PlaceholderDialog
from pmo_desktop.gui.forms.ui_staffing_timesheet_dialog import Ui_TimesheetDialog
from pmo_desktop.gui.staffing import commands
from pmo_desktop.gui.staffing.side_models import ActualsPreviewModel, ConflictModel
from pmo_desktop.gui.widgets import fill_choices, pydate, qdate
from pmo_desktop.services.staffing import actuals
from pmo_desktop.services.staffing.scenarios import ScenarioMerge
from pmo_desktop.services.staffing.tables import CellKey, ProjectInfo


def read_lines(path: Path) -> list[list[str]]:
    """A CSV file read strictly (utf-8-sig; an unbalanced quote is refused), as the command
    line's ``import timesheet`` reads it."""
    return actuals.read_timesheet(path.read_bytes())


class TimesheetDialog(QDialog):
    """Choose a CSV, see what it would import (or why not), then import all of it (one
    undo step)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimesheetDialog()
        self.ui.setupUi(self)
        self.edits = context.edits
        self.lines: list[list[str]] = []
        self.cells = 0
        #: What the import wrote, once it ran.
        self.imported: actuals.ImportedActuals | None = None
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
            lines = self.lines = read_lines(path)
            preview = self.edits.read(lambda s: actuals.preview_timesheet(s, lines))
        except (ValidationError, OSError) as error:
            self.preview.set_items([])
            self.ui.errorLabel.setText(str(error))
            ok.setEnabled(False)
            return
        self.preview.set_items(preview.rows)
        self.cells = len(preview.rows)
        self.ui.errorLabel.setText("" if preview.ok else preview.refusal())
        ok.setEnabled(preview.ok)

    def _import(self) -> None:
        outcome = commands.import_timesheet(self.edits, self.lines, self.cells)
        if outcome.error is not None:
            self.ui.errorLabel.setText(str(outcome.error))
            return
        self.imported = outcome.state
        self.accept()


class PlaceholderDialog(QDialog):
    """A new open role on a project: role, label, hours per week, weeks."""

    def __init__(
        self, projects: list[ProjectInfo], first_week: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlaceholderDialog()
        self.ui.setupUi(self)
        fill_choices(self.ui.projectCombo, ((f"{p.client} · {p.name}", p.id) for p in projects))
        fill_choices(self.ui.roleCombo, ((role.full_title, role) for role in Role))
        self.ui.fromDate.setDate(qdate(first_week))
        self.ui.buttonBox.accepted.connect(self._check)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[int, Role, str | None, float, list[date]]:
        """(project id, role, label or None for the default, hours per week, weeks)."""
        first = monday_of(pydate(self.ui.fromDate.date()))
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


class MergeConflictDialog(QDialog):
    """Cells the plan changed since the scenario started and the scenario changed too: the
    plan's hours now, the scenario's, and which one the apply keeps (the plan by default)."""

    def __init__(self, merge: ScenarioMerge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeConflictDialog()
        self.ui.setupUi(self)
        count = len(merge.conflicts)
        clean = len(merge.clean)
        self.ui.introLabel.setText(
            f"Since this scenario started, the plan changed {count} "
            f"cell{'s' if count != 1 else ''} the scenario also changed. Tick the cells where "
            f"the scenario wins; the others keep the plan. The scenario's other {clean} "
            f"change{'s' if clean != 1 else ''} apply as they are. One undo restores the plan."
        )
        self.conflicts = ConflictModel(self)
        self.conflicts.set_items(merge.conflicts)
        self.ui.conflictTable.setModel(self.conflicts)
        self.ui.conflictTable.verticalHeader().hide()
        header = self.ui.conflictTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("Apply")
        self.ui.scenarioWinsButton.clicked.connect(lambda: self.conflicts.set_all(True))
        self.ui.keepPlanButton.clicked.connect(lambda: self.conflicts.set_all(False))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def scenario_wins(self) -> set[CellKey]:
        """The conflicting cells where the scenario's hours are applied."""
        return set(self.conflicts.wins)
