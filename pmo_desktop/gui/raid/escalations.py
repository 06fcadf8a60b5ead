"""The escalation log with its root-cause panel: cause category, the 5-whys chain editor,
preventive actions, and the chart of escalations by cause category over time.

Every edit is a ``commands`` edit; the log, the chart and the selected escalation are read
again after each one that touches an escalation (``Edits.changed``): the log is short and
the chart counts them all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import SEVERITY_LABELS, CauseCategory
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Changed
from pmo_desktop.gui.forms.ui_raid_escalations import Ui_EscalationsPanel
from pmo_desktop.gui.raid import commands
from pmo_desktop.gui.raid.escalation_editor import EscalationEditorDialog
from pmo_desktop.gui.raid.side_models import ActionsModel, EscalationLogModel
from pmo_desktop.gui.widgets import (
    ERROR_STYLE,
    NO_DATE,
    fill_choices,
    make_optional_date,
    optional_date,
    select_data,
)
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid.escalations import MAX_WHYS, EscalationDetail
from pmo_desktop.services.raid.register import ActionData, ActionRow, Choices

if TYPE_CHECKING:
    from pmo_desktop.gui.raid.charts import ChartView

ModelIndex = QModelIndex | QPersistentModelIndex


class WhysModel(QStringListModel):
    """The 5-whys chain being edited: one editable line per why, numbered in the view."""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each why shown as ``Why 1: …`` (the stored text has no number)."""
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return f"Why {index.row() + 1}: {value}"
        return value

    def answers(self) -> list[str]:
        """The chain in order."""
        return list(self.stringList())


