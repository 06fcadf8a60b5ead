"""RAID services: validated edits, undo state, conversion, heatmap, trend, escalations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.risk import (
    Audience,
    CauseCategory,
    EscalationStatus,
    RaidKind,
    RaidStatus,
    Response,
)
from pmo_desktop.services.raid import analysis as raid_analysis
from pmo_desktop.services.raid import edits as raid_edits
from pmo_desktop.services.raid import escalations as esc
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.raid.register import ActionData, RaidData
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

TODAY = date(2026, 6, 10)
WHEN = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(portfolio: Portfolio) -> Portfolio:
    with unit_of_work(portfolio.sessions) as s:
        s.add_all(
            [
                Person(id=1, name="Ana Ruiz", role=Role.PM, weekly_hours=40, active=True),
                Person(id=2, name="Ben Okafor", role=Role.SPM, weekly_hours=40, active=True),
                Client(id=1, name="Northwind"),
                Client(id=2, name="Contoso"),
            ]
        )
        s.flush()
        s.add_all([Program(id=1, client_id=1, name="ERP"), Program(id=2, client_id=2, name="Web")])
        s.flush()
        s.add_all(
            [
                Project(id=1, program_id=1, name="Finance cut-over", stage=Stage.ACTIVE),
                Project(id=2, program_id=2, name="Portal", stage=Stage.ACTIVE),
            ]
        )
    return portfolio


def risk(**changes: object) -> RaidData:
    base = RaidData(
        kind=RaidKind.RISK,
        title="Key SME unavailable during UAT",
        probability=3,
        impact=4,
        raised_date=date(2026, 5, 1),
        owner_id=1,
        project_id=1,
        response=Response.MITIGATE,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def create(p: Portfolio, data: RaidData) -> int:
    with unit_of_work(p.sessions) as s:
        return raid_edits.create_item(s, data, who="Ana", when=WHEN)


BAD_INPUTS = [
    ({"title": "   "}, "title"),
    ({"probability": 0}, "probability"),
    ({"probability": 6}, "probability"),
    ({"impact": 0}, "impact"),
    ({"impact": 6}, "impact"),
    ({"residual_probability": 7}, "residual_probability"),
    ({"residual_impact": 0}, "residual_impact"),
    ({"probability": 5, "impact": 3, "owner_id": None}, "owner_id"),
    ({"due_date": date(2026, 4, 30)}, "due_date"),
    ({"severity": 5}, "severity"),
    ({"response": Response.EXPLOIT}, "response"),
    ({"owner_id": 99}, "owner_id"),
]


@pytest.mark.parametrize(("changes", "field"), BAD_INPUTS)
def test_bad_input_is_refused_with_the_field_and_nothing_written(
    world: Portfolio, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, unit_of_work(world.sessions) as s:
        raid_edits.create_item(s, risk(**changes))
    assert caught.value.field == field
    with unit_of_work(world.sessions) as s:
        assert raid.list_register(s, TODAY) == []


def test_closed_high_risk_may_have_no_owner(world: Portfolio) -> None:
    create(world, risk(probability=5, impact=5, owner_id=None, status=RaidStatus.CLOSED))


def test_update_is_refused_the_same_way_and_leaves_the_entry_alone(world: Portfolio) -> None:
    item = create(world, risk())
    with pytest.raises(ValidationError) as caught, unit_of_work(world.sessions) as s:
        raid_edits.update_item(s, item, risk(probability=5, impact=5, owner_id=None))
    assert caught.value.field == "owner_id"
    with unit_of_work(world.sessions) as s:
        assert raid.get_item(s, item).data.owner_id == 1


def test_save_validates_once_and_returns_the_saved_row_and_what_undo_needs(
    world: Portfolio,
) -> None:
    with unit_of_work(world.sessions) as s:
        created = raid_edits.save_item(s, None, risk(), today=TODAY, who="Ana", when=WHEN)
    assert created.prior is None
    assert (created.row.title, created.row.program, created.row.score) == (risk().title, "ERP", 12)
    with unit_of_work(world.sessions) as s:
        changed = raid_edits.save_item(s, created.row.id, risk(probability=5), today=TODAY)
    assert changed.row.score == 20 and changed.prior is not None
    assert changed.prior.prior.probability == 3
    with unit_of_work(world.sessions) as s:
        assert raid.register_row(s, created.row.id, TODAY) == changed.row
    with pytest.raises(ValidationError) as caught, unit_of_work(world.sessions) as s:
        raid_edits.save_item(s, created.row.id, risk(title="  "))
    assert caught.value.field == "title"
    with unit_of_work(world.sessions) as s:
        assert raid.register_row(s, created.row.id, TODAY) == changed.row


def test_create_fills_program_and_client_from_the_project(world: Portfolio) -> None:
    item = create(world, risk(project_id=2))
    with unit_of_work(world.sessions) as s:
        row = raid.register_row(s, item, TODAY)
    assert (row.client, row.program, row.project) == ("Contoso", "Web", "Portal")
    assert row.score == 12 and row.owner == "Ana Ruiz"


def test_update_records_score_and_status_history_and_undo_removes_it(world: Portfolio) -> None:
    item = create(world, risk())
    with unit_of_work(world.sessions) as s:
        result = raid_edits.update_item(
            s, item, risk(probability=5, status=RaidStatus.MONITORING), who="Ben", when=WHEN
        )
    with unit_of_work(world.sessions) as s:
        detail = raid.get_item(s, item)
    changes = {(c.field, c.old_value, c.new_value, c.changed_by) for c in detail.history}
    assert ("score", "3×4", "5×4", "Ben") in changes
    assert ("status", "open", "monitoring", "Ben") in changes
    assert result.prior == risk(client_id=1, program_id=1)
    with unit_of_work(world.sessions) as s:
        raid_edits.revert_update(s, item, result)
    with unit_of_work(world.sessions) as s:
        after = raid.get_item(s, item)
    assert after.data == risk(client_id=1, program_id=1)
    assert [c.field for c in after.history] == ["status", "score"]


def test_delete_and_restore_put_back_actions_and_history(world: Portfolio) -> None:
    item = create(world, risk())
    with unit_of_work(world.sessions) as s:
        raid_edits.add_action(s, item, ActionData("Agree UAT calendar", 2, date(2026, 5, 20)))
        before = raid.get_item(s, item)
        snapshot = raid_edits.delete_item(s, item)
    with unit_of_work(world.sessions) as s:
        assert raid.list_register(s, TODAY) == []
        raid_edits.restore_item(s, snapshot)
    with unit_of_work(world.sessions) as s:
        assert raid.get_item(s, item) == before


def test_actions_flag_overdue_and_count_in_the_register(world: Portfolio) -> None:
    item = create(world, risk())
    with unit_of_work(world.sessions) as s:
        late = raid_edits.add_action(s, item, ActionData("Nominate deputy", 1, date(2026, 6, 1)))
        raid_edits.add_action(s, item, ActionData("Book slot", 1, date(2026, 6, 30)))
    with unit_of_work(world.sessions) as s:
        row = raid.register_row(s, item, TODAY)
        assert (row.open_actions, row.overdue_actions, row.overdue) == (2, 1, True)
        prior = raid_edits.update_action(
            s, late, ActionData("Nominate deputy", 1, date(2026, 6, 1), True)
        )
    with unit_of_work(world.sessions) as s:
        assert raid.register_row(s, item, TODAY).overdue_actions == 0
        raid_edits.update_action(s, late, prior)
    with unit_of_work(world.sessions) as s:
        assert raid.register_row(s, item, TODAY).overdue_actions == 1
        with pytest.raises(ValidationError) as caught:
            raid_edits.add_action(s, item, ActionData("  "))
        assert caught.value.field == "description"


def test_review_date_in_the_past_flags_a_live_entry(world: Portfolio) -> None:
    item = create(world, risk(review_date=date(2026, 6, 9)))
    with unit_of_work(world.sessions) as s:
        assert raid.register_row(s, item, TODAY).review_overdue
        assert not raid.register_row(s, item, date(2026, 6, 9)).review_overdue


def test_convert_risk_to_issue_keeps_history_and_links_both(world: Portfolio) -> None:
    item = create(world, risk(impact=5))
    with unit_of_work(world.sessions) as s:
        raid_edits.add_action(s, item, ActionData("Nominate deputy", 1, date(2026, 6, 1)))
        conversion = raid_edits.convert_to_issue(s, item, today=TODAY, who="Ana", when=WHEN)
    with unit_of_work(world.sessions) as s:
        issue = raid.get_item(s, conversion.issue_id)
        source = raid.get_item(s, item)
    assert issue.data.kind is RaidKind.ISSUE and issue.data.status is RaidStatus.OPEN
    assert issue.converted_from_id == item and source.converted_to_id == conversion.issue_id
    assert issue.data.severity == 1 and issue.data.title == source.data.title
    assert source.data.status is RaidStatus.CLOSED
    source_history = [(c.field, c.new_value) for c in source.history]
    issue_history = [(c.field, c.new_value) for c in issue.history]
    assert issue_history[: len(source_history) - 2] == source_history[:-2]
    assert ("converted", "issue") in issue_history
    assert [a.description for a in issue.actions] == ["Nominate deputy"]
    with pytest.raises(ValidationError, match="already became"), unit_of_work(world.sessions) as s:
        raid_edits.convert_to_issue(s, item)
    with unit_of_work(world.sessions) as s:
        raid_edits.undo_conversion(s, conversion)
    with unit_of_work(world.sessions) as s:
        assert [r.id for r in raid.list_register(s, TODAY)] == [item]
        back = raid.get_item(s, item)
        assert back.data.status is RaidStatus.OPEN and back.converted_to_id is None
        assert all(c.field != "converted" for c in back.history)


def test_only_risks_convert(world: Portfolio) -> None:
    item = create(world, risk(kind=RaidKind.ASSUMPTION, response=None))
    with pytest.raises(ValidationError) as caught, unit_of_work(world.sessions) as s:
        raid_edits.convert_to_issue(s, item)
    assert caught.value.field == "kind"


def test_heatmap_counts_live_risks_per_cell_and_scope(world: Portfolio) -> None:
    create(world, risk(probability=5, impact=5))
    create(world, risk(probability=5, impact=5, project_id=2))
    create(world, risk(probability=2, impact=3))
    create(world, risk(probability=2, impact=3, status=RaidStatus.CLOSED))
    create(world, risk(kind=RaidKind.ISSUE, probability=1, impact=1))
    with unit_of_work(world.sessions) as s:
        whole = raid_analysis.heatmap(s)
        one_client = raid_analysis.heatmap(s, client_id=1)
        one_program = raid_analysis.heatmap(s, program_id=2)
    assert (whole.count(5, 5), whole.count(2, 3), whole.total) == (2, 1, 3)
    assert (one_client.count(5, 5), one_client.total) == (1, 2)
    assert (one_program.count(5, 5), one_program.total) == (1, 1)


def test_exposure_trend_follows_score_and_status_history(world: Portfolio) -> None:
    monday = date(2026, 6, 8)
    with unit_of_work(world.sessions) as s:
        item = raid_edits.create_item(
            s,
            risk(raised_date=monday - timedelta(weeks=3)),
            who="A",
            when=datetime(2026, 5, 18, tzinfo=UTC),
        )
        raid_edits.update_item(
            s,
            item,
            risk(raised_date=monday - timedelta(weeks=3), probability=5),
            who="A",
            when=datetime(2026, 5, 26, tzinfo=UTC),
        )
        raid_edits.update_item(
            s,
            item,
            risk(raised_date=monday - timedelta(weeks=3), probability=5, status=RaidStatus.CLOSED),
            who="A",
            when=datetime(2026, 6, 9, tzinfo=UTC),
        )
        trend = raid_analysis.exposure_trend(s, weeks=5, today=TODAY)
    assert [w for w, _ in trend] == [monday - timedelta(weeks=k) for k in range(4, -1, -1)]
    assert [t for _, t in trend] == [0, 12, 20, 20, 0]


def test_program_risk_lists_top_risks_and_open_escalations(world: Portfolio) -> None:
    create(world, risk(probability=5, impact=5))
    create(world, risk(probability=1, impact=2))
    create(world, risk(probability=2, impact=2, project_id=2))
    with unit_of_work(world.sessions) as s:
        esc.create_escalation(
            s, esc.EscalationData("Invoice disputed", "Client finance", TODAY, program_id=1)
        )
        programs = raid_analysis.program_risk(s, top=1)
    assert [p.program for p in programs] == ["ERP", "Web"]
    assert programs[0].exposure == 27 and programs[0].red_risks == 1
    assert [r.score for r in programs[0].top_risks] == [25]
    assert programs[0].open_escalations == 1 and programs[1].open_escalations == 0


ESCALATION = esc.EscalationData(
    title="Go-live postponed without notice",
    raised_by="Client sponsor",
    raised_on=date(2026, 5, 4),
    severity=1,
    audience=Audience.CLIENT,
    owner_id=1,
    project_id=1,
)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"raised_by": " "}, "raised_by"),
        ({"severity": 0}, "severity"),
        ({"severity": 5}, "severity"),
        ({"resolved_on": date(2026, 5, 1)}, "resolved_on"),
        ({"status": EscalationStatus.RESOLVED}, "resolution"),
    ],
)
def test_bad_escalations_are_refused(
    world: Portfolio, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught, unit_of_work(world.sessions) as s:
        esc.create_escalation(s, replace(ESCALATION, **changes))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_five_whys_are_kept_in_order_and_undo_restores_the_chain(world: Portfolio) -> None:
    with unit_of_work(world.sessions) as s:
        eid = esc.create_escalation(s, ESCALATION)
        assert esc.set_whys(s, eid, ["Sponsor heard second-hand", "", "Report cut-off"]) == []
    with unit_of_work(world.sessions) as s:
        assert esc.get_escalation(s, eid).whys == ("Sponsor heard second-hand", "Report cut-off")
        prior = esc.set_whys(s, eid, ["Report cut-off", "Sponsor heard second-hand", "No rule"])
    with unit_of_work(world.sessions) as s:
        assert esc.whys_of(s, eid) == ["Report cut-off", "Sponsor heard second-hand", "No rule"]
        esc.set_whys(s, eid, prior)
    with unit_of_work(world.sessions) as s:
        assert esc.whys_of(s, eid) == ["Sponsor heard second-hand", "Report cut-off"]
        with pytest.raises(ValidationError):
            esc.set_whys(s, eid, [f"why {n}" for n in range(8)])


def test_escalation_edit_delete_and_restore(world: Portfolio) -> None:
    with unit_of_work(world.sessions) as s:
        eid = esc.create_escalation(s, ESCALATION)
        esc.set_whys(s, eid, ["a", "b"])
        esc.add_preventive(s, eid, ActionData("Same-day sponsor call on date changes", 2))
        prior = esc.update_escalation(
            s, eid, replace(ESCALATION, cause_category=CauseCategory.COMMUNICATION)
        )
        assert prior == replace(ESCALATION, client_id=1, program_id=1)
        before = esc.get_escalation(s, eid)
        snapshot = esc.delete_escalation(s, eid)
    with unit_of_work(world.sessions) as s:
        assert esc.list_escalations(s) == []
        esc.restore_escalation(s, snapshot)
    with unit_of_work(world.sessions) as s:
        assert esc.get_escalation(s, eid) == before
        row = esc.list_escalations(s)[0]
        assert (row.whys, row.cause_category, row.program) == (
            2,
            CauseCategory.COMMUNICATION,
            "ERP",
        )


def test_escalations_by_cause_counts_per_month(world: Portfolio) -> None:
    with unit_of_work(world.sessions) as s:
        for day, cause in [
            (date(2026, 6, 2), CauseCategory.PROCESS),
            (date(2026, 6, 5), CauseCategory.PROCESS),
            (date(2026, 4, 20), CauseCategory.SCOPE),
            (date(2026, 5, 2), None),
            (date(2025, 1, 1), CauseCategory.PEOPLE),
        ]:
            esc.create_escalation(s, replace(ESCALATION, raised_on=day, cause_category=cause))
        series = esc.escalations_by_cause(s, months=3, today=TODAY)
    assert series.months == (date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1))
    assert series.counts[CauseCategory.PROCESS] == (0, 0, 2)
    assert series.counts[CauseCategory.SCOPE] == (1, 0, 0)
    assert series.counts[None] == (0, 1, 0)
    assert CauseCategory.PEOPLE not in series.counts


def test_small_demo_has_a_full_register_and_escalations_with_root_causes(
    portfolio: Portfolio,
) -> None:
    from pmo_desktop.services.demo import generate

    generate(portfolio.engine, size="small", seed=1, today=TODAY)
    with unit_of_work(portfolio.sessions) as s:
        rows = raid.list_register(s, TODAY)
        log = esc.list_escalations(s)
        detail = esc.get_escalation(s, log[0].id, TODAY)
    assert {r.kind for r in rows} == set(RaidKind)
    assert any(r.converted_from_id for r in rows)
    assert all(r.owner for r in rows if r.band.value == "red" and r.status.is_live)
    assert len(log) >= 5 and all(row.whys >= 3 for row in log)
    assert detail.preventive and detail.data.cause_category is not None
