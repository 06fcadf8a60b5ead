"""The health view: programs and projects by health, the reasons of the one selected, and
the manager's overrides (each with a written reason, undoable)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.domain.rag import DEFAULT_THRESHOLDS, Dimension, Override, rag_label
from pmo_desktop.gui.area_filter import RowHider
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.forms.ui_override_dialog import Ui_OverrideDialog
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.health_model import (
    ROW_ROLE,
    HealthColumn,
    HealthFilterProxy,
    HealthRow,
    HealthTableModel,
    health_rows,
)
from pmo_desktop.gui.pipeline.new_menu import ErrorSink
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.widgets import ERROR_STYLE
from pmo_desktop.services.pipeline.health import OverrideTarget, PortfolioHealth, ProgramHealthRow

if TYPE_CHECKING:
    from pmo_desktop.services.raid.analysis import ProgramRisk

Target = tuple[str, int]  # ("program" | "project", id)
COLUMN_WIDTHS = {
    HealthColumn.OVERALL: 80,
    HealthColumn.KIND: 72,
    HealthColumn.NAME: 236,
    HealthColumn.CLIENT: 140,
    HealthColumn.BUDGET: 90,
    HealthColumn.TIMELINE: 90,
    HealthColumn.SCOPE: 90,
    HealthColumn.CPI: 52,
    HealthColumn.SPI: 52,
}
DIMENSION_ORDER = (Dimension.OVERALL, Dimension.BUDGET, Dimension.TIMELINE, Dimension.SCOPE)


def _target(row: HealthRow, dimension: Dimension) -> OverrideTarget:
    if row.kind == "program":
        return OverrideTarget(dimension, program_id=row.id)
    return OverrideTarget(dimension, project_id=row.id)


class OverrideDialog(QDialog):
    """Choose a dimension and colour and write why; Reset clears the override."""

    CLEAR = 2

    def __init__(self, row: HealthRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self.row = row
        self.ui.targetLabel.setText(f"<b>{escape(row.label)}</b> — {escape(row.client)}")
        for dimension in DIMENSION_ORDER:
            self.ui.dimensionCombo.addItem(dimension.label, dimension.value)
        for rag in (Rag.GREEN, Rag.AMBER, Rag.RED):
            self.ui.ragCombo.addItem(rag.value.capitalize(), rag.value)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.dimensionCombo.currentIndexChanged.connect(self._show_rules)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        reset = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText("Clear override")
        reset.clicked.connect(lambda: self.done(self.CLEAR))
        self._show_rules()

    def dimension(self) -> Dimension:
        """The dimension chosen."""
        return Dimension(self.ui.dimensionCombo.currentData())

    def override(self) -> Override:
        """The override the fields describe (ValidationError without a reason)."""
        return Override(Rag(self.ui.ragCombo.currentData()), self.ui.reasonEdit.toPlainText())

    def accept(self) -> None:
        """Close only with a written reason; else say so under the field."""
        try:
            self.override()
        except ValidationError as err:
            self.ui.errorLabel.setText(err.message)
            self.ui.errorLabel.show()
            return
        super().accept()

    def _show_rules(self) -> None:
        verdict = self.row.health.verdict(self.dimension())
        self.ui.rulesLabel.setText(f"Now {rag_label(verdict.rag)}: {verdict.why}")


class HealthPanel(QWidget):
    """Programs and projects by health, worst first, with a reasons panel.

    It shows the health the page last read (``health()``), asks the page to re-read
    (``refresh()``) after an edit, and opens the Health rules (``edit_rules``) and the
    Delete (``delete``) of the page.
    """

    def __init__(
        self,
        context: AreaContext,
        *,
        health: Callable[[], PortfolioHealth | None],
        refresh: Callable[[], None],
        edit_rules: Callable[[int | None], None],
        delete: Callable[[Target], None],
        show_error: ErrorSink,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.health = health
        self.refresh_page = refresh
        self.edit_rules = edit_rules
        self.delete = delete
        self.show_error = show_error
        self._stale = False
        self._risks: dict[int, ProgramRisk] | None = None
        self._hider: RowHider | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("Programs and projects", None)
        self.kind_combo.addItem("Programs", "program")
        self.kind_combo.addItem("Projects", "project")
        self.kind_combo.setAccessibleName("Show")
        self.summary = plain_label(parent=self)
        self.summary.setProperty("role", "note")
        self.override_button = QPushButton("&Override…", self)
        self.override_button.setToolTip("Set the colour yourself, with a written reason")
        self.override_button.setEnabled(False)
        self.thresholds_button = QPushButton("Health &rules…", self)
        self.thresholds_button.setToolTip(
            "The Green / Amber limits of the portfolio and of the selected line's program"
        )
        top.addWidget(plain_label("Show", self))
        top.addWidget(self.kind_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.thresholds_button)
        top.addWidget(self.override_button)
        layout.addLayout(top)

        self.model = HealthTableModel(self)
        self.proxy = HealthFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("healthTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(HealthColumn.WHY, True)  # the reasons panel shows it whole
        self.why = QTextBrowser(self)
        self.why.setObjectName("healthWhy")
        self.why.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.why)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout.addWidget(splitter, 1)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.table.selectionModel().selectionChanged.connect(self._on_select)
        self.override_button.clicked.connect(self.edit_override)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def refresh(self) -> None:
        """Show the health the page last read."""
        self._stale = False
        self._risks = None
        health = self.health()
        rows = health_rows(health) if health is not None else []
        self.model.set_rows(rows)
        counts = {rag: 0 for rag in Rag}
        for row in rows:
            if row.kind == "project" and row.health.overall.rag is not None:
                counts[row.health.overall.rag] += 1
        programs = sum(1 for r in rows if r.kind == "program")
        projects = len(rows) - programs
        self.summary.setText(
            f"{programs} programs, {projects} projects in delivery — "
            f"{counts[Rag.RED]} Red, {counts[Rag.AMBER]} Amber, {counts[Rag.GREEN]} Green. "
            "Select a line for the reasons."
        )
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.why.setHtml("<p>No program or project in delivery yet.</p>")

    def keep_programs(
        self, programs: frozenset[int] | None, rags: frozenset[str] | None = None
    ) -> None:
        """Show only ``programs`` and their projects (of the ``rags`` colours, when given)
        and select the first line; None shows every line again (a Home tile's filter)."""
        if programs is None and self._hider is None:
            return
        if self._hider is None:
            self._hider = RowHider(self.table)
        if programs is None:
            self._hider.set_keep(None)
            return
        kept = programs

        def keep(row: int) -> bool:
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            line = self.model.row_at(source)
            if line.kind == "program":
                return line.id in kept
            rag = line.health.overall.rag
            return line.program_id in kept and (
                rags is None or (rag is not None and rag.value in rags)
            )

        self._hider.set_keep(keep)
        shown = self._hider.shown_rows()
        if shown:
            self.table.selectRow(shown[0])

    def mark_stale(self) -> None:
        """A move or edit changed health: re-read when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh_page()

    def showEvent(self, event: Any) -> None:
        """Catch up with edits made while hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh_page()

    def selected_row(self) -> HealthRow | None:
        """The line selected, if any."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, HealthRow) else None

    def edit_override(self) -> None:
        """Ask for an override of the selected line and push it as a command."""
        row = self.selected_row()
        if row is None:
            return
        dialog = OverrideDialog(row, self)
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            override: Override | None = dialog.override()
        elif result == OverrideDialog.CLEAR:
            override = None
        else:
            return
        self.push_override(row, dialog.dimension(), override)

    def push_override(
        self, row: HealthRow, dimension: Dimension, override: Override | None
    ) -> None:
        """Set or clear an override as one undoable edit."""
        outcome = commands.set_override(
            self.context.edits, row.name, _target(row, dimension), override
        )
        if outcome.error is not None:
            self.show_error(outcome.error)

    def edit_thresholds(self) -> None:
        """The Health rules dialog, on the selected line's program when there is one."""
        row = self.selected_row()
        self.edit_rules(row.program_id if row is not None else None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row = self.selected_row()
        if row is None:
            return
        menu = QMenu(self.table)
        menu.addAction("&Override…", self.edit_override)
        menu.addAction("Health &rules…", self.edit_thresholds)
        menu.addSeparator()
        menu.addAction(f"&Delete {row.kind} “{row.name}”…", lambda: self.delete((row.kind, row.id)))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_kind(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_combo.currentData())

    def _on_select(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self.override_button.setEnabled(row is not None)
        if row is None:
            self.why.setHtml("")
            return
        health = self.health()
        program = (
            next((p for p in health.programs if p.id == row.program_id), None) if health else None
        )
        self.why.setHtml(
            why_html(row)
            + (rules_html(program) if program is not None else "")
            + program_risk_html(self._program_risk(row.program_id))
        )

    def _program_risk(self, program_id: int) -> ProgramRisk | None:
        """The RAID exposure of a program, read once per refresh of the page."""
        if self._risks is None:
            from pmo_desktop.services.raid.analysis import program_risk  # RAID loads on use

            risks = self.context.edits.read(program_risk)
            self._risks = {r.program_id: r for r in risks}
        return self._risks.get(program_id)


def rules_html(program: ProgramHealthRow) -> str:
    """Which health rules the line was judged by, and their limits."""
    t = program.thresholds
    if program.own_rules:
        source = "the program’s own rules"
    elif t == DEFAULT_THRESHOLDS:
        source = "the standard defaults"
    else:
        source = "the portfolio rules"
    return (
        f"<p><b>Rules</b><br/>Judged by {source} (Health rules… to change): Green / Amber up "
        f"to budget {t.budget_green_pct:g} / {t.budget_amber_pct:g} % over, timeline "
        f"{t.timeline_green_days} / {t.timeline_amber_days} working days of slip, scope "
        f"{t.scope_green_pct:g} / {t.scope_amber_pct:g} % of budget.</p>"
    )


def program_risk_html(risk: ProgramRisk | None) -> str:
    """The program's open RAID exposure, top risks and escalations (user text escaped)."""
    if risk is None:
        return "<p><b>Program risk</b><br/>No open risks or escalations.</p>"
    lines = [
        f"<p><b>Program risk</b><br/>Exposure {risk.exposure} (Σ open risk scores) · "
        f"{risk.red_risks} Red · {risk.open_escalations} open escalation"
        f"{'' if risk.open_escalations == 1 else 's'}"
    ]
    for top in risk.top_risks:
        lines.append(f"<br/>{top.score} · {escape(top.title)}")
    return "".join(lines) + "</p>"


def why_html(row: HealthRow) -> str:
    """The reasons of one line as simple HTML (every user text escaped)."""
    parts = [
        f"<h3>{escape(row.label)}</h3>",
        f"<p>{escape(row.kind.capitalize())} of {escape(row.client)}</p>",
    ]
    for verdict in (row.health.overall, row.health.budget, row.health.timeline, row.health.scope):
        colour = {"green": "#2e9d5b", "amber": "#b07d00", "red": "#d64545"}.get(
            verdict.rag.value if verdict.rag else "", "#757575"
        )
        parts.append(
            f"<p><b>{verdict.dimension.label}: "
            f"<span style='color:{colour}'>{rag_label(verdict.rag)}</span></b>"
            f"{' (override)' if verdict.overridden else ''}<br/>{escape(verdict.why)}</p>"
        )
    evm = row.evm
    if evm is not None:

        def money(v: int | None) -> str:
            return "—" if v is None else format_cents_short(v)

        def idx(v: float | None) -> str:
            return "—" if v is None else f"{v:.2f}"

        parts.append(
            "<p><b>Earned value</b><br/>"
            f"BAC {money(evm.bac)} · PV {money(evm.pv)} · EV {money(evm.ev)} · "
            f"AC {money(evm.ac)}<br/>"
            f"CV {money(evm.cv)} · SV {money(evm.sv)} · CPI {idx(evm.cpi)} · "
            f"SPI {idx(evm.spi)}<br/>"
            f"EAC {money(evm.eac)} · ETC {money(evm.etc)} · VAC {money(evm.vac)} · "
            f"TCPI {idx(evm.tcpi)}<br/>{escape(evm.why)}</p>"
        )
    return "".join(parts)
