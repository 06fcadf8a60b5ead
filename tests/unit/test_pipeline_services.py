"""Pipeline services: board cards, stage moves and their undo, editing with validation,
weighted pipeline, health with overrides and thresholds, roadmap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from pmo_desktop.domain.enums import MilestoneStatus, Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import Quarter, RoadmapStatus
from pmo_desktop.domain.rag import Dimension, HealthThresholds, Override
from pmo_desktop.services.pipeline import board as pipeline
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import health, roadmap
from pmo_desktop.services.pipeline.edit import (
    ClientData,
    FinancialsData,
    MilestoneData,
    ProgramData,
    ProjectBundle,
    ScopeChangeData,
)
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models_pipeline import StageChange

TODAY = date(2026, 3, 2)


def _bundle(program_id: int, **changes: object) -> ProjectBundle:
    base = ProjectBundle(
        program_id=program_id,
        name="Checkout Rebuild",
        stage=Stage.ACTIVE,
        win_probability=100,
        start_date=date(2026, 1, 5),
        end_date=date(2026, 6, 26),
        budget_cents=100_000_00,
        financials=FinancialsData(40_000_00, 112_000_00, 40, date(2025, 12, 15)),
        milestones=(
            MilestoneData("Design sign-off", date(2026, 2, 2), date(2026, 2, 4), None),
            MilestoneData("Go-live", date(2026, 6, 1), date(2026, 6, 1)),
        ),
        scope_changes=(ScopeChangeData(date(2026, 2, 10), "Extra SSO", 3_000_00, True),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def seeded(portfolio: Portfolio) -> dict[str, int]:
    with unit_of_work(portfolio.sessions) as s:
        client, _ = pipeline_edit.save_client(s, None, ClientData("Acme Retail", "Retail"))
        program, _ = pipeline_edit.save_program(s, None, ProgramData(client, "Web Replatform"))
        project, _ = pipeline_edit.save_project(s, None, _bundle(program))
        lead, _ = pipeline_edit.save_project(
            s,
            None,
            _bundle(
                program,
                name="Search Upgrade",
                stage=Stage.PROPOSAL,
                win_probability=40,
                budget_cents=50_000_00,
                financials=FinancialsData(),
                milestones=(),
                scope_changes=(),
            ),
        )
    return {"client": client, "program": program, "project": project, "lead": lead}


def test_board_cards_carry_client_program_and_health(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        cards = {c.name: c for c in pipeline.board_cards(s, TODAY)}
    active = cards["Checkout Rebuild"]
    assert (active.client, active.program, active.stage) == (
        "Acme Retail",
        "Web Replatform",
        Stage.ACTIVE,
    )
    assert active.health is Rag.RED  # forecast +12% over budget
    assert "Budget" in active.health_why and "+12.0%" in active.health_why
    assert cards["Search Upgrade"].health is None
    assert cards["Search Upgrade"].weighted_cents == 20_000_00


def test_move_to_lost_or_on_hold_needs_a_reason(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    for stage in (Stage.LOST, Stage.ON_HOLD):
        with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
            pipeline.move_stage(s, seeded["lead"], stage, reason="  ")
        assert err.value.field == "reason"


def test_move_to_approved_needs_the_sow_date(portfolio: Portfolio, seeded: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
        pipeline.move_stage(s, seeded["lead"], Stage.APPROVED)
    assert err.value.field == "sow"


def test_stage_move_is_recorded_and_undo_restores_everything(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        move = pipeline.move_stage(s, seeded["lead"], Stage.APPROVED, sow_signed=date(2026, 3, 1))
    with unit_of_work(portfolio.sessions) as s:
        assert pipeline_edit.get_project(s, seeded["lead"]).stage is Stage.APPROVED
        assert pipeline_edit.get_project(s, seeded["lead"]).financials.sow_signed_date == date(
            2026, 3, 1
        )
        assert len(s.scalars(select(StageChange)).all()) == 1
    with unit_of_work(portfolio.sessions) as s:
        pipeline.undo_stage_move(s, move)
    with unit_of_work(portfolio.sessions) as s:
        bundle = pipeline_edit.get_project(s, seeded["lead"])
        assert bundle.stage is Stage.PROPOSAL
        assert bundle.financials == FinancialsData()
        assert s.scalar(select(func.count()).select_from(StageChange)) == 0


def test_tentative_hours_follow_the_stage_and_undo_puts_them_back(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    from pmo_desktop.services.people import roster as people_roster
    from pmo_desktop.services.staffing import edits as staffing
    from pmo_desktop.store.models import Allocation

    lead = seeded["lead"]
    weeks = [date(2026, 3, 2), date(2026, 3, 9)]
    with unit_of_work(portfolio.sessions) as s:
        pid = people_roster.add_person(s, people_roster.PersonData(name="Rae"))
        staffing.allocate(s, pid, lead, weeks, 10)

    def flags() -> list[bool]:
        with unit_of_work(portfolio.sessions) as s:
            return list(s.scalars(select(Allocation.tentative).order_by(Allocation.week)))

    assert flags() == [True, True]  # a proposal's hours are tentative
    with unit_of_work(portfolio.sessions) as s:
        won = pipeline.move_stage(s, lead, Stage.APPROVED, sow_signed=date(2026, 3, 1))
    assert flags() == [False, False]  # won: confirmed, counted in billability
    with unit_of_work(portfolio.sessions) as s:
        active = pipeline.move_stage(s, lead, Stage.ACTIVE)
    assert active.flipped == () and flags() == [False, False]
    with unit_of_work(portfolio.sessions) as s:
        pipeline.undo_stage_move(s, active)
        pipeline.undo_stage_move(s, won)
    assert flags() == [True, True]


def test_lost_reason_is_kept_in_the_history(portfolio: Portfolio, seeded: dict[str, int]) -> None:
    with unit_of_work(portfolio.sessions) as s:
        pipeline.move_stage(s, seeded["lead"], Stage.LOST, reason="Lost on price")
    with unit_of_work(portfolio.sessions) as s:
        history = pipeline.stage_history(s, seeded["lead"])
    assert [(h.from_stage, h.to_stage, h.reason) for h in history] == [
        (Stage.PROPOSAL, Stage.LOST, "Lost on price")
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": date(2025, 12, 1)}, "end_date"),
        ({"budget_cents": -1}, "budget"),
        ({"win_probability": 101}, "win_probability"),
        ({"win_probability": -1}, "win_probability"),
        ({"name": "   "}, "name"),
        (
            {"milestones": (MilestoneData("Late", date(2026, 7, 1), date(2026, 7, 1)),)},
            "baseline_date",
        ),
        (
            {"milestones": (MilestoneData("Early", date(2026, 2, 1), date(2025, 1, 1)),)},
            "forecast_date",
        ),
        ({"financials": FinancialsData(percent_complete=120)}, "percent_complete"),
    ],
)
def test_bad_project_input_is_refused_with_its_field_and_nothing_saved(
    portfolio: Portfolio, seeded: dict[str, int], changes: dict[str, object], field: str
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        before = pipeline_edit.get_project(s, seeded["project"])
    with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
        pipeline_edit.save_project(s, seeded["project"], _bundle(seeded["program"], **changes))
    assert err.value.field == field
    with unit_of_work(portfolio.sessions) as s:
        assert pipeline_edit.get_project(s, seeded["project"]) == before


def test_empty_client_and_program_names_are_refused(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
        pipeline_edit.save_client(s, None, ClientData(" "))
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
        pipeline_edit.save_program(s, None, ProgramData(seeded["client"], ""))
    assert err.value.field == "name"
    with pytest.raises(ValidationError), unit_of_work(portfolio.sessions) as s:
        pipeline_edit.save_client(s, None, ClientData("acme retail"))


def test_project_save_returns_prior_and_saving_it_back_restores_ids(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        original = pipeline_edit.get_project(s, seeded["project"])
        edited = replace(
            original,
            name="Checkout 2.0",
            milestones=(
                *original.milestones[1:],
                MilestoneData("UAT", date(2026, 5, 4), date(2026, 5, 6)),
            ),
            scope_changes=(),
        )
        _, prior = pipeline_edit.save_project(s, seeded["project"], edited)
    assert prior == original
    with unit_of_work(portfolio.sessions) as s:
        pipeline_edit.save_project(s, seeded["project"], original)
    with unit_of_work(portfolio.sessions) as s:
        assert pipeline_edit.get_project(s, seeded["project"]) == original


def test_client_and_program_saves_return_prior(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        _, prior = pipeline_edit.save_client(
            s, seeded["client"], ClientData("Acme Group", "Retail")
        )
        assert prior == ClientData("Acme Retail", "Retail")
        _, prior_p = pipeline_edit.save_program(
            s, seeded["program"], ProgramData(seeded["client"], "Web", "New")
        )
        assert prior_p == ProgramData(seeded["client"], "Web Replatform")
        new_client, _ = pipeline_edit.save_client(s, None, ClientData("Borealis Bank"))
        pipeline_edit.delete_new_client(s, new_client)
        assert [c.name for c in pipeline_edit.client_choices(s)] == ["Acme Group"]


def test_weighted_pipeline_per_stage_and_client(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        cards = pipeline.board_cards(s, TODAY)
    by_stage = {v.stage: v for v in pipeline.weighted_by_stage(cards)}
    assert by_stage[Stage.PROPOSAL].weighted_cents == 20_000_00
    assert by_stage[Stage.ACTIVE].weighted_cents == 100_000_00
    assert by_stage[Stage.LEAD].projects == 0
    (acme,) = pipeline.weighted_by_client(cards)
    assert (acme.client, acme.projects, acme.weighted_cents) == ("Acme Retail", 2, 120_000_00)


def test_health_of_projects_and_program_roll_up_with_reasons(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        result = health.portfolio_health(s, TODAY)
    row = result.projects[seeded["project"]]
    h = row.health.health
    assert h.budget.rag is Rag.RED
    assert h.scope.rag is Rag.GREEN  # 3% of budget
    assert h.timeline.rag is Rag.AMBER  # design sign-off overdue, not done
    assert row.evm is not None and row.evm.cpi == pytest.approx(1.0)
    (program,) = result.programs
    assert program.health.health.overall.rag is Rag.RED
    assert "Checkout Rebuild" in program.health.health.overall.why


def test_override_changes_overall_and_undo_restores_rules(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    target = health.OverrideTarget(Dimension.OVERALL, project_id=seeded["project"])
    with unit_of_work(portfolio.sessions) as s:
        prior = health.set_override(s, target, Override(Rag.AMBER, "Funding agreed"))
    assert prior is None
    with unit_of_work(portfolio.sessions) as s:
        overall = health.portfolio_health(s, TODAY).projects[seeded["project"]]
        assert overall.health.health.overall.rag is Rag.AMBER
        assert "Funding agreed" in overall.health.health.overall.why
        assert health.set_override(s, target, prior) == Override(Rag.AMBER, "Funding agreed")
    with unit_of_work(portfolio.sessions) as s:
        assert health.portfolio_health(s, TODAY).overall(seeded["project"]) is Rag.RED


def test_program_thresholds_change_the_colour(portfolio: Portfolio, seeded: dict[str, int]) -> None:
    lenient = HealthThresholds(budget_green_pct=15, budget_amber_pct=20)
    with unit_of_work(portfolio.sessions) as s:
        assert health.set_program_thresholds(s, seeded["program"], lenient) is None
    with unit_of_work(portfolio.sessions) as s:
        row = health.portfolio_health(s, TODAY).projects[seeded["project"]]
        assert row.health.health.budget.rag is Rag.GREEN
        assert health.set_program_thresholds(s, seeded["program"], None) == lenient


def test_roadmap_items_save_move_and_delete_with_undo_data(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    data = roadmap.RoadmapData(seeded["client"], "Self-service portal", Quarter(2026, 3))
    with unit_of_work(portfolio.sessions) as s:
        item, prior = roadmap.save_item(s, None, data)
        assert prior is None
        _, prior = roadmap.save_item(s, item, replace(data, quarter=Quarter(2026, 4)))
        assert prior == data
        removed = roadmap.delete_item(s, item)
        roadmap.restore_item(s, item, removed)
        (row,) = roadmap.list_roadmap(s, seeded["client"])
    assert row.id == item and row.data.quarter == Quarter(2026, 4)
    assert row.data.status is RoadmapStatus.PLANNED
    with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
        roadmap.save_item(s, None, replace(data, title=""))
    assert err.value.field == "title"


def test_milestone_status_done_is_never_overdue(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        bundle = pipeline_edit.get_project(s, seeded["project"])
        done = tuple(
            replace(m, status=MilestoneStatus.DONE, actual_date=m.forecast_date)
            if m.name == "Design sign-off"
            else m
            for m in bundle.milestones
        )
        pipeline_edit.save_project(s, seeded["project"], replace(bundle, milestones=done))
    with unit_of_work(portfolio.sessions) as s:
        row = health.portfolio_health(s, TODAY).projects[seeded["project"]]
    assert row.health.health.timeline.rag is Rag.GREEN


def test_budget_burn_and_milestone_slip_rows(portfolio: Portfolio, seeded: dict[str, int]) -> None:
    from pmo_desktop.services.pipeline import figures as pipeline_reports

    with unit_of_work(portfolio.sessions) as s:
        (burn,) = pipeline_reports.budget_burn(s, TODAY)
        programs = pipeline_reports.program_choices_with_milestones(s)
        slips = pipeline_reports.milestone_slip(s, seeded["program"])
    assert (burn.project, burn.actual_cents, burn.forecast_cents) == (
        "Checkout Rebuild",
        40_000_00,
        112_000_00,
    )
    assert burn.overrun_share == pytest.approx(0.12)
    assert programs == [(seeded["program"], "Acme Retail — Web Replatform")]
    assert [(r.milestone, r.slip_days) for r in slips] == [("Design sign-off", 2), ("Go-live", 0)]


def test_portfolio_rules_apply_to_programs_without_their_own(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    lenient = HealthThresholds(budget_green_pct=15, budget_amber_pct=20)
    strict = HealthThresholds(budget_green_pct=0, budget_amber_pct=1)
    with unit_of_work(portfolio.sessions) as s:
        prior = health.apply_health_rules(s, health.HealthRules(lenient))
    assert prior == health.HealthRules(None)
    with unit_of_work(portfolio.sessions) as s:
        result = health.portfolio_health(s, TODAY)
        assert result.projects[seeded["project"]].health.health.budget.rag is Rag.GREEN
        assert result.programs[0].thresholds == lenient and not result.programs[0].own_rules
        # the program's own rules win over the portfolio's
        undo = health.apply_health_rules(s, health.HealthRules(lenient, seeded["program"], strict))
        assert undo == health.HealthRules(lenient, seeded["program"], None)
    with unit_of_work(portfolio.sessions) as s:
        result = health.portfolio_health(s, TODAY)
        assert result.projects[seeded["project"]].health.health.budget.rag is Rag.RED
        assert result.programs[0].own_rules
        assert health.health_rules(s, seeded["program"]) == health.HealthRules(
            lenient, seeded["program"], strict
        )
        health.apply_health_rules(s, undo)
        health.apply_health_rules(s, prior)
    with unit_of_work(portfolio.sessions) as s:
        assert health.health_rules(s, seeded["program"]) == health.HealthRules(
            None, seeded["program"], None
        )
        row = health.portfolio_health(s, TODAY).projects[seeded["project"]]
        assert row.health.health.budget.rag is Rag.RED  # DOMAIN.md's defaults again: +12%


def test_portfolio_rules_are_refused_out_of_order_by_the_database(portfolio: Portfolio) -> None:
    from sqlalchemy.exc import IntegrityError

    from pmo_desktop.store.models_pipeline import PortfolioHealthRules

    with pytest.raises(IntegrityError), unit_of_work(portfolio.sessions) as s:
        s.add(
            PortfolioHealthRules(
                id=1,
                budget_green_pct=10,
                budget_amber_pct=5,
                timeline_green_days=5,
                timeline_amber_days=10,
                scope_green_pct=5,
                scope_amber_pct=15,
            )
        )


def test_critical_milestone_is_saved_and_names_the_timeline_verdict(
    portfolio: Portfolio, seeded: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        bundle = pipeline_edit.get_project(s, seeded["project"])
        assert not any(m.critical for m in bundle.milestones)
        marked = tuple(replace(m, critical=m.name == "Go-live") for m in bundle.milestones)
        _, prior = pipeline_edit.save_project(
            s, seeded["project"], replace(bundle, milestones=marked)
        )
    with unit_of_work(portfolio.sessions) as s:
        again = pipeline_edit.get_project(s, seeded["project"])
        assert [m.critical for m in again.milestones] == [False, True]
        why = health.portfolio_health(s, TODAY).projects[seeded["project"]].health.health
        assert "critical milestone “Go-live”" in why.timeline.why
        assert prior is not None
        pipeline_edit.save_project(s, seeded["project"], prior)
    with unit_of_work(portfolio.sessions) as s:
        assert not any(
            m.critical for m in pipeline_edit.get_project(s, seeded["project"]).milestones
        )
