"""The Actions tab: every open action of the team, from RAID mitigations, 1:1s and
retrospectives, overdue first (optionally only those); they are edited where they live."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout

from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports.models import RowModel
from pmo_desktop.gui.reports.tab import ReportsTab, table
from pmo_desktop.gui.row_model import RAG_TEXT, Column
from pmo_desktop.services.home import actions as home_actions
from pmo_desktop.services.home.actions import ActionRow


class ActionsTab(ReportsTab):
    """Every open action of the team, from RAID, 1:1s and retrospectives, overdue first."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.today: date | None = None
        self.all_rows: list[ActionRow] = []
        self.model = RowModel[ActionRow](
            [
                Column("From", lambda r: r.source),
                Column("Action", lambda r: r.text, tooltip=lambda r: r.text),
                Column("About", lambda r: r.about, tooltip=lambda r: r.about),
                Column("Owner", lambda r: r.owner or "—"),
                Column("Due", lambda r: f"{r.due_date:%d %b %Y}" if r.due_date else "—"),
                Column(
                    "Late",
                    lambda r: f"{r.days_late} d" if r.overdue else "",
                    right=True,
                    colour=lambda r: RAG_TEXT["red"] if r.overdue else None,
                ),
            ]
        )
        self.view = table(self.model, stretch=1)
        self.overdue_check = QCheckBox("Overdue only")
        self.overdue_check.toggled.connect(self._show)
        self.summary_label = plain_label()
        self.summary_label.setProperty("role", "note")
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.overdue_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Re-read every open action."""
        today = self.today or date.today()
        self.all_rows = self.context.edits.read(lambda s: home_actions.open_actions(s, today))
        self._show()

    def _show(self) -> None:
        overdue = [r for r in self.all_rows if r.overdue]
        shown = overdue if self.overdue_check.isChecked() else self.all_rows
        self.model.set_rows(shown)
        self.summary_label.setText(
            f"{len(self.all_rows)} open actions · {len(overdue)} overdue "
            "(RAID mitigations, 1:1 actions, retrospective actions); edit them where they live"
        )
