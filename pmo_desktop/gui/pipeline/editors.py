"""The client, program and project editors (Designer forms) and how they are opened.

An editor validates through the service before it closes (the message goes next to the
offending field, on the right tab); the save is then one edit (``commands.save_*``), one
unit of work and undoable. Nothing is written while the editor is open.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.evm import earned_value
from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Outcome
from pmo_desktop.gui.forms.ui_client_editor import Ui_ClientEditor
from pmo_desktop.gui.forms.ui_program_editor import Ui_ProgramEditor
from pmo_desktop.gui.forms.ui_project_editor import Ui_ProjectEditor
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.edit_models import (
    MilestoneEditModel,
    ScopeChangeEditModel,
    money_text,
    parse_money,
)
from pmo_desktop.gui.pipeline.new_menu import EditorHost
from pmo_desktop.gui.widgets import fill_choices, optional_date, select_data, set_optional_date
from pmo_desktop.services.concurrency import Snapshot, snapshot
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.board import StageHistoryRow, stage_history
from pmo_desktop.services.pipeline.edit import (
    Choice,
    ClientData,
    FinancialsData,
    ProgramData,
    ProjectBundle,
)


def choices(items: list[Choice]) -> list[tuple[str, object]]:
    """Service choices as ``fill_choices`` takes them."""
    return [(c.name, c.id) for c in items]


class ErrorLabels:
    """Shows a ``ValidationError`` next to its field (or in the form's general label)."""

    def __init__(self, labels: dict[str, QLabel], fallback: QLabel) -> None:
        self.labels = labels
        self.fallback = fallback
        self.clear()

    def clear(self) -> None:
        """Hide every message."""
        for label in {*self.labels.values(), self.fallback}:
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> QLabel:
        """Show ``error`` next to its field; returns the label used."""
        self.clear()
        label = self.labels.get(error.field or "", self.fallback)
        label.setText(error.message)
        label.show()
        return label


class ClientEditor(QDialog):
    """Name, industry and notes of a client."""

    def __init__(self, data: ClientData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientEditor()
        self.ui.setupUi(self)
        self.errors = ErrorLabels({"name": self.ui.nameError}, self.ui.formError)
        self.setWindowTitle("New client" if data is None else "Edit client")
        if data is not None:
            self.ui.nameEdit.setText(data.name)
            self.ui.industryEdit.setText(data.industry or "")
            self.ui.notesEdit.setPlainText(data.notes or "")
        self.validate: Any = None  # set by the opener: ClientData -> None or raises
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> ClientData:
        """What the fields hold."""
        return ClientData(
            self.ui.nameEdit.text(),
            self.ui.industryEdit.text() or None,
            self.ui.notesEdit.toPlainText() or None,
        )

    def accept(self) -> None:
        """Close only when the service accepts the data."""
        try:
            if self.validate is not None:
                self.validate(self.data())
        except ValidationError as err:
            self.errors.show(err)
            return
        super().accept()


class ProgramEditor(QDialog):
    """Client, name, lead and description of a program."""

    def __init__(
        self,
        data: ProgramData | None,
        clients: list[Choice],
        people: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgramEditor()
        self.ui.setupUi(self)
        self.errors = ErrorLabels(
            {"name": self.ui.nameError, "client": self.ui.clientError}, self.ui.formError
        )
        self.setWindowTitle("New program" if data is None else "Edit program")
        fill_choices(self.ui.clientCombo, choices(clients))
        fill_choices(self.ui.leadCombo, choices(people), "No lead yet")
        if data is not None:
            select_data(self.ui.clientCombo, data.client_id)
            self.ui.nameEdit.setText(data.name)
            select_data(self.ui.leadCombo, data.lead_id)
            self.ui.descriptionEdit.setPlainText(data.description or "")
        self.validate: Any = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> ProgramData:
        """What the fields hold."""
        client = self.ui.clientCombo.currentData()
        return ProgramData(
            client if client is not None else 0,
            self.ui.nameEdit.text(),
            self.ui.descriptionEdit.toPlainText() or None,
            self.ui.leadCombo.currentData(),
        )

    def accept(self) -> None:
        """Close only when the service accepts the data."""
        try:
            if self.validate is not None:
                self.validate(self.data())
        except ValidationError as err:
            self.errors.show(err)
            return
        super().accept()


class ProjectEditor(QDialog):
    """Every field of a project, its budget and progress, milestones and scope changes."""

    def __init__(
        self,
        bundle: ProjectBundle | None,
        programs: list[Choice],
        people: list[Choice],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectEditor()
        self.ui.setupUi(self)
        self.today = today
        ui = self.ui
        self.errors = ErrorLabels(
            {
                "name": ui.nameError,
                "program": ui.programError,
                "end_date": ui.datesError,
                "budget": ui.budgetError,
                "win_probability": ui.winError,
                "actual_cost": ui.actualError,
                "forecast": ui.forecastError,
                "percent_complete": ui.percentError,
                "milestones": ui.milestonesError,
                "baseline_date": ui.milestonesError,
                "forecast_date": ui.milestonesError,
                "actual_date": ui.milestonesError,
                "scope_changes": ui.changesError,
            },
            ui.formError,
        )
        self.tab_of = {
            ui.milestonesError: ui.milestonesTab,
            ui.changesError: ui.changesTab,
            ui.actualError: ui.financialsTab,
            ui.forecastError: ui.financialsTab,
            ui.percentError: ui.financialsTab,
        }
        self.setWindowTitle("New project" if bundle is None else f"Edit “{bundle.name}”")
        fill_choices(ui.programCombo, choices(programs))
        fill_choices(ui.pmCombo, choices(people), "No PM yet")
        for stage in Stage:
            ui.stageCombo.addItem(stage.label, stage.value)
        for edit in (ui.startDate, ui.endDate, ui.sowDate):
            set_optional_date(edit, None)
        b = bundle or ProjectBundle(program_id=0, name="", start_date=today)
        select_data(ui.programCombo, b.program_id)
        select_data(ui.stageCombo, b.stage.value)
        ui.stageCombo.setEnabled(bundle is None)
        if bundle is not None:
            ui.stageCombo.setToolTip("Move an existing project on the board")
        ui.nameEdit.setText(b.name)
        ui.codeEdit.setText(b.code or "")
        select_data(ui.pmCombo, b.pm_id)
        set_optional_date(ui.startDate, b.start_date)
        set_optional_date(ui.endDate, b.end_date)
        ui.budgetEdit.setText(money_text(b.budget_cents))
        ui.winSpin.setValue(b.win_probability)
        ui.prioritySpin.setValue(b.priority)
        ui.billableCheck.setChecked(b.billable)
        ui.descriptionEdit.setPlainText(b.description or "")
        fin = b.financials
        ui.actualEdit.setText(money_text(fin.actual_cost_cents))
        ui.forecastEdit.setText(money_text(fin.forecast_cents))
        ui.percentSpin.setValue(-1 if fin.percent_complete is None else fin.percent_complete)
        set_optional_date(ui.sowDate, fin.sow_signed_date)
        self.milestones = MilestoneEditModel(b.milestones, self)
        self.changes = ScopeChangeEditModel(b.scope_changes, self)
        ui.milestonesTable.setModel(self.milestones)
        ui.changesTable.setModel(self.changes)
        for table in (ui.milestonesTable, ui.changesTable):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        for column, width in enumerate((150, 88, 88, 88, 76)):  # Critical takes the rest
            ui.milestonesTable.setColumnWidth(column, width)
        ui.changesTable.setColumnWidth(1, 260)
        ui.addMilestoneButton.clicked.connect(
            lambda: self.milestones.add(
                optional_date(ui.endDate) or optional_date(ui.startDate) or today
            )
        )
        ui.removeMilestoneButton.clicked.connect(
            lambda: self.milestones.remove(ui.milestonesTable.currentIndex().row())
        )
        ui.addChangeButton.clicked.connect(lambda: self.changes.add(today))
        ui.removeChangeButton.clicked.connect(
            lambda: self.changes.remove(ui.changesTable.currentIndex().row())
        )
        self.validate: Any = None
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_evm(b)

    def show_history(self, history: list[StageHistoryRow]) -> None:
        """The project's stage moves, newest first, with the reasons given."""
        if not history:
            self.ui.historyView.setHtml("<p>No stage moves recorded yet.</p>")
            return
        lines = []
        for h in history:
            when = h.changed_at.astimezone().strftime("%d %b %Y %H:%M")
            reason = f" — {escape(h.reason)}" if h.reason else ""
            lines.append(f"<p><b>{when}</b>: {h.from_stage.label} → {h.to_stage.label}{reason}</p>")
        self.ui.historyView.setHtml("".join(lines))

    def bundle(self) -> ProjectBundle:
        """What the fields hold; ValidationError for text that is not an amount."""
        ui = self.ui
        budget = parse_money(ui.budgetEdit.text(), "budget")
        percent = ui.percentSpin.value()
        program = ui.programCombo.currentData()
        return ProjectBundle(
            program_id=program if program is not None else 0,
            name=ui.nameEdit.text(),
            stage=Stage(ui.stageCombo.currentData()),
            code=ui.codeEdit.text() or None,
            win_probability=ui.winSpin.value(),
            start_date=optional_date(ui.startDate),
            end_date=optional_date(ui.endDate),
            budget_cents=budget or 0,
            pm_id=ui.pmCombo.currentData(),
            priority=ui.prioritySpin.value(),
            billable=ui.billableCheck.isChecked(),
            description=ui.descriptionEdit.toPlainText() or None,
            financials=FinancialsData(
                parse_money(ui.actualEdit.text(), "actual_cost"),
                parse_money(ui.forecastEdit.text(), "forecast"),
                None if percent < 0 else percent,
                optional_date(ui.sowDate),
            ),
            milestones=self.milestones.rows(),
            scope_changes=self.changes.rows(),
        )

    def accept(self) -> None:
        """Close only when the service accepts the whole project."""
        try:
            bundle = self.bundle()
            if self.validate is not None:
                self.validate(bundle)
        except ValidationError as err:
            label = self.errors.show(err)
            self.ui.tabs.setCurrentWidget(self.tab_of.get(label, self.ui.detailsTab))
            return
        super().accept()

    def _show_evm(self, b: ProjectBundle) -> None:
        evm = earned_value(
            b.budget_cents,
            b.financials.percent_complete,
            b.financials.actual_cost_cents,
            b.start_date,
            b.end_date,
            self.today,
        )

        def money(v: int | None) -> str:
            return "—" if v is None else format_cents_short(v)

        cpi = "—" if evm.cpi is None else f"{evm.cpi:.2f}"
        spi = "—" if evm.spi is None else f"{evm.spi:.2f}"
        self.ui.evmLabel.setText(
            f"Earned value as saved: EV {money(evm.ev)}, PV {money(evm.pv)}, CPI {cpi}, "
            f"SPI {spi}, EAC {money(evm.eac)}, VAC {money(evm.vac)}."
        )


# --------------------------------------------------------------------------- opening


def _seen(session: Any, kind: str, record_id: int | None) -> Snapshot | None:
    """What an editor of an existing record shows, as stored (its save merges over it)."""
    if record_id is None:
        return None
    return snapshot(session, commands.record_rows(kind, record_id))


def _said(outcome: Outcome, host: EditorHost) -> None:
    if outcome.error is not None:
        host.show_error(outcome.error)


def open_project_editor(context: AreaContext, host: EditorHost, project_id: int | None) -> None:
    """Edit a project (or create one, ``project_id`` None) and save it as one edit."""
    bundle, programs, people, history, seen = context.edits.read(
        lambda s: (
            None if project_id is None else pipeline_edit.get_project(s, project_id),
            pipeline_edit.program_choices(s),
            pipeline_edit.person_choices(s),
            [] if project_id is None else stage_history(s, project_id),
            _seen(s, commands.PROJECT, project_id),
        )
    )
    if not programs:
        host.show_error(ValidationError("add a client and a program first", None))
        return
    dialog = ProjectEditor(bundle, programs, people, host.today, host.parent)
    dialog.show_history(history)
    dialog.validate = commands.validator(context.edits, pipeline_edit.validate_bundle)
    if host.hooks.exec(dialog):
        outcome = commands.save_project(context.edits, project_id, dialog.bundle(), seen=seen)
        _said(outcome, host)


def open_client_editor(context: AreaContext, host: EditorHost, client_id: int | None) -> None:
    """Edit a client (or create one, ``client_id`` None) as one edit."""
    data, seen = None, None
    if client_id is not None:
        data, seen = context.edits.read(
            lambda s: (pipeline_edit.get_client(s, client_id), _seen(s, commands.CLIENT, client_id))
        )
    dialog = ClientEditor(data, host.parent)

    def check(session: Any, value: ClientData) -> None:
        pipeline_edit.save_client(session, client_id, value)

    dialog.validate = commands.validator(context.edits, check)
    if host.hooks.exec(dialog):
        _said(commands.save_client(context.edits, client_id, dialog.data(), seen=seen), host)


def open_program_editor(context: AreaContext, host: EditorHost, program_id: int | None) -> None:
    """Edit a program (or create one, ``program_id`` None) as one edit."""
    data, clients, people, seen = context.edits.read(
        lambda s: (
            None if program_id is None else pipeline_edit.get_program(s, program_id),
            pipeline_edit.client_choices(s),
            pipeline_edit.person_choices(s),
            _seen(s, commands.PROGRAM, program_id),
        )
    )
    if not clients:
        host.show_error(ValidationError("add a client first", None))
        return
    dialog = ProgramEditor(data, clients, people, host.parent)

    def check(session: Any, value: ProgramData) -> None:
        pipeline_edit.save_program(session, program_id, value)

    dialog.validate = commands.validator(context.edits, check)
    if host.hooks.exec(dialog):
        _said(commands.save_program(context.edits, program_id, dialog.data(), seen=seen), host)
