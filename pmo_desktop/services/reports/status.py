"""Status reports for a program or a client: the payload, issuing it as a snapshot, and
reading snapshots back.

The payload is plain JSON (strings, numbers, lists, dicts) holding everything the PDF shows,
including the health history from earlier snapshots, so an issued report re-renders
byte-identically from its snapshot alone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus, Rag, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rag import Dimension, Override, program_health, worst
from pmo_desktop.domain.reporting import ReportScope
from pmo_desktop.domain.risk import RaidKind
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.pipeline import health as health_service
from pmo_desktop.services.raid import register as raid_service
from pmo_desktop.services.reports.drafts import ReportText, report_draft, save_report_draft
from pmo_desktop.store.models import Allocation, Client, Milestone, Person, Program, Project
from pmo_desktop.store.models_raid import RaidAction, RaidItem
from pmo_desktop.store.models_reporting import StatusReportSnapshot
from pmo_desktop.store.models_staffing import Placeholder

#: Version of the payload layout (bumped if the PDF needs new fields).
PAYLOAD_VERSION = 1
#: Projects a status report covers (delivery work; pipeline and closed are left out).
REPORTED_STAGES = (Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING, Stage.ON_HOLD)
TOP_RISKS = 5
TOP_ISSUES = 5
#: Milestones shown: done in the last ``MILESTONE_BACK`` days or due in the next ``AHEAD``.
MILESTONE_BACK = 30
MILESTONE_AHEAD = 90
STAFFING_WEEKS = 4


def _find(session: Session, model: Any, label: str, name_or_id: str) -> int:
    text = name_or_id.strip()
    if text.isdigit():
        found = session.scalar(select(model.id).where(model.id == int(text)))
        if found is not None:
            return int(found)
    ids = list(session.scalars(select(model.id).where(func.lower(model.name) == text.lower())))
    if len(ids) == 1:
        return int(ids[0])
    if len(ids) > 1:
        raise ValidationError(f"{len(ids)} {label}s are named {text!r}; use the id", label)
    raise ValidationError(f"no {label} named or numbered {text!r}", label)


def find_program(session: Session, name_or_id: str) -> int:
    """The id of the program named (case-insensitively) or numbered ``name_or_id``."""
    return _find(session, Program, "program", name_or_id)


def find_client(session: Session, name_or_id: str) -> int:
    """The id of the client named (case-insensitively) or numbered ``name_or_id``."""
    return _find(session, Client, "client", name_or_id)


@dataclass(frozen=True, slots=True)
class ReportTarget:
    """A program or a client a report can be built for."""

    scope: ReportScope
    id: int
    name: str
    client: str


def report_targets(session: Session) -> list[ReportTarget]:
    """Every client and program, clients first, by name."""
    clients = [
        ReportTarget(ReportScope.CLIENT, cid, name, name)
        for cid, name in session.execute(select(Client.id, Client.name).order_by(Client.name))
    ]
    programs = [
        ReportTarget(ReportScope.PROGRAM, pid, name, client)
        for pid, name, client in session.execute(
            select(Program.id, Program.name, Client.name)
            .join(Client, Program.client_id == Client.id)
            .order_by(Client.name, Program.name)
        )
    ]
    return clients + programs


def _rag(value: Rag | None) -> str | None:
    return None if value is None else value.value


def _verdict(v: Any) -> dict[str, Any]:
    return {"rag": _rag(v.rag), "why": v.why, "overridden": bool(v.overridden)}


def build_payload(
    session: Session,
    scope: ReportScope,
    target_id: int,
    today: date,
    text: ReportText | None = None,
) -> dict[str, Any]:
    """Everything a status report shows for a program or a client on ``today``."""
    scope = ReportScope(scope)
    if scope is ReportScope.PROGRAM:
        head = session.execute(
            select(Program.name, Client.name, Program.id)
            .join(Client, Program.client_id == Client.id)
            .where(Program.id == target_id)
        ).first()
        if head is None:
            raise ValidationError("that program no longer exists", "program")
        title, client = str(head[0]), str(head[1])
        program_ids = [target_id]
    else:
        found = session.scalar(select(Client.name).where(Client.id == target_id))
        if found is None:
            raise ValidationError("that client no longer exists", "client")
        title = client = str(found)
        program_ids = list(
            session.scalars(
                select(Program.id).where(Program.client_id == target_id).order_by(Program.name)
            )
        )
    if text is None:
        text = report_draft(session, scope, target_id)

    project_rows = session.execute(
        select(Project.id, Project.name, Project.stage, Person.name, Project.program_id)
        .outerjoin(Person, Project.pm_id == Person.id)
        .where(Project.program_id.in_(program_ids), Project.stage.in_(REPORTED_STAGES))
        .order_by(Project.name, Project.id)
    ).all()
    project_ids = [r[0] for r in project_rows]
    # Only this report's projects are assessed (the whole portfolio is 100× more work).
    rows_by_id: dict[int, Any] = {}
    for pid in project_ids:
        rows_by_id.update(health_service.portfolio_health(session, today, project_id=pid).projects)
    projects = []
    budget = []
    verdicts: dict[Dimension, list[Rag]] = defaultdict(list)
    for pid, name, stage, pm, _program in project_rows:
        row = rows_by_id.get(pid)
        if row is None:
            continue
        h = row.health.health
        project_entry = {
            "name": name,
            "stage": Stage(stage).label,
            "pm": pm or "",
            "overall": _verdict(h.overall),
            "budget": _verdict(h.budget),
            "timeline": _verdict(h.timeline),
            "scope": _verdict(h.scope),
        }
        projects.append(project_entry)
        for dim, verdict in (
            (Dimension.BUDGET, h.budget),
            (Dimension.TIMELINE, h.timeline),
            (Dimension.SCOPE, h.scope),
            (Dimension.OVERALL, h.overall),
        ):
            if verdict.rag is not None:
                verdicts[dim].append(verdict.rag)
        if row.evm is not None:
            budget.append(
                {"name": name, "budget": row.evm.bac, "actual": row.evm.ac, "eac": row.evm.eac}
            )

    program_names = dict(
        session.execute(select(Program.id, Program.name).where(Program.id.in_(program_ids))).all()
    )
    if scope is ReportScope.PROGRAM:
        overrides: dict[Dimension, Override] = {}
        for dim in Dimension:
            override = health_service.get_override(
                session, health_service.OverrideTarget(dim, program_id=target_id)
            )
            if override is not None:
                overrides[dim] = override
        ph = program_health(
            target_id,
            title,
            [r.health for r in rows_by_id.values() if r.program_id == target_id],
            overrides,
        ).health
        overall = {
            "overall": _verdict(ph.overall),
            "budget": _verdict(ph.budget),
            "timeline": _verdict(ph.timeline),
            "scope": _verdict(ph.scope),
        }
    else:
        overall = {}
        for dim, key in (
            (Dimension.OVERALL, "overall"),
            (Dimension.BUDGET, "budget"),
            (Dimension.TIMELINE, "timeline"),
            (Dimension.SCOPE, "scope"),
        ):
            rags = verdicts.get(dim, [])
            if not rags:
                overall[key] = {"rag": None, "why": "no project assessed", "overridden": False}
                continue
            w = worst(rags)
            n = sum(1 for r in rags if r is w)
            why = f"{n} of {len(rags)} projects {w.value.capitalize()}"
            overall[key] = {"rag": w.value, "why": why, "overridden": False}

    milestones = []
    if project_ids:
        names = {r[0]: r[1] for r in project_rows}
        for pid, name, baseline, forecast, actual, status in session.execute(
            select(
                Milestone.project_id,
                Milestone.name,
                Milestone.baseline_date,
                Milestone.forecast_date,
                Milestone.actual_date,
                Milestone.status,
            )
            .where(Milestone.project_id.in_(project_ids))
            .order_by(Milestone.forecast_date, Milestone.id)
        ):
            shown = actual or forecast
            if not (
                today - timedelta(days=MILESTONE_BACK)
                <= shown
                <= today + timedelta(days=MILESTONE_AHEAD)
            ) and not (actual is None and forecast < today):
                continue
            milestones.append(
                {
                    "project": names[pid],
                    "name": name,
                    "baseline": baseline.isoformat(),
                    "forecast": forecast.isoformat(),
                    "actual": actual.isoformat() if actual else None,
                    "slip_days": ((actual or forecast) - baseline).days,
                    "status": MilestoneStatus(status).value,
                    "late": actual is None and forecast < today,
                }
            )

    wanted: ColumnElement[bool] = RaidItem.program_id.in_(program_ids)
    if project_ids:
        wanted = or_(wanted, RaidItem.project_id.in_(project_ids))
    item_ids = list(session.scalars(select(RaidItem.id).where(wanted)))
    register = [
        r
        for r in (raid_service.list_register(session, today, ids=item_ids) if item_ids else [])
        if r.status.is_live
        and (
            r.program_id in program_ids
            or (r.project_id is not None and r.project_id in project_ids)
        )
    ]
    risks = sorted(
        (r for r in register if r.kind is RaidKind.RISK), key=lambda r: (-r.score, r.id)
    )[:TOP_RISKS]
    issues = sorted(
        (r for r in register if r.kind is RaidKind.ISSUE),
        key=lambda r: (-(r.severity or 0), r.raised_date, r.id),
    )[:TOP_ISSUES]

    # The mitigations of every entry shown, in one read (in the order each entry lists them).
    mitigations: dict[int, list[dict[str, Any]]] = defaultdict(list)
    entry_ids = [r.id for r in (*risks, *issues)]
    if entry_ids:
        for item_id, description, owner, due, done in session.execute(
            select(
                RaidAction.item_id,
                RaidAction.description,
                Person.name,
                RaidAction.due_date,
                RaidAction.done,
            )
            .outerjoin(Person, RaidAction.owner_id == Person.id)
            .where(RaidAction.item_id.in_(entry_ids))
            .order_by(RaidAction.id)
        ):
            mitigations[item_id].append(
                {
                    "text": description,
                    "owner": owner or "",
                    "due": due.isoformat() if due else None,
                    "done": bool(done),
                }
            )

    def raid_entry(r: Any) -> dict[str, Any]:
        return {
            "title": r.title,
            "project": r.project or r.program or "",
            "owner": r.owner or "",
            "score": r.score,
            "band": r.band.value,
            "severity": r.severity,
            "response": r.response.value.capitalize() if r.response else "",
            "mitigations": mitigations.get(r.id, []),
        }

    weeks = [monday_of(today) + timedelta(weeks=i) for i in range(STAFFING_WEEKS)]
    staffing: dict[str, Any] = {"weeks": [w.isoformat() for w in weeks], "people": [], "open": []}
    if project_ids:
        per_person: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
        index = {w: i for i, w in enumerate(weeks)}
        for name, week, hours in session.execute(
            select(Person.name, Allocation.week, func.sum(Allocation.hours))
            .join(Person, Allocation.person_id == Person.id)
            .where(
                Allocation.project_id.in_(project_ids),
                Allocation.week >= weeks[0],
                Allocation.week <= weeks[-1],
            )
            .group_by(Person.name, Allocation.week)
        ):
            per_person[name][index[week]] += float(hours or 0)
        staffing["people"] = [
            {"name": name, "hours": hours} for name, hours in sorted(per_person.items())
        ]
        open_roles: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
        for label, week, hours in session.execute(
            select(Placeholder.label, Placeholder.week, func.sum(Placeholder.hours))
            .where(
                Placeholder.project_id.in_(project_ids),
                Placeholder.week >= weeks[0],
                Placeholder.week <= weeks[-1],
            )
            .group_by(Placeholder.label, Placeholder.week)
        ):
            open_roles[label][index[week]] += float(hours or 0)
        staffing["open"] = [
            {"name": name, "hours": hours} for name, hours in sorted(open_roles.items())
        ]

    history = [
        {"date": s.issued_on.isoformat(), "rag": s.overall_rag}
        for s in list_snapshots(session, scope, target_id)
        if s.issued_on <= today
    ]
    history.sort(key=lambda h: str(h["date"]))
    return {
        "version": PAYLOAD_VERSION,
        "scope": scope.value,
        "target_id": target_id,
        "title": title,
        "client": client,
        "programs": [program_names[p] for p in program_ids if p in program_names],
        "issued_on": today.isoformat(),
        "health": overall,
        "projects": projects,
        "text": {
            "executive_summary": text.executive_summary,
            "accomplishments": text.accomplishments,
            "next_steps": text.next_steps,
            "decisions_needed": text.decisions_needed,
        },
        "milestones": milestones,
        "budget": budget,
        "risks": [raid_entry(r) for r in risks],
        "issues": [raid_entry(r) for r in issues],
        "staffing": staffing,
        "history": history,
    }


def draft_payload(
    session: Session, scope: ReportScope, target_id: int, today: date, text: ReportText
) -> dict[str, Any]:
    """Keep ``text`` as the draft of the next report and build the report to issue with it
    (issuing renders this payload; the draft is kept even if issuing goes no further)."""
    save_report_draft(session, scope, target_id, text)
    return build_payload(session, scope, target_id, today, text)


def payload_json(payload: dict[str, Any]) -> str:
    """The canonical JSON text of a payload (sorted keys, no spaces to vary)."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    """An issued report in the snapshot list."""

    id: int
    scope: ReportScope
    program_id: int | None
    client_id: int | None
    title: str
    issued_on: date
    issued_at: datetime
    overall_rag: str | None


def list_snapshots(
    session: Session, scope: ReportScope | None = None, target_id: int | None = None
) -> list[SnapshotRow]:
    """Issued reports (of one program or client, or all), newest first."""
    stmt = select(
        StatusReportSnapshot.id,
        StatusReportSnapshot.scope,
        StatusReportSnapshot.program_id,
        StatusReportSnapshot.client_id,
        StatusReportSnapshot.title,
        StatusReportSnapshot.issued_on,
        StatusReportSnapshot.issued_at,
        StatusReportSnapshot.overall_rag,
    ).order_by(StatusReportSnapshot.issued_on.desc(), StatusReportSnapshot.id.desc())
    if scope is not None:
        stmt = stmt.where(StatusReportSnapshot.scope == scope)
        if target_id is not None:
            column = (
                StatusReportSnapshot.program_id
                if scope is ReportScope.PROGRAM
                else StatusReportSnapshot.client_id
            )
            stmt = stmt.where(column == target_id)
    return [SnapshotRow(*row) for row in session.execute(stmt)]


def issue_report(
    session: Session,
    payload: dict[str, Any],
    now: datetime | None = None,
) -> int:
    """Keep an issued report as a dated snapshot; returns the snapshot id."""
    now = now or datetime.now(UTC)
    scope = ReportScope(payload["scope"])
    target = int(payload["target_id"])
    text = payload["text"]
    row = StatusReportSnapshot(
        scope=scope,
        program_id=target if scope is ReportScope.PROGRAM else None,
        client_id=target if scope is ReportScope.CLIENT else None,
        title=str(payload["title"]),
        issued_on=date.fromisoformat(payload["issued_on"]),
        issued_at=now,
        overall_rag=payload["health"]["overall"]["rag"],
        executive_summary=text["executive_summary"] or None,
        accomplishments=text["accomplishments"] or None,
        next_steps=text["next_steps"] or None,
        decisions_needed=text["decisions_needed"] or None,
        payload=payload_json(payload),
    )
    session.add(row)
    session.flush()
    return row.id


def delete_snapshot(session: Session, snapshot_id: int) -> dict[str, Any]:
    """Delete a snapshot (undo of issuing); returns its row for restoring."""
    row = session.get(StatusReportSnapshot, snapshot_id)
    if row is None:
        raise ValidationError("that report snapshot no longer exists", "snapshot")
    kept = {c.key: getattr(row, c.key) for c in StatusReportSnapshot.__table__.columns}
    session.delete(row)
    session.flush()
    return kept


def restore_snapshot(session: Session, row: dict[str, Any]) -> None:
    """Put a deleted snapshot back."""
    session.add(StatusReportSnapshot(**row))
    session.flush()


def snapshot_payload(session: Session, snapshot_id: int) -> dict[str, Any]:
    """The payload of an issued report, exactly as issued."""
    text = session.scalar(
        select(StatusReportSnapshot.payload).where(StatusReportSnapshot.id == snapshot_id)
    )
    if text is None:
        raise ValidationError("that report snapshot no longer exists", "snapshot")
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValidationError("that report snapshot is damaged", "snapshot")
    return value
