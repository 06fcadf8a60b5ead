"""Reporting services on real databases: adherence, retrospectives, 1:1 agenda, ranking,
improvements, drafts and Home."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope, RetroFormat
from pmo_desktop.services.demo import generate
from pmo_desktop.services.home.board import home_data
from pmo_desktop.services.people import agenda as people_agenda
from pmo_desktop.services.reports import (
    adherence,
    checklist,
    drafts,
    improvements,
    retrospectives,
    workload,
)
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

TODAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)


def _seed(portfolio: Portfolio, *, billable: bool = True) -> tuple[int, int, int]:
    with unit_of_work(portfolio.sessions) as s:
        pm = Person(name="Ana Lima", role=Role.PM, weekly_hours=40)
        client = Client(name="Acme")
        s.add_all([pm, client])
        s.flush()
        program = Program(client_id=client.id, name="Portal")
        s.add(program)
        s.flush()
        project = Project(
            program_id=program.id,
            name="Checkout",
            stage=Stage.ACTIVE,
            start_date=MONDAY - timedelta(weeks=10),
            end_date=MONDAY + timedelta(weeks=10),
            pm_id=pm.id,
            billable=billable,
        )
        s.add(project)
        s.flush()
        return pm.id, program.id, project.id


def test_adherence_per_project_and_pm_counts_ticks_of_the_projects_type(
    portfolio: Portfolio,
) -> None:
    pm_id, _, project_id = _seed(portfolio)
    weeks = adherence.period_weeks(TODAY, 2)
    with unit_of_work(portfolio.sessions) as s:
        items = checklist.ensure_default_checklist(s)
        delivery = [i for i in items if i.project_type == "delivery"]
        internal = [i for i in items if i.project_type == "internal"]
        assert len(delivery) == 4
        for item in delivery[:3]:
            checklist.set_tick(s, checklist.TickState(project_id, item.id, weeks[0], True))
        for item in delivery:
            checklist.set_tick(s, checklist.TickState(project_id, item.id, weeks[1], True))
        # a tick of another type's item does not count
        checklist.set_tick(s, checklist.TickState(project_id, internal[0].id, weeks[0], True))
    with unit_of_work(portfolio.sessions) as s:
        report = adherence.adherence_report(s, weeks)
    (row,) = report.projects
    assert (row.total.ticked, row.total.expected) == (7, 8)
    assert [w.percent for w in row.weeks] == [75.0, 100.0]
    assert not row.below(80)
    assert row.below(90)
    (pm,) = report.pms
    assert pm.pm_id == pm_id and pm.total == row.total


def test_tick_returns_its_prior_state_so_undo_restores_it(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        item = checklist.ensure_default_checklist(s)[0]
        before = checklist.set_tick(s, checklist.TickState(project_id, item.id, TODAY, True))
        assert before.ticked is False and before.week == MONDAY
        checklist.set_tick(s, before)
        grid = adherence.project_checklist(s, project_id, [MONDAY])
    assert grid.ticked == frozenset()


def test_project_without_checklist_items_is_not_flagged(portfolio: Portfolio) -> None:
    _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        report = adherence.adherence_report(s, adherence.period_weeks(TODAY, 4))
    (row,) = report.projects
    assert row.total.percent is None and not row.below()


def test_retro_actions_reach_the_owners_next_one_on_one_agenda(portfolio: Portfolio) -> None:
    pm_id, _, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        retro = retrospectives.create_retrospective(
            s,
            retrospectives.RetroData("Sprint 9 retro", RetroFormat.MAD_SAD_GLAD, TODAY, project_id),
        )
        retrospectives.add_retro_action(
            s,
            retro,
            retrospectives.RetroActionData(
                "Book steering a month ahead", pm_id, TODAY - timedelta(1)
            ),
        )
        done = retrospectives.add_retro_action(
            s, retro, retrospectives.RetroActionData("Already done", pm_id, None, True)
        )
    with unit_of_work(portfolio.sessions) as s:
        lines = people_agenda.one_on_one_agenda_extras(s, pm_id, TODAY)
    assert [(line.text, line.overdue) for line in lines] == [("Book steering a month ahead", True)]
    assert "Sprint 9 retro" in lines[0].source
    assert done not in [a.id for a in retrospectives.open_retro_actions(portfolio.sessions())]


def test_retro_board_notes_votes_and_columns_follow_the_format(portfolio: Portfolio) -> None:
    _, program_id, _ = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        retro = retrospectives.create_retrospective(
            s,
            retrospectives.RetroData(
                "Q4", RetroFormat.START_STOP_CONTINUE, TODAY, None, program_id
            ),
        )
        a = retrospectives.add_retro_item(s, retro, "Start", "Demo earlier")
        b = retrospectives.add_retro_item(s, retro, "Start", "Pair on QA")
        retrospectives.vote(s, b.id)
        retrospectives.vote(s, b.id)
        assert retrospectives.vote(s, a.id, -1) == 0
        with pytest.raises(ValidationError):
            retrospectives.add_retro_item(s, retro, "Glad", "Wrong column")
        board = retrospectives.retrospective(s, retro)
    assert [i.text for i in board.column("Start")] == ["Pair on QA", "Demo earlier"]
    assert board.scope == "Portal"


def test_retrospective_needs_a_project_or_program(portfolio: Portfolio) -> None:
    with unit_of_work(portfolio.sessions) as s, pytest.raises(ValidationError) as err:
        retrospectives.create_retrospective(
            s, retrospectives.RetroData("X", RetroFormat.FOUR_LS, TODAY)
        )
    assert err.value.field == "scope"


def test_ranking_moves_and_restores(portfolio: Portfolio) -> None:
    _, program_id, first = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        for name in ("B", "C"):
            s.add(Project(program_id=program_id, name=name, stage=Stage.ACTIVE, priority=3))
    with unit_of_work(portfolio.sessions) as s:
        order = workload.ranked_project_ids(s)
        moved = workload.move_in_ranking(order, [order[2]], 0)
        before = workload.set_ranking(s, moved)
        assert workload.ranked_project_ids(s) == moved
        workload.set_ranking(s, before)
        assert workload.ranked_project_ids(s) == order
        rows = workload.workload(s, [MONDAY])
    assert [r.project_id for r in rows] == order and rows[0].rank == 1
    assert first in order


def test_move_in_ranking_handles_both_directions_and_the_end() -> None:
    order = [1, 2, 3, 4]
    assert workload.move_in_ranking(order, [4], 0) == [4, 1, 2, 3]
    assert workload.move_in_ranking(order, [1], 4) == [2, 3, 4, 1]
    assert workload.move_in_ranking(order, [1, 2], 3) == [3, 1, 2, 4]
    assert workload.move_in_ranking(order, [2], 2) == [1, 2, 3, 4]


def test_improvement_with_evidence_and_undoable_edit(portfolio: Portfolio) -> None:
    _, _, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        retro = retrospectives.create_retrospective(
            s, retrospectives.RetroData("R", RetroFormat.FOUR_LS, TODAY, project_id)
        )
        data = improvements.ImprovementData("Impact estimates", "Scope creep", TODAY)
        pid, before = improvements.save_improvement(s, None, data)
        assert before is None
        improvements.link_evidence(s, pid, retrospective_id=retro)
        _, before = improvements.save_improvement(
            s,
            pid,
            improvements.ImprovementData(
                "Impact estimates", "Scope creep", TODAY, status=ImprovementStatus.APPROVED
            ),
        )
        assert before is not None and before.status is ImprovementStatus.PROPOSED
        (row,) = improvements.list_improvements(s)
    assert row.data.status is ImprovementStatus.APPROVED
    assert row.evidence[0].label == "Retrospective: R"
    with unit_of_work(portfolio.sessions) as s, pytest.raises(ValidationError) as err:
        improvements.save_improvement(s, None, improvements.ImprovementData(" ", "x", TODAY))
    assert err.value.field == "title"


def test_report_draft_round_trips_and_returns_prior_text(portfolio: Portfolio) -> None:
    with unit_of_work(portfolio.sessions) as s:
        text = drafts.ReportText("On track", "Shipped login", "Pilot", "Sign the CR")
        assert drafts.save_report_draft(s, ReportScope.PROGRAM, 3, text) == drafts.ReportText()
        assert drafts.report_draft(s, ReportScope.PROGRAM, 3) == text


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Portfolio:
    path: Path = tmp_path_factory.mktemp("demo") / "d.sqlite"
    opened = open_portfolio(path)
    generate(opened.engine, size="small", seed=1, today=TODAY)
    return opened


def test_home_on_the_demo_shows_every_tile_with_something_to_act_on(demo: Portfolio) -> None:
    with unit_of_work(demo.sessions) as s:
        data = home_data(s, TODAY)
    keys = [t.key for t in data.tiles]
    assert keys == [
        "programs",
        "milestones",
        "capacity",
        "billability",
        "escalations",
        "actions",
        "one_on_ones",
        "onboarding",
        "adherence",
    ]
    programs = data.tile("programs")
    assert programs.lines and all(line.detail for line in programs.lines)
    assert data.tile("adherence").lines, "the demo has projects below the threshold"
    assert data.tile("actions").lines
    assert data.tile("capacity").lines


def test_starting_a_one_on_one_puts_open_retro_actions_on_the_agenda_once(
    portfolio: Portfolio,
) -> None:
    from pmo_desktop.services.people import one_on_ones as people

    pm_id, _, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        retro = retrospectives.create_retrospective(
            s, retrospectives.RetroData("Sprint 9 retro", RetroFormat.FOUR_LS, TODAY, project_id)
        )
        retrospectives.add_retro_action(
            s, retro, retrospectives.RetroActionData("Automate smoke tests", pm_id, MONDAY)
        )
        first = people_agenda.start_one_on_one_with_retro_actions(s, pm_id, TODAY)
        second = people_agenda.start_one_on_one_with_retro_actions(s, pm_id, TODAY + timedelta(7))
        agenda = [p.text for p in people.one_on_one(s, first).points]
        later = [p.text for p in people.one_on_one(s, second).points]
    assert any("Automate smoke tests" in text and "Sprint 9 retro" in text for text in agenda)
    assert sum("Automate smoke tests" in text for text in later) == 1


def test_deleting_a_proposal_and_restoring_it_brings_back_its_evidence_links(
    portfolio: Portfolio,
) -> None:
    pm_id, _program_id, project_id = _seed(portfolio)
    with unit_of_work(portfolio.sessions) as s:
        retro = retrospectives.create_retrospective(
            s,
            retrospectives.RetroData(
                "Q3 retro", RetroFormat.START_STOP_CONTINUE, TODAY, project_id
            ),
        )
        proposal, _ = improvements.save_improvement(
            s,
            None,
            improvements.ImprovementData(
                "Impact estimates", "Scope crept in", TODAY, owner_id=pm_id, proposal="Estimate"
            ),
        )
        improvements.link_evidence(s, proposal, retrospective_id=retro, note="Raised twice")
        before = improvements.list_improvements(s)
    with unit_of_work(portfolio.sessions) as s:
        kept = improvements.remove_improvement(s, proposal)
        assert improvements.list_improvements(s) == []
        with pytest.raises(ValidationError, match="no longer exists"):
            improvements.remove_improvement(s, proposal)
    with unit_of_work(portfolio.sessions) as s:
        improvements.restore_improvement(s, kept)
        assert improvements.list_improvements(s) == before
        assert before[0].evidence[0].note == "Raised twice"
        with pytest.raises(ValidationError, match="exists already"):
            improvements.restore_improvement(s, kept)
