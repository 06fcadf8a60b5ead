"""Demo RAID register and escalation log.

Each live project gets a few risks, issues, assumptions and dependencies drawn from
templates a delivery team would recognise, with mitigation actions, a history of score and
status changes, and (for the small demo) a handful of escalations with a full 5-whys chain
and preventive actions. The large demo tops the register up to at least 5,000 entries.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.risk import (
    EscalationStatus,
    RaidKind,
    RaidStatus,
)
from pmo_desktop.services.demo.raid_texts import ESCALATIONS, TEMPLATES, Template
from pmo_desktop.store.models_raid import (
    Escalation,
    EscalationWhy,
    PreventiveAction,
    RaidAction,
    RaidChange,
    RaidItem,
)

if TYPE_CHECKING:
    from pmo_desktop.services.demo.plan import DemoPlan, DemoProject

LARGE_MINIMUM = 5_000
_LIVE = (Stage.PROPOSAL, Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD)


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
    deck: list[Template] = []  # dealt like cards, so titles repeat as little as possible
    for project, count in wanted:
        chosen: list[Template] = []
        while len(chosen) < count:
            if not deck:
                deck = list(TEMPLATES)
                rng.shuffle(deck)
            template = deck.pop()
            if template not in chosen or len(chosen) >= len(TEMPLATES):
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
    template: Template,
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
        for k, story in enumerate(ESCALATIONS):
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
