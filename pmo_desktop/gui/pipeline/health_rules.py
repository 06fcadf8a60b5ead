"""The Health rules dialog: the portfolio's Green/Amber limits and, optionally, a program's
own (or "use the portfolio rules"). Saving is one undoable command.

Health is judged by the program's rules, else the portfolio's, else DOMAIN.md's standard
defaults; the dialog stores "standard defaults" as no portfolio rules at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rag import DEFAULT_THRESHOLDS, HealthThresholds
from pmo_desktop.gui.failures import GuardedCommand
from pmo_desktop.gui.forms.ui_health_rules_dialog import Ui_HealthRulesDialog
from pmo_desktop.gui.pipeline.editors import ErrorLabels, select_data
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import health as health_service
from pmo_desktop.services.pipeline.edit import Choice
from pmo_desktop.services.pipeline.health import HealthRules
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

if TYPE_CHECKING:
    from pmo_desktop.gui.pipeline.page import PipelinePage

NO_PROGRAM = "No program — the portfolio rules only"
ERROR_STYLE = "color: #c62828;"


class SetHealthRulesCommand(GuardedCommand):
    """Save the portfolio's (and a program's) health rules; undo puts the former back."""

    def __init__(
        self, portfolio: Portfolio, rules: HealthRules, text: str, on_done: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.portfolio = portfolio
        self.rules = rules
        self.prior: HealthRules | None = None
        self.on_done = on_done

    def redo(self) -> None:
        """Save the rules."""
        with unit_of_work(self.portfolio.sessions) as session:
            self.prior = health_service.apply_health_rules(session, self.rules)
        self.on_done()

    def undo(self) -> None:
        """Put the former rules back."""
        if self.prior is None:
            return
        with unit_of_work(self.portfolio.sessions) as session:
            health_service.apply_health_rules(session, self.prior)
        self.on_done()


class _Spins:
    """The six spin boxes of one group (portfolio or program)."""

    def __init__(self, ui: Ui_HealthRulesDialog, prefix: str) -> None:
        def get(name: str) -> QSpinBox | QDoubleSpinBox:
            widget: QSpinBox | QDoubleSpinBox = getattr(ui, f"{prefix}{name}")
            return widget

        self.budget = (get("BudgetGreenSpin"), get("BudgetAmberSpin"))
        self.timeline = (get("TimelineGreenSpin"), get("TimelineAmberSpin"))
        self.scope = (get("ScopeGreenSpin"), get("ScopeAmberSpin"))
        self.errors: dict[str, QLabel] = {
            "budget": getattr(ui, f"{prefix}BudgetError"),
            "timeline": getattr(ui, f"{prefix}TimelineError"),
            "scope": getattr(ui, f"{prefix}ScopeError"),
        }
        for label in self.errors.values():
            label.setStyleSheet(ERROR_STYLE)

    def widgets(self) -> tuple[QSpinBox | QDoubleSpinBox, ...]:
        """Every spin box."""
        return (*self.budget, *self.timeline, *self.scope)

    def show(self, t: HealthThresholds) -> None:
        """Put ``t`` in the spin boxes."""
        values = (
            t.budget_green_pct,
            t.budget_amber_pct,
            t.timeline_green_days,
            t.timeline_amber_days,
            t.scope_green_pct,
            t.scope_amber_pct,
        )
        for spin, value in zip(self.widgets(), values, strict=True):
            spin.setValue(value)  # type: ignore[arg-type]

    def read(self) -> HealthThresholds:
        """The spin boxes as thresholds (ValidationError when Green exceeds Amber)."""
        b, t, s = self.budget, self.timeline, self.scope
        return HealthThresholds(
            b[0].value(), b[1].value(), int(t[0].value()), int(t[1].value()), s[0].value(),
            s[1].value(),
        )  # fmt: skip

    def set_enabled(self, enabled: bool) -> None:
        """Editable or greyed out."""
        for spin in self.widgets():
            spin.setEnabled(enabled)


class HealthRulesDialog(QDialog):
    """Edit the portfolio's health thresholds and, optionally, one program's."""

    def __init__(
        self,
        rules: HealthRules,
        programs: list[Choice],
        program_rules: dict[int, HealthThresholds],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HealthRulesDialog()
        self.ui.setupUi(self)
        self.initial = rules
        self.program_rules = dict(program_rules)
        self.portfolio = _Spins(self.ui, "portfolio")
        self.program = _Spins(self.ui, "program")
        self.errors = ErrorLabels(
            {**{f"portfolio.{k}": v for k, v in self.portfolio.errors.items()},
             **{f"program.{k}": v for k, v in self.program.errors.items()}},
            self.ui.formError,
        )  # fmt: skip
        self.ui.formError.setStyleSheet(ERROR_STYLE)
        self.portfolio.show(rules.effective_portfolio)
        self.ui.portfolioSource.setProperty("role", "note")
        self.ui.portfolioSource.setText(
            "Now: the standard defaults."
            if rules.portfolio is None
            else "Now: set for this portfolio."
        )
        self.ui.standardButton.clicked.connect(lambda: self.portfolio.show(DEFAULT_THRESHOLDS))
        self.ui.programCombo.addItem(NO_PROGRAM, None)
        for choice in programs:
            own = " (own rules)" if choice.id in program_rules else ""
            self.ui.programCombo.addItem(choice.name + own, choice.id)
        select_data(self.ui.programCombo, rules.program_id)
        self.ui.programCombo.currentIndexChanged.connect(self._show_program)
        self.ui.ownRadio.toggled.connect(self._own_toggled)
        for spin in self.portfolio.widgets():
            spin.valueChanged.connect(self._follow_portfolio)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_program()

    def program_id(self) -> int | None:
        """The program chosen (None: the portfolio rules only)."""
        value = self.ui.programCombo.currentData()
        return value if isinstance(value, int) else None

    def rules(self) -> HealthRules:
        """What the dialog says (ValidationError naming the group and rule that is wrong)."""
        try:
            portfolio = self.portfolio.read()
        except ValidationError as err:
            raise ValidationError(
                f"portfolio rules: {err.message}", f"portfolio.{err.field}"
            ) from None
        program_id = self.program_id()
        own = None
        if program_id is not None and self.ui.ownRadio.isChecked():
            try:
                own = self.program.read()
            except ValidationError as err:
                raise ValidationError(
                    f"program rules: {err.message}", f"program.{err.field}"
                ) from None
        return HealthRules(None if portfolio == DEFAULT_THRESHOLDS else portfolio, program_id, own)

    def changed(self) -> bool:
        """True when saving would change anything."""
        rules = self.rules()
        if rules.portfolio != self.initial.portfolio:
            return True
        return rules.program_id is not None and rules.program != self.program_rules.get(
            rules.program_id
        )

    def accept(self) -> None:
        """Close only with every pair of limits in order; else say which is wrong."""
        try:
            self.rules()
        except ValidationError as err:
            self.errors.show(err)
            return
        super().accept()

    def _show_program(self) -> None:
        program_id = self.program_id()
        own = self.program_rules.get(program_id) if program_id is not None else None
        self.ui.inheritRadio.setEnabled(program_id is not None)
        self.ui.ownRadio.setEnabled(program_id is not None)
        (self.ui.ownRadio if own is not None else self.ui.inheritRadio).setChecked(True)
        if own is not None:
            self.program.show(own)
        self._own_toggled(own is not None)

    def _own_toggled(self, _checked: bool) -> None:
        own = self.ui.ownRadio.isChecked() and self.program_id() is not None
        self.program.set_enabled(own)
        if not own:
            self._follow_portfolio()

    def _follow_portfolio(self) -> None:
        """A program using the portfolio rules shows them (greyed out)."""
        if self.ui.ownRadio.isChecked() and self.program_id() is not None:
            return
        for source, target in zip(self.portfolio.widgets(), self.program.widgets(), strict=True):
            target.setValue(source.value())  # type: ignore[arg-type]


def open_health_rules(page: PipelinePage, program_id: int | None = None) -> None:
    """Show the Health rules dialog (on ``program_id`` if given) and push the change."""
    from pmo_desktop.gui.pipeline.editors import _run

    portfolio = page.context.portfolio
    with unit_of_work(portfolio.sessions) as session:
        rules = health_service.health_rules(session, program_id)
        programs = pipeline_edit.program_choices(session)
        own = health_service.program_thresholds(session)
    dialog = HealthRulesDialog(rules, programs, own, page)
    if not _run(dialog, page.editor_hooks) or not dialog.changed():
        return
    chosen = dialog.rules()
    name = next((c.name for c in programs if c.id == chosen.program_id), None)
    text = "Change the health rules" + (f" (and those of “{name}”)" if name else "")
    page.context.undo_stack.push(SetHealthRulesCommand(portfolio, chosen, text, page.refresh))
