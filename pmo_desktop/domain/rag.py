"""Program health: Budget, Timeline and Scope RAG, the overall colour, overrides, roll-up.

Pure Python (no database, no Qt). Every verdict carries a ``why``: the numbers and the rule
that produced the colour, in words a manager can read. Defaults follow DOMAIN.md:

- Budget: forecast at completion vs budget: ≤ +5% Green, ≤ +10% Amber, more Red.
- Timeline: slip of the critical milestone's forecast vs its baseline in working days (the
  worst slip among open critical milestones; without any, the next open milestone):
  ≤ 5 Green, ≤ 10 Amber, more Red; any overdue milestone not done is at least Amber.
- Scope: approved change requests as % of the original budget: ≤ 5% Green, ≤ 15% Amber.
- Overall: the worst of the three, unless the manager overrides it with a written reason.

Percentages are compared exactly (``Fraction``), so a value on a threshold is never pushed
to the wrong side by float rounding. A dimension without the data it needs is not assessed
(``rag is None``) and says what is missing; it does not count towards the worst-of.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.money import format_cents_short
from pmo_desktop.domain.weeks import working_days_between

#: Stages whose projects are in delivery and so have a health; others are not assessed.
ASSESSED_STAGES = frozenset({Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD})


class Dimension(StrEnum):
    """What a health colour is about."""

    BUDGET = "budget"
    TIMELINE = "timeline"
    SCOPE = "scope"
    OVERALL = "overall"

    @property
    def label(self) -> str:
        """The dimension as a heading shows it."""
        return self.value.capitalize()


DIMENSIONS = (Dimension.BUDGET, Dimension.TIMELINE, Dimension.SCOPE)
_SEVERITY = {Rag.GREEN: 0, Rag.AMBER: 1, Rag.RED: 2}


def worst(values: Iterable[Rag]) -> Rag:
    """The worst colour of ``values`` (Green when empty); ``Rag.worst`` without its cost."""
    return max(values, key=_SEVERITY.__getitem__, default=Rag.GREEN)


@dataclass(frozen=True, slots=True)
class HealthThresholds:
    """The limits of Green and Amber for each rule; DOMAIN.md's defaults, per program if set.

    Percentages are percent over budget / of budget; days are working days of slip.
    """

    budget_green_pct: float = 5.0
    budget_amber_pct: float = 10.0
    timeline_green_days: int = 5
    timeline_amber_days: int = 10
    scope_green_pct: float = 5.0
    scope_amber_pct: float = 15.0

    def __post_init__(self) -> None:
        pairs = (
            ("budget", self.budget_green_pct, self.budget_amber_pct),
            ("timeline", self.timeline_green_days, self.timeline_amber_days),
            ("scope", self.scope_green_pct, self.scope_amber_pct),
        )
        for name, green, amber in pairs:
            if green < 0 or amber < 0:
                raise ValidationError(f"{name} thresholds cannot be negative", name)
            if green > amber:
                raise ValidationError(
                    f"the {name} Green limit ({green:g}) must not exceed the Amber limit "
                    f"({amber:g})",
                    name,
                )


DEFAULT_THRESHOLDS = HealthThresholds()


@dataclass(frozen=True, slots=True)
class Verdict:
    """One health colour with its explanation; ``rag`` None means not assessed."""

    dimension: Dimension
    rag: Rag | None
    #: The explanation, or a function making it: the words are only built when read.
    explain: str | Callable[[], str]
    overridden: bool = False

    @property
    def why(self) -> str:
        """The numbers and the rule behind the colour, in words."""
        explain = self.explain
        return explain if isinstance(explain, str) else explain()


@dataclass(frozen=True, slots=True)
class Override:
    """A manager's decision to show another colour than the rules, with the reason."""

    rag: Rag
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValidationError("an override needs a written reason", "reason")


@dataclass(frozen=True, slots=True)
class MilestoneFacts:
    """What the timeline rule needs of a milestone."""

    name: str
    baseline: date
    forecast: date
    done: bool
    #: Marked critical: the timeline is judged on the worst of these while any is open.
    critical: bool = False


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """What the health rules need of a project."""

    id: int
    name: str
    stage: Stage
    budget_cents: int
    forecast_cents: int | None
    approved_change_cents: Sequence[int] = ()
    milestones: Sequence[MilestoneFacts] = ()


