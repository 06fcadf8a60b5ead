"""Each Home tile opens its area filtered to exactly the rows it is about, says so in a bar,
and one click on the bar shows everything again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from pmo_desktop.domain.enums import MilestoneStatus, Rag, Stage
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.gui.area_filter import FilterBar
from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.services.home.tiles import Tile
from pmo_desktop.services.pipeline.health import portfolio_health
from pmo_desktop.services.raid import escalations as raid_escalations
from pmo_desktop.services.reports import adherence as reporting
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Milestone, Project
from tests.conftest import make_demo_file, opened_copy
from tests.gui.conftest import make_window

# The pages read "today" themselves: the demo is made for the same day.
TODAY = date.today()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("home-filters"), today=TODAY)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Portfolio]:
    with opened_copy(demo_file, tmp_path) as opened:
        yield opened


def _open_tile(qtbot: QtBot, demo: Portfolio, key: str) -> tuple[MainWindow, Any, Tile]:
    window = make_window(qtbot, demo)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    home.today = TODAY
    home.refresh()
    widget = home.tile_widgets[key]
    assert widget.tile.filter is not None, "the demo gives every tile something to filter"
    widget.open_button.click()
    area = window.current_area()
    assert area is not None
    return window, window.pages[area], widget.tile


def _bar(page: Any) -> FilterBar:
    bar = page.filter_bar
    assert isinstance(bar, FilterBar)
    return bar


def _clear(page: Any) -> None:
    bar = _bar(page)
    assert bar.isVisibleTo(page)
    assert "Filtered from Home" in bar.text_label.text()
    bar.clear_button.click()
    assert not bar.isVisibleTo(page)


def _shown(view: Any) -> list[int]:
    return [r for r in range(view.model().rowCount()) if not view.isRowHidden(r)]


def _proxy_ids(model: Any, proxy: Any, rows: Any) -> set[int]:
    return {model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in rows}


def test_programs_tile_shows_red_and_amber_programs_with_their_red_and_amber_projects(
    qtbot: QtBot, demo: Portfolio
) -> None:
    window, page, tile = _open_tile(qtbot, demo, "programs")
    assert window.current_area() == "pipeline"
    assert page.current_view == "health"
    with unit_of_work(demo.sessions) as session:
        health = portfolio_health(session, TODAY)
    flagged = {p.id for p in health.programs if p.health.health.overall.rag in (Rag.RED, Rag.AMBER)}
    assert flagged and tile.filter is not None and tile.filter.program_ids == flagged
    expected = {("program", pid) for pid in flagged} | {
        ("project", r.id)
        for r in health.projects.values()
        if r.health.assessed
        and r.program_id in flagged
        and r.health.health.overall.rag in (Rag.RED, Rag.AMBER)
    }
    panel = page.panel("health")
    proxy = panel.proxy
    lines = [
        panel.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in _shown(panel.table)
    ]
    assert {(line.kind, line.id) for line in lines} == expected
    assert len(lines) < proxy.rowCount(), "green programs are left out"
    _clear(page)
    assert len(_shown(panel.table)) == proxy.rowCount()


def test_milestones_tile_shows_the_projects_with_milestones_due(
    qtbot: QtBot, demo: Portfolio
) -> None:
    _, page, _ = _open_tile(qtbot, demo, "milestones")
    with unit_of_work(demo.sessions) as session:
        expected = set(
            session.scalars(
                select(Milestone.project_id)
                .join(Project, Milestone.project_id == Project.id)
                .where(
                    Project.stage.not_in([Stage.CLOSED, Stage.LOST]),
                    Milestone.actual_date.is_(None),
                    Milestone.status != MilestoneStatus.DONE,
                    Milestone.forecast_date <= TODAY + timedelta(days=14),
                    Milestone.forecast_date >= TODAY - timedelta(days=14),
                )
            )
        )
    assert expected
    proxy = page.proxy
    assert _proxy_ids(page.model, proxy, range(proxy.rowCount())) == expected
    assert page.board.shown_count() == len(expected)
    assert page.count_text().startswith(f"{len(expected)} of ")
    _clear(page)
    assert proxy.rowCount() == page.model.rowCount()


@pytest.mark.parametrize(
    ("key", "first_week"), [("capacity", 0), ("billability", -4)], ids=["capacity", "billability"]
)
def test_staffing_tiles_show_those_people_over_their_four_weeks(
    qtbot: QtBot, demo: Portfolio, key: str, first_week: int
) -> None:
    window, page, tile = _open_tile(qtbot, demo, key)
    assert window.current_area() == "staffing"
    assert tile.more == 0 and tile.filter is not None
    expected = {line.target_id for line in tile.lines if line.target_id is not None}
    rows = page.model.rows
    shown = _shown(page.view)
    assert {rows[r].person_id for r in shown} == expected
    assert {rows[r].person_id for r in shown if rows[r].kind.name == "PERSON"} == expected
    weeks = [monday_of(TODAY) + timedelta(weeks=first_week + i) for i in range(4)]
    visible = [
        page.model.week_of(c)
        for c in range(page.model.columnCount())
        if not page.view.isColumnHidden(c)
    ]
    assert visible == weeks  # and not the whole plan's total column
    _clear(page)
    assert len(_shown(page.view)) == page.model.rowCount()
    assert not any(page.view.isColumnHidden(c) for c in range(page.model.columnCount()))


def test_escalations_tile_shows_the_open_escalations(qtbot: QtBot, demo: Portfolio) -> None:
    with unit_of_work(demo.sessions) as session:  # the log's first escalation is a closed one
        first = raid_escalations.list_escalations(session)[0].id
        session.execute(text("UPDATE escalation SET status = 'closed' WHERE id = :i"), {"i": first})
    _, page, _ = _open_tile(qtbot, demo, "escalations")
    with unit_of_work(demo.sessions) as session:
        rows = raid_escalations.list_escalations(session)
    expected = {r.id for r in rows if r.status.is_open}
    assert expected and len(expected) < len(rows)
    log = page.escalations.log_model
    table = page.escalations.ui.escalationTable
    assert {log.row_at(r).id for r in _shown(table)} == expected
    panel = page.escalations
    assert panel.detail is not None and panel.detail.id in expected
    panel._show_detail(None)  # nothing chosen: a refresh picks the first escalation shown
    page.refresh()
    assert panel.detail is not None and panel.detail.id in expected
    _clear(page)
    assert len(_shown(table)) == log.rowCount()


def test_overdue_actions_tile_lists_every_overdue_action_of_every_area(
    qtbot: QtBot, demo: Portfolio
) -> None:
    _, page, tile = _open_tile(qtbot, demo, "actions")
    tab = page.actions_tab
    assert page.tabs.currentWidget() is tab and tab.overdue_check.isChecked()
    shown = tab.model.rows()
    assert len(shown) == int(tile.value) > 0 and all(r.overdue for r in shown)
    assert {r.source for r in shown} >= {"RAID", "1:1"}, "not only the RAID register's"
    assert [r.days_late for r in shown] == sorted((r.days_late for r in shown), reverse=True)
    assert shown[0].text == tile.lines[0].text  # the tile's oldest first
    _clear(page)
    assert not tab.overdue_check.isChecked()
    assert len(tab.model.rows()) == len(tab.all_rows) > len(shown)


@pytest.mark.parametrize(("key", "tab"), [("one_on_ones", "1:1s"), ("onboarding", "Onboarding")])
def test_people_tiles_keep_those_people_on_the_roster(
    qtbot: QtBot, demo: Portfolio, key: str, tab: str
) -> None:
    window, page, tile = _open_tile(qtbot, demo, key)
    assert window.current_area() == "people"
    tabs = page.ui.personTabs
    assert tabs.tabText(tabs.currentIndex()) == tab
    assert tile.more == 0
    expected = {line.target_id for line in tile.lines}
    proxy = page.proxy
    table = page.ui.rosterTable
    assert _proxy_ids(page.model, proxy, _shown(table)) == expected
    assert page.person_id in expected
    _clear(page)
    assert len(_shown(table)) == proxy.rowCount() > len(expected)


def test_adherence_tile_lists_the_projects_below_threshold(qtbot: QtBot, demo: Portfolio) -> None:
    window, page, _ = _open_tile(qtbot, demo, "adherence")
    assert window.current_area() == "reports"
    tab = page.adherence_tab
    assert page.tabs.currentWidget() is tab
    with unit_of_work(demo.sessions) as session:
        report = reporting.adherence_report(session, reporting.period_weeks(TODAY, 4))
    expected = {p.project_id for p in report.projects if p.below()}
    assert expected
    assert {r.project_id for r in tab.projects.rows()} == expected
    assert all(r.below() for r in tab.projects.rows()), "judged over the tile's four weeks"
    assert tab.summary_label.text().startswith(f"Last 4 weeks · {len(expected)} projects below")
    assert tab.project_combo.currentData() in expected
    assert tab.project_combo.count() == len(expected)
    _clear(page)
    assert len(tab.projects.rows()) > len(expected)
    assert tab.summary_label.text().startswith("Last 7 weeks")
