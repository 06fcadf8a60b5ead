"""Hypothesis strategies for whole portfolios, as rows per table (portable JSON's shape)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from pmo_desktop.domain.enums import MilestoneStatus, Role, Stage
from pmo_desktop.domain.risk import (
    Audience,
    CauseCategory,
    EscalationStatus,
    RaidKind,
    RaidStatus,
    Response,
)
from pmo_desktop.domain.staffing import ScenarioStatus

# Any Unicode text SQLite can hold (no lone surrogates): markup, emoji, RTL, CJK, controls.
# SQLite's length() stops at the first NUL, so a leading NUL would break "length(x) > 0".
any_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60).filter(
    lambda s: not s.startswith("\x00")
)
maybe_text = st.none() | st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
hours = st.floats(min_value=0, max_value=168, allow_nan=False, allow_infinity=False)


@st.composite
def report_payloads(draw: st.DrawFn) -> str:
    """The JSON text of a status report snapshot payload the report PDF can render."""
    rag = st.none() | st.sampled_from(["green", "amber", "red"])
    verdict = st.fixed_dictionaries({"rag": rag, "why": any_text, "overridden": st.booleans()})
    dimensions = ("overall", "budget", "timeline", "scope")
    payload = {
        "version": 1,
        "scope": draw(st.sampled_from(["program", "client"])),
        "target_id": draw(st.integers(1, 5)),
        "title": draw(any_text),
        "client": draw(any_text),
        "programs": draw(st.lists(any_text, max_size=2)),
        "issued_on": draw(days).isoformat(),
        "health": {key: draw(verdict) for key in dimensions},
        "projects": draw(
            st.lists(
                st.fixed_dictionaries(
                    {"name": any_text, "stage": any_text, "pm": any_text}
                    | dict.fromkeys(dimensions, verdict)
                ),
                max_size=2,
            )
        ),
        "text": {
            key: draw(maybe_text)
            for key in ("executive_summary", "accomplishments", "next_steps", "decisions_needed")
        },
        "milestones": [],
        "budget": [],
        "risks": [],
        "issues": [],
        "staffing": {"weeks": [], "people": [], "open": []},
        "history": draw(
            st.lists(st.fixed_dictionaries({"date": days.map(date.isoformat), "rag": rag}))
        ),
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@st.composite
def portfolios(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    """A small random portfolio whose rows obey every rule of the schema."""
    n_people = draw(st.integers(0, 5))
    people = []
    for i in range(1, n_people + 1):
        people.append(
            {
                "id": i,
                "name": draw(any_text),
                "role": draw(st.sampled_from(list(Role))).value,
                "email": draw(maybe_text),
                "weekly_hours": draw(hours),
                "billable_target": draw(st.none() | st.integers(0, 100)),
                "start_date": draw(st.none() | days.map(date.isoformat)),
                "manager_id": None,
                "active": draw(st.booleans()),
                "end_date": None,
                "workweek": draw(st.none() | st.sampled_from(["8,8,8,8,8,0,0", "6,6,6,6,6,0,0"])),
                "holiday_country": draw(st.none() | st.sampled_from(["GB", "US", "DE"])),
                "holiday_region": None,
                "notes": draw(maybe_text),
            }
        )
    # A manager ranks above the people they manage: no one manages themselves, even through
    # others (an import refuses such a loop), yet a manager's id may come after theirs.
    ranks = draw(st.permutations([p["id"] for p in people]))
    for person in people:
        above = ranks[: ranks.index(person["id"])]
        person["manager_id"] = draw(st.none() | st.sampled_from(above)) if above else None
    client_names = draw(st.lists(any_text, max_size=3, unique=True))
    clients = [
        {"id": i, "name": name, "industry": draw(maybe_text), "notes": draw(maybe_text)}
        for i, name in enumerate(client_names, start=1)
    ]
    programs: list[dict[str, Any]] = []
    for client in clients:
        for name in draw(st.lists(any_text, max_size=2, unique=True)):
            programs.append(
                {
                    "id": len(programs) + 1,
                    "client_id": client["id"],
                    "name": name,
                    "description": draw(maybe_text),
                    "lead_id": draw(st.none() | st.integers(1, n_people)) if people else None,
                }
            )
    person_ref = st.none() | st.integers(1, n_people) if people else st.none()
    projects: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    allocations: list[dict[str, Any]] = []
    for program in programs:
        for _ in range(draw(st.integers(0, 2))):
            start = draw(days)
            end = start + timedelta(days=draw(st.integers(0, 400)))
            pid = len(projects) + 1
            projects.append(
                {
                    "id": pid,
                    "program_id": program["id"],
                    "name": draw(any_text),
                    "code": draw(st.none() | st.text(max_size=40)),
                    "stage": draw(st.sampled_from(list(Stage))).value,
                    "win_probability": draw(st.integers(0, 100)),
                    "start_date": start.isoformat(),
                    "end_date": end.isoformat(),
                    "budget_cents": draw(st.integers(0, 10**12)),
                    "pm_id": draw(person_ref),
                    "priority": draw(st.integers(1, 5)),
                    "billable": draw(st.booleans()),
                    "description": draw(maybe_text),
                }
            )
            for _ in range(draw(st.integers(0, 2))):
                milestones.append(
                    {
                        "id": len(milestones) + 1,
                        "project_id": pid,
                        "name": draw(any_text),
                        "baseline_date": draw(days).isoformat(),
                        "forecast_date": draw(days).isoformat(),
                        "actual_date": draw(st.none() | days.map(date.isoformat)),
                        "status": draw(st.sampled_from(list(MilestoneStatus))).value,
                        "critical": draw(st.booleans()),
                    }
                )
            if people:
                weeks = draw(st.sets(st.integers(0, 60), max_size=3))
                person = draw(st.integers(1, n_people))
                for w in sorted(weeks):
                    monday = date(2026, 1, 5) + timedelta(weeks=w)
                    allocations.append(
                        {
                            "id": len(allocations) + 1,
                            "person_id": person,
                            "project_id": pid,
                            "week": monday.isoformat(),
                            "hours": draw(hours),
                            "tentative": draw(st.booleans()),
                        }
                    )
    time_off = []
    for person in people:
        if draw(st.booleans()):
            start = draw(days)
            time_off.append(
                {
                    "id": len(time_off) + 1,
                    "person_id": person["id"],
                    "start_date": start.isoformat(),
                    "end_date": (start + timedelta(days=draw(st.integers(0, 20)))).isoformat(),
                    "kind": draw(st.sampled_from(["vacation", "sick", "holiday"])),
                    "note": draw(maybe_text),
                    "day_fraction": draw(st.sampled_from([1.0, 0.5])),
                }
            )
    tables: dict[str, list[dict[str, Any]]] = {
        "person": people,
        "client": clients,
        "program": programs,
        "project": projects,
        "milestone": milestones,
        "allocation": allocations,
        "time_off": time_off,
    }
    staffing_rows(draw, tables)
    raid_rows(draw, tables)
    people_rows(draw, tables)
    pipeline_rows(draw, tables)
    reporting_rows(draw, tables)
    return tables


def staffing_rows(draw: st.DrawFn, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Placeholders, scenarios with their plan copy and timesheet actuals on the core rows."""
    project_ids = [p["id"] for p in tables["project"]]
    person_ids = [p["id"] for p in tables["person"]]
    first = date(2026, 1, 5)
    placeholders: list[dict[str, Any]] = []
    for pid in project_ids:
        for w in sorted(draw(st.sets(st.integers(0, 30), max_size=2))):
            placeholders.append(
                {
                    "id": len(placeholders) + 1,
                    "project_id": pid,
                    "role": draw(st.sampled_from(list(Role))).value,
                    "label": draw(any_text),
                    "week": (first + timedelta(weeks=w)).isoformat(),
                    "hours": draw(st.floats(0.25, 168, allow_nan=False)),
                }
            )
    scenarios: list[dict[str, Any]] = []
    for name in draw(st.lists(any_text, max_size=2, unique=True)):
        stamp = draw(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)))
        scenarios.append(
            {
                "id": len(scenarios) + 1,
                "name": name,
                "created_at": stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "status": draw(st.sampled_from(list(ScenarioStatus))).value,
                "note": draw(maybe_text),
                "keeps_base": draw(st.booleans()),
            }
        )
    copies: list[dict[str, Any]] = []
    bases: list[dict[str, Any]] = []
    actuals: list[dict[str, Any]] = []
    if person_ids and project_ids:
        cells = st.tuples(
            st.sampled_from(person_ids), st.sampled_from(project_ids), st.integers(0, 30)
        )
        for scenario in scenarios:
            for person, project, w in draw(st.sets(cells, max_size=2)):
                bases.append(
                    {
                        "id": len(bases) + 1,
                        "scenario_id": scenario["id"],
                        "person_id": person,
                        "project_id": project,
                        "week": (first + timedelta(weeks=w)).isoformat(),
                        "hours": draw(hours),
                    }
                )
            for person, project, w in draw(st.sets(cells, max_size=3)):
                copies.append(
                    {
                        "id": len(copies) + 1,
                        "scenario_id": scenario["id"],
                        "person_id": person,
                        "project_id": project,
                        "week": (first + timedelta(weeks=w)).isoformat(),
                        "hours": draw(hours),
                        "tentative": draw(st.booleans()),
                    }
                )
        for person, project, w in draw(st.sets(cells, max_size=4)):
            actuals.append(
                {
                    "id": len(actuals) + 1,
                    "person_id": person,
                    "project_id": project,
                    "week": (first + timedelta(weeks=w)).isoformat(),
                    "hours": draw(hours),
                    "billable": draw(st.booleans()),
                }
            )
    tables["staffing_placeholder"] = placeholders
    tables["staffing_scenario"] = scenarios
    tables["staffing_scenario_base"] = bases
    tables["staffing_scenario_allocation"] = copies
    tables["staffing_actual"] = actuals


