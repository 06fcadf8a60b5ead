"""The Health rules dialog: the portfolio's Green/Amber limits and, optionally, a program's
own (or "use the portfolio rules"). Saving is one undoable edit.

Health is judged by the program's rules, else the portfolio's, else DOMAIN.md's standard
defaults; the dialog stores "standard defaults" as no portfolio rules at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rag import DEFAULT_THRESHOLDS, HealthThresholds
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.forms.ui_health_rules_dialog import Ui_HealthRulesDialog
from pmo_desktop.gui.pipeline import commands
from pmo_desktop.gui.pipeline.editors import ErrorLabels
from pmo_desktop.gui.pipeline.new_menu import EditorHost
from pmo_desktop.gui.widgets import ERROR_STYLE, fill_choices, select_data
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import health as health_service
from pmo_desktop.services.pipeline.edit import Choice
from pmo_desktop.services.pipeline.health import HealthRules

NO_PROGRAM = "No program — the portfolio rules only"


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
        fill_choices(
            self.ui.programCombo,
            [(c.name + (" (own rules)" if c.id in program_rules else ""), c.id) for c in programs],
            NO_PROGRAM,
        )
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


def open_health_rules(
    context: AreaContext, host: EditorHost, program_id: int | None = None
) -> None:
    """Show the Health rules dialog (on ``program_id`` if given) and save the change."""
    rules, programs, own = context.edits.read(
        lambda s: (
            health_service.health_rules(s, program_id),
            pipeline_edit.program_choices(s),
            health_service.program_thresholds(s),
        )
    )
    dialog = HealthRulesDialog(rules, programs, own, host.parent)
    if not host.hooks.exec(dialog) or not dialog.changed():
        return
    chosen = dialog.rules()
    name = next((c.name for c in programs if c.id == chosen.program_id), None)
    text = "Change the health rules" + (f" (and those of “{name}”)" if name else "")
    outcome = commands.apply_health_rules(context.edits, chosen, text)
    if outcome.error is not None:
        host.show_error(outcome.error)