class EscalationsPanel(QWidget):
    """Escalation log (left) and the root-cause analysis of the selected one (right)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EscalationsPanel()
        self.ui.setupUi(self)
        self.context = context
        self.edits = context.edits
        self.choices = Choices((), (), (), ())
        self.detail: EscalationDetail | None = None
        self.log_model = EscalationLogModel(self)
        self.preventive_model = ActionsModel(self)
        self.whys_model = WhysModel(self)
        ui = self.ui
        ui.escalationTable.setModel(self.log_model)
        ui.preventiveTable.setModel(self.preventive_model)
        ui.whysList.setModel(self.whys_model)
        header = ui.escalationTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        prev = ui.preventiveTable.horizontalHeader()
        prev.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        prev.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.escalationTable.verticalHeader().setDefaultSectionSize(26)
        ui.escalationTable.setColumnHidden(4, True)  # "raised by" is in the root-cause panel
        ui.newPreventiveLayout.setStretch(0, 1)
        ui.rcaTitle.setProperty("role", "section")
        ui.preventiveLabel.setProperty("role", "section")
        ui.whysError.setStyleSheet(ERROR_STYLE)
        ui.preventiveError.setStyleSheet(ERROR_STYLE)
        ui.causeCombo.addItem("Not analysed yet", None)
        for category in CauseCategory:
            ui.causeCombo.addItem(category.label, category.value)
        ui.preventiveDueDate.setMinimumDate(NO_DATE)
        make_optional_date(ui.preventiveDueDate)
        ui.preventiveDueDate.setDate(NO_DATE)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([860, 480])
        self.chart: ChartView | None = None

        ui.escalationTable.selectionModel().currentRowChanged.connect(self._selected)
        ui.escalationTable.doubleClicked.connect(lambda _i: self.edit_escalation())
        ui.newEscalationButton.clicked.connect(self.new_escalation)
        ui.editEscalationButton.clicked.connect(self.edit_escalation)
        ui.deleteEscalationButton.clicked.connect(self.delete_escalation)
        ui.causeCombo.activated.connect(self._cause_chosen)
        ui.addWhyButton.clicked.connect(self.add_why)
        ui.removeWhyButton.clicked.connect(self._remove_why)
        ui.upWhyButton.clicked.connect(lambda: self._move_why(-1))
        ui.downWhyButton.clicked.connect(lambda: self._move_why(1))
        ui.saveWhysButton.clicked.connect(self.save_whys)
        ui.addPreventiveButton.clicked.connect(self.add_preventive)
        ui.preventiveEdit.returnPressed.connect(self.add_preventive)
        ui.donePreventiveButton.clicked.connect(self._toggle_preventive)
        ui.removePreventiveButton.clicked.connect(self._remove_preventive)
        self.edits.changed.connect(self._changed)
        self._show_detail(None)

    # ------------------------------------------------------------------ reading

    def refresh(self, choices: Choices) -> None:
        """Read the log and the chart again; keep the selection when it still exists."""
        self.choices = choices
        people = [(p.label, p.id) for p in choices.people]
        fill_choices(self.ui.preventiveOwnerCombo, people, "Unassigned")
        keep = self.detail.id if self.detail else None
        log, causes = self.edits.read(
            lambda s: (esc.list_escalations(s), esc.escalations_by_cause(s))
        )
        self.log_model.set_rows(log)
        self._redraw_chart(causes)
        table = self.ui.escalationTable
        row = self.log_model.row_of(keep) if keep is not None else None
        if row is None or table.isRowHidden(row):  # the first escalation a filter shows
            rows = range(self.log_model.rowCount())
            row = next((r for r in rows if not table.isRowHidden(r)), None)
        if row is not None:
            self.select_row(row)
        else:
            self._show_detail(None)

    def select_row(self, row: int) -> None:
        """Select a log row (and show its root-cause analysis)."""
        index = self.log_model.index(row, 0)
        self.ui.escalationTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._selected(index)

    def _redraw_chart(self, causes: esc.CauseSeries) -> None:
        from pmo_desktop.gui.raid.charts import ChartView
        from pmo_desktop.reports.raid_charts import draw_causes

        if self.chart is None:
            self.chart = ChartView(6.0, 2.6, self)
            self.ui.causeChartLayout.addWidget(self.chart)
        self.chart.draw(draw_causes, causes)

    def _selected(self, current: ModelIndex, _previous: ModelIndex | None = None) -> None:
        if not current.isValid():
            self._show_detail(None)
            return
        escalation_id = self.log_model.row_at(current.row()).id
        try:
            self._show_detail(self.edits.read(lambda s: esc.get_escalation(s, escalation_id)))
        except ValidationError:
            self._show_detail(None)

    def _show_detail(self, detail: EscalationDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        widgets = (
            ui.causeCombo,
            ui.whysList,
            ui.addWhyButton,
            ui.removeWhyButton,
            ui.upWhyButton,
            ui.downWhyButton,
            ui.saveWhysButton,
            ui.preventiveEdit,
            ui.preventiveOwnerCombo,
            ui.preventiveDueDate,
            ui.addPreventiveButton,
            ui.donePreventiveButton,
            ui.removePreventiveButton,
            ui.editEscalationButton,
            ui.deleteEscalationButton,
        )
        for widget in widgets:
            widget.setEnabled(detail is not None)
        ui.whysError.clear()
        ui.preventiveError.clear()
        if detail is None:
            ui.rcaTitle.setText("Root-cause analysis")
            ui.rcaSummary.setText("Select an escalation to analyse its root cause.")
            self.whys_model.setStringList([])
            self.preventive_model.set_rows([])
            return
        data = detail.data
        ui.rcaTitle.setText(f"Root cause of “{data.title}”")
        lines = [
            f"{SEVERITY_LABELS[data.severity]} · {data.audience.label} · "
            f"raised by {data.raised_by} on {data.raised_on.strftime('%d %b %Y')} · "
            f"{data.status.label}",
        ]
        if data.description:
            lines.append(data.description)
        if data.resolution:
            resolved = f" ({data.resolved_on.strftime('%d %b %Y')})" if data.resolved_on else ""
            lines.append(f"Resolution{resolved}: {data.resolution}")
        ui.rcaSummary.setText("\n".join(lines))
        select_data(ui.causeCombo, data.cause_category.value if data.cause_category else None)
        self.whys_model.setStringList(list(detail.whys))
        self.preventive_model.set_rows(detail.preventive)

    def _changed(self, changed: Changed) -> None:
        """After an edit of an escalation: the log and chart again, that escalation shown."""
        change = commands.raid_change(changed)
        if change is None:
            return
        touched = (*change.escalations, *change.escalations_removed)
        if not touched:
            return
        self.refresh(self.choices)
        row = self.log_model.row_of(touched[0])
        if row is not None:
            self.select_row(row)

    # ------------------------------------------------------------------ log edits

    def new_escalation(self) -> None:
        """Log an escalation through the editor dialog."""
        dialog = EscalationEditorDialog(self.context, self.choices, None, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_escalation(self) -> None:
        """Edit the selected escalation through the editor dialog."""
        if self.detail is None:
            return
        dialog = EscalationEditorDialog(self.context, self.choices, self.detail, self)
        dialog.exec()
        dialog.deleteLater()

    def delete_escalation(self) -> None:
        """Delete the selected escalation (undoable)."""
        if self.detail is not None:
            commands.delete_escalation(self.edits, self.detail.id)

    def _cause_chosen(self, _index: int) -> None:
        if self.detail is None:
            return
        value = self.ui.causeCombo.currentData()
        cause = CauseCategory(value) if value else None
        if cause == self.detail.data.cause_category:
            return
        commands.update_escalation(
            self.edits, self.detail.id, replace(self.detail.data, cause_category=cause)
        )

    # ------------------------------------------------------------------ 5 whys

    def add_why(self, text: str = "") -> None:
        """Append a why to the chain and start editing it."""
        if self.whys_model.rowCount() >= MAX_WHYS:
            self.ui.whysError.setText(f"Keep the chain to {MAX_WHYS} whys or fewer.")
            return
        row = self.whys_model.rowCount()
        self.whys_model.insertRows(row, 1)
        index = self.whys_model.index(row, 0)
        self.whys_model.setData(index, text or "…")
        self.ui.whysList.setCurrentIndex(index)
        if not text:
            self.ui.whysList.edit(index)

    def _remove_why(self) -> None:
        index = self.ui.whysList.currentIndex()
        if index.isValid():
            self.whys_model.removeRows(index.row(), 1)

    def _move_why(self, step: int) -> None:
        index = self.ui.whysList.currentIndex()
        if not index.isValid():
            return
        answers = self.whys_model.answers()
        row, target = index.row(), index.row() + step
        if not 0 <= target < len(answers):
            return
        answers[row], answers[target] = answers[target], answers[row]
        self.whys_model.setStringList(answers)
        self.ui.whysList.setCurrentIndex(self.whys_model.index(target, 0))

    def save_whys(self) -> None:
        """Save the chain as shown (undoable); placeholder and blank whys are dropped."""
        if self.detail is None:
            return
        answers = [a for a in self.whys_model.answers() if a.strip() not in ("", "…")]
        if answers == list(self.detail.whys):
            self.ui.whysError.setText("No change to save.")
            return
        outcome = commands.set_whys(self.edits, self.detail.id, answers)
        if outcome.error is not None:
            self.ui.whysError.setText(outcome.error.message)

    # ------------------------------------------------------------------ preventive actions

    def add_preventive(self) -> None:
        """Add the typed preventive action (undoable)."""
        if self.detail is None:
            return
        data = ActionData(
            self.ui.preventiveEdit.text(),
            self.ui.preventiveOwnerCombo.currentData(),
            optional_date(self.ui.preventiveDueDate),
        )
        outcome = commands.add_preventive(self.edits, self.detail.id, data)
        if outcome.error is not None:
            self.ui.preventiveError.setText(outcome.error.message)
            return
        self.ui.preventiveEdit.clear()

    def _selected_preventive(self) -> ActionRow | None:
        index = self.ui.preventiveTable.currentIndex()
        return self.preventive_model.row_at(index.row()) if index.isValid() else None

    def _toggle_preventive(self) -> None:
        action = self._selected_preventive()
        if action is None or self.detail is None:
            self.ui.preventiveError.setText("Select an action first.")
            return
        data = ActionData(action.description, action.owner_id, action.due_date, not action.done)
        outcome = commands.update_preventive(self.edits, self.detail.id, action.id, data)
        if outcome.error is not None:
            self.ui.preventiveError.setText(outcome.error.message)

    def _remove_preventive(self) -> None:
        action = self._selected_preventive()
        if action is None or self.detail is None:
            self.ui.preventiveError.setText("Select an action first.")
            return
        outcome = commands.delete_preventive(self.edits, self.detail.id, action.id)
        if outcome.error is not None:
            self.ui.preventiveError.setText(outcome.error.message)