def _optional_ref(rows: list[dict[str, Any]]) -> st.SearchStrategy[int | None]:
    """None or the id of one of ``rows``."""
    if not rows:
        return st.none()
    return st.none() | st.sampled_from([row["id"] for row in rows])


def raid_rows(draw: st.DrawFn, tables: dict[str, list[dict[str, Any]]]) -> None:
    """RAID items with actions and history, escalations with 5 whys and preventive actions."""
    person_ref = _optional_ref(tables["person"])
    client_ref = _optional_ref(tables["client"])
    program_ref = _optional_ref(tables["program"])
    project_ref = _optional_ref(tables["project"])
    scale = st.integers(1, 5)
    stamp = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    )
    items: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 3))):
        raised = draw(days)
        due = draw(st.none() | st.integers(0, 90).map(lambda n, r=raised: r + timedelta(days=n)))
        item_id = len(items) + 1
        items.append(
            {
                "id": item_id,
                "kind": draw(st.sampled_from(list(RaidKind))).value,
                "title": draw(any_text),
                "description": draw(maybe_text),
                "cause": draw(maybe_text),
                "category": draw(st.none() | st.sampled_from([c.value for c in CauseCategory])),
                "client_id": draw(client_ref),
                "program_id": draw(program_ref),
                "project_id": draw(project_ref),
                "owner_id": draw(person_ref),
                "probability": draw(scale),
                "impact": draw(scale),
                "opportunity": draw(st.booleans()),
                "response": draw(st.none() | st.sampled_from([r.value for r in Response])),
                "trigger": draw(maybe_text),
                "contingency": draw(maybe_text),
                "residual_probability": draw(st.none() | scale),
                "residual_impact": draw(st.none() | scale),
                "status": draw(st.sampled_from(list(RaidStatus))).value,
                "raised_date": raised.isoformat(),
                "review_date": draw(st.none() | days.map(date.isoformat)),
                "due_date": due.isoformat() if due else None,
                "severity": draw(st.none() | st.integers(1, 4)),
                "validation_date": draw(st.none() | days.map(date.isoformat)),
                "converted_from_id": draw(st.none() | st.integers(1, item_id)),
            }
        )
        for _ in range(draw(st.integers(0, 2))):
            actions.append(
                {
                    "id": len(actions) + 1,
                    "item_id": item_id,
                    "description": draw(any_text),
                    "owner_id": draw(person_ref),
                    "due_date": draw(st.none() | days.map(date.isoformat)),
                    "done": draw(st.booleans()),
                }
            )
        for _ in range(draw(st.integers(0, 2))):
            changes.append(
                {
                    "id": len(changes) + 1,
                    "item_id": item_id,
                    "changed_at": draw(stamp),
                    "changed_by": draw(any_text),
                    "field": draw(st.sampled_from(["score", "status", "probability"])),
                    "old_value": draw(maybe_text),
                    "new_value": draw(maybe_text),
                }
            )
    escalations: list[dict[str, Any]] = []
    whys: list[dict[str, Any]] = []
    preventive: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 2))):
        raised = draw(days)
        resolved = draw(st.none() | st.integers(0, 60).map(lambda n, r=raised: r + timedelta(n)))
        esc_id = len(escalations) + 1
        escalations.append(
            {
                "id": esc_id,
                "title": draw(any_text),
                "description": draw(maybe_text),
                "raised_by": draw(any_text),
                "raised_on": raised.isoformat(),
                "severity": draw(st.integers(1, 4)),
                "audience": draw(st.sampled_from(list(Audience))).value,
                "owner_id": draw(person_ref),
                "status": draw(st.sampled_from(list(EscalationStatus))).value,
                "resolution": draw(maybe_text),
                "resolved_on": resolved.isoformat() if resolved else None,
                "client_id": draw(client_ref),
                "program_id": draw(program_ref),
                "project_id": draw(project_ref),
                "cause_category": draw(
                    st.none() | st.sampled_from([c.value for c in CauseCategory])
                ),
            }
        )
        for position in range(1, draw(st.integers(0, 5)) + 1):
            whys.append(
                {
                    "id": len(whys) + 1,
                    "escalation_id": esc_id,
                    "position": position,
                    "answer": draw(any_text),
                }
            )
        for _ in range(draw(st.integers(0, 2))):
            preventive.append(
                {
                    "id": len(preventive) + 1,
                    "escalation_id": esc_id,
                    "description": draw(any_text),
                    "owner_id": draw(person_ref),
                    "due_date": draw(st.none() | days.map(date.isoformat)),
                    "done": draw(st.booleans()),
                }
            )
    tables["raid_item"] = items
    tables["raid_action"] = actions
    tables["raid_change"] = changes
    tables["escalation"] = escalations
    tables["escalation_why"] = whys
    tables["preventive_action"] = preventive


