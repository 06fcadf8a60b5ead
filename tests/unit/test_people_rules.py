"""People rules: rating scale and status, periods, bias check, cadence, goals and OKRs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.bias import SBI_PROMPT, check_text, flagged_words, is_vague
from pmo_desktop.domain.cadence import Cadence, add_months, following, is_overdue, next_meeting
from pmo_desktop.domain.enums import Rag, Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import (
    GoalStatus,
    expected_progress,
    objective_score,
    okr_band,
    smart_gaps,
    suggested_status,
)
from pmo_desktop.domain.people import CarryItem, items_to_carry
from pmo_desktop.domain.rating import (
    EvaluationStatus,
    check_editable,
    check_period,
    check_rating,
    check_transition,
    default_framework,
    period_of,
    period_range,
    previous_period,
    suggested_overall,
)

D, F, S = EvaluationStatus.DRAFT, EvaluationStatus.FINAL, EvaluationStatus.SHARED
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


# ------------------------------------------------------------------------------ ratings


@pytest.mark.parametrize("role", [Role.PC, Role.PM, Role.SPM, Role.AD])
def test_every_role_has_the_six_default_competencies_with_five_rubric_levels(role: Role) -> None:
    framework = default_framework(role)
    assert [c.name for c in framework] == [
        "Delivery",
        "Client management",
        "Communication",
        "Financial acumen",
        "Process",
        "Leadership",
    ]
    for competency in framework:
        assert len(set(competency.rubric)) == 5
        assert all(text.strip() for text in competency.rubric)


def test_rubrics_differ_between_roles() -> None:
    assert default_framework(Role.PC)[0].rubric != default_framework(Role.SPM)[0].rubric


@given(st.integers(-100, 100))
def test_only_whole_ratings_from_one_to_five_are_accepted(value: int) -> None:
    if 1 <= value <= 5:
        check_rating(value)
    else:
        with pytest.raises(ValidationError):
            check_rating(value)


def test_a_boolean_is_not_a_rating() -> None:
    with pytest.raises(ValidationError):
        check_rating(True)


@given(st.lists(st.none() | st.integers(1, 5), max_size=8))
def test_suggested_overall_stays_on_the_scale_between_min_and_max(
    ratings: list[int | None],
) -> None:
    given_ = [r for r in ratings if r is not None]
    overall = suggested_overall(ratings)
    if not given_:
        assert overall is None
    else:
        assert overall is not None
        assert min(given_) <= overall <= max(given_)


def test_suggested_overall_rounds_half_up() -> None:
    assert suggested_overall([3, 4]) == 4
    assert suggested_overall([3, 3, 4]) == 3


def test_status_moves_forward_one_step_at_a_time() -> None:
    assert check_transition(D, F) is False
    assert check_transition(F, S) is False
    with pytest.raises(ValidationError):
        check_transition(D, S)
    with pytest.raises(ValidationError):
        check_transition(S, F)
    with pytest.raises(ValidationError):
        check_transition(F, F)


@pytest.mark.parametrize("status", [F, S])
def test_reopening_needs_a_reason_and_is_reported_as_a_reopening(status: EvaluationStatus) -> None:
    with pytest.raises(ValidationError) as err:
        check_transition(status, D, "  ")
    assert err.value.field == "reason"
    assert check_transition(status, D, "new evidence from the client") is True


def test_only_a_draft_is_editable() -> None:
    check_editable(D)
    for status in (F, S):
        with pytest.raises(ValidationError, match="read-only"):
            check_editable(status)


# ------------------------------------------------------------------------------ periods


@given(days)
def test_a_day_lies_in_the_half_year_period_of_it(day: date) -> None:
    start, end = period_range(period_of(day))
    assert start <= day <= end


@given(st.integers(1990, 2090), st.sampled_from(["", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"]))
def test_previous_period_ends_the_day_before_the_period_starts(year: int, part: str) -> None:
    period = f"{year}{part}"
    start, end = period_range(period)
    p_start, p_end = period_range(previous_period(period))
    assert p_end == start - timedelta(days=1)
    assert (end - start).days // 28 == (p_end - p_start).days // 28


def test_periods_are_normalised_and_nonsense_refused() -> None:
    assert check_period(" 2026-h1 ") == "2026-H1"
    for bad in ("H1-2026", "2026-H3", "26-H1", "2026/Q1", ""):
        with pytest.raises(ValidationError):
            check_period(bad)


# ----------------------------------------------------------------------------- bias check


def test_personality_and_gendered_words_are_flagged_with_reason_and_prompt() -> None:
    text = "She can be abrasive and a bit bossy in meetings."
    flags = check_text(text)
    assert [text[f.start : f.end] for f in flags] == ["abrasive", "bossy"]
    assert all(f.prompt == SBI_PROMPT and f.reason for f in flags)
    assert "situation" in flags[0].message


def test_vague_praise_is_flagged_only_without_an_example() -> None:
    assert [f.word for f in check_text("He is very helpful.")] == ["helpful"]
    assert check_text("He was helpful when the client escalated the cut-over.") == []
    assert check_text("Helpful: rebuilt the RAID log in 2 days.") == []


def test_the_example_only_excuses_its_own_sentence() -> None:
    text = "Helpful during the audit. Nice to work with."
    assert [f.word for f in check_text(text)] == ["Nice"]


def test_words_inside_other_words_are_not_flagged() -> None:
    assert check_text("Emotionality aside, the bossanova playlist was unhelpful.") == []


@settings(max_examples=150)
@given(
    st.lists(
        st.sampled_from(sorted(flagged_words()))
        | st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
        max_size=12,
    )
)
def test_flags_are_ordered_disjoint_spans_naming_known_words(parts: list[str]) -> None:
    text = " ".join(parts)
    flags = check_text(text)
    last_end = 0
    for flag in flags:
        assert last_end <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.word
        assert flag.word.lower() in flagged_words()
        last_end = flag.end


@given(st.sampled_from(sorted(w for w in flagged_words() if not is_vague(w))))
def test_personality_words_are_flagged_even_with_an_example(word: str) -> None:
    text = f"For example, on 3 May she was {word} with the client."
    assert [f.word for f in check_text(text)] == [word]


# -------------------------------------------------------------------------------- cadence


@given(days, st.sampled_from(list(Cadence)))
def test_the_next_meeting_follows_the_cadence(last: date, cadence: Cadence) -> None:
    gap = (following(last, cadence) - last).days
    expected = {Cadence.WEEKLY: (7, 7), Cadence.BIWEEKLY: (14, 14), Cadence.MONTHLY: (28, 31)}
    low, high = expected[cadence]
    assert low <= gap <= high


@given(st.none() | days, st.sampled_from(list(Cadence)), days)
def test_next_meeting_is_never_in_the_past(
    last: date | None, cadence: Cadence, today: date
) -> None:
    nxt = next_meeting(last, cadence, today)
    assert nxt >= today
    if last is not None and following(last, cadence) >= today and last < today:
        assert nxt == following(last, cadence)
    assert is_overdue(last, cadence, today) == (last is None or following(last, cadence) < today)


def test_monthly_clamps_to_the_end_of_short_months() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


# ---------------------------------------------------------------------------------- goals


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (1.0, Rag.GREEN),
        (0.7, Rag.GREEN),
        (0.69, Rag.AMBER),
        (0.4, Rag.AMBER),
        (0.39, Rag.RED),
        (0.0, Rag.RED),
    ],
)
def test_okr_scores_are_banded_at_point_seven_and_point_four(score: float, band: Rag) -> None:
    assert okr_band(score) is band


@given(st.lists(st.floats(0, 1), min_size=1, max_size=6))
def test_objective_score_lies_between_its_key_results(scores: list[float]) -> None:
    result = objective_score(scores)
    assert result is not None
    assert round(min(scores), 2) - 0.005 <= result <= round(max(scores), 2) + 0.005


@given(st.integers(0, 100), days, st.integers(1, 400), st.integers(-50, 500))
def test_goal_status_worsens_as_progress_falls_behind_time(
    progress: int, start: date, length: int, elapsed: int
) -> None:
    due = start + timedelta(days=length)
    today = start + timedelta(days=elapsed)
    status = suggested_status(progress, start, due, today)
    gap = expected_progress(start, due, today) - progress
    if progress >= 100 or gap <= 10:
        assert status is GoalStatus.ON_TRACK
    elif gap <= 25:
        assert status is GoalStatus.AT_RISK
    else:
        assert status is GoalStatus.OFF_TRACK


def test_smart_gaps_name_what_is_missing() -> None:
    assert smart_gaps("Run the Q3 steering", "meetings held", "6", date(2026, 9, 30)) == []
    gaps = smart_gaps("Be better", None, "", None)
    assert len(gaps) == 3 and any("due date" in g for g in gaps)


def test_only_open_items_not_already_carried_carry_over() -> None:
    items = [CarryItem(1, False), CarryItem(2, True), CarryItem(3, False, carried_forward=True)]
    assert items_to_carry(items) == [1]
