"""The Improvements tab: the backlog of improvement proposals with their evidence (the
escalations and retrospectives linked), new proposals, status changes, the editor of
every field, and deleting one. Every edit is undoable; a deleted proposal leaves the list
as the service gave it, other edits re-read the backlog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports import commands
from pmo_desktop.gui.reports.commands import Change
from pmo_desktop.gui.reports.improvement_editor import ImprovementDialog
from pmo_desktop.gui.reports.models import RowModel
from pmo_desktop.gui.reports.tab import ReportsTab, selected_row, table
from pmo_desktop.gui.row_model import Column
from pmo_desktop.gui.widgets import fill_choices, select_data
from pmo_desktop.services.portfolio import list_people
from pmo_desktop.services.raid.escalations import list_escalations
from pmo_desktop.services.reports import improvements, retrospectives
from pmo_desktop.services.reports.improvements import ImprovementData, ImprovementRow


class ImprovementsTab(ReportsTab):
    """The improvement backlog with evidence; new proposals and status changes."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.model = RowModel[ImprovementRow](
            [
                Column("Proposal", lambda r: r.data.title, tooltip=lambda r: r.data.proposal),
                Column("Status", lambda r: r.data.status.label),
                Column("Problem", lambda r: r.data.problem, tooltip=lambda r: r.data.problem),
                Column(
                    "Evidence",
                    lambda r: "; ".join(e.label for e in r.evidence) or "—",
                    tooltip=lambda r: "\n".join(e.label for e in r.evidence) or None,
                ),
                Column("Expected effect", lambda r: r.data.expected_effect or "—"),
                Column("Measured effect", lambda r: r.data.measured_effect or "—"),
                Column("Owner", lambda r: r.owner or "—"),
            ]
        )
        self.view = table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 80, 220, 220, 180, 150)):
            self.view.setColumnWidth(column, width)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status_combo = QComboBox()
        fill_choices(self.status_combo, [(st.label, st.value) for st in ImprovementStatus])
        self.status_button = QPushButton("Set status")
        self.status_button.clicked.connect(self.set_status)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip("Edit every field of the selected proposal")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected proposal and its evidence links")
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title")
        self.problem_edit = QLineEdit()
        self.problem_edit.setPlaceholderText("The problem it solves")
        self.proposal_edit = QLineEdit()
        self.proposal_edit.setPlaceholderText("What we propose")
        self.expected_edit = QLineEdit()
        self.expected_edit.setPlaceholderText("Expected effect")
        self.add_button = QPushButton("Add proposal")
        self.add_button.clicked.connect(self.add)
        self.evidence_combo = QComboBox()
        self.evidence_combo.setMinimumWidth(280)
        self.link_button = QPushButton("Link as evidence")
        self.link_button.clicked.connect(self.link)
        row = QHBoxLayout()
        row.addWidget(plain_label("Selected proposal:"))
        row.addWidget(self.status_combo)
        row.addWidget(self.status_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addSpacing(16)
        row.addWidget(self.evidence_combo, 1)
        row.addWidget(self.link_button)
        new = QHBoxLayout()
        for w in (self.title_edit, self.problem_edit, self.proposal_edit, self.expected_edit):
            new.addWidget(w, 1)
        new.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addLayout(new)
        layout.addWidget(self.error_label)

    def refresh(self) -> None:
        """Re-read the backlog and the escalations and retrospectives to link."""
        rows, escalations, retros = self.context.edits.read(
            lambda s: (
                improvements.list_improvements(s),
                list_escalations(s),
                retrospectives.list_retrospectives(s),
            )
        )
        self.model.set_rows(rows)
        current = self.evidence_combo.currentData()
        fill_choices(
            self.evidence_combo,
            [(f"Escalation: {e.title}", ("escalation", e.id)) for e in escalations]
            + [(f"Retrospective: {r.title}", ("retrospective", r.id)) for r in retros],
        )
        select_data(self.evidence_combo, current)

    def changed(self, change: Change, undoing: bool) -> None:
        """A deleted proposal leaves the list; any other change re-reads the backlog."""
        if change.proposal_gone is not None:
            gone = change.proposal_gone
            self.model.set_rows([row for row in self.model.rows() if row.id != gone])
            return
        self.refresh()

    def link(self) -> None:
        """Link the chosen escalation or retrospective to the selected proposal (undoable)."""
        row = selected_row(self.view)
        target = self.evidence_combo.currentData()
        if row is None or target is None:
            return
        proposal = self.model.row_at(row)
        kind, target_id = target
        self.applied(commands.link_evidence(self.context.edits, proposal.id, kind, target_id))

    def add(self) -> None:
        """Add a proposal (undoable)."""
        data = ImprovementData(
            self.title_edit.text(),
            self.problem_edit.text(),
            date.today(),
            proposal=self.proposal_edit.text(),
            expected_effect=self.expected_edit.text(),
        )
        if self.applied(commands.add_improvement(self.context.edits, data)):
            for w in (self.title_edit, self.problem_edit, self.proposal_edit, self.expected_edit):
                w.clear()

    def selected(self) -> ImprovementRow | None:
        """The proposal selected, if any."""
        row = selected_row(self.view)
        return None if row is None else self.model.row_at(row)

    def editor_for(self, proposal: ImprovementRow) -> ImprovementDialog:
        """The editor of ``proposal`` (not shown); Save applies an undoable edit."""
        people = self.context.edits.read(list_people)
        owners = [(p.id, p.name) for p in people]
        text = f"Edit improvement “{proposal.data.title}”"

        def save(data: ImprovementData) -> ValidationError | None:
            self.error_label.hide()  # a refusal shows in the dialog, by its field
            edits = self.context.edits
            return commands.save_improvement(edits, proposal.id, data, text).error

        return ImprovementDialog(proposal.data, owners, save, self)

    def edit_selected(self) -> None:
        """Edit the selected proposal in its dialog."""
        proposal = self.selected()
        if proposal is not None:
            self.editor_for(proposal).exec()

    def delete_selected(self) -> None:
        """Delete the selected proposal with its evidence links (undo brings both back)."""
        proposal = self.selected()
        if proposal is None:
            return
        self.applied(commands.delete_improvement(self.context.edits, proposal))

    def set_status(self) -> None:
        """Move the selected proposal to the chosen status (undoable)."""
        row = selected_row(self.view)
        if row is None:
            return
        current = self.model.row_at(row)
        chosen = ImprovementStatus(self.status_combo.currentData())
        self.applied(commands.set_improvement_status(self.context.edits, current, chosen))
