"""RAID scoring, bands at every threshold, and the overdue rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    OPPORTUNITY_RESPONSES,
    THREAT_RESPONSES,
    RaidKind,
    RaidStatus,
    Response,
    action_overdue,
    band,
    check_dates,
    check_severity,
    is_high,
    item_overdue,
    responses_for,
    review_overdue,
    score,
    score_band,
)

scale = st.integers(1, 5)
outside_scale = st.integers(-100, 0) | st.integers(6, 100)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(scale, scale)
def test_score_is_probability_times_impact(p: int, i: int) -> None:
    assert score(p, i) == p * i
    assert 1 <= score(p, i) <= 25


@pytest.mark.parametrize(
    ("value", "colour"),
    [(1, Rag.GREEN), (4, Rag.GREEN), (5, Rag.AMBER), (14, Rag.AMBER), (15, Rag.RED), (25, Rag.RED)],
)
def test_band_edges(value: int, colour: Rag) -> None:
    assert band(value) is colour


@given(st.integers(1, 25))
def test_band_matches_thresholds_for_every_score(value: int) -> None:
    expected = Rag.RED if value >= 15 else Rag.AMBER if value >= 5 else Rag.GREEN
    assert band(value) is expected


def test_every_cell_of_the_matrix_has_the_documented_colour() -> None:
    reds = {(p, i) for p in range(1, 6) for i in range(1, 6) if p * i >= 15}
    greens = {(p, i) for p in range(1, 6) for i in range(1, 6) if p * i <= 4}
    assert reds == {(3, 5), (4, 4), (4, 5), (5, 3), (5, 4), (5, 5)}
    assert greens == {(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (3, 1), (4, 1)}
    for p in range(1, 6):
        for i in range(1, 6):
            colour = score_band(p, i)
            assert (colour is Rag.RED) == ((p, i) in reds)
            assert (colour is Rag.GREEN) == ((p, i) in greens)
            assert is_high(p, i) == ((p, i) in reds)


@given(outside_scale, scale)
def test_probability_outside_one_to_five_is_refused(p: int, i: int) -> None:
    with pytest.raises(ValidationError) as caught:
        score(p, i)
    assert caught.value.field == "probability"


@given(scale, outside_scale)
def test_impact_outside_one_to_five_is_refused(p: int, i: int) -> None:
    with pytest.raises(ValidationError) as caught:
        score(p, i)
    assert caught.value.field == "impact"


@pytest.mark.parametrize("value", [0, 26, -1, True])
def test_band_refuses_impossible_scores(value: int) -> None:
    with pytest.raises(ValidationError):
        band(value)


@pytest.mark.parametrize(("value", "ok"), [(0, False), (1, True), (4, True), (5, False)])
def test_severity_is_one_to_four(value: int, ok: bool) -> None:
    if ok:
        assert check_severity(value) == value
    else:
        with pytest.raises(ValidationError) as caught:
            check_severity(value)
        assert caught.value.field == "severity"


def test_responses_for_threats_and_opportunities() -> None:
    assert responses_for(opportunity=False) == THREAT_RESPONSES
    assert responses_for(opportunity=True) == OPPORTUNITY_RESPONSES
    assert Response.ACCEPT in THREAT_RESPONSES and Response.ACCEPT in OPPORTUNITY_RESPONSES
    assert set(THREAT_RESPONSES) | set(OPPORTUNITY_RESPONSES) == set(Response)


def test_kinds_have_letters_and_validation_rule() -> None:
    assert [k.letter for k in RaidKind] == ["R", "A", "I", "D"]
    assert {k for k in RaidKind if k.needs_validation} == {
        RaidKind.ASSUMPTION,
        RaidKind.DEPENDENCY,
    }


@given(days, st.integers(-10, 10), st.booleans())
def test_action_overdue_only_when_past_due_and_not_done(
    today: date, offset: int, done: bool
) -> None:
    due = today + timedelta(days=offset)
    assert action_overdue(due, done, today) == (offset < 0 and not done)
    assert not action_overdue(None, done, today)


@given(days, st.integers(-10, 10), st.sampled_from(list(RaidStatus)))
def test_review_overdue_only_for_live_entries_past_review(
    today: date, offset: int, status: RaidStatus
) -> None:
    review = today + timedelta(days=offset)
    expected = offset < 0 and status is not RaidStatus.CLOSED
    assert review_overdue(review, status, today) == expected
    assert item_overdue(review, status, today) == expected
    assert not review_overdue(None, status, today)


@given(days, st.integers(-10, 10))
def test_due_date_before_raised_date_is_refused(raised: date, offset: int) -> None:
    due = raised + timedelta(days=offset)
    if offset < 0:
        with pytest.raises(ValidationError) as caught:
            check_dates(raised, due)
        assert caught.value.field == "due_date"
    else:
        check_dates(raised, due)