@dataclass(frozen=True, slots=True)
class Health:
    """The three dimensions and the overall colour of a project or a program."""

    budget: Verdict
    timeline: Verdict
    scope: Verdict
    overall: Verdict

    def verdict(self, dimension: Dimension) -> Verdict:
        """The verdict of one dimension (or the overall one)."""
        value: Verdict = getattr(self, dimension.value)
        return value

    @property
    def why(self) -> str:
        """Every dimension's explanation, one line each."""
        lines = [f"{v.dimension.label}: {v.why}" for v in (self.budget, self.timeline, self.scope)]
        return "\n".join([f"Overall: {self.overall.why}", *lines])


@dataclass(frozen=True, slots=True)
class ProjectHealth:
    """A project's health; ``assessed`` is False outside delivery stages."""

    id: int
    name: str
    health: Health
    assessed: bool = True


@dataclass(frozen=True, slots=True)
class ProgramHealth:
    """A program's rolled-up health and the project colours it was made from."""

    id: int
    name: str
    health: Health
    projects: tuple[ProjectHealth, ...] = field(default_factory=tuple)


def rag_label(rag: Rag | None) -> str:
    """``Green``/``Amber``/``Red`` or ``Not assessed``."""
    return rag.value.capitalize() if rag else "Not assessed"


def _pct(value: float) -> str:
    return f"{value:+.1f}%"


def _at_most(num: int, den: int, limit: float) -> bool:
    """``num / den <= limit`` exactly (``den`` > 0), without float rounding."""
    whole = int(limit)
    if whole == limit:
        return num <= whole * den
    return Fraction(num, den) <= Fraction(limit)


def _band(num: int, den: int, green: float, amber: float) -> Rag:
    """Green when ``num / den`` ≤ green, Amber when ≤ amber, else Red (exact)."""
    if _at_most(num, den, green):
        return Rag.GREEN
    if _at_most(num, den, amber):
        return Rag.AMBER
    return Rag.RED


def _rule(green: float, amber: float, unit: str) -> str:
    return f"rule: ≤ {green:g}{unit} Green, ≤ {amber:g}{unit} Amber, more Red"


def budget_rag(
    budget_cents: int, forecast_cents: int | None, t: HealthThresholds = DEFAULT_THRESHOLDS
) -> Verdict:
    """Forecast at completion against budget: percent over budget, banded."""
    if forecast_cents is None:
        return Verdict(Dimension.BUDGET, None, "no forecast at completion recorded yet")
    if budget_cents <= 0:
        return Verdict(Dimension.BUDGET, None, "no budget to compare the forecast with")
    over = (forecast_cents - budget_cents) * 100
    rag = _band(over, budget_cents, t.budget_green_pct, t.budget_amber_pct)

    def why() -> str:
        return (
            f"forecast {format_cents_short(forecast_cents)} vs budget "
            f"{format_cents_short(budget_cents)} is {_pct(over / budget_cents)} "
            f"({_rule(t.budget_green_pct, t.budget_amber_pct, '%')} over budget)"
        )

    return Verdict(Dimension.BUDGET, rag, why)


def next_milestone(milestones: Iterable[MilestoneFacts]) -> MilestoneFacts | None:
    """The milestone not yet done with the earliest forecast (ties: earliest baseline, name)."""
    open_ones = [m for m in milestones if not m.done]
    if not open_ones:
        return None
    return min(open_ones, key=lambda m: (m.forecast, m.baseline, m.name))


def slip_days(milestone: MilestoneFacts) -> int:
    """Working days the forecast is after the baseline (negative when ahead)."""
    return working_days_between(milestone.baseline, milestone.forecast)


