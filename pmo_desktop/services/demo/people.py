"""Demo people data: a year of 1:1s, feedback and goals, team OKRs, onboarding for joiners,
and finished evaluations for the last two half-years for every settled team member.

Everything is drawn from the area's own random stream, so the other areas' rows do not
change when this one does. Text comes from small banks of what a PMO manager writes.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.cadence import Cadence, following
from pmo_desktop.domain.enums import MilestoneStatus, Role
from pmo_desktop.domain.goals import expected_progress, suggested_status
from pmo_desktop.domain.people import DEFAULT_ONBOARDING
from pmo_desktop.domain.rating import default_framework, period_of, period_range, previous_period
from pmo_desktop.store.models_people import (
    ActionItem,
    CompetencyRating,
    Evaluation,
    EvidenceLink,
    Feedback,
    Goal,
    KeyResult,
    OnboardingItem,
    OnboardingPlan,
    OnboardingTemplateItem,
    OneOnOne,
    PeopleProfile,
    TalkingPoint,
    TeamObjective,
)

if TYPE_CHECKING:
    from pmo_desktop.services.demo.plan import DemoPerson, DemoPlan

Row = dict[str, Any]

_TALKING_POINTS = (
    "How the client steering meeting went",
    "Workload for the next two weeks",
    "Budget variance on the current project",
    "Feedback from the client sponsor",
    "Career goals for next year",
    "Training budget: PMP or PRINCE2?",
    "Upcoming vacation and cover",
    "Tension with the vendor's delivery lead",
    "Status report quality",
    "Ideas to improve the RAID review",
    "Staffing on the next phase",
    "Timesheet compliance in the team",
    "Change request backlog",
    "Preparing the go-live communication",
    "What support you need from me",
)
_ACTIONS_THEM = (
    "Draft the change request for the extra reporting scope",
    "Share the revised burn forecast",
    "Book the lessons-learned session",
    "Update the RAID log with the vendor dependency",
    "Send the steering committee pre-read two days ahead",
    "Pick a certification course and send me the cost",
    "Write the handover note for the support team",
    "Set up the weekly risk review with the client PM",
)
_ACTIONS_ME = (
    "Introduce them to the account director",
    "Approve the training request",
    "Raise the staffing gap at the resourcing call",
    "Review the SOW amendment before Friday",
    "Ask finance for the margin report",
    "Join the next client steering as escalation point",
)
_NOTES = (
    "Energy good. Project is **on track** after the re-plan.\n\n"
    "- Client happy with the weekly report\n- Vendor still slow on test data\n",
    "Discussed the budget variance: burn is **8% above** plan because of the data "
    "migration rework.\n\n- Agreed to forecast weekly\n",
    "Wants more exposure to client executives. Suggested co-leading the next QBR.\n",
    "Feeling stretched across three projects.\n\n- Move the internal audit work to "
    "next month\n- Check utilization again in two weeks\n",
    "Good progress on the certification. Exam booked.\n",
    "Go-live went smoothly; **zero P1 incidents** in the first week.\n",
    "Talked through the difficult conversation with the sponsor about the scope cut; "
    "prepared talking points together.\n",
)
#: (situation, behaviour, impact) — praise and constructive feedback a PMO manager writes.
_PRAISE = (
    (
        "In the steering committee on {project}",
        "presented the recovery plan with three options and a clear recommendation",
        "the sponsor approved option B on the spot and the team lost no days waiting",
    ),
    (
        "In the RAID review for {project}",
        "flagged the vendor dependency two weeks before it hit the critical path",
        "we moved the test window in time and kept the milestone date",
    ),
    (
        "When the client challenged the invoice on {project}",
        "reconciled the timesheets against the invoice line by line",
        "the dispute closed in one meeting and the client paid within the week",
    ),
    (
        "At the sprint review of {project}",
        "ran the retrospective and turned it into four owned actions",
        "defect leakage fell in the next two sprints",
    ),
    (
        "During the cut-over weekend of {project}",
        "kept a live runbook and called the go/no-go checkpoints on time",
        "go-live finished two hours early with no P1 incidents",
    ),
)
_CONSTRUCTIVE = (
    (
        "In the weekly status report for {project}",
        "sent the status report without the budget section",
        "the client's finance lead escalated to the account director",
    ),
    (
        "When the client asked for an extra dashboard on {project}",
        "agreed to the extra report without a change request",
        "the team absorbed 30 hours that were not billed",
    ),
    (
        "In the steering committee on {project}",
        "did not close the actions from the previous steering meeting",
        "the same two risks were discussed again without progress",
    ),
)
_GOALS = (
    ("Deliver the {project} release on its baseline date", "milestone dates met", "100%"),
    ("Keep billable utilization at or above target", "billable %", "{target}%"),
    ("Earn the PMP certification", "exam passed", "passed by due date"),
    ("Cut status-report turnaround to one day", "days from data cut-off to send", "≤ 1 day"),
    ("Mentor a project coordinator through their first project", "check-ins held", "12"),
    ("Run RAID reviews weekly on every project", "weeks with a review", "100%"),
)
_COMMENTS = {
    2: "Needs steadier {what}; we agreed concrete steps in our 1:1s.",
    3: "Solid and dependable {what} throughout the period.",
    4: "Strong {what}; the examples in the evidence show a step up this period.",
    5: "Exceptional {what}, recognised by the client and the team.",
}
_STRENGTHS = (
    "Calm under pressure at go-live; clear written status; builds trust with client sponsors.",
    "Owns problems end to end and closes the loop; the team relies on their plans.",
    "Strong financial control: forecasts are accurate and variances are raised early.",
)
_DEVELOPMENT = (
    "Push back on scope earlier and route changes through the change process.",
    "Delegate more to coordinators and coach rather than do.",
    "Prepare executives for bad news before the steering meeting, not in it.",
)
_OBJECTIVES = (
    (
        "Every project reports its health on time and honestly",
        (
            ("Weekly status sent on time for 95% of project-weeks", 0.8),
            ("Budget forecast updated every month on every project", 0.65),
            ("No surprise Red in a client steering meeting", 0.9),
        ),
    ),
    (
        "Grow a bench of future senior PMs",
        (
            ("Two PMs lead a client QBR", 0.5),
            ("Every PC has a mentor and a development goal", 1.0),
            ("Three certifications earned in the team", 0.3),
        ),
    ),
)


class _Ids:
    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


def people(plan: DemoPlan) -> None:
    """Queue the people rows for every team member of the plan."""
    rng = plan.rng("people-area")
    ids = _Ids()
    rows: dict[str, list[Row]] = {}

    def add(table: str, row: Row) -> int:
        row["id"] = ids(table)
        rows.setdefault(table, []).append(row)
        return int(row["id"])

    today = plan.today
    large = plan.spec.name == "large"
    this_period = period_of(today)
    h1 = previous_period(this_period)
    periods = (previous_period(h1), h1)
    for position, (title, offset) in enumerate(DEFAULT_ONBOARDING):
        add(
            "onboarding_template_item",
            {"position": position, "title": title, "due_offset_days": offset},
        )
    projects_by_pm: dict[int, list[str]] = {}
    for project in plan.projects:
        if project.pm_id is not None:
            projects_by_pm.setdefault(project.pm_id, []).append(project.name)
    project_ids = [p.id for p in plan.projects]
    project_names = {p.id: p.name for p in plan.projects}
    delivered: dict[int, list[tuple[int, str, date]]] = {}
    pm_of = {p.id: p.pm_id for p in plan.projects}
    for milestone in plan.milestones:
        pm = pm_of.get(milestone.project_id)
        if pm is not None and milestone.status is MilestoneStatus.DONE and milestone.actual_date:
            delivered.setdefault(pm, []).append(
                (milestone.id, milestone.name, milestone.actual_date)
            )

    for person in plan.people:
        if person.manager_id is None:
            continue
        joiner = person.id in plan.joiner_ids
        cadence = (
            Cadence.WEEKLY
            if joiner
            else Cadence.MONTHLY
            if person.role is Role.SPM
            else Cadence.BIWEEKLY
        )
        if large:
            cadence = Cadence.MONTHLY
        add("people_profile", {"person_id": person.id, "cadence": cadence.value})
        first = max(person.start_date, today - timedelta(days=365))
        meetings = _one_on_ones(plan, rng, add, person, first, cadence)
        # feedback: one or two a month
        feedback: list[tuple[int, date, str]] = []
        day = first + timedelta(days=rng.randint(3, 20))
        while day < today:
            pid = rng.choice(project_ids)
            project_name = project_names[pid]
            praise = rng.random() < 0.7
            situation, behaviour, impact = rng.choice(_PRAISE if praise else _CONSTRUCTIVE)
            situation = situation.format(project=project_name)
            fid = add(
                "feedback",
                {
                    "person_id": person.id,
                    "project_id": pid,
                    "day": day,
                    "kind": "praise" if praise else "constructive",
                    "situation": situation,
                    "behaviour": behaviour[0].upper() + behaviour[1:] + ".",
                    "impact": impact[0].upper() + impact[1:] + ".",
                },
            )
            feedback.append((fid, day, f"{situation}: {behaviour}"))
            day += timedelta(days=rng.randint(12, 40) if not large else rng.randint(40, 90))
        goals = _goals(rng, add, person, projects_by_pm.get(person.id, []), today)
        if joiner or (today - person.start_date).days < 200:
            _onboarding(rng, add, person, plan, today)
        if joiner:
            continue
        level = rng.choices((2, 3, 3, 4, 4, 5), k=1)[0]
        for index, period in enumerate(periods):
            _evaluation(
                rng,
                add,
                person,
                period,
                level if index else max(2, min(5, level + rng.choice((-1, 0, 0, 1)))),
                status="shared" if index == 0 or rng.random() < 0.7 else "final",
                meetings=meetings,
                feedback=feedback,
                goals=goals,
                delivered=delivered.get(person.id, []),
            )
    objective_owner = next((p.id for p in plan.people if p.manager_id is None), None)
    for title, krs in _OBJECTIVES:
        oid = add(
            "team_objective",
            {"period": this_period, "title": title, "owner_id": objective_owner},
        )
        for position, (kr, score) in enumerate(krs):
            add(
                "key_result",
                {"objective_id": oid, "position": position, "title": kr, "score": score},
            )
    for model, table in (
        (OnboardingTemplateItem, "onboarding_template_item"),
        (PeopleProfile, "people_profile"),
        (OneOnOne, "one_on_one"),
        (TalkingPoint, "talking_point"),
        (ActionItem, "action_item"),
        (Feedback, "feedback"),
        (Goal, "goal"),
        (OnboardingPlan, "onboarding_plan"),
        (OnboardingItem, "onboarding_item"),
        (Evaluation, "evaluation"),
        (CompetencyRating, "competency_rating"),
        (EvidenceLink, "evidence_link"),
        (TeamObjective, "team_objective"),
        (KeyResult, "key_result"),
    ):
        plan.add_rows(model, rows.get(table, []))


def _one_on_ones(
    plan: DemoPlan, rng: Any, add: Any, person: DemoPerson, first: date, cadence: Cadence
) -> list[tuple[int, date, str]]:
    """A meeting per cadence since ``first``; open items only in the last one."""
    meetings: list[tuple[int, date, str]] = []
    day = first + timedelta(days=rng.randint(0, 6))
    days: list[date] = []
    while day <= plan.today:
        if rng.random() > 0.08:  # a few meetings get skipped
            held = day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)
            if held <= plan.today and (not days or held > days[-1]):
                days.append(held)
        day = following(day, cadence)
    for index, meeting_day in enumerate(days):
        last = index == len(days) - 1
        notes = rng.choice(_NOTES)
        mid = add("one_on_one", {"person_id": person.id, "day": meeting_day, "notes": notes})
        points = rng.sample(_TALKING_POINTS, rng.randint(2, 4))
        for position, text in enumerate(points):
            add(
                "talking_point",
                {
                    "one_on_one_id": mid,
                    "position": position,
                    "text": text,
                    "done": not (last and position == len(points) - 1),
                    "carried_from_id": None,
                },
            )
        for _ in range(rng.randint(0, 2)):
            owner = rng.choice(("me", "them", "them"))
            text = rng.choice(_ACTIONS_ME if owner == "me" else _ACTIONS_THEM)
            add(
                "action_item",
                {
                    "one_on_one_id": mid,
                    "owner": owner,
                    "text": text,
                    "due_date": meeting_day + timedelta(days=rng.choice((3, 7, 10, 14))),
                    "done": not last,
                    "carried_from_id": None,
                },
            )
        summary = notes.split("\n")[0].replace("**", "").strip()
        meetings.append((mid, meeting_day, summary))
    return meetings


def _goals(
    rng: Any, add: Any, person: DemoPerson, projects: list[str], today: date
) -> list[tuple[int, date, str]]:
    out = []
    start = date(today.year, 1, 1)
    for title, measure, target in rng.sample(_GOALS, 3):
        project = projects[0] if projects else "client portal"
        due = date(today.year, 12, 15) if rng.random() < 0.6 else date(today.year, 6, 30)
        done = due < today
        expected = expected_progress(start, due, today)
        progress = (
            100
            if done and rng.random() < 0.75
            else max(5, min(95, expected + rng.choice((-35, -20, -8, -4, 0, 0, 5, 10))))
        )
        status = suggested_status(progress, start, due, today)
        result = None
        if due < today:
            result = "Achieved." if progress >= 100 else f"Reached {progress}% by the due date."
        goal_title = title.format(project=project)
        gid = add(
            "goal",
            {
                "person_id": person.id,
                "title": goal_title,
                "measure": measure,
                "target": target.format(target=person.role.default_billable_target),
                "start_date": start,
                "due_date": due,
                "progress": progress,
                "status": status.value,
                "result": result,
            },
        )
        out.append((gid, due, f"{goal_title}: {progress}%"))
    return out


def _onboarding(rng: Any, add: Any, person: DemoPerson, plan: DemoPlan, today: date) -> None:
    buddies = [p.id for p in plan.people if p.role is person.role and p.id != person.id]
    plan_id = add(
        "onboarding_plan",
        {
            "person_id": person.id,
            "buddy_id": rng.choice(buddies) if buddies else None,
            "start_date": person.start_date,
            "review_date": person.start_date + timedelta(days=90),
        },
    )
    elapsed = (today - person.start_date).days
    for position, (title, offset) in enumerate(DEFAULT_ONBOARDING):
        add(
            "onboarding_item",
            {
                "plan_id": plan_id,
                "position": position,
                "title": title,
                "due_offset_days": offset,
                "done": offset < elapsed and rng.random() < 0.85,
            },
        )


def _evaluation(
    rng: Any,
    add: Any,
    person: DemoPerson,
    period: str,
    level: int,
    *,
    status: str,
    meetings: list[tuple[int, date, str]],
    feedback: list[tuple[int, date, str]],
    goals: list[tuple[int, date, str]],
    delivered: list[tuple[int, str, date]],
) -> None:
    start, end = period_range(period)
    if person.start_date > end:
        return
    framework = default_framework(person.role)
    eid = add(
        "evaluation",
        {
            "person_id": person.id,
            "period": period,
            "kind": "mid_year" if period.endswith("H1") else "annual",
            "status": status,
            "manager_id": person.manager_id,
            "overall_rating": level,
            "potential": rng.choice((1, 2, 2, 3)) if level < 4 else rng.choice((2, 3, 3)),
            "strengths": rng.choice(_STRENGTHS),
            "development": rng.choice(_DEVELOPMENT),
            "next_goals": "Lead the next client QBR; keep forecasts within 5%; mentor one PC.",
        },
    )
    in_period_fb = [f for f in feedback if start <= f[1] <= end]
    in_period_mt = [m for m in meetings if start <= m[1] <= end]
    in_period_ms = [m for m in delivered if start <= m[2] <= end]
    for position, competency in enumerate(framework):
        rating = max(1, min(5, level + rng.choice((-1, 0, 0, 0, 1))))
        rid = add(
            "competency_rating",
            {
                "evaluation_id": eid,
                "position": position,
                "competency_key": competency.key,
                "competency_name": competency.name,
                "rating": rating,
                "comment": _COMMENTS[max(2, rating)].format(what=competency.name.lower()),
            },
        )
        links: list[Row] = []
        if in_period_fb:
            fid, day, text = rng.choice(in_period_fb)
            links.append({"kind": "feedback", "day": day, "label": text, "feedback_id": fid})
        if in_period_mt and rng.random() < 0.6:
            mid, day, text = rng.choice(in_period_mt)
            links.append({"kind": "one_on_one", "day": day, "label": text, "one_on_one_id": mid})
        if competency.key == "delivery" and in_period_ms:
            msid, name, day = rng.choice(in_period_ms)
            links.append(
                {
                    "kind": "milestone",
                    "day": day,
                    "label": f"Delivered: {name}",
                    "milestone_id": msid,
                }
            )
        if competency.key == "financial":
            target = person.role.default_billable_target
            actual = target + rng.randint(-12, 6)
            links.append(
                {
                    "kind": "utilization",
                    "day": end,
                    "label": f"Billable utilization {actual}% against a {target}% target",
                }
            )
        in_period_goals = [g for g in goals if start <= g[1] <= end]
        if competency.key == "leadership" and in_period_goals:
            gid, day, text = rng.choice(in_period_goals)
            links.append({"kind": "goal", "day": day, "label": text, "goal_id": gid})
        for link in links:
            add(
                "evidence_link",
                {
                    "rating_id": rid,
                    "one_on_one_id": None,
                    "feedback_id": None,
                    "goal_id": None,
                    "milestone_id": None,
                    **link,
                },
            )
