"""Health rules (budget, timeline, scope, overall, overrides, roll-up) and earned value."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.evm import earned_value, index_rag, planned_fraction
from pmo_desktop.domain.rag import (
    Dimension,
    HealthThresholds,
    MilestoneFacts,
    Override,
    ProjectFacts,
    Verdict,
    budget_rag,
    overall_rag,
    program_health,
    project_health,
    scope_rag,
    timeline_rag,
)
from pmo_desktop.domain.weeks import working_days_between

budgets = st.integers(1, 10**11)
MONDAY = date(2026, 3, 2)
TODAY = date(2026, 1, 5)  # before every milestone of the timeline tests: nothing overdue


def expected_band(value_times_100: int, budget: int, green: int, amber: int) -> Rag:
    """The band of ``value/budget`` percent, computed with integers only."""
    if value_times_100 <= green * budget:
        return Rag.GREEN
    if value_times_100 <= amber * budget:
        return Rag.AMBER
    return Rag.RED


# ---- budget ------------------------------------------------------------------------------


@given(budget=budgets, pct=st.integers(-50, 30))
def test_budget_band_at_exact_percent_over(budget: int, pct: int) -> None:
    # Only budgets divisible by 100 give exact whole percents; build them so.
    budget = budget * 100
    forecast = budget + budget * pct // 100
    verdict = budget_rag(budget, forecast)
    want = Rag.GREEN if pct <= 5 else Rag.AMBER if pct <= 10 else Rag.RED
    assert verdict.rag is want
    assert verdict.dimension is Dimension.BUDGET


@given(budget=budgets, delta=st.integers(-3, 3), limit=st.sampled_from([5, 10]))
def test_budget_one_cent_either_side_of_a_threshold(budget: int, delta: int, limit: int) -> None:
    budget *= 100
    forecast = budget + budget * limit // 100 + delta
    want = expected_band((forecast - budget) * 100, budget, 5, 10)
    assert budget_rag(budget, forecast).rag is want


def test_budget_why_names_the_numbers_and_the_rule() -> None:
    verdict = budget_rag(1_000_000_00, 1_120_000_00)
    assert verdict.rag is Rag.RED
    assert "+12.0%" in verdict.why and "$1.1M" in verdict.why and "$1.0M" in verdict.why
    assert "≤ 5% Green" in verdict.why and "≤ 10% Amber" in verdict.why


def test_budget_without_forecast_or_budget_is_not_assessed() -> None:
    assert budget_rag(100_000, None).rag is None
    assert "forecast" in budget_rag(100_000, None).why
    assert budget_rag(0, 5_000).rag is None


def test_budget_uses_program_thresholds() -> None:
    strict = HealthThresholds(budget_green_pct=0, budget_amber_pct=2)
    assert budget_rag(10_000, 10_100, strict).rag is Rag.AMBER
    assert budget_rag(10_000, 10_100).rag is Rag.GREEN


# ---- timeline ----------------------------------------------------------------------------


@given(slip=st.integers(-15, 25), offset=st.integers(0, 4))
def test_timeline_band_by_working_days_of_slip(slip: int, offset: int) -> None:
    baseline = MONDAY + timedelta(days=offset)
    forecast = baseline
    step = 1 if slip >= 0 else -1
    moved = 0
    while moved != slip:
        forecast += timedelta(days=step)
        if forecast.weekday() < 5:
            moved += step
    assert working_days_between(baseline, forecast) == slip
    verdict = timeline_rag([MilestoneFacts("Go-live", baseline, forecast, False)], TODAY)
    want = Rag.GREEN if slip <= 5 else Rag.AMBER if slip <= 10 else Rag.RED
    assert verdict.rag is want


@given(slip=st.integers(0, 25), late_by=st.integers(1, 30))
def test_an_overdue_open_milestone_is_at_least_amber(slip: int, late_by: int) -> None:
    baseline = MONDAY
    forecast = baseline + timedelta(days=slip)
    today = forecast + timedelta(days=late_by)
    verdict = timeline_rag([MilestoneFacts("Design sign-off", baseline, forecast, False)], today)
    assert verdict.rag in (Rag.AMBER, Rag.RED)
    assert "overdue" in verdict.why


def test_done_milestones_are_never_overdue_and_next_open_one_decides() -> None:
    done = MilestoneFacts("Kick-off", MONDAY, MONDAY + timedelta(days=40), True)
    upcoming = MilestoneFacts(
        "UAT", MONDAY + timedelta(days=60), MONDAY + timedelta(days=61), False
    )
    verdict = timeline_rag([done, upcoming], MONDAY + timedelta(days=50))
    assert verdict.rag is Rag.GREEN
    assert "UAT" in verdict.why and "1 working day late" in verdict.why


def _slipped(baseline: date, slip: int) -> date:
    """The day ``slip`` working days after (before, if negative) ``baseline``."""
    forecast, moved, step = baseline, 0, 1 if slip >= 0 else -1
    while moved != slip:
        forecast += timedelta(days=step)
        if forecast.weekday() < 5:
            moved += step
    return forecast


@settings(max_examples=60)
@given(
    critical_slip=st.integers(-5, 25),
    next_slip=st.integers(-5, 25),
    limits=st.sampled_from([(5, 10), (0, 3), (8, 8)]),
)
def test_open_critical_milestone_decides_the_timeline_not_the_next_one(
    critical_slip: int, next_slip: int, limits: tuple[int, int]
) -> None:
    t = HealthThresholds(timeline_green_days=limits[0], timeline_amber_days=limits[1])
    first = MilestoneFacts("Design sign-off", MONDAY, _slipped(MONDAY, next_slip), False)
    late = MONDAY + timedelta(days=70)
    go_live = MilestoneFacts("Go-live", late, _slipped(late, critical_slip), False, critical=True)
    verdict = timeline_rag([first, go_live], TODAY, t)
    assert verdict.rag is expected_band(critical_slip, 1, *limits)
    assert "critical milestone “Go-live”" in verdict.why
    assert "Design sign-off" not in verdict.why


@settings(max_examples=60)
@given(slips=st.lists(st.integers(-3, 25), min_size=2, max_size=4))
def test_worst_slip_among_open_critical_milestones_decides(slips: list[int]) -> None:
    milestones = [
        MilestoneFacts(f"Gate {i}", MONDAY + timedelta(weeks=4 * i), _slipped(
            MONDAY + timedelta(weeks=4 * i), slip), False, critical=True)
        for i, slip in enumerate(slips)
    ]  # fmt: skip
    verdict = timeline_rag(milestones, TODAY)
    worst_slip = max(slips)
    assert verdict.rag is expected_band(worst_slip, 1, 5, 10)
    chosen = slips.index(worst_slip)
    assert f"“Gate {chosen}” (worst of {len(slips)} open)" in verdict.why


def test_done_critical_milestones_hand_the_timeline_back_to_the_next_open_one() -> None:
    done = MilestoneFacts("Go-live", MONDAY, _slipped(MONDAY, 30), True, critical=True)
    upcoming = MilestoneFacts("Hypercare exit", MONDAY + timedelta(days=30), MONDAY + timedelta(
        days=30), False)  # fmt: skip
    verdict = timeline_rag([done, upcoming], TODAY)
    assert verdict.rag is Rag.GREEN
    assert "next milestone “Hypercare exit”" in verdict.why


def test_timeline_all_done_is_green_and_none_planned_is_not_assessed() -> None:
    assert timeline_rag([MilestoneFacts("A", MONDAY, MONDAY, True)], TODAY).rag is Rag.GREEN
    assert timeline_rag([], TODAY).rag is None


# ---- scope -------------------------------------------------------------------------------


@given(budget=budgets, pct=st.integers(0, 40), delta=st.integers(-2, 2))
def test_scope_band_around_thresholds(budget: int, pct: int, delta: int) -> None:
    budget *= 100
    change = max(0, budget * pct // 100 + delta)
    verdict = scope_rag(budget, [change])
    assert verdict.rag is expected_band(change * 100, budget, 5, 15)


@given(parts=st.lists(st.integers(-(10**6), 10**6), max_size=5))
def test_scope_counts_descoping_as_change_too(parts: list[int]) -> None:
    budget = 10**7
    verdict = scope_rag(budget, parts)
    assert verdict.rag is expected_band(sum(abs(p) for p in parts) * 100, budget, 5, 15)


def test_scope_why_counts_the_change_requests() -> None:
    verdict = scope_rag(100_000_00, [5_000_00, 3_000_00])
    assert verdict.rag is Rag.AMBER
    assert "2 approved change requests" in verdict.why and "8.0%" in verdict.why


# ---- overall, overrides, roll-up ---------------------------------------------------------

rags = st.sampled_from(list(Rag))
maybe_rags = st.none() | rags


@given(values=st.lists(maybe_rags, min_size=3, max_size=3))
def test_overall_is_worst_of_the_assessed_dimensions(values: list[Rag | None]) -> None:
    verdicts = [Verdict(d, r, "x") for d, r in zip(list(Dimension)[:3], values, strict=True)]
    result = overall_rag(verdicts)
    assessed = [r for r in values if r is not None]
    assert result.rag == (Rag.worst(*assessed) if assessed else None)


@given(values=st.lists(rags, min_size=3, max_size=3), chosen=rags)
def test_override_replaces_overall_and_keeps_the_reason(values: list[Rag], chosen: Rag) -> None:
    verdicts = [Verdict(d, r, "x") for d, r in zip(list(Dimension)[:3], values, strict=True)]
    result = overall_rag(verdicts, Override(chosen, "Client accepted the delay in writing"))
    assert result.rag is chosen and result.overridden
    assert "Client accepted the delay in writing" in result.why
    assert f"rules say {Rag.worst(*values).value.capitalize()}" in result.why


def test_override_without_a_reason_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        Override(Rag.GREEN, "   ")
    assert err.value.field == "reason"


def test_thresholds_refuse_green_above_amber_and_negatives() -> None:
    with pytest.raises(ValidationError):
        HealthThresholds(budget_green_pct=12, budget_amber_pct=10)
    with pytest.raises(ValidationError):
        HealthThresholds(scope_green_pct=-1)


def _project(pid: int, name: str, forecast: int, stage: Stage = Stage.ACTIVE) -> ProjectFacts:
    return ProjectFacts(pid, name, stage, 100_000, forecast)


def test_project_outside_delivery_is_not_assessed() -> None:
    health = project_health(_project(1, "Lead", 500_000, Stage.LEAD), TODAY)
    assert not health.assessed and health.health.overall.rag is None


def test_dimension_override_feeds_the_overall() -> None:
    facts = _project(1, "Checkout", 120_000)  # +20%: Red
    overridden = project_health(
        facts, TODAY, overrides={Dimension.BUDGET: Override(Rag.AMBER, "CR pending approval")}
    )
    assert overridden.health.budget.rag is Rag.AMBER
    assert overridden.health.overall.rag is Rag.AMBER


@given(forecasts=st.lists(st.integers(90_000, 130_000), min_size=1, max_size=6))
def test_program_rolls_up_the_worst_project(forecasts: list[int]) -> None:
    projects = [project_health(_project(i, f"P{i}", f), TODAY) for i, f in enumerate(forecasts, 1)]
    program = program_health(7, "Web", projects)
    worst = Rag.worst(*(p.health.budget.rag for p in projects if p.health.budget.rag))
    assert program.health.budget.rag is worst
    assert program.health.overall.rag is worst


def test_program_override_and_why_names_the_culprit() -> None:
    red = project_health(_project(1, "Search Upgrade", 150_000), TODAY)
    green = project_health(_project(2, "Checkout", 100_000), TODAY)
    program = program_health(3, "Web", [red, green])
    assert program.health.overall.rag is Rag.RED and "Search Upgrade" in program.health.overall.why
    over = program_health(3, "Web", [red, green], {Dimension.OVERALL: Override(Rag.AMBER, "ok")})
    assert over.health.overall.rag is Rag.AMBER and over.health.budget.rag is Rag.RED


# ---- earned value ------------------------------------------------------------------------


def test_each_evm_formula_on_a_known_project() -> None:
    # BAC 100k, 40% complete, AC 50k, half of the time gone: PV 50k, EV 40k.
    start, end = date(2026, 1, 1), date(2026, 1, 31)
    evm = earned_value(10_000_000, 40, 5_000_000, start, end, date(2026, 1, 16))
    assert evm.ev == 4_000_000 and evm.pv == 5_000_000 and evm.ac == 5_000_000
    assert evm.cv == -1_000_000
    assert evm.sv == -1_000_000
    assert evm.cpi == pytest.approx(0.8)
    assert evm.spi == pytest.approx(0.8)
    assert evm.eac == 12_500_000
    assert evm.etc == 7_500_000
    assert evm.vac == -2_500_000
    assert evm.tcpi == pytest.approx(60_000 / 50_000)
    assert evm.cpi_rag is Rag.RED and "CPI 0.80" in evm.why


def test_evm_without_data_gives_none_and_says_what_is_missing() -> None:
    evm = earned_value(10_000_000, None, None, None, None, TODAY)
    assert (evm.ev, evm.cpi, evm.spi, evm.eac, evm.tcpi) == (None, None, None, None, None)
    assert "% complete" in evm.why and "actual cost" in evm.why


def test_evm_division_by_zero_gives_none() -> None:
    # Nothing spent: CPI undefined; budget fully spent: TCPI undefined; not started: SPI none.
    evm = earned_value(10_000, 0, 0, date(2026, 2, 1), date(2026, 3, 1), date(2026, 1, 1))
    assert evm.cpi is None and evm.eac is None and evm.spi is None
    spent = earned_value(10_000, 50, 10_000, None, None, TODAY)
    assert spent.tcpi is None and spent.cpi == pytest.approx(0.5)


@given(
    bac=st.integers(0, 10**9),
    pct=st.integers(0, 100),
    ac=st.integers(0, 10**9),
    elapsed=st.integers(-30, 400),
)
@settings(max_examples=60)
def test_evm_identities_hold_whenever_defined(bac: int, pct: int, ac: int, elapsed: int) -> None:
    start = date(2026, 1, 1)
    evm = earned_value(bac, pct, ac, start, start + timedelta(days=300), start + timedelta(elapsed))
    assert evm.ev is not None and evm.cv == evm.ev - ac
    if evm.eac is not None:
        assert evm.etc is not None and abs(evm.etc - (evm.eac - ac)) <= 1
        assert evm.vac is not None and abs(evm.vac - (bac - evm.eac)) <= 1


@given(value=st.floats(0, 2, allow_nan=False))
def test_index_colour_bands(value: float) -> None:
    want = Rag.GREEN if value >= 0.95 else Rag.AMBER if value >= 0.90 else Rag.RED
    assert index_rag(value) is want


def test_index_colour_exactly_on_the_thresholds() -> None:
    assert index_rag(0.95) is Rag.GREEN and index_rag(0.9) is Rag.AMBER
    assert index_rag(0.8999) is Rag.RED and index_rag(None) is None


def test_planned_fraction_is_clamped_to_the_dates() -> None:
    start, end = date(2026, 1, 1), date(2026, 1, 11)
    assert planned_fraction(start, end, date(2025, 1, 1)) == 0
    assert planned_fraction(start, end, date(2027, 1, 1)) == 1
    assert planned_fraction(start, end, date(2026, 1, 6)) == pytest.approx(0.5)
    assert planned_fraction(None, end, start) is None


def test_search_finds_every_word_in_any_field_and_order() -> None:
    from pmo_desktop.domain.search import haystack, matches

    fields = ("Redesign", "Meridian Health", "Web", None)
    assert matches("meridian redesign", fields)
    assert matches("  REDESIGN   meridian ", fields)
    assert matches("", fields)
    assert not matches("meridian checkout", fields)
    assert matches(("web", "health"), haystack(fields))