def judged_milestone(
    milestones: Iterable[MilestoneFacts],
) -> tuple[MilestoneFacts, int, int] | None:
    """The milestone the timeline is judged on, its slip, and how many open critical ones.

    The open critical milestone that slipped most (ties: earliest forecast, then name), or,
    when no critical milestone is open, the next open one. None when every one is done.
    """
    open_ones = [m for m in milestones if not m.done]
    critical = [m for m in open_ones if m.critical]
    if critical:
        slips = [(slip_days(m), m) for m in critical]
        slip, chosen = min(slips, key=lambda p: (-p[0], p[1].forecast, p[1].name))
        return chosen, slip, len(critical)
    upcoming = next_milestone(open_ones)
    if upcoming is None:
        return None
    return upcoming, slip_days(upcoming), 0


def timeline_rag(
    milestones: Sequence[MilestoneFacts], today: date, t: HealthThresholds = DEFAULT_THRESHOLDS
) -> Verdict:
    """Slip of the worst open critical milestone (else the next open one), at least Amber
    when any open milestone is overdue."""
    if not milestones:
        return Verdict(Dimension.TIMELINE, None, "no milestones planned yet")
    judged = judged_milestone(milestones)
    if judged is None:
        return Verdict(Dimension.TIMELINE, Rag.GREEN, "every milestone is done")
    upcoming, slip, critical_count = judged
    rag = _band(slip, 1, t.timeline_green_days, t.timeline_amber_days)
    overdue = [m for m in milestones if not m.done and m.forecast < today]
    if overdue:
        rag = worst((rag, Rag.AMBER))

    def why() -> str:
        late = "late" if slip >= 0 else "early"
        if critical_count > 1:
            which = f"critical milestone “{upcoming.name}” (worst of {critical_count} open)"
        elif critical_count:
            which = f"critical milestone “{upcoming.name}”"
        else:
            which = f"next milestone “{upcoming.name}”"
        text = (
            f"{which} forecast {upcoming.forecast:%d %b %Y} is "
            f"{abs(slip)} working day{'s' if abs(slip) != 1 else ''} {late} against its "
            f"baseline {upcoming.baseline:%d %b %Y} "
            f"({_rule(t.timeline_green_days, t.timeline_amber_days, ' days')} of slip)"
        )
        if overdue:
            first = sorted(overdue, key=lambda m: m.forecast)[:3]
            names = ", ".join(f"“{m.name}”" for m in first)
            more = f" and {len(overdue) - 3} more" if len(overdue) > 3 else ""
            text += (
                f"; {len(overdue)} milestone{'s' if len(overdue) != 1 else ''} overdue and "
                f"not done ({names}{more}), so at least Amber"
            )
        return text

    return Verdict(Dimension.TIMELINE, rag, why)


def scope_rag(
    budget_cents: int,
    approved_change_cents: Sequence[int],
    t: HealthThresholds = DEFAULT_THRESHOLDS,
) -> Verdict:
    """Approved change requests (their size, added or removed) as a percent of the budget."""
    changed = sum(abs(c) for c in approved_change_cents)
    count = len(approved_change_cents)
    if budget_cents <= 0:
        if changed == 0:
            return Verdict(Dimension.SCOPE, Rag.GREEN, "no approved change requests")
        return Verdict(Dimension.SCOPE, None, "no original budget to measure changes against")
    share = changed * 100
    rag = _band(share, budget_cents, t.scope_green_pct, t.scope_amber_pct)

    def why() -> str:
        what = (
            f"{count} approved change request{'s' if count != 1 else ''} worth "
            f"{format_cents_short(changed)}"
            if count
            else "no approved change requests"
        )
        return (
            f"{what} = {share / budget_cents:.1f}% of the original budget "
            f"{format_cents_short(budget_cents)} "
            f"({_rule(t.scope_green_pct, t.scope_amber_pct, '%')})"
        )

    return Verdict(Dimension.SCOPE, rag, why)


def apply_override(verdict: Verdict, override: Override | None) -> Verdict:
    """The verdict with the manager's override in its place, keeping the rules' reading."""
    if override is None:
        return verdict

    def why() -> str:
        return (
            f"overridden to {rag_label(override.rag)}: {override.reason.strip()} "
            f"(the rules say {rag_label(verdict.rag)}: {verdict.why})"
        )

    return Verdict(verdict.dimension, override.rag, why, overridden=True)