def people_rows(draw: st.DrawFn, tables: dict[str, list[dict[str, Any]]]) -> None:
    """1:1s with talking points and actions, goals, OKRs, feedback, onboarding, frameworks,
    evaluations with ratings, evidence and reopenings."""
    people = tables["person"]
    person_ref = _optional_ref(people)
    project_ref = _optional_ref(tables["project"])
    milestone_ref = _optional_ref(tables["milestone"])
    day = days.map(date.isoformat)
    rating = st.none() | st.integers(1, 5)
    stamp = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    )
    out: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in [
            "people_profile",
            "one_on_one",
            "talking_point",
            "action_item",
            "goal",
            "team_objective",
            "key_result",
            "feedback",
            "onboarding_template_item",
            "onboarding_plan",
            "onboarding_item",
            "competency",
            "evaluation",
            "evaluation_reopening",
            "competency_rating",
            "evidence_link",
        ]
    }

    def add(table: str, row: dict[str, Any]) -> int:
        row["id"] = len(out[table]) + 1
        out[table].append(row)
        return int(row["id"])

    for person in people:
        pid = person["id"]
        if draw(st.booleans()):
            add(
                "people_profile",
                {
                    "person_id": pid,
                    "cadence": draw(st.sampled_from(["weekly", "biweekly", "monthly"])),
                },
            )
        for _ in range(draw(st.integers(0, 2))):
            meeting = add(
                "one_on_one", {"person_id": pid, "day": draw(day), "notes": draw(maybe_text)}
            )
            points = [r["id"] for r in out["talking_point"]]
            add(
                "talking_point",
                {
                    "one_on_one_id": meeting,
                    "position": draw(st.integers(0, 9)),
                    "text": draw(any_text),
                    "done": draw(st.booleans()),
                    "carried_from_id": draw(st.none() | st.sampled_from(points))
                    if points
                    else None,
                },
            )
            actions = [r["id"] for r in out["action_item"]]
            add(
                "action_item",
                {
                    "one_on_one_id": meeting,
                    "owner": draw(st.sampled_from(["me", "them"])),
                    "text": draw(any_text),
                    "due_date": draw(st.none() | day),
                    "done": draw(st.booleans()),
                    "carried_from_id": draw(st.none() | st.sampled_from(actions))
                    if actions
                    else None,
                },
            )
        if draw(st.booleans()):
            start = draw(days)
            add(
                "goal",
                {
                    "person_id": pid,
                    "title": draw(any_text),
                    "measure": draw(maybe_text),
                    "target": draw(maybe_text),
                    "start_date": start.isoformat(),
                    "due_date": (start + timedelta(days=draw(st.integers(0, 400)))).isoformat(),
                    "progress": draw(st.integers(0, 100)),
                    "status": draw(st.sampled_from(["on_track", "at_risk", "off_track"])),
                    "result": draw(maybe_text),
                },
            )
        if draw(st.booleans()):
            add(
                "feedback",
                {
                    "person_id": pid,
                    "project_id": draw(project_ref),
                    "day": draw(day),
                    "kind": draw(st.sampled_from(["praise", "constructive"])),
                    "situation": draw(maybe_text),
                    "behaviour": draw(any_text),
                    "impact": draw(maybe_text),
                },
            )
        if draw(st.booleans()):
            start = draw(days)
            plan = add(
                "onboarding_plan",
                {
                    "person_id": pid,
                    "buddy_id": draw(person_ref),
                    "start_date": start.isoformat(),
                    "review_date": (start + timedelta(days=draw(st.integers(0, 120)))).isoformat(),
                },
            )
            add(
                "onboarding_item",
                {
                    "plan_id": plan,
                    "position": 0,
                    "title": draw(any_text),
                    "due_offset_days": draw(st.integers(0, 365)),
                    "done": draw(st.booleans()),
                },
            )
        for period in draw(
            st.lists(st.sampled_from(["2025-H2", "2026-H1", "2026"]), max_size=2, unique=True)
        ):
            evaluation = add(
                "evaluation",
                {
                    "person_id": pid,
                    "period": period,
                    "kind": draw(st.sampled_from(["mid_year", "annual", "probation"])),
                    "status": draw(st.sampled_from(["draft", "final", "shared"])),
                    "manager_id": draw(person_ref),
                    "overall_rating": draw(rating),
                    "potential": draw(st.none() | st.integers(1, 3)),
                    "strengths": draw(maybe_text),
                    "development": draw(maybe_text),
                    "next_goals": draw(maybe_text),
                },
            )
            if draw(st.booleans()):
                add(
                    "evaluation_reopening",
                    {
                        "evaluation_id": evaluation,
                        "at": draw(stamp),
                        "from_status": draw(st.sampled_from(["final", "shared"])),
                        "reason": draw(any_text),
                    },
                )
            for position, key in enumerate(
                draw(
                    st.lists(
                        st.sampled_from(["delivery", "client", "process"]), max_size=2, unique=True
                    )
                )
            ):
                rated = add(
                    "competency_rating",
                    {
                        "evaluation_id": evaluation,
                        "position": position,
                        "competency_key": key,
                        "competency_name": draw(any_text),
                        "rating": draw(rating),
                        "comment": draw(maybe_text),
                    },
                )
                one_on_ones = _optional_ref(out["one_on_one"])
                feedback = _optional_ref(out["feedback"])
                goals = _optional_ref(out["goal"])
                add(
                    "evidence_link",
                    {
                        "rating_id": rated,
                        "kind": draw(
                            st.sampled_from(
                                [
                                    "one_on_one",
                                    "feedback",
                                    "goal",
                                    "milestone",
                                    "utilization",
                                    "note",
                                ]
                            )
                        ),
                        "day": draw(st.none() | day),
                        "label": draw(any_text),
                        "one_on_one_id": draw(one_on_ones),
                        "feedback_id": draw(feedback),
                        "goal_id": draw(goals),
                        "milestone_id": draw(milestone_ref),
                    },
                )
    for _ in range(draw(st.integers(0, 2))):
        add(
            "onboarding_template_item",
            {
                "position": draw(st.integers(0, 20)),
                "title": draw(any_text),
                "due_offset_days": draw(st.integers(0, 365)),
            },
        )
    for role in draw(st.lists(st.sampled_from(["PC", "PM", "SPM", "AD"]), max_size=2, unique=True)):
        add(
            "competency",
            {
                "role": role,
                "position": 0,
                "key": "delivery",
                "name": draw(any_text),
                "description": draw(maybe_text),
                "rubric_1": draw(any_text),
                "rubric_2": "",
                "rubric_3": draw(any_text),
                "rubric_4": "",
                "rubric_5": draw(any_text),
            },
        )
    if draw(st.booleans()):
        objective = add(
            "team_objective",
            {
                "period": draw(st.sampled_from(["2026-H1", "2026-Q3"])),
                "title": draw(any_text),
                "owner_id": draw(person_ref),
            },
        )
        add(
            "key_result",
            {
                "objective_id": objective,
                "position": 0,
                "title": draw(any_text),
                "score": draw(st.floats(0, 1, allow_nan=False)),
            },
        )
    tables.update(out)


