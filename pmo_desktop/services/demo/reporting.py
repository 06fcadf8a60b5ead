"""Demo reporting rows: process checklists and eight weeks of ticks, retrospectives with
votes and actions, improvement proposals backed by escalations, the workload ranking, and
six months of issued status reports for a few programs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from pmo_desktop.domain.adherence import DEFAULT_CHECKLIST, PROJECT_TYPES
from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.reporting import ImprovementStatus, RetroFormat
from pmo_desktop.store.models_pipeline import HealthOverride
from pmo_desktop.store.models_raid import Escalation
from pmo_desktop.store.models_reporting import (
    AdherenceItem,
    AdherenceItemPeriod,
    AdherenceTick,
    ImprovementEvidence,
    ImprovementProposal,
    ProjectRank,
    RetroAction,
    RetroItem,
    Retrospective,
    StatusReportDraft,
)

Row = dict[str, Any]

_RUNNING = (Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING)
_INTERNAL_EXTRA = "Stakeholder demo held"
_NOTES: dict[str, tuple[str, ...]] = {
    "Start": (
        "Sharing the demo build with the client two days before the review",
        "Pairing QA with developers when a story starts",
        "A fifteen-minute risk review at the start of each sprint",
    ),
    "Stop": (
        "Accepting change requests by email without an impact estimate",
        "Booking the steering committee the week it happens",
        "Merging on Friday afternoon",
    ),
    "Continue": (
        "Daily stand-up with the client product owner",
        "Writing decisions down in the RAID log the same day",
        "Weekly demo of working software",
    ),
    "Liked": ("The client joined sprint reviews in person", "Clear acceptance criteria"),
    "Learned": (
        "Data migration needs a dress rehearsal on production-sized data",
        "The client's security review takes three weeks, not one",
    ),
    "Lacked": ("A test environment that matches production", "Time for estimation"),
    "Longed for": ("A single backlog for both vendors", "Automated regression tests"),
    "Mad": ("Scope added in steering without moving the date",),
    "Sad": ("Two people rolled off mid-sprint", "The go-live slipped by a week"),
    "Glad": ("The client praised the training sessions", "Zero defects in the pilot"),
}
_ACTIONS = (
    "Send the demo build link two days before every review",
    "Add an impact estimate template to the change request process",
    "Book steering committees a month ahead for the rest of the year",
    "Set up a production-sized dataset for migration rehearsals",
    "Agree a freeze window with the client's security team",
    "Automate the smoke tests of the release pipeline",
)
_PROPOSALS = (
    (
        "Change requests need an impact estimate",
        "Scope added informally caused budget overruns and late milestones on two programs.",
        "No change is accepted without a one-page impact estimate signed by the PM.",
        "Scope variance under 5 % on every active project within a quarter.",
    ),
    (
        "Steering committees booked a month ahead",
        "Decisions waited up to three weeks for a steering slot.",
        "Book the next three steering committees at kick-off and keep them.",
        "Decision lead time under one week.",
    ),
    (
        "Migration dress rehearsal before go-live",
        "Two go-lives slipped because migrations failed on real data volumes.",
        "A full migration rehearsal on production-sized data two weeks before go-live.",
        "No go-live slip caused by data migration.",
    ),
    (
        "Weekly RAID review in the PM stand-up",
        "Risks were raised late and turned into issues before anyone acted.",
        "Ten minutes of the Monday PM stand-up reviews the top five risks of each program.",
        "Half as many risks converting to issues per quarter.",
    ),
)


_SUMMARIES = (
    "Delivery is broadly on plan. The team closed the sprint goals and the client signed off "
    "the last release; the open points are listed under decisions needed.",
    "Progress this month was steady, with one project needing attention on budget. A "
    "recovery plan is agreed with the project manager and tracked weekly.",
    "The program is moving into its next phase. Key milestones were met and the team is "
    "preparing the pilot with the client's operations team.",
)
_DONE = (
    "Release delivered to production with no critical defects\n"
    "User acceptance testing completed with the client's key users\n"
    "Steering committee approved the revised plan",
    "Design sign-off obtained for the next increment\n"
    "Data migration rehearsal completed on production-sized data",
)
_NEXT = (
    "Start the pilot with two regional teams\nPrepare the training plan and materials",
    "Close the open change requests\nPlan the hypercare period with the support team",
)
_DECISIONS = (
    "Confirm the go-live date by the end of the month\nNominate an approver for "
    "change requests while the sponsor is away",
    "Approve the change request for the additional integration",
    "",
)


def reporting(plan: Any) -> None:
    """Queue the reporting area's rows on ``plan`` (a ``DemoPlan``)."""
    rng = plan.rng("reporting")
    today = plan.today
    items: list[Row] = []
    periods: list[Row] = []
    by_type: dict[str, list[int]] = {}
    # Internal projects dropped their stakeholder demo three weeks ago: earlier weeks keep it.
    retired_from = plan.week_offset(-3)
    gone: dict[int, date] = {}
    for kind in PROJECT_TYPES:
        titles = list(DEFAULT_CHECKLIST) + ([_INTERNAL_EXTRA] if kind == "internal" else [])
        for position, title in enumerate(titles):
            item_id = len(items) + 1
            items.append(
                {"id": item_id, "project_type": kind, "title": title, "position": position}
            )
            end = retired_from if title == _INTERNAL_EXTRA else None
            periods.append(
                {
                    "id": len(periods) + 1,
                    "item_id": item_id,
                    "counts_from": None,
                    "retired_from": end,
                }
            )
            if end is not None:
                gone[item_id] = end
            by_type.setdefault(kind, []).append(item_id)
    plan.add_rows(AdherenceItem, items)
    plan.add_rows(AdherenceItemPeriod, periods)

    running = [p for p in plan.projects if p.stage in _RUNNING]
    # Ticks for the last eight weeks (this week partly done); a few sloppy projects.
    sloppy = set(rng.sample([p.id for p in running], max(1, len(running) // 6)))
    ticks: list[Row] = []
    weeks = [plan.week_offset(-w) for w in range(8, -1, -1)]
    for project in running:
        ids = by_type["delivery" if project.billable else "internal"]
        rate = (
            rng.choice((0.45, 0.55, 0.65))
            if project.id in sloppy
            else rng.choice((0.85, 0.95, 1.0))
        )
        for week in weeks:
            if week < project.start_date - timedelta(days=6) or week > project.end_date:
                continue
            this_week = week == plan.monday
            for item_id in ids:
                if item_id in gone and week >= gone[item_id]:
                    continue
                chance = rate * (0.5 if this_week else 1.0)
                if rng.random() < chance:
                    ticks.append(
                        {
                            "id": len(ticks) + 1,
                            "project_id": project.id,
                            "item_id": item_id,
                            "week": week,
                        }
                    )
    plan.add_rows(AdherenceTick, ticks)

    # Retrospectives on a share of running projects, and one per program for some programs.
    team = [p.id for p in plan.people]
    retros: list[Row] = []
    notes: list[Row] = []
    actions: list[Row] = []
    picked = rng.sample(running, max(2, len(running) // 3))
    formats = list(RetroFormat)
    for project in picked:
        fmt = rng.choice(formats)
        held = today - timedelta(days=rng.randint(3, 45))
        retro_id = len(retros) + 1
        retros.append(
            {
                "id": retro_id,
                "project_id": project.id,
                "program_id": None,
                "title": f"{project.name} – sprint retrospective",
                "format": fmt.value,
                "held_on": held,
            }
        )
        for column in fmt.columns:
            for text in rng.sample(_NOTES[column], min(len(_NOTES[column]), rng.randint(1, 2))):
                notes.append(
                    {
                        "id": len(notes) + 1,
                        "retrospective_id": retro_id,
                        "column_name": column,
                        "text": text,
                        "votes": rng.randint(0, 6),
                    }
                )
        for text in rng.sample(_ACTIONS, rng.randint(1, 2)):
            due = held + timedelta(days=rng.randint(7, 28))
            actions.append(
                {
                    "id": len(actions) + 1,
                    "retrospective_id": retro_id,
                    "text": text,
                    "owner_id": project.pm_id or rng.choice(team),
                    "due_date": due,
                    "done": due < today and rng.random() < 0.5,
                }
            )
    plan.add_rows(Retrospective, retros)
    plan.add_rows(RetroItem, notes)
    plan.add_rows(RetroAction, actions)

    escalations = [row["id"] for model, rows in plan.inserts if model is Escalation for row in rows]
    proposals: list[Row] = []
    evidence: list[Row] = []
    statuses = list(ImprovementStatus)
    for title, problem, proposal, expected in _PROPOSALS:
        status = rng.choice(statuses)
        proposal_id = len(proposals) + 1
        proposals.append(
            {
                "id": proposal_id,
                "title": title,
                "problem": problem,
                "proposal": proposal,
                "status": status.value,
                "raised_on": today - timedelta(days=rng.randint(10, 120)),
                "owner_id": rng.choice(team),
                "expected_effect": expected,
                "measured_effect": "Two of three programs on target after six weeks"
                if status is ImprovementStatus.DONE
                else None,
            }
        )
        for esc in rng.sample(escalations, min(len(escalations), rng.randint(0, 2))):
            evidence.append(
                {
                    "id": len(evidence) + 1,
                    "proposal_id": proposal_id,
                    "escalation_id": esc,
                    "retrospective_id": None,
                    "note": None,
                }
            )
        if retros and rng.random() < 0.7:
            evidence.append(
                {
                    "id": len(evidence) + 1,
                    "proposal_id": proposal_id,
                    "escalation_id": None,
                    "retrospective_id": rng.choice(retros)["id"],
                    "note": "Raised again in this retrospective",
                }
            )
    plan.add_rows(ImprovementProposal, proposals)
    plan.add_rows(ImprovementEvidence, evidence)

    plan.add_rows(
        StatusReportDraft,
        [
            {
                "id": i,
                "scope": "program",
                "target_id": program.id,
                "executive_summary": rng.choice(_SUMMARIES),
                "accomplishments": rng.choice(_DONE),
                "next_steps": rng.choice(_NEXT),
                "decisions_needed": rng.choice(_DECISIONS) or None,
            }
            for i, program in enumerate(plan.programs, start=1)
        ],
    )

    live = [p for p in plan.projects if p.stage in (*_RUNNING, Stage.PROPOSAL, Stage.LEAD)]
    live.sort(key=lambda p: (p.priority, p.end_date, p.id))
    plan.add_rows(
        ProjectRank,
        [{"id": i, "project_id": p.id, "rank": i} for i, p in enumerate(live, start=1)],
    )


#: How each issued program's overall health moved, month by month (oldest first): the
#: program lead's call and the reason written with it.
_HEALTH_STORIES: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        ("green", "On plan: the pilot went live on schedule"),
        ("amber", "The integration partner is two weeks late on the payments API"),
        ("red", "Go-live at risk: the payments API still fails acceptance tests"),
        ("red", "Recovery plan agreed with the client; an extra developer joins next sprint"),
        ("amber", "API accepted; the team is catching up on the test backlog"),
        ("green", "Back on plan after the recovery sprint"),
    ),
    (
        ("amber", "Budget forecast 8 % over after the discovery phase"),
        ("amber", "The change request for the extra integration awaits approval"),
        ("green", "Change request approved with its budget; plan re-baselined"),
        ("green", "Every milestone of the month met"),
        ("amber", "Key analyst on leave; two stories slipped"),
        ("green", "Slipped stories delivered with no impact on the release date"),
    ),
    (
        ("green", "Kick-off done and the team fully staffed"),
        ("green", "Design sign-off obtained on time"),
        ("green", "First increment delivered"),
        ("amber", "The client's data extract is three weeks late"),
        ("red", "Migration rehearsal failed on production-sized data"),
        ("amber", "Second rehearsal passed; go-live moved one week with the client's agreement"),
    ),
    (
        ("red", "Steering committee paused the program pending a scope review"),
        ("red", "Scope review ongoing; part of the team reassigned"),
        ("amber", "Reduced scope approved; the plan is being rebuilt"),
        ("amber", "New plan baselined; its first milestone is due next month"),
        ("green", "First milestone of the new plan met"),
        ("green", "Delivery steady and the budget on track"),
    ),
)
#: Programs with monthly issued reports, per demo size.
_ISSUED_PROGRAMS = {"small": 4, "large": 4}
#: Running projects of a program preferred for the issued reports (they build faster).
_SMALL_PROGRAM = 3


def issue_status_reports(conn: Connection, plan: Any) -> None:
    """Issue six monthly status reports for a few programs, the way the app issues one
    (``build_payload`` then ``issue_report``), oldest first, so each report's health
    history holds the earlier ones. The program lead's call of each month is set as an
    override of the program's overall health while its report is built, then removed."""
    from pmo_desktop.domain.rag import Dimension, Override
    from pmo_desktop.domain.reporting import ReportScope
    from pmo_desktop.services.pipeline import health
    from pmo_desktop.services.reports import status as reporting_status
    from pmo_desktop.services.reports.drafts import ReportText

    rng = plan.rng("reporting-snapshots")
    overridden = {
        row["program_id"]
        for model, rows in plan.inserts
        if model is HealthOverride
        for row in rows
        if row.get("program_id") is not None
    }
    running: dict[int, int] = {}
    for project in plan.projects:
        if project.stage in _RUNNING:
            running[project.program_id] = running.get(project.program_id, 0) + 1
    wanted = _ISSUED_PROGRAMS[plan.spec.name]
    candidates = [
        p.id for p in plan.programs if running.get(p.id, 0) >= 2 and p.id not in overridden
    ]
    # A report costs a health read per project: prefer programs of a few projects.
    small = [pid for pid in candidates if running[pid] <= _SMALL_PROGRAM]
    pool = small if len(small) >= wanted else candidates
    chosen = rng.sample(pool, min(len(pool), wanted))
    months = len(_HEALTH_STORIES[0])
    session = Session(bind=conn)
    try:
        for n, program_id in enumerate(sorted(chosen)):
            story = _HEALTH_STORIES[n % len(_HEALTH_STORIES)]
            target = health.OverrideTarget(Dimension.OVERALL, program_id=program_id)
            for month, (rag, reason) in enumerate(story):
                issued_on = plan.monday - timedelta(weeks=4 * (months - month)) + timedelta(days=4)
                health.set_override(session, target, Override(Rag(rag), reason))
                text = ReportText(
                    executive_summary=f"{reason}. {rng.choice(_SUMMARIES)}",
                    accomplishments=rng.choice(_DONE),
                    next_steps=rng.choice(_NEXT),
                    decisions_needed=rng.choice(_DECISIONS),
                )
                payload = reporting_status.build_payload(
                    session, ReportScope.PROGRAM, program_id, issued_on, text
                )
                issued_at = datetime.combine(issued_on, time(16, 30), tzinfo=UTC)
                reporting_status.issue_report(session, payload, now=issued_at)
            health.set_override(session, target, None)
        session.flush()
    finally:
        session.close()
