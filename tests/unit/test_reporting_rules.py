"""Adherence rules at their edges: nothing expected, everything ticked, exactly the threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.adherence import (
    DEFAULT_THRESHOLD,
    Adherence,
    adherence,
    combine,
    percent_label,
    project_type,
)
from pmo_desktop.domain.reporting import RetroFormat


def test_no_checklist_items_means_no_adherence_and_no_flag() -> None:
    value = adherence(0, 4, 0)
    assert value.percent is None
    assert not value.below(DEFAULT_THRESHOLD)
    assert percent_label(value) == "–"


def test_no_weeks_means_no_adherence() -> None:
    assert adherence(4, 0, 0).percent is None


def test_all_ticked_is_one_hundred_percent_and_never_flagged() -> None:
    value = adherence(4, 4, 16)
    assert value.percent == 100.0
    assert not value.below(100)


def test_exactly_the_threshold_is_not_below_it() -> None:
    # 4 items × 5 weeks = 20 expected; 16 ticked = exactly 80 %.
    assert not adherence(4, 5, 16).below(80)
    assert adherence(4, 5, 15).below(80)


def test_ticks_of_removed_items_are_capped_at_what_is_expected() -> None:
    assert adherence(2, 1, 5) == Adherence(2, 2)


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        adherence(-1, 1, 0)


def test_combining_weights_by_expected_items_not_by_project() -> None:
    small = adherence(1, 1, 0)  # 0 %
    large = adherence(4, 4, 16)  # 100 %
    assert combine([small, large]).percent == pytest.approx(100 * 16 / 17)
    assert combine([]).percent is None


@settings(max_examples=80)
@given(
    items=st.integers(0, 12),
    weeks=st.integers(0, 8),
    ticked=st.integers(0, 200),
    threshold=st.integers(0, 100),
)
def test_below_agrees_with_the_percentage_around_the_threshold(
    items: int, weeks: int, ticked: int, threshold: int
) -> None:
    value = adherence(items, weeks, ticked)
    if value.percent is None:
        assert not value.below(threshold)
    else:
        assert 0 <= value.percent <= 100
        exact = value.ticked * 100 - threshold * value.expected
        assert value.below(threshold) == (exact < 0)


def test_project_type_follows_billability() -> None:
    assert project_type(True) == "delivery"
    assert project_type(False) == "internal"


def test_each_retro_format_has_its_columns() -> None:
    assert RetroFormat.START_STOP_CONTINUE.columns == ("Start", "Stop", "Continue")
    assert RetroFormat.FOUR_LS.columns == ("Liked", "Learned", "Lacked", "Longed for")
    assert RetroFormat.MAD_SAD_GLAD.columns == ("Mad", "Sad", "Glad")
