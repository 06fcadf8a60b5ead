"""People services on a temp SQLite: carry-over, validation, evaluations, evidence, ICS."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select

from pmo_desktop.domain.cadence import Cadence
from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.goals import GoalStatus
from pmo_desktop.domain.people import ActionOwner, EvidenceKind, FeedbackKind
from pmo_desktop.domain.rating import (
    EvaluationKind,
    EvaluationStatus,
    period_of,
    period_range,
    previous_period,
)
from pmo_desktop.services.people import calibration, evidence, frameworks, growth, onboarding
from pmo_desktop.services.people import evaluations as ev
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people import team as team_svc
from pmo_desktop.services.people.schedule import schedule_ics, uid_for, write_schedule
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Milestone, Person, Program, Project
from pmo_desktop.store.models_people import EvaluationReopening

TODAY = date(2026, 11, 27)


@pytest.fixture
def team(portfolio: Portfolio) -> dict[str, int]:
    """An AD with a PM (Ana) and a PC (Bo); Ana manages a project with a delivered milestone."""
    with unit_of_work(portfolio.sessions) as s:
        ad = Person(id=1, name="Dana Reyes", role=Role.AD, weekly_hours=40)
        ana = Person(
            id=2,
            name="Ana Silva",
            role=Role.PM,
            weekly_hours=40,
            manager_id=1,
            start_date=date(2023, 3, 6),
        )
        bo = Person(
            id=3,
            name="Bo Chen",
            role=Role.PC,
            weekly_hours=40,
            manager_id=1,
            start_date=date(2026, 10, 5),
        )
        s.add_all([ad, ana, bo])
        s.add(Client(id=1, name="Northwind"))
        s.add(Program(id=1, client_id=1, name="ERP"))
        s.add(Project(id=1, program_id=1, name="Finance cut-over", stage=Stage.ACTIVE, pm_id=2))
        s.add(
            Milestone(
                id=1,
                project_id=1,
                name="Go-live",
                baseline_date=date(2026, 5, 1),
                forecast_date=date(2026, 5, 1),
                actual_date=date(2026, 5, 4),
                status=MilestoneStatus.DONE,
            )
        )
    return {"ad": 1, "ana": 2, "bo": 3}


def _actions(detail: svc.OneOnOneDetail) -> list[tuple[str, bool]]:
    return [(a.text, a.done) for a in detail.actions]


# ------------------------------------------------------------------------- carry-over


def test_open_actions_and_unfinished_points_carry_over_across_three_one_on_ones(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        first = svc.start_one_on_one(s, team["ana"], date(2026, 9, 1))
        assert first.actions == () and first.points == ()
        svc.add_talking_point(s, first.id, "Budget variance")
        svc.add_talking_point(s, first.id, "Training plan")
        send = svc.add_action(s, first.id, "Send the burn forecast", ActionOwner.THEM)
        svc.add_action(s, first.id, "Approve the course", ActionOwner.ME)
        svc.update_talking_point(s, svc.one_on_one(s, first.id).points[0].id, done=True)
        svc.update_action(s, send.id, done=True)

    with unit_of_work(portfolio.sessions) as s:
        second = svc.start_one_on_one(s, team["ana"], date(2026, 9, 15))
        assert [p.text for p in second.points] == ["Training plan"]
        assert _actions(second) == [("Approve the course", False)]
        assert second.actions[0].owner is ActionOwner.ME
        svc.add_action(s, second.id, "Book the steering pre-read", ActionOwner.THEM)

    with unit_of_work(portfolio.sessions) as s:
        third = svc.start_one_on_one(s, team["ana"], date(2026, 9, 29))
        assert [p.text for p in third.points] == ["Training plan"]
        assert _actions(third) == [
            ("Approve the course", False),
            ("Book the steering pre-read", False),
        ]
        # each carried row continues the row of the meeting before
        carried = {a.text: a.carried_from_id for a in third.actions}
        second_ids = {a.text: a.id for a in svc.one_on_one(s, second.id).actions}
        assert carried["Approve the course"] == second_ids["Approve the course"]
        assert len(svc.open_actions(s, team["ana"])) == 2
        svc.update_action(s, third.actions[0].id, done=True)
        svc.update_talking_point(s, third.points[0].id, done=True)

    with unit_of_work(portfolio.sessions) as s:
        fourth = svc.start_one_on_one(s, team["ana"], date(2026, 10, 13))
        assert fourth.points == ()
        assert _actions(fourth) == [("Book the steering pre-read", False)]
        roster = {r.id: r for r in team_svc.team_roster(s, TODAY)}
        assert roster[team["ana"]].open_actions == 1


def test_deleting_a_new_one_on_one_reopens_the_items_it_carried_and_restore_puts_it_back(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        first = svc.start_one_on_one(s, team["ana"], date(2026, 9, 1))
        svc.add_action(s, first.id, "Send the burn forecast")
        second = svc.start_one_on_one(s, team["ana"], date(2026, 9, 15))
        assert [a.one_on_one_id for a in svc.open_actions(s, team["ana"])] == [second.id]
        removed = svc.delete_one_on_one(s, second.id)
        assert [a.one_on_one_id for a in svc.open_actions(s, team["ana"])] == [first.id]
        svc.restore_one_on_one(s, removed)
        assert svc.one_on_one(s, second.id) == removed


def test_roster_shows_cadence_next_date_goals_and_onboarding(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        svc.start_one_on_one(s, team["ana"], date(2026, 11, 20))
        assert team_svc.set_cadence(s, team["ana"], Cadence.WEEKLY) is Cadence.BIWEEKLY
        growth.add_goal(
            s,
            team["ana"],
            growth.GoalInput(
                "Earn the PMP",
                "exam",
                "pass",
                date(2026, 1, 1),
                date(2026, 12, 1),
                40,
                GoalStatus.AT_RISK,
            ),
        )
        onboarding.start_onboarding(s, team["bo"], date(2026, 10, 5), buddy_id=team["ana"])
        plan = onboarding.onboarding(s, team["bo"])
        assert plan is not None and plan.review_date == date(2027, 1, 3)
        onboarding.tick_onboarding_item(s, plan.items[0].id, True)
        rows = {r.id: r for r in team_svc.team_roster(s, TODAY)}
    assert set(rows) == {team["ana"], team["bo"]}  # the AD is not on her own roster
    ana, bo = rows[team["ana"]], rows[team["bo"]]
    assert ana.next_one_on_one == date(2026, 11, 27) and not ana.one_on_one_overdue
    assert ana.goals_status is GoalStatus.AT_RISK
    assert ana.tenure_days == (TODAY - date(2023, 3, 6)).days
    assert bo.next_one_on_one == TODAY and bo.one_on_one_overdue
    assert (bo.onboarding_done, bo.onboarding_total) == (1, len(plan.items))


# ------------------------------------------------------------------------- validation


def test_edits_are_refused_with_a_message_naming_the_field(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        meeting = svc.start_one_on_one(s, team["ana"], date(2026, 9, 1))
    cases = [
        (lambda s: svc.add_talking_point(s, meeting.id, "   "), "text"),
        (lambda s: svc.add_action(s, meeting.id, "x", due_date=date(2026, 8, 1)), "due_date"),
        (
            lambda s: growth.add_goal(
                s,
                team["ana"],
                growth.GoalInput("Ship", None, None, date(2026, 5, 1), date(2026, 4, 1)),
            ),
            "due_date",
        ),
        (
            lambda s: growth.add_goal(
                s,
                team["ana"],
                growth.GoalInput(
                    "Ship", None, None, date(2026, 1, 1), date(2026, 4, 1), progress=101
                ),
            ),
            "progress",
        ),
        (
            lambda s: growth.add_feedback(
                s, team["ana"], growth.FeedbackInput(date(2026, 9, 1), FeedbackKind.PRAISE, " ")
            ),
            "behaviour",
        ),
        (
            lambda s: growth.add_key_result(s, growth.add_objective(s, "2026-H2", "O"), "K", 1.5),
            "score",
        ),
        (
            lambda s: ev.create_evaluation(s, team["ana"], "2026-H3", EvaluationKind.ANNUAL),
            "period",
        ),
        (lambda s: team_svc.set_cadence(s, 999, Cadence.WEEKLY), "person"),
    ]
    for action, field in cases:
        with pytest.raises(ValidationError) as err, unit_of_work(portfolio.sessions) as s:
            action(s)
        assert err.value.field == field, err.value.message
    with unit_of_work(portfolio.sessions) as s:  # nothing half-saved
        assert growth.goals(s, team["ana"]) == []
        assert growth.feedback(s, team["ana"]) == []
        assert growth.team_okrs(s, "2026-H2") == []


def test_find_person_by_name_or_id(portfolio: Portfolio, team: dict[str, int]) -> None:
    with unit_of_work(portfolio.sessions) as s:
        assert team_svc.find_person(s, "ana silva") == team["ana"]
        assert team_svc.find_person(s, str(team["bo"])) == team["bo"]
        with pytest.raises(ValidationError, match="no person"):
            team_svc.find_person(s, "Nobody")


# ------------------------------------------------------------------------ evaluations


def _rated_draft(portfolio: Portfolio, person: int, period: str = "2026-H1") -> int:
    with unit_of_work(portfolio.sessions) as s:
        eid = ev.create_evaluation(s, person, period, EvaluationKind.MID_YEAR)
        for i, row in enumerate(ev.evaluation(s, eid).ratings):
            ev.rate(s, row.id, 3 + i % 2, f"Comment on {row.name}")
        ev.update_fields(s, eid, ev.EvaluationFields(4, 2, "Calm", "Delegate", "Lead QBR"))
    return eid


def test_new_evaluation_has_the_roles_competencies_with_rubrics(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        eid = ev.create_evaluation(s, team["ana"], "2026-h1", EvaluationKind.MID_YEAR)
        detail = ev.evaluation(s, eid)
        with pytest.raises(ValidationError, match="already has"):
            ev.create_evaluation(s, team["ana"], "2026-H1", EvaluationKind.MID_YEAR)
    assert detail.period == "2026-H1" and detail.manager == "Dana Reyes"
    assert [r.key for r in detail.ratings] == [
        "delivery",
        "client",
        "communication",
        "financial",
        "process",
        "leadership",
    ]
    assert all(len(r.rubric) == 5 and r.rating is None for r in detail.ratings)
    assert detail.status is EvaluationStatus.DRAFT and detail.editable


def test_finalising_needs_every_rating_and_an_overall(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        eid = ev.create_evaluation(s, team["ana"], "2026-H1", EvaluationKind.MID_YEAR)
    with (
        pytest.raises(ValidationError, match="before finalising"),
        unit_of_work(portfolio.sessions) as s,
    ):
        ev.set_status(s, eid, EvaluationStatus.FINAL)


def test_a_final_evaluation_cannot_be_edited_until_reopened_and_reopening_is_recorded(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    eid = _rated_draft(portfolio, team["ana"])
    with unit_of_work(portfolio.sessions) as s:
        change = ev.set_status(s, eid, EvaluationStatus.FINAL)
        assert change == ev.StatusChange(EvaluationStatus.DRAFT, None)
        rating_id = ev.evaluation(s, eid).ratings[0].id
    item = evidence.EvidenceItem(EvidenceKind.NOTE, None, "Ran the steering")
    edits = [
        lambda s: ev.rate(s, rating_id, 5, "changed"),
        lambda s: ev.update_fields(s, eid, ev.EvaluationFields(5, 3, "x", "y", "z")),
        lambda s: ev.attach_evidence(s, rating_id, item),
        lambda s: ev.delete_evaluation(s, eid),
    ]
    for edit in edits:
        with (
            pytest.raises(ValidationError, match="read-only"),
            unit_of_work(portfolio.sessions) as s,
        ):
            edit(s)
    with unit_of_work(portfolio.sessions) as s:
        detail = ev.evaluation(s, eid)
        assert detail.ratings[0].rating == 3 and detail.fields.overall_rating == 4
        with pytest.raises(ValidationError, match="reason"):
            ev.set_status(s, eid, EvaluationStatus.DRAFT, "")
        ev.set_status(s, eid, EvaluationStatus.SHARED)
        at = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
        reopen = ev.set_status(s, eid, EvaluationStatus.DRAFT, "New client feedback", at)
        detail = ev.evaluation(s, eid)
        assert detail.reopenings == (
            ev.Reopening(at, EvaluationStatus.SHARED, "New client feedback"),
        )
        ev.rate(s, rating_id, 5, "Raised after the client's feedback")
        ev.undo_status(s, eid, ev.StatusChange(EvaluationStatus.DRAFT, None))  # no-op shape
        ev.undo_status(s, eid, reopen)
        assert ev.evaluation(s, eid).status is EvaluationStatus.SHARED
        assert s.scalar(select(func.count()).select_from(EvaluationReopening)) == 0


def test_evidence_panel_lists_the_periods_notes_feedback_goals_milestones(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        inside = svc.start_one_on_one(s, team["ana"], date(2026, 3, 2))
        svc.update_one_on_one(s, inside.id, notes="**Go-live** plan agreed\n\n- test data")
        outside = svc.start_one_on_one(s, team["ana"], date(2026, 8, 2))
        svc.update_one_on_one(s, outside.id, notes="Outside the period")
        growth.add_feedback(
            s,
            team["ana"],
            growth.FeedbackInput(
                date(2026, 4, 1),
                FeedbackKind.PRAISE,
                "Flagged the vendor risk early",
                "In the RAID review",
                "Kept the date",
                project_id=1,
            ),
        )
        growth.add_goal(
            s,
            team["ana"],
            growth.GoalInput(
                "Earn the PMP",
                "exam",
                "pass",
                date(2026, 1, 1),
                date(2026, 6, 30),
                100,
                result="Passed in May",
            ),
        )
        items = evidence.evidence_panel(s, team["ana"], "2026-H1")
        eid = ev.create_evaluation(s, team["ana"], "2026-H1", EvaluationKind.MID_YEAR)
        rating = ev.evaluation(s, eid).ratings[0]
        link = ev.attach_evidence(s, rating.id, items[0])
        assert ev.evaluation(s, eid).ratings[0].evidence[0].label == items[0].label
        rid, item = ev.detach_evidence(s, link)
        assert rid == rating.id and ev.evaluation(s, eid).ratings[0].evidence == ()
        ev.attach_evidence(s, rid, item)
        assert ev.evaluation(s, eid).ratings[0].evidence[0].link_id == link
    labels = [i.label for i in items]
    kinds = [i.kind for i in items]
    assert labels[0] == "1:1 notes: Go-live plan agreed"
    assert not any("Outside" in label for label in labels)
    assert EvidenceKind.FEEDBACK in kinds and EvidenceKind.GOAL in kinds
    assert "Delivered Go-live (Finance cut-over)" in labels
    assert "Goal: Earn the PMP — Passed in May" in labels


def test_calibration_compares_each_person_with_the_period_before(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    _rated_draft(portfolio, team["ana"], "2025-H2")
    _rated_draft(portfolio, team["ana"], "2026-H1")
    bo = _rated_draft(portfolio, team["bo"], "2026-H1")
    with unit_of_work(portfolio.sessions) as s:
        ev.update_fields(s, bo, ev.EvaluationFields(2, 3, None, None, None))
        rows = calibration.calibration(s, "2026-H1")
        detail = ev.evaluation(s, bo)
    assert [(r.name, r.overall, r.previous_overall) for r in rows] == [
        ("Ana Silva", 4, 4),
        ("Bo Chen", 2, None),
    ]
    assert calibration.rating_distribution(rows) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}
    assert detail.previous_ratings == {}


# ------------------------------------------------------------------------------ calendar


def test_ics_parses_and_keeps_its_uids_across_exports(
    portfolio: Portfolio, team: dict[str, int], tmp_path: Path
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        svc.start_one_on_one(s, team["ana"], date(2026, 11, 20))
        team_svc.set_cadence(s, team["bo"], Cadence.MONTHLY)
        first = icalendar.Calendar.from_ical(schedule_ics(s, TODAY))
        svc.start_one_on_one(s, team["ana"], date(2026, 11, 27))
        n = write_schedule(s, tmp_path / "1on1.ics", TODAY)
    second = icalendar.Calendar.from_ical((tmp_path / "1on1.ics").read_bytes())
    assert n == 2 and (tmp_path / "1on1.ics").stat().st_mode & 0o777 == 0o600
    events1 = {str(e["UID"]): e for e in first.walk("VEVENT")}
    events2 = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert set(events1) == set(events2) == {uid_for(team["ana"]), uid_for(team["bo"])}
    ana1, ana2 = events1[uid_for(team["ana"])], events2[uid_for(team["ana"])]
    assert str(ana1["SUMMARY"]) == "1:1 with Ana Silva"
    assert ana1.decoded("DTSTART").date() == date(2026, 12, 4)
    assert ana2.decoded("DTSTART").date() == date(2026, 12, 11)
    assert int(ana2["SEQUENCE"]) > int(ana1["SEQUENCE"])
    assert events1[uid_for(team["bo"])]["RRULE"]["FREQ"] == ["MONTHLY"]


def test_ics_escapes_names_with_commas_semicolons_and_newlines(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        s.get(Person, team["bo"]).name = 'Chen, Bo; "Bobby"\n李 😀 ' + "x" * 100  # type: ignore[union-attr]
    with unit_of_work(portfolio.sessions) as s:
        text = schedule_ics(s, TODAY)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    names = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert names[1] == '1:1 with Chen, Bo; "Bobby"\n李 😀 ' + "x" * 100


# ------------------------------------------------------------------------------- demo


def test_small_demo_has_a_finished_last_half_evaluation_for_every_settled_member(
    tmp_path: Path,
) -> None:
    from pmo_desktop.services.demo import generate
    from pmo_desktop.services.workspace import open_portfolio

    portfolio = open_portfolio(tmp_path / "demo.sqlite")
    try:
        today = date.today()
        generate(portfolio.engine, size="small", seed=3, today=today)
        period = previous_period(period_of(today))
        with unit_of_work(portfolio.sessions) as s:
            roster = team_svc.team_roster(s, today)
            rows = {r.person_id: r for r in calibration.calibration(s, period)}
            joined_after = {
                r.id for r in roster if r.start_date and r.start_date > period_range(period)[1]
            }
            for member in roster:
                assert len(svc.one_on_ones(s, member.id)) >= 3
                assert growth.goals(s, member.id)
                if member.id in joined_after:
                    assert onboarding.onboarding(s, member.id) is not None
                    continue
                assert rows[member.id].status is not EvaluationStatus.DRAFT
                detail = ev.evaluation(s, ev.find_evaluation(s, member.id, period) or 0)
                assert all(r.rating for r in detail.ratings)
                assert any(r.evidence for r in detail.ratings)
                assert len(growth.feedback(s, member.id)) >= 5
    finally:
        portfolio.close()


def test_a_deleted_draft_comes_back_with_the_same_ids(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    eid = _rated_draft(portfolio, team["ana"])
    with unit_of_work(portfolio.sessions) as s:
        rating = ev.evaluation(s, eid).ratings[2]
        ev.attach_evidence(
            s, rating.id, evidence.EvidenceItem(EvidenceKind.NOTE, None, "Led the QBR")
        )
        before = ev.evaluation(s, eid)
        snapshot = ev.snapshot_and_delete(s, eid)
        assert ev.find_evaluation(s, team["ana"], "2026-H1") is None
        ev.restore_evaluation(s, snapshot)
        assert ev.evaluation(s, eid) == before


def test_an_edited_framework_is_used_by_new_evaluations_and_undo_restores_the_default(
    portfolio: Portfolio, team: dict[str, int]
) -> None:
    from pmo_desktop.domain.rating import Competency, default_framework

    custom = [
        Competency("delivery", "Delivery", "Lands the work.", ("a", "b", "c", "d", "e")),
        Competency("coaching", "Coaching", "Grows others.", ("1", "2", "3", "4", "5")),
    ]
    with unit_of_work(portfolio.sessions) as s:
        previous = frameworks.save_framework(s, Role.PM, custom)
        assert previous == default_framework(Role.PM)
        eid = ev.create_evaluation(s, team["ana"], "2026-H2", EvaluationKind.ANNUAL)
        assert [r.name for r in ev.evaluation(s, eid).ratings] == ["Delivery", "Coaching"]
        assert ev.evaluation(s, eid).ratings[1].rubric == ("1", "2", "3", "4", "5")
        with pytest.raises(ValidationError, match="own key"):
            frameworks.save_framework(s, Role.PM, [custom[0], custom[0]])
        frameworks.save_framework(s, Role.PM, list(previous))
        assert frameworks.framework(s, Role.PM) == default_framework(Role.PM)
