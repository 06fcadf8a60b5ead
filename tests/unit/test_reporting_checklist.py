"""Editing the process checklist: renamed, reordered, added, retired and reactivated lines
change adherence from then on only; earlier weeks keep their ticks and their share, and the
weeks while a line was retired keep not counting it once it is back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.adherence import (
    Period,
    item_counts,
    on_checklist,
    reactivated_periods,
    retired_periods,
)
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.home.delivery import adherence_tile
from pmo_desktop.services.reports import adherence, checklist
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models_reporting import AdherenceItemPeriod
from tests.unit.test_reporting_services import MONDAY, _seed

WEEK = timedelta(weeks=1)
#: Three weeks ending with this one: W1, W2, W3 (= MONDAY).
WEEKS = [MONDAY - 2 * WEEK, MONDAY - WEEK, MONDAY]
mondays = st.integers(-30, 30).map(lambda n: MONDAY + n * WEEK)


@given(week=mondays, start=st.none() | mondays, retired=mondays)
@settings(max_examples=60)
def test_retiring_changes_no_week_before_the_retirement_and_every_week_after(
    week: date, start: date | None, retired: date
) -> None:
    on = [Period(start, None)]
    off = retired_periods(on, retired)
    if week < retired:
        assert item_counts(week, off) == item_counts(week, on)
    else:
        assert item_counts(week, off) is False
    assert not on_checklist(off)


def test_edges_of_the_weeks_an_item_counts_in() -> None:
    assert item_counts(MONDAY, [Period(MONDAY, None)])
    assert not item_counts(MONDAY - WEEK, [Period(MONDAY, None)])
    assert item_counts(MONDAY - WEEK, [Period(None, MONDAY)])
    assert not item_counts(MONDAY, [Period(None, MONDAY)])
    assert not item_counts(MONDAY, [])
    gap = [Period(None, MONDAY), Period(MONDAY + 2 * WEEK, None)]
    assert [item_counts(MONDAY + n * WEEK, gap) for n in (-1, 0, 1, 2, 3)] == [
        True,
        False,
        False,
        True,
        True,
    ]
    with pytest.raises(ValueError, match="before it starts"):
        Period(MONDAY, MONDAY - WEEK)


@given(
    start=st.none() | mondays,
    steps=st.lists(st.integers(0, 4), min_size=1, max_size=6),
    probe=st.integers(-40, 60),
)
@settings(max_examples=80)
def test_retiring_and_reactivating_never_change_an_earlier_week(
    start: date | None, steps: list[int], probe: int
) -> None:
    """Each retire or reactivate, in the week it is done, changes that week and later ones
    only: every earlier week counts the line exactly as before."""
    periods: list[Period] = [Period(start, None)]
    week = MONDAY - 30 * WEEK if start is None else start
    for gap in steps:
        week += gap * WEEK
        after = (
            retired_periods(periods, week)
            if on_checklist(periods)
            else reactivated_periods(periods, week)
        )
        probe_week = MONDAY + probe * WEEK
        if probe_week < week:
            assert item_counts(probe_week, after) == item_counts(probe_week, periods)
        elif start is None or probe_week >= start:
            assert item_counts(probe_week, after) == on_checklist(after)
        assert sum(p.open for p in after) <= 1
        periods = after


def _tick_all(
    portfolio: Portfolio, project_id: int, weeks: Sequence[date] = WEEKS
) -> list[checklist.ChecklistItem]:
    """The delivery checklist with every line ticked in ``weeks``."""
    with unit_of_work(portfolio.sessions) as s:
        items = [i for i in checklist.ensure_default_checklist(s) if i.project_type == "delivery"]
        for week in weeks:
            for item in items:
                checklist.set_tick(s, checklist.TickState(project_id, item.id, week, True))
    return items


def _weeks(portfolio: Portfolio, weeks: Sequence[date] = WEEKS) -> list[tuple[int, int]]:
    """(ticked, expected) of the one project in each of ``weeks``."""
    with unit_of_work(portfolio.sessions) as s:
        (row,) = adherence.adherence_report(s, weeks).projects
    return [(w.ticked, w.expected) for w in row.weeks]


def test_a_retired_item_stops_counting_from_its_week_and_earlier_ticks_remain(
    portfolio: Portfolio,
) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]
    with unit_of_work(portfolio.sessions) as s:
        before = checklist.retire_checklist_item(s, items[1].id, MONDAY + timedelta(days=2))
    assert _weeks(portfolio) == [(4, 4), (4, 4), (3, 3)]
    with unit_of_work(portfolio.sessions) as s:
        grid = adherence.project_checklist(s, project_id, WEEKS)
        assert {(items[1].id, w) for w in WEEKS} <= grid.ticked, "ticks are kept"
        (retired,) = [i for i in grid.items if i.id == items[1].id]
        assert [grid.counts(retired, w) for w in WEEKS] == [True, True, False]
        with pytest.raises(ValidationError, match="not on the checklist in the week of"):
            checklist.set_tick(s, checklist.TickState(project_id, items[1].id, MONDAY + WEEK, True))
        with pytest.raises(ValidationError, match="already retired"):
            checklist.retire_checklist_item(s, items[1].id, MONDAY)
        checklist.restore_checklist_item(s, before)  # undo
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_an_item_added_this_week_does_not_lower_earlier_weeks(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        added = checklist.add_checklist_item(s, "delivery", "Client newsletter sent", MONDAY)
    assert [(p.counts_from, p.retired_from) for p in added.periods] == [(MONDAY, None)]
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 5)]
    with unit_of_work(portfolio.sessions) as s:
        checklist.retire_checklist_item(s, added.id, MONDAY)  # retired the week it came
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]
    with unit_of_work(portfolio.sessions) as s:
        checklist.delete_checklist_item(s, added.id)  # the undo of adding it
        assert [i.title for i in checklist.checklist(s, "delivery")][-1] != added.title


def test_renaming_keeps_the_ticks_and_undo_restores_the_name(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="required"):
            checklist.rename_checklist_item(s, items[0].id, "   ")
        before = checklist.rename_checklist_item(s, items[0].id, "  Status report emailed  ")
    with unit_of_work(portfolio.sessions) as s:
        grid = adherence.project_checklist(s, project_id, WEEKS)
        assert grid.items[0].title == "Status report emailed"
        assert {(items[0].id, w) for w in WEEKS} <= grid.ticked
        checklist.restore_checklist_item(s, before)
        assert checklist.checklist(s, "delivery")[0].title == items[0].title
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_reordering_moves_one_place_refuses_the_ends_and_undoes(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    ids = [i.id for i in items]
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="cannot move further"):
            checklist.move_checklist_item(s, ids[0], -1)
        with pytest.raises(ValidationError, match="cannot move further"):
            checklist.move_checklist_item(s, ids[-1], 1)
        before = checklist.move_checklist_item(s, ids[0], 1)
        assert [i.id for i in checklist.checklist(s, "delivery")] == [ids[1], ids[0], *ids[2:]]
        assert checklist.set_checklist_order(s, "delivery", before) == [
            ids[1],
            ids[0],
            *ids[2:],
        ]
        assert [i.id for i in checklist.checklist(s, "delivery")] == ids
        with pytest.raises(ValidationError, match="changed meanwhile"):
            checklist.set_checklist_order(s, "delivery", ids[:-1])
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_reactivating_counts_the_item_again_from_that_week_only(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        checklist.retire_checklist_item(s, items[2].id, WEEKS[1])
    assert _weeks(portfolio) == [(4, 4), (3, 3), (3, 3)]
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="already"):
            checklist.reactivate_checklist_item(s, items[0].id, MONDAY)
        checklist.reactivate_checklist_item(s, items[2].id, MONDAY)
    assert _weeks(portfolio) == [(4, 4), (3, 3), (4, 4)]


def test_reactivating_in_the_week_it_was_retired_undoes_the_retirement(
    portfolio: Portfolio,
) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        checklist.retire_checklist_item(s, items[2].id, WEEKS[1] + timedelta(days=1))
        checklist.reactivate_checklist_item(s, items[2].id, WEEKS[1] + timedelta(days=4))
        (item,) = [i for i in checklist.checklist(s, "delivery") if i.id == items[2].id]
    assert item.periods == items[2].periods
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_every_item_retired_leaves_no_adherence_and_no_flag(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        for item in items:
            checklist.retire_checklist_item(s, item.id, WEEKS[0])
        (row,) = adherence.adherence_report(s, WEEKS).projects
    assert row.total.percent is None and not row.below()


# --------------------------------------------------------------- retired and back again

#: Eight weeks W1…W8 ending with this one (W8 = MONDAY).
LONG = [MONDAY - (7 - n) * WEEK for n in range(8)]


def _tick_long(portfolio: Portfolio, project_id: int) -> list[checklist.ChecklistItem]:
    """The delivery checklist with every line ticked in W1…W8."""
    return _tick_all(portfolio, project_id, LONG)


def _long_weeks(portfolio: Portfolio) -> list[tuple[int, int]]:
    return _weeks(portfolio, LONG)


def _item(portfolio: Portfolio, item_id: int) -> checklist.ChecklistItem:
    with unit_of_work(portfolio.sessions) as s:
        (item,) = [i for i in checklist.checklist(s) if i.id == item_id]
    return item


def _period_rows(portfolio: Portfolio) -> list[tuple[int, int, date | None, date | None]]:
    with unit_of_work(portfolio.sessions) as s:
        return [
            (r.id, r.item_id, r.counts_from, r.retired_from)
            for r in s.query(AdherenceItemPeriod).order_by(AdherenceItemPeriod.id)
        ]


def test_weeks_while_a_line_was_retired_keep_not_counting_it_after_reactivation(
    portfolio: Portfolio,
) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_long(portfolio, project_id)
    line = items[1].id
    with unit_of_work(portfolio.sessions) as s:
        # W4: another line left unticked, so a tick of the retired line would show.
        checklist.set_tick(s, checklist.TickState(project_id, items[0].id, LONG[3], False))
        checklist.retire_checklist_item(s, line, LONG[2] + timedelta(days=3))  # in W3
    retired = _long_weeks(portfolio)
    assert retired == [(4, 4), (4, 4), (3, 3), (2, 3), (3, 3), (3, 3), (3, 3), (3, 3)]
    with unit_of_work(portfolio.sessions) as s:
        checklist.reactivate_checklist_item(s, line, LONG[5] + timedelta(days=1))  # in W6
    assert _long_weeks(portfolio) == [
        (4, 4),
        (4, 4),
        (3, 3),
        (2, 3),
        (3, 3),
        (4, 4),
        (4, 4),
        (4, 4),
    ]
    item = _item(portfolio, line)
    assert item.active
    assert [(p.counts_from, p.retired_from) for p in item.periods] == [
        (None, LONG[2]),
        (LONG[5], None),
    ]
    assert [item.counts_in(w) for w in LONG] == [True, True, False, False, False, True, True, True]
    with unit_of_work(portfolio.sessions) as s:
        grid = adherence.project_checklist(s, project_id, LONG)
        assert {(line, w) for w in LONG} <= grid.ticked, "the ticks of every week are kept"
        (shown,) = [i for i in grid.items if i.id == line]
        assert [grid.counts(shown, w) for w in LONG] == [
            True,
            True,
            False,
            False,
            False,
            True,
            True,
            True,
        ]
        checklist.set_tick(s, checklist.TickState(project_id, line, LONG[3], False))
        with pytest.raises(ValidationError, match="not on the checklist in the week of"):
            checklist.set_tick(s, checklist.TickState(project_id, line, LONG[3], True))


def test_retiring_and_reactivating_twice_keeps_every_gap(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_long(portfolio, project_id)
    line = items[3].id
    for week, action in (
        (LONG[1], checklist.retire_checklist_item),
        (LONG[3], checklist.reactivate_checklist_item),
        (LONG[4], checklist.retire_checklist_item),
        (LONG[6], checklist.reactivate_checklist_item),
    ):
        with unit_of_work(portfolio.sessions) as s:
            action(s, line, week)
    item = _item(portfolio, line)
    assert [(p.counts_from, p.retired_from) for p in item.periods] == [
        (None, LONG[1]),
        (LONG[3], LONG[4]),
        (LONG[6], None),
    ]
    expected = [4, 3, 3, 4, 3, 3, 4, 4]
    assert _long_weeks(portfolio) == [(n, n) for n in expected]
    with unit_of_work(portfolio.sessions) as s:
        checklist.retire_checklist_item(s, line, LONG[7])
    assert item.latest is not None
    assert _item(portfolio, line).latest == checklist.ChecklistPeriod(
        LONG[6], LONG[7], item.latest.id
    )
    assert _long_weeks(portfolio) == [(n, n) for n in [4, 3, 3, 4, 3, 3, 4, 3]]


def test_undo_of_reactivate_and_of_retire_restores_the_exact_periods(
    portfolio: Portfolio,
) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_long(portfolio, project_id)
    line = items[2].id
    with unit_of_work(portfolio.sessions) as s:
        checklist.retire_checklist_item(s, line, LONG[1])
        checklist.reactivate_checklist_item(s, line, LONG[3])
    steps = (
        (LONG[4], checklist.retire_checklist_item),
        (LONG[6], checklist.reactivate_checklist_item),
        (LONG[6], checklist.retire_checklist_item),  # the period just opened is dropped
        (LONG[7], checklist.reactivate_checklist_item),
    )
    states = [(_period_rows(portfolio), _long_weeks(portfolio))]
    befores: list[checklist.ChecklistItem] = []
    for week, action in steps:
        with unit_of_work(portfolio.sessions) as s:
            befores.append(action(s, line, week))
        states.append((_period_rows(portfolio), _long_weeks(portfolio)))
        assert states[-1][0] != states[-2][0]
    assert [(p.counts_from, p.retired_from) for p in _item(portfolio, line).periods] == [
        (None, LONG[1]),
        (LONG[3], LONG[4]),
        (LONG[7], None),
    ]
    # Undo every step, newest first, as the undo stack does: each state comes back exactly.
    for before, state in zip(reversed(befores), reversed(states[:-1]), strict=True):
        with unit_of_work(portfolio.sessions) as s:
            checklist.restore_checklist_item(s, before)
        assert (_period_rows(portfolio), _long_weeks(portfolio)) == state
    # Redo them all: the same periods and the same adherence again.
    for (week, action), (rows, weeks) in zip(steps, states[1:], strict=True):
        with unit_of_work(portfolio.sessions) as s:
            action(s, line, week)
        assert [r[1:] for r in _period_rows(portfolio)] == [r[1:] for r in rows]
        assert _long_weeks(portfolio) == weeks


def test_reactivating_leaves_past_adherence_and_home_as_they_were(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        items = [i for i in checklist.ensure_default_checklist(s) if i.project_type == "delivery"]
        line = items[0].id
        checklist.retire_checklist_item(s, line, LONG[3])
        # Ticked as the checklist was each week: the retired line not while it was retired.
        for week in LONG[:-1]:
            for item in items:
                if item.id != line or week < LONG[3]:
                    checklist.set_tick(s, checklist.TickState(project_id, item.id, week, True))
        before = adherence.adherence_report(s, LONG)
        tile = adherence_tile(s, MONDAY + timedelta(days=2))
    with unit_of_work(portfolio.sessions) as s:
        checklist.reactivate_checklist_item(s, line, MONDAY + timedelta(days=2))
        after = adherence.adherence_report(s, LONG)
        assert adherence_tile(s, MONDAY + timedelta(days=2)) == tile
    (row_before,), (row_after,) = before.projects, after.projects
    assert row_after.weeks[:-1] == row_before.weeks[:-1]
    assert after.team_weeks[:-1] == before.team_weeks[:-1]
    assert [p.weeks[:-1] for p in after.pms] == [p.weeks[:-1] for p in before.pms]
    assert all(w.percent == 100.0 for w in row_after.weeks[:-1])
    assert (row_before.weeks[-1].expected, row_after.weeks[-1].expected) == (3, 4)