def overall_rag(verdicts: Sequence[Verdict], override: Override | None = None) -> Verdict:
    """The worst of the assessed dimensions, unless overridden with a reason."""
    assessed = [v for v in verdicts if v.rag is not None]
    if not assessed:
        result = Verdict(Dimension.OVERALL, None, "no dimension could be assessed yet")
    else:
        bad = worst(v.rag for v in assessed if v.rag is not None)

        def why() -> str:
            if bad is Rag.GREEN:
                return "worst of " + ", ".join(v.dimension.label for v in assessed) + ": all Green"
            culprits = [v for v in assessed if v.rag is bad]
            return (
                f"worst of the dimensions is {rag_label(bad)} ("
                + "; ".join(f"{v.dimension.label}: {v.why}" for v in culprits)
                + ")"
            )

        result = Verdict(Dimension.OVERALL, bad, why)
    return apply_override(result, override)


_BLANK: dict[Stage, Health] = {}


def _not_assessed(stage: Stage) -> Health:
    """The (shared, immutable) health of a project outside delivery."""
    found = _BLANK.get(stage)
    if found is None:
        why = f"not in delivery ({stage.label}): health applies from Approved on"
        found = Health(*(Verdict(d, None, why) for d in (*DIMENSIONS, Dimension.OVERALL)))
        _BLANK[stage] = found
    return found


def project_health(
    facts: ProjectFacts,
    today: date,
    thresholds: HealthThresholds = DEFAULT_THRESHOLDS,
    overrides: Mapping[Dimension, Override] | None = None,
) -> ProjectHealth:
    """Every dimension of one project by the rules, overrides applied, with the reasons."""
    overrides = overrides or {}
    if facts.stage not in ASSESSED_STAGES:
        return ProjectHealth(facts.id, facts.name, _not_assessed(facts.stage), assessed=False)
    budget = apply_override(
        budget_rag(facts.budget_cents, facts.forecast_cents, thresholds),
        overrides.get(Dimension.BUDGET),
    )
    timeline = apply_override(
        timeline_rag(facts.milestones, today, thresholds), overrides.get(Dimension.TIMELINE)
    )
    scope = apply_override(
        scope_rag(facts.budget_cents, facts.approved_change_cents, thresholds),
        overrides.get(Dimension.SCOPE),
    )
    overall = overall_rag((budget, timeline, scope), overrides.get(Dimension.OVERALL))
    return ProjectHealth(facts.id, facts.name, Health(budget, timeline, scope, overall))


def _roll_up(dimension: Dimension, projects: Sequence[ProjectHealth]) -> Verdict:
    rated = [
        (p, p.health.verdict(dimension))
        for p in projects
        if p.assessed and p.health.verdict(dimension).rag is not None
    ]
    if not rated:
        return Verdict(dimension, None, "no project in delivery is assessed on this yet")
    bad = worst(v.rag for _, v in rated if v.rag is not None)

    def why() -> str:
        if bad is Rag.GREEN:
            return f"all {len(rated)} assessed project{'s' if len(rated) != 1 else ''} Green"
        culprits = [(p.name, v) for p, v in rated if v.rag is bad]
        first = "; ".join(f"{name}: {v.why}" for name, v in culprits[:2])
        more = f"; and {len(culprits) - 2} more" if len(culprits) > 2 else ""
        plural = "s" if len(culprits) != 1 else ""
        return f"{rag_label(bad)} because of project{plural} — {first}{more}"

    return Verdict(dimension, bad, why)


def program_health(
    program_id: int,
    name: str,
    projects: Sequence[ProjectHealth],
    overrides: Mapping[Dimension, Override] | None = None,
) -> ProgramHealth:
    """A program's colour per dimension: the worst of its projects', overrides applied."""
    overrides = overrides or {}
    budget, timeline, scope, overall = (
        apply_override(_roll_up(d, projects), overrides.get(d))
        for d in (*DIMENSIONS, Dimension.OVERALL)
    )
    return ProgramHealth(
        program_id, name, Health(budget, timeline, scope, overall), tuple(projects)
    )