def pipeline_rows(draw: st.DrawFn, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Project financials, stage history, scope changes, health overrides and thresholds
    (per program and the portfolio's own), and roadmap items on the core rows."""
    from pmo_desktop.domain.enums import Rag
    from pmo_desktop.domain.pipeline import RoadmapStatus
    from pmo_desktop.domain.rag import Dimension

    stamp = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    )
    money = st.none() | st.integers(0, 10**12)
    out: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "project_financials",
            "stage_change",
            "scope_change",
            "health_override",
            "health_threshold",
            "health_rules",
            "roadmap_item",
        )
    }

    def add(table: str, row: dict[str, Any]) -> None:
        out[table].append({"id": len(out[table]) + 1, **row})

    stages = st.sampled_from(list(Stage)).map(lambda s: s.value)
    for project in tables["project"]:
        if draw(st.booleans()):
            add(
                "project_financials",
                {
                    "project_id": project["id"],
                    "actual_cost_cents": draw(money),
                    "forecast_cents": draw(money),
                    "percent_complete": draw(st.none() | st.integers(0, 100)),
                    "sow_signed_date": draw(st.none() | days.map(date.isoformat)),
                },
            )
        for _ in range(draw(st.integers(0, 1))):
            add(
                "stage_change",
                {
                    "project_id": project["id"],
                    "from_stage": draw(stages),
                    "to_stage": draw(stages),
                    "reason": draw(maybe_text),
                    "changed_at": draw(stamp),
                },
            )
            add(
                "scope_change",
                {
                    "project_id": project["id"],
                    "raised_on": draw(days).isoformat(),
                    "description": draw(any_text),
                    "cost_impact_cents": draw(st.integers(-(10**9), 10**9)),
                    "approved": draw(st.booleans()),
                },
            )
    targets: list[tuple[str, int]] = [("project_id", p["id"]) for p in tables["project"]]
    targets += [("program_id", p["id"]) for p in tables["program"]]
    for key, target in draw(st.lists(st.sampled_from(targets), max_size=3)) if targets else []:
        add(
            "health_override",
            {
                "project_id": target if key == "project_id" else None,
                "program_id": target if key == "program_id" else None,
                "dimension": draw(st.sampled_from(list(Dimension))).value,
                "rag": draw(st.sampled_from(list(Rag))).value,
                "reason": draw(any_text),
                "set_at": draw(stamp),
            },
        )
    pct = st.floats(0, 100, allow_nan=False)
    for program in tables["program"]:
        if draw(st.booleans()):
            budget = sorted([draw(pct), draw(pct)])
            timeline = sorted([draw(st.integers(0, 60)), draw(st.integers(0, 60))])
            scope = sorted([draw(pct), draw(pct)])
            add(
                "health_threshold",
                {
                    "program_id": program["id"],
                    "budget_green_pct": budget[0],
                    "budget_amber_pct": budget[1],
                    "timeline_green_days": timeline[0],
                    "timeline_amber_days": timeline[1],
                    "scope_green_pct": scope[0],
                    "scope_amber_pct": scope[1],
                },
            )
    if draw(st.booleans()):  # the portfolio's own rules: one row, id 1
        budget = sorted([draw(pct), draw(pct)])
        timeline = sorted([draw(st.integers(0, 60)), draw(st.integers(0, 60))])
        scope = sorted([draw(pct), draw(pct)])
        add(
            "health_rules",
            {
                "budget_green_pct": budget[0],
                "budget_amber_pct": budget[1],
                "timeline_green_days": timeline[0],
                "timeline_amber_days": timeline[1],
                "scope_green_pct": scope[0],
                "scope_amber_pct": scope[1],
            },
        )
    program_ref = _optional_ref(tables["program"])
    for client in tables["client"]:
        for _ in range(draw(st.integers(0, 2))):
            add(
                "roadmap_item",
                {
                    "client_id": client["id"],
                    "program_id": draw(program_ref),
                    "title": draw(any_text),
                    "year": draw(st.integers(2000, 2100)),
                    "quarter": draw(st.integers(1, 4)),
                    "status": draw(st.sampled_from(list(RoadmapStatus))).value,
                    "description": draw(maybe_text),
                },
            )
    tables.update(out)


