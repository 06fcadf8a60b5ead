"""Demo RAID register and escalation log.

Each live project gets a few risks, issues, assumptions and dependencies drawn from
templates a delivery team would recognise, with mitigation actions, a history of score and
status changes, and (for the small demo) a handful of escalations with a full 5-whys chain
and preventive actions. The large demo tops the register up to at least 5,000 entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.risk import (
    Audience,
    CauseCategory,
    EscalationStatus,
    RaidKind,
    RaidStatus,
    Response,
)
from pmo_desktop.store.models_raid import (
    Escalation,
    EscalationWhy,
    PreventiveAction,
    RaidAction,
    RaidChange,
    RaidItem,
)

if TYPE_CHECKING:
    from pmo_desktop.services.demo.core import DemoPlan, DemoProject

LARGE_MINIMUM = 5_000
_LIVE = (Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD)


@dataclass(frozen=True)
class _Template:
    kind: RaidKind
    title: str
    cause: str
    category: CauseCategory
    trigger: str
    contingency: str
    actions: tuple[str, ...]
    p: tuple[int, int]
    i: tuple[int, int]
    response: Response | None = Response.MITIGATE
    opportunity: bool = False


_C = CauseCategory
_TEMPLATES: tuple[_Template, ...] = (
    _Template(
        RaidKind.RISK,
        "Key client SME may be unavailable during UAT",
        "The client's finance lead is also running the year-end close.",
        _C.CLIENT,
        "UAT sessions declined or rescheduled twice in a row.",
        "Move UAT of finance flows to the following sprint; use recorded walkthroughs.",
        ("Agree UAT calendar with the client sponsor", "Nominate a deputy SME"),
        (3, 4),
        (3, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Data migration volumes larger than estimated",
        "Legacy extracts were sampled, not profiled in full.",
        _C.ESTIMATION,
        "Trial load takes more than 8 hours.",
        "Split the cut-over into two weekends; request a change for the extra effort.",
        ("Profile the full legacy extract", "Run a timed trial load"),
        (2, 4),
        (3, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Scope creep from reporting requests outside the SOW",
        "Stakeholders keep adding dashboards in sprint reviews.",
        _C.SCOPE,
        "More than two new report requests in a sprint.",
        "Raise a change request and re-plan the release.",
        ("Walk the steering group through the SOW scope", "Set up a change log"),
        (3, 4),
        (2, 4),
    ),
    _Template(
        RaidKind.RISK,
        "Senior developer leaving before go-live",
        "Resignation notice given; knowledge is concentrated in one person.",
        _C.PEOPLE,
        "Handover sessions slip.",
        "Bring in a contractor from the partner bench for four weeks.",
        ("Schedule knowledge-transfer sessions", "Pair a second developer on the integration"),
        (3, 5),
        (4, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Test environment not refreshed before regression",
        "Environment refreshes are queued behind other programs.",
        _C.TOOLS,
        "Refresh ticket not picked up 5 days before the test window.",
        "Run regression on the staging copy with masked data.",
        ("Book the refresh slot with infrastructure",),
        (2, 4),
        (2, 3),
    ),
    _Template(
        RaidKind.RISK,
        "Steering decisions delayed by infrequent governance",
        "Steering committee meets monthly; design decisions wait for it.",
        _C.PROCESS,
        "A decision waits more than 10 working days.",
        "Escalate to the sponsor for a decision by email.",
        ("Propose fortnightly steering", "Agree a delegated decision matrix"),
        (2, 4),
        (2, 3),
    ),
    _Template(
        RaidKind.RISK,
        "Fixed-price estimate does not cover integration testing",
        "Estimate assumed the client tests third-party interfaces.",
        _C.ESTIMATION,
        "Client asks the team to run interface tests.",
        "Negotiate a change for the testing effort.",
        ("Confirm testing responsibilities in writing",),
        (2, 3),
        (3, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Early delivery could free budget for phase 2",
        "Reusable components from a previous program cover 30% of the build.",
        _C.ESTIMATION,
        "Sprint velocity above plan for three sprints.",
        "Offer the phase 2 discovery early to the sponsor.",
        ("Share the reuse plan with the architect",),
        (2, 3),
        (2, 3),
        Response.EXPLOIT,
        True,
    ),
    _Template(
        RaidKind.ISSUE,
        "Integration API returning intermittent timeouts",
        "Vendor rate limits were lowered without notice.",
        _C.TOOLS,
        "",
        "Queue requests and retry overnight.",
        ("Open a priority ticket with the vendor", "Add retry with back-off"),
        (5, 5),
        (3, 4),
    ),
    _Template(
        RaidKind.ISSUE,
        "Sprint 6 deliverables slipped by one week",
        "Two developers were pulled onto a production incident.",
        _C.PEOPLE,
        "",
        "Re-baseline the release plan with the client.",
        ("Agree a recovery plan with the tech lead", "Update the client on the new date"),
        (5, 5),
        (2, 4),
    ),
    _Template(
        RaidKind.ISSUE,
        "Client sign-off on design pending for three weeks",
        "The approver changed roles and nobody was delegated.",
        _C.COMMUNICATION,
        "",
        "Proceed at risk on the unaffected modules.",
        ("Ask the sponsor to name a new approver",),
        (5, 5),
        (3, 4),
    ),
    _Template(
        RaidKind.ASSUMPTION,
        "Client provides test data by the start of SIT",
        "Stated in the SOW; data owner not yet confirmed.",
        _C.CLIENT,
        "",
        "Generate synthetic data from the schema.",
        ("Confirm the data owner",),
        (2, 3),
        (2, 4),
        None,
    ),
    _Template(
        RaidKind.ASSUMPTION,
        "Existing licences cover the additional users",
        "Licence count taken from last year's renewal.",
        _C.TOOLS,
        "",
        "Budget a licence true-up in the change reserve.",
        ("Check the licence portal with procurement",),
        (1, 3),
        (2, 3),
        None,
    ),
    _Template(
        RaidKind.DEPENDENCY,
        "Identity platform upgrade by the client's IT team",
        "Single sign-on needs the new identity platform version.",
        _C.CLIENT,
        "Upgrade date moves in the client's change calendar.",
        "Keep local accounts for the pilot group.",
        ("Attend the client's change advisory board",),
        (2, 3),
        (3, 4),
        None,
    ),
    _Template(
        RaidKind.DEPENDENCY,
        "Payment gateway certification from the vendor",
        "Go-live needs the vendor's production certificate.",
        _C.PROCESS,
        "Certification slot not booked four weeks ahead.",
        "Launch with invoicing only; add card payments later.",
        ("Book the certification slot",),
        (2, 3),
        (3, 5),
        None,
    ),
)

_MORE: tuple[_Template, ...] = (
    _Template(
        RaidKind.RISK,
        "Client budget freeze could pause phase 2",
        "The client's fiscal year closes with spending under review.",
        _C.CLIENT,
        "Purchase order for phase 2 not raised by mid-quarter.",
        "Re-plan phase 2 as a smaller MVP within the approved budget.",
        ("Confirm phase 2 funding with the sponsor", "Prepare a reduced-scope option"),
        (2, 3),
        (4, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Single QA engineer is a bottleneck for the release",
        "Only one tester knows the regression suite.",
        _C.PEOPLE,
        "Test backlog above 40 cases at sprint end.",
        "Borrow a tester from the bench for the release window.",
        ("Cross-train a developer on the regression suite",),
        (3, 4),
        (2, 4),
    ),
    _Template(
        RaidKind.RISK,
        "Security review may delay go-live",
        "The client's security team needs four weeks' notice for a pen test.",
        _C.PROCESS,
        "Pen-test slot not confirmed six weeks before go-live.",
        "Go live with internal users only until the review passes.",
        ("Book the penetration test", "Send the architecture pack to security"),
        (2, 4),
        (3, 5),
    ),
    _Template(
        RaidKind.RISK,
        "Unclear acceptance criteria for reporting module",
        "User stories were written before the KPIs were agreed.",
        _C.SCOPE,
        "Stories rejected in sprint review for missing figures.",
        "Hold a KPI workshop and re-baseline the reporting stories.",
        ("Run a KPI definition workshop",),
        (3, 4),
        (2, 3),
    ),
    _Template(
        RaidKind.RISK,
        "Offshore team hand-offs losing a day per cycle",
        "Time-zone overlap is two hours and stand-ups overrun.",
        _C.COMMUNICATION,
        "Tickets waiting for answers overnight more than twice a week.",
        "Move the daily hand-off to a written template.",
        ("Introduce an end-of-day hand-off note", "Shift stand-up by one hour"),
        (3, 4),
        (2, 3),
    ),
    _Template(
        RaidKind.RISK,
        "Third-party licence renewal lands during cut-over",
        "The vendor renews licences on the first of the month.",
        _C.TOOLS,
        "Renewal quote not received 30 days before cut-over.",
        "Extend the current licence by one month.",
        ("Ask procurement to renew early",),
        (1, 3),
        (3, 4),
    ),
    _Template(
        RaidKind.RISK,
        "Change-management effort underestimated",
        "Training was scoped for 50 users; the rollout now covers 400.",
        _C.ESTIMATION,
        "Training sign-ups above 100 in the first week.",
        "Add train-the-trainer sessions and e-learning.",
        ("Re-estimate training with the client's HR lead",),
        (3, 4),
        (3, 4),
    ),
    _Template(
        RaidKind.RISK,
        "Sponsor change after the client's reorganisation",
        "The sponsor is moving to a new division next quarter.",
        _C.CLIENT,
        "Steering meetings delegated twice in a row.",
        "Brief the incoming sponsor and re-confirm the business case.",
        ("Meet the incoming sponsor", "Refresh the business case summary"),
        (2, 4),
        (3, 4),
    ),
    _Template(
        RaidKind.RISK,
        "Design system adoption could cut front-end effort",
        "The client's new design system covers most components.",
        _C.TOOLS,
        "Component library released before sprint 4.",
        "Re-plan front-end stories around the library.",
        ("Review the component library with the UX lead",),
        (2, 3),
        (2, 3),
        Response.ENHANCE,
        True,
    ),
    _Template(
        RaidKind.ISSUE,
        "Production data extract delayed by client IT",
        "The extract job failed twice on the client's side.",
        _C.CLIENT,
        "",
        "Use last month's extract for the dress rehearsal.",
        ("Escalate to the client's IT manager", "Agree a fallback extract date"),
        (5, 5),
        (3, 4),
    ),
    _Template(
        RaidKind.ISSUE,
        "Defect backlog above the exit criteria for UAT",
        "Late integration surfaced 30 new defects.",
        _C.PROCESS,
        "",
        "Add a stabilisation sprint before go-live.",
        ("Triage defects daily with the product owner",),
        (5, 5),
        (3, 4),
    ),
    _Template(
        RaidKind.ISSUE,
        "Key stakeholder missing from sprint reviews",
        "Diary conflicts with the client's board meetings.",
        _C.COMMUNICATION,
        "",
        "Record reviews and collect feedback asynchronously.",
        ("Move the review slot", "Send a written summary after each review"),
        (5, 5),
        (2, 3),
    ),
    _Template(
        RaidKind.ISSUE,
        "Hosting costs running 20% over forecast",
        "Test environments left running over weekends.",
        _C.TOOLS,
        "",
        "Schedule environment shutdowns outside working hours.",
        ("Add automatic shutdown schedules",),
        (5, 5),
        (2, 3),
    ),
    _Template(
        RaidKind.ASSUMPTION,
        "Client IT will provision environments within five days",
        "Standard provisioning SLA from the client's service catalogue.",
        _C.CLIENT,
        "",
        "Use the team's sandbox for early sprints.",
        ("Confirm the SLA with the client's service desk",),
        (2, 3),
        (2, 3),
        None,
    ),
    _Template(
        RaidKind.ASSUMPTION,
        "Business users available two days a week for UAT",
        "Agreed verbally at kick-off.",
        _C.CLIENT,
        "",
        "Extend UAT by one week.",
        ("Get UAT availability in writing",),
        (2, 3),
        (3, 4),
        None,
    ),
    _Template(
        RaidKind.ASSUMPTION,
        "Existing APIs support the new order volumes",
        "Based on last year's load test.",
        _C.TOOLS,
        "",
        "Add caching in front of the order API.",
        ("Re-run the load test",),
        (1, 3),
        (3, 4),
        None,
    ),
    _Template(
        RaidKind.DEPENDENCY,
        "Data warehouse team delivers the customer model",
        "Reporting needs the new customer dimension.",
        _C.PROCESS,
        "Customer model slips in the warehouse team's plan.",
        "Report from the operational database for the first release.",
        ("Join the warehouse team's planning", "Agree an interface contract"),
        (2, 3),
        (3, 4),
        None,
    ),
    _Template(
        RaidKind.DEPENDENCY,
        "Legal sign-off on the data processing agreement",
        "Personal data cannot move to the new platform without it.",
        _C.CLIENT,
        "Agreement still in redlines two weeks before migration.",
        "Migrate anonymised data first.",
        ("Chase legal for the redlines",),
        (2, 3),
        (4, 5),
        None,
    ),
    _Template(
        RaidKind.DEPENDENCY,
        "Mobile app store approval before launch",
        "Store review can take up to a week.",
        _C.PROCESS,
        "Submission later than ten days before launch.",
        "Launch the web version first.",
        ("Prepare the store listing early",),
        (2, 3),
        (2, 4),
        None,
    ),
)
_TEMPLATES = _TEMPLATES + _MORE

_ESCALATIONS: tuple[dict[str, Any], ...] = (
    {
        "title": "Go-live postponed without notice to the client's board",
        "description": "The sponsor learned of the new go-live date from an internal email.",
        "raised_by": "Client sponsor",
        "severity": 1,
        "audience": Audience.CLIENT,
        "cause": _C.COMMUNICATION,
        "whys": (
            "The sponsor heard about the delay second-hand.",
            "The weekly status report did not mention the slip.",
            "The report was drafted before the re-plan meeting.",
            "Status reports have a fixed Thursday cut-off regardless of events.",
            "There is no rule for out-of-cycle updates on date changes.",
        ),
        "resolution": "Call with the sponsor; revised plan signed off the same week.",
        "preventive": (
            "Add a same-day sponsor call for any milestone date change",
            "Add 'dates changed since last report' to the status template",
        ),
    },
    {
        "title": "Invoice disputed: hours above the agreed cap",
        "description": "Client finance rejected the monthly invoice for exceeding the cap.",
        "raised_by": "Client procurement",
        "severity": 2,
        "audience": Audience.CLIENT,
        "cause": _C.ESTIMATION,
        "whys": (
            "Billed hours exceeded the monthly cap by 12%.",
            "Two extra testers joined mid-month.",
            "The test estimate did not include regression of legacy reports.",
            "The estimate template has no line for regression of existing features.",
        ),
        "resolution": "Credit note issued; change request approved for the extra testing.",
        "preventive": ("Add regression effort to the estimate template",),
    },
    {
        "title": "Production defect in month-end report",
        "description": "Totals in the month-end report were wrong for two regions.",
        "raised_by": "Client finance director",
        "severity": 1,
        "audience": Audience.CLIENT,
        "cause": _C.PROCESS,
        "whys": (
            "Region totals used the wrong exchange rate.",
            "The rate table was not refreshed in production.",
            "The refresh step was missing from the release runbook.",
            "Runbooks are not peer reviewed before a release.",
        ),
        "resolution": "Hotfix deployed; corrected report re-issued within 24 hours.",
        "preventive": (
            "Peer review of every release runbook",
            "Automated check of reference-data freshness after deploy",
        ),
    },
    {
        "title": "Team overloaded across two programs",
        "description": "Two PMs flagged working weekends to keep both programs on track.",
        "raised_by": "Delivery team",
        "severity": 2,
        "audience": Audience.INTERNAL,
        "cause": _C.PEOPLE,
        "whys": (
            "Two PMs carry more than 120% allocation.",
            "A new program started before a PM was hired.",
            "The staffing plan assumed a start date two months later.",
            "Sales and delivery do not review start dates together.",
        ),
        "resolution": "Senior PM moved from the bench; weekend work stopped.",
        "preventive": ("Weekly sales-delivery review of start dates",),
    },
    {
        "title": "Vendor outage blocked UAT for three days",
        "description": "The hosted test environment was down and UAT could not continue.",
        "raised_by": "QA lead",
        "severity": 3,
        "audience": Audience.INTERNAL,
        "cause": _C.TOOLS,
        "whys": (
            "The test environment was down for three days.",
            "The vendor's maintenance overran.",
            "Nobody was told of the maintenance window in advance.",
        ),
        "resolution": None,
        "preventive": ("Subscribe the project mailbox to vendor status notices",),
    },
    {
        "title": "Requirements changed after design sign-off",
        "description": "The client asked for a new approval workflow after design sign-off.",
        "raised_by": "Client product owner",
        "severity": 2,
        "audience": Audience.CLIENT,
        "cause": _C.SCOPE,
        "whys": (
            "A new approval step was requested after sign-off.",
            "The compliance team was not in the design reviews.",
            "The stakeholder map missed compliance.",
            "Stakeholder mapping is not part of project start-up.",
            "The start-up checklist predates the compliance rules.",
        ),
        "resolution": None,
        "preventive": (
            "Add stakeholder mapping to the start-up checklist",
            "Invite compliance to every design review",
        ),
    },
)


def raid(plan: DemoPlan) -> None:
    """Queue RAID items, actions, history and escalations on ``plan``."""
    rng = plan.rng("raid")
    people = [p for p in plan.people if p.role is not Role.PC] or plan.people
    owners = [p.id for p in people]
    names = {p.id: p.name for p in plan.people}
    manager = plan.people[0].name if plan.people else "PMO"
    programs = {p.id: p for p in plan.programs}
    live = [p for p in plan.projects if p.stage in _LIVE]
    if not live:
        return
    per_project = (2, 3, 3, 4) if plan.spec.name == "small" else (5, 6, 7, 8)
    wanted = [(project, rng.choice(per_project)) for project in live]
    if plan.spec.name != "small":
        short = LARGE_MINIMUM - sum(n for _, n in wanted)
        for k in range(max(short, 0) + 100):
            project, n = wanted[k % len(wanted)]
            wanted[k % len(wanted)] = (project, n + 1)

    items: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    deck: list[_Template] = []  # dealt like cards, so titles repeat as little as possible
    for project, count in wanted:
        chosen: list[_Template] = []
        while len(chosen) < count:
            if not deck:
                deck = list(_TEMPLATES)
                rng.shuffle(deck)
            template = deck.pop()
            if template not in chosen or len(chosen) >= len(_TEMPLATES):
                chosen.append(template)
        for template in chosen:
            _item(
                plan,
                rng,
                project,
                programs[project.program_id].client_id,
                template,
                owners,
                names,
                manager,
                items,
                actions,
                changes,
            )
    # one risk that became an issue, keeping the link
    risks = [row for row in items if row["kind"] is RaidKind.RISK]
    if risks:
        source = risks[0]
        source["status"] = RaidStatus.CLOSED
        issue = dict(source)
        issue.update(
            id=len(items) + 1,
            kind=RaidKind.ISSUE,
            status=RaidStatus.OPEN,
            probability=5,
            severity=2,
            converted_from_id=source["id"],
            raised_date=min(plan.today, source["raised_date"] + timedelta(days=21)),
            due_date=None,
            review_date=plan.today + timedelta(days=7),
        )
        items.append(issue)
        changes.append(
            _change(
                changes, source["id"], issue["raised_date"], manager, "status", "open", "closed"
            )
        )
        changes.append(
            _change(
                changes,
                source["id"],
                issue["raised_date"],
                manager,
                "converted",
                None,
                f"issue #{issue['id']}",
            )
        )
    plan.add_rows(RaidItem, items)
    plan.add_rows(RaidAction, actions)
    plan.add_rows(RaidChange, changes)
    _escalations(plan, rng, live, programs, owners)


def _item(
    plan: DemoPlan,
    rng: Any,
    project: DemoProject,
    client_id: int,
    template: _Template,
    owners: list[int],
    names: dict[int, str],
    manager: str,
    items: list[dict[str, Any]],
    actions: list[dict[str, Any]],
    changes: list[dict[str, Any]],
) -> None:
    today = plan.today
    raised = today - timedelta(days=rng.randint(7, 200))
    raised = max(raised, min(project.start_date, today) - timedelta(days=14))
    p = rng.randint(*template.p)
    i = rng.randint(*template.i)
    status = rng.choices(list(RaidStatus), weights=(6, 3, 1))[0]
    owner = project.pm_id if project.pm_id and rng.random() < 0.6 else rng.choice(owners)
    kind = template.kind
    item_id = len(items) + 1
    first_p, first_i = max(1, p - rng.randint(0, 1)), max(1, i - rng.randint(0, 1))
    items.append(
        {
            "id": item_id,
            "kind": kind,
            "title": template.title,
            "description": f"{template.cause} Affects {project.name}.",
            "cause": template.cause,
            "category": template.category,
            "client_id": client_id,
            "program_id": project.program_id,
            "project_id": project.id,
            "owner_id": owner,
            "probability": p,
            "impact": i,
            "opportunity": template.opportunity,
            "response": template.response,
            "trigger": template.trigger or None,
            "contingency": template.contingency,
            "residual_probability": max(1, p - 2) if template.response else None,
            "residual_impact": max(1, i - 1) if template.response else None,
            "status": status,
            "raised_date": raised,
            "review_date": today + timedelta(days=rng.randint(-10, 28)),
            "due_date": raised + timedelta(days=rng.randint(14, 60))
            if kind is RaidKind.ISSUE
            else None,
            "severity": rng.randint(1, 3) if kind is RaidKind.ISSUE else None,
            "validation_date": today + timedelta(days=rng.randint(-5, 45))
            if kind.needs_validation
            else None,
            "converted_from_id": None,
        }
    )
    for text in template.actions:
        due = raised + timedelta(days=rng.randint(7, 50))
        actions.append(
            {
                "id": len(actions) + 1,
                "item_id": item_id,
                "description": text,
                "owner_id": rng.choice(owners),
                "due_date": due,
                "done": due < today and rng.random() < 0.7,
            }
        )
    who = names.get(owner, manager)
    changes.append(_change(changes, item_id, raised, manager, "status", None, "open"))
    changes.append(
        _change(changes, item_id, raised, manager, "score", None, f"{first_p}×{first_i}")
    )
    if (first_p, first_i) != (p, i):
        when = raised + (today - raised) // 2
        changes.append(
            _change(changes, item_id, when, who, "score", f"{first_p}×{first_i}", f"{p}×{i}")
        )
    if status is not RaidStatus.OPEN:
        when = raised + (today - raised) * 3 // 4
        changes.append(_change(changes, item_id, when, who, "status", "open", status.value))


def _change(
    changes: list[dict[str, Any]],
    item_id: int,
    day: date,
    who: str,
    field: str,
    old: str | None,
    new: str | None,
) -> dict[str, Any]:
    return {
        "id": len(changes) + 1,
        "item_id": item_id,
        "changed_at": datetime.combine(day, time(9, 30), tzinfo=UTC),
        "changed_by": who,
        "field": field,
        "old_value": old,
        "new_value": new,
    }


def _escalations(
    plan: DemoPlan,
    rng: Any,
    live: list[DemoProject],
    programs: dict[int, Any],
    owners: list[int],
) -> None:
    rows: list[dict[str, Any]] = []
    whys: list[dict[str, Any]] = []
    preventive: list[dict[str, Any]] = []
    rounds = 1 if plan.spec.name == "small" else 40
    for r in range(rounds):
        for k, story in enumerate(_ESCALATIONS):
            project = live[(k * 5 + r * 7) % len(live)]
            raised = plan.today - timedelta(days=rng.randint(3, 160))
            resolved = story["resolution"] is not None
            esc_id = len(rows) + 1
            rows.append(
                {
                    "id": esc_id,
                    "title": story["title"],
                    "description": story["description"],
                    "raised_by": story["raised_by"],
                    "raised_on": raised,
                    "severity": story["severity"],
                    "audience": story["audience"],
                    "owner_id": project.pm_id or rng.choice(owners),
                    "status": EscalationStatus.RESOLVED
                    if resolved
                    else rng.choice((EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS)),
                    "resolution": story["resolution"],
                    "resolved_on": min(plan.today, raised + timedelta(days=rng.randint(2, 20)))
                    if resolved
                    else None,
                    "client_id": programs[project.program_id].client_id,
                    "program_id": project.program_id,
                    "project_id": project.id,
                    "cause_category": story["cause"],
                }
            )
            for position, answer in enumerate(story["whys"], start=1):
                whys.append(
                    {
                        "id": len(whys) + 1,
                        "escalation_id": esc_id,
                        "position": position,
                        "answer": answer,
                    }
                )
            for text in story["preventive"]:
                due = raised + timedelta(days=rng.randint(14, 45))
                preventive.append(
                    {
                        "id": len(preventive) + 1,
                        "escalation_id": esc_id,
                        "description": text,
                        "owner_id": rng.choice(owners),
                        "due_date": due,
                        "done": due < plan.today and rng.random() < 0.6,
                    }
                )
    plan.add_rows(Escalation, rows)
    plan.add_rows(EscalationWhy, whys)
    plan.add_rows(PreventiveAction, preventive)
