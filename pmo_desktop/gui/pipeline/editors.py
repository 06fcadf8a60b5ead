"""The client, program and project editors (Designer forms) and how the page opens them.

An editor validates through the service before it closes (the message goes next to the
offending field, on the right tab); the page then pushes a ``SaveCommand``, so the save is
one unit of work and undoable. Nothing is written while the editor is open.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLabel, QWidget

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.evm import earned_value
from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.gui.forms.ui_client_editor import Ui_ClientEditor
from pmo_desktop.gui.forms.ui_program_editor import Ui_ProgramEditor
from pmo_desktop.gui.forms.ui_project_editor import Ui_ProjectEditor
from pmo_desktop.gui.pipeline.commands import SaveCommand
from pmo_desktop.gui.pipeline.edit_models import (
    MilestoneEditModel,
    ScopeChangeEditModel,
    money_text,
    parse_money,
)
from pmo_desktop.gui.pipeline.new_menu import EditorHooks
from pmo_desktop.gui.widgets import make_optional_date
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline.board import StageHistoryRow, stage_history
from pmo_desktop.services.pipeline.edit import (
    Choice,
    ClientData,
    FinancialsData,
    ProgramData,
    ProjectBundle,
)
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

if TYPE_CHECKING:
    from pmo_desktop.gui.pipeline.page import PipelinePage

NO_DATE = QDate(2000, 1, 1)


def set_day(edit: QDateEdit, value: date | None) -> None:
    """Show ``value`` (None: the "No date" special value)."""
    edit.setMinimumDate(NO_DATE)
    make_optional_date(edit)
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def get_day(edit: QDateEdit) -> date | None:
    """The date shown, or None for "No date"."""
    value = edit.date()
    if value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def fill_choices(combo: QComboBox, choices: list[Choice], none_text: str | None) -> None:
    """Put ``choices`` in a combo (optionally after a "none" entry with data None)."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (the first when none is)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


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
        fill_choices(self.ui.clientCombo, clients, None)
        fill_choices(self.ui.leadCombo, people, "No lead yet")
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
        fill_choices(ui.programCombo, programs, None)
        fill_choices(ui.pmCombo, people, "No PM yet")
        for stage in Stage:
            ui.stageCombo.addItem(stage.label, stage.value)
        for edit in (ui.startDate, ui.endDate, ui.sowDate):
            set_day(edit, None)
        b = bundle or ProjectBundle(program_id=0, name="", start_date=today)
        select_data(ui.programCombo, b.program_id)
        select_data(ui.stageCombo, b.stage.value)
        ui.stageCombo.setEnabled(bundle is None)
        if bundle is not None:
            ui.stageCombo.setToolTip("Move an existing project on the board")
        ui.nameEdit.setText(b.name)
        ui.codeEdit.setText(b.code or "")
        select_data(ui.pmCombo, b.pm_id)
        set_day(ui.startDate, b.start_date)
        set_day(ui.endDate, b.end_date)
        ui.budgetEdit.setText(money_text(b.budget_cents))
        ui.winSpin.setValue(b.win_probability)
        ui.prioritySpin.setValue(b.priority)
        ui.billableCheck.setChecked(b.billable)
        ui.descriptionEdit.setPlainText(b.description or "")
        fin = b.financials
        ui.actualEdit.setText(money_text(fin.actual_cost_cents))
        ui.forecastEdit.setText(money_text(fin.forecast_cents))
        ui.percentSpin.setValue(-1 if fin.percent_complete is None else fin.percent_complete)
        set_day(ui.sowDate, fin.sow_signed_date)
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
            lambda: self.milestones.add(get_day(ui.endDate) or get_day(ui.startDate) or today)
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
            start_date=get_day(ui.startDate),
            end_date=get_day(ui.endDate),
            budget_cents=budget or 0,
            pm_id=ui.pmCombo.currentData(),
            priority=ui.prioritySpin.value(),
            billable=ui.billableCheck.isChecked(),
            description=ui.descriptionEdit.toPlainText() or None,
            financials=FinancialsData(
                parse_money(ui.actualEdit.text(), "actual_cost"),
                parse_money(ui.forecastEdit.text(), "forecast"),
                None if percent < 0 else percent,
                get_day(ui.sowDate),
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


def _run(dialog: QDialog, hooks: EditorHooks) -> bool:
    if hooks.run is not None:
        return bool(hooks.run(dialog))
    return dialog.exec() == QDialog.DialogCode.Accepted


def _validator(portfolio: Portfolio, check: Any) -> Any:
    def validate(data: Any) -> None:
        with unit_of_work(portfolio.sessions) as session:
            check(session, data)
            session.rollback()

    return validate


def open_project_editor(page: PipelinePage, project_id: int | None) -> None:
    """Edit a project (or create one) and push the save as an undoable command."""
    portfolio = page.context.portfolio
    with unit_of_work(portfolio.sessions) as session:
        bundle = None if project_id is None else pipeline_edit.get_project(session, project_id)
        programs = pipeline_edit.program_choices(session)
        people = pipeline_edit.person_choices(session)
        history = [] if project_id is None else stage_history(session, project_id)
    if not programs:
        page.show_error(ValidationError("add a client and a program first", None))
        return
    dialog = ProjectEditor(bundle, programs, people, page.today, page)
    dialog.show_history(history)
    dialog.validate = _validator(portfolio, pipeline_edit.validate_bundle)
    if not _run(dialog, page.editor_hooks):
        return
    data = dialog.bundle()
    text = f"Edit “{data.name.strip()}”" if project_id else f"Add project “{data.name.strip()}”"
    page.context.undo_stack.push(
        SaveCommand(
            portfolio,
            text,
            project_id,
            data,
            save=pipeline_edit.save_project,
            remove=pipeline_edit.delete_project,
            on_done=lambda _id: page.refresh(),
            on_error=page.show_error,
        )
    )


def open_client_editor(page: PipelinePage, client_id: int | None) -> None:
    """Edit a client (or create one) as an undoable command."""
    portfolio = page.context.portfolio
    data = None
    if client_id is not None:
        with unit_of_work(portfolio.sessions) as session:
            data = pipeline_edit.get_client(session, client_id)
    dialog = ClientEditor(data, page)

    def check(session: Any, value: ClientData) -> None:
        pipeline_edit.save_client(session, client_id, value)

    dialog.validate = _validator(portfolio, check)
    if not _run(dialog, page.editor_hooks):
        return
    value = dialog.data()
    page.context.undo_stack.push(
        SaveCommand(
            portfolio,
            f"{'Edit' if client_id else 'Add'} client “{value.name.strip()}”",
            client_id,
            value,
            save=pipeline_edit.save_client,
            remove=pipeline_edit.delete_new_client,
            on_done=lambda _id: page.refresh(),
            on_error=page.show_error,
        )
    )


def open_program_editor(page: PipelinePage, program_id: int | None) -> None:
    """Edit a program (or create one) as an undoable command."""
    portfolio = page.context.portfolio
    with unit_of_work(portfolio.sessions) as session:
        data = None if program_id is None else pipeline_edit.get_program(session, program_id)
        clients = pipeline_edit.client_choices(session)
        people = pipeline_edit.person_choices(session)
    if not clients:
        page.show_error(ValidationError("add a client first", None))
        return
    dialog = ProgramEditor(data, clients, people, page)

    def check(session: Any, value: ProgramData) -> None:
        pipeline_edit.save_program(session, program_id, value)

    dialog.validate = _validator(portfolio, check)
    if not _run(dialog, page.editor_hooks):
        return
    value = dialog.data()
    page.context.undo_stack.push(
        SaveCommand(
            portfolio,
            f"{'Edit' if program_id else 'Add'} program “{value.name.strip()}”",
            program_id,
            value,
            save=pipeline_edit.save_program,
            remove=pipeline_edit.delete_new_program,
            on_done=lambda _id: page.refresh(),
            on_error=page.show_error,
        )
    )