def reporting_rows(draw: st.DrawFn, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Status report snapshots and drafts, retrospectives with items and actions, adherence
    checklists and ticks, improvement proposals with evidence, and project ranks."""
    from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope, RetroFormat

    stamp = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    )
    out: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "status_report_snapshot",
            "status_report_draft",
            "retrospective",
            "retro_item",
            "retro_action",
            "adherence_item",
            "adherence_item_period",
            "adherence_tick",
            "improvement_proposal",
            "improvement_evidence",
            "project_rank",
        )
    }

    def add(table: str, row: dict[str, Any]) -> int:
        out[table].append({"id": len(out[table]) + 1, **row})
        return len(out[table])

    programs = tables["program"]
    projects = tables["project"]
    person = _optional_ref(tables["person"])
    for _ in range(draw(st.integers(0, 2))):
        add(
            "status_report_snapshot",
            {
                "scope": draw(st.sampled_from(list(ReportScope))).value,
                "program_id": draw(_optional_ref(programs)),
                "client_id": draw(_optional_ref(tables["client"])),
                "title": draw(any_text),
                "issued_on": draw(days).isoformat(),
                "issued_at": draw(stamp),
                "overall_rag": draw(st.none() | st.sampled_from(["green", "amber", "red"])),
                "executive_summary": draw(maybe_text),
                "accomplishments": draw(maybe_text),
                "next_steps": draw(maybe_text),
                "decisions_needed": draw(maybe_text),
                "payload": draw(report_payloads()),
            },
        )
    for scope, target in draw(
        st.sets(st.tuples(st.sampled_from(list(ReportScope)), st.integers(1, 5)), max_size=2)
    ):
        add(
            "status_report_draft",
            {
                "scope": scope.value,
                "target_id": target,
                "executive_summary": draw(maybe_text),
                "accomplishments": draw(maybe_text),
                "next_steps": draw(maybe_text),
                "decisions_needed": draw(maybe_text),
            },
        )
    for project in projects:
        if draw(st.booleans()):
            fmt = draw(st.sampled_from(list(RetroFormat)))
            retro = add(
                "retrospective",
                {
                    "project_id": project["id"],
                    "program_id": draw(st.none() | st.just(project["program_id"])),
                    "title": draw(any_text),
                    "format": fmt.value,
                    "held_on": draw(days).isoformat(),
                },
            )
            for _ in range(draw(st.integers(0, 2))):
                add(
                    "retro_item",
                    {
                        "retrospective_id": retro,
                        "column_name": draw(st.sampled_from(fmt.columns)),
                        "text": draw(any_text),
                        "votes": draw(st.integers(0, 50)),
                    },
                )
            for _ in range(draw(st.integers(0, 1))):
                add(
                    "retro_action",
                    {
                        "retrospective_id": retro,
                        "text": draw(any_text),
                        "owner_id": draw(person),
                        "due_date": draw(st.none() | days.map(date.isoformat)),
                        "done": draw(st.booleans()),
                    },
                )
    for position in range(draw(st.integers(0, 2))):
        item = add(
            "adherence_item",
            {
                "project_type": draw(st.sampled_from(["delivery", "internal"])),
                "title": draw(any_text),
                "position": position,
            },
        )
        # Periods one after another: the first may count from the start, the last may be open.
        bounds: list[date | None] = sorted(draw(st.sets(days, max_size=4)))
        if bounds and draw(st.booleans()):
            bounds[0] = None
        if len(bounds) % 2:
            bounds.append(None)
        for start, end in zip(bounds[::2], bounds[1::2], strict=True):
            add(
                "adherence_item_period",
                {
                    "item_id": item,
                    "counts_from": None if start is None else start.isoformat(),
                    "retired_from": None if end is None else end.isoformat(),
                },
            )
    items = [row["id"] for row in out["adherence_item"]]
    if items:
        for project in projects:
            for w in sorted(draw(st.sets(st.integers(0, 10), max_size=2))):
                add(
                    "adherence_tick",
                    {
                        "project_id": project["id"],
                        "item_id": draw(st.sampled_from(items)),
                        "week": (date(2026, 1, 5) + timedelta(weeks=w)).isoformat(),
                    },
                )
    escalations = tables.get("escalation", [])
    for _ in range(draw(st.integers(0, 2))):
        proposal = add(
            "improvement_proposal",
            {
                "title": draw(any_text),
                "problem": draw(any_text),
                "proposal": draw(maybe_text),
                "status": draw(st.sampled_from(list(ImprovementStatus))).value,
                "raised_on": draw(days).isoformat(),
                "owner_id": draw(person),
                "expected_effect": draw(maybe_text),
                "measured_effect": draw(maybe_text),
            },
        )
        esc = draw(_optional_ref(escalations))
        retro = draw(_optional_ref(out["retrospective"]))
        if esc is not None or retro is not None:
            add(
                "improvement_evidence",
                {
                    "proposal_id": proposal,
                    "escalation_id": esc,
                    "retrospective_id": retro,
                    "note": draw(maybe_text),
                },
            )
    for rank, project in enumerate(projects, start=1):
        if draw(st.booleans()):
            add("project_rank", {"project_id": project["id"], "rank": rank})
    tables.update(out)
