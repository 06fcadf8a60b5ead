"""Editing the process checklist: renamed, reordered, added and retired lines change
adherence from then on only; earlier weeks keep their ticks and their share."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.adherence import item_counts
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services import reporting
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
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
    on = item_counts(week, active=True, counts_from=start, retired_from=None)
    off = item_counts(week, active=False, counts_from=start, retired_from=retired)
    if week < retired:
        assert off == on
    else:
        assert off is False


def test_edges_of_the_weeks_an_item_counts_in() -> None:
    assert item_counts(MONDAY, active=True, counts_from=MONDAY, retired_from=None)
    assert not item_counts(MONDAY - WEEK, active=True, counts_from=MONDAY, retired_from=None)
    assert item_counts(MONDAY - WEEK, active=False, counts_from=None, retired_from=MONDAY)
    assert not item_counts(MONDAY, active=False, counts_from=None, retired_from=MONDAY)
    assert not item_counts(MONDAY, active=False, counts_from=None, retired_from=None)


def _tick_all(portfolio: Portfolio, project_id: int) -> list[reporting.ChecklistItem]:
    with unit_of_work(portfolio.sessions) as s:
        items = [i for i in reporting.ensure_default_checklist(s) if i.project_type == "delivery"]
        for week in WEEKS:
            for item in items:
                reporting.set_tick(s, reporting.TickState(project_id, item.id, week, True))
    return items


def _weeks(portfolio: Portfolio) -> list[tuple[int, int]]:
    with unit_of_work(portfolio.sessions) as s:
        (row,) = reporting.adherence_report(s, WEEKS).projects
    return [(w.ticked, w.expected) for w in row.weeks]


def test_a_retired_item_stops_counting_from_its_week_and_earlier_ticks_remain(
    portfolio: Portfolio,
) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]
    with unit_of_work(portfolio.sessions) as s:
        before = reporting.retire_checklist_item(s, items[1].id, MONDAY + timedelta(days=2))
    assert _weeks(portfolio) == [(4, 4), (4, 4), (3, 3)]
    with unit_of_work(portfolio.sessions) as s:
        grid = reporting.project_checklist(s, project_id, WEEKS)
        assert {(items[1].id, w) for w in WEEKS} <= grid.ticked, "ticks are kept"
        (retired,) = [i for i in grid.items if i.id == items[1].id]
        assert [grid.counts(retired, w) for w in WEEKS] == [True, True, False]
        with pytest.raises(ValidationError, match="not on the checklist in the week of"):
            reporting.set_tick(s, reporting.TickState(project_id, items[1].id, MONDAY + WEEK, True))
        with pytest.raises(ValidationError, match="already retired"):
            reporting.retire_checklist_item(s, items[1].id, MONDAY)
        reporting.restore_checklist_item(s, before)  # undo
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_an_item_added_this_week_does_not_lower_earlier_weeks(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        added = reporting.add_checklist_item(s, "delivery", "Client newsletter sent", MONDAY)
    assert added.counts_from == MONDAY
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 5)]
    with unit_of_work(portfolio.sessions) as s:
        reporting.retire_checklist_item(s, added.id, MONDAY)  # retired the week it came
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]
    with unit_of_work(portfolio.sessions) as s:
        reporting.delete_checklist_item(s, added.id)  # the undo of adding it
        assert [i.title for i in reporting.checklist(s, "delivery")][-1] != added.title


def test_renaming_keeps_the_ticks_and_undo_restores_the_name(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="required"):
            reporting.rename_checklist_item(s, items[0].id, "   ")
        before = reporting.rename_checklist_item(s, items[0].id, "  Status report emailed  ")
    with unit_of_work(portfolio.sessions) as s:
        grid = reporting.project_checklist(s, project_id, WEEKS)
        assert grid.items[0].title == "Status report emailed"
        assert {(items[0].id, w) for w in WEEKS} <= grid.ticked
        reporting.restore_checklist_item(s, before)
        assert reporting.checklist(s, "delivery")[0].title == items[0].title
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_reordering_moves_one_place_refuses_the_ends_and_undoes(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    ids = [i.id for i in items]
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="cannot move further"):
            reporting.move_checklist_item(s, ids[0], -1)
        with pytest.raises(ValidationError, match="cannot move further"):
            reporting.move_checklist_item(s, ids[-1], 1)
        before = reporting.move_checklist_item(s, ids[0], 1)
        assert [i.id for i in reporting.checklist(s, "delivery")] == [ids[1], ids[0], *ids[2:]]
        assert reporting.set_checklist_order(s, "delivery", before) == [
            ids[1],
            ids[0],
            *ids[2:],
        ]
        assert [i.id for i in reporting.checklist(s, "delivery")] == ids
        with pytest.raises(ValidationError, match="changed meanwhile"):
            reporting.set_checklist_order(s, "delivery", ids[:-1])
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_reactivating_counts_the_item_again_as_if_never_retired(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        reporting.retire_checklist_item(s, items[2].id, WEEKS[1])
    assert _weeks(portfolio) == [(4, 4), (3, 3), (3, 3)]
    with unit_of_work(portfolio.sessions) as s:
        with pytest.raises(ValidationError, match="already"):
            reporting.reactivate_checklist_item(s, items[0].id)
        reporting.reactivate_checklist_item(s, items[2].id)
    assert _weeks(portfolio) == [(4, 4), (4, 4), (4, 4)]


def test_every_item_retired_leaves_no_adherence_and_no_flag(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    items = _tick_all(portfolio, project_id)
    with unit_of_work(portfolio.sessions) as s:
        for item in items:
            reporting.retire_checklist_item(s, item.id, WEEKS[0])
        (row,) = reporting.adherence_report(s, WEEKS).projects
    assert row.total.percent is None and not row.below()
