"""RAID analysis: the 5×5 heatmap, the weekly exposure trend rebuilt from history, and
program-level risk (top risks and open escalations per program) for other views."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.risk import EscalationStatus, RaidKind, RaidStatus
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.raid.register import RaidRow, list_register
from pmo_desktop.store.models import Client, Program
from pmo_desktop.store.models_raid import Escalation, RaidChange, RaidItem


@dataclass(frozen=True, slots=True)
class Heatmap:
    """Counts of live risks per cell: ``counts[p - 1][i - 1]``."""

    counts: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        """Risks on the map."""
        return sum(sum(row) for row in self.counts)

    def count(self, probability: int, impact: int) -> int:
        """Risks at probability × impact."""
        return self.counts[probability - 1][impact - 1]


def heatmap(
    session: Session,
    *,
    client_id: int | None = None,
    program_id: int | None = None,
    kinds: Iterable[RaidKind] = (RaidKind.RISK,),
) -> Heatmap:
    """The 5×5 probability × impact counts of open and monitored entries (risks by default),
    for the portfolio, one client or one program."""
    stmt = (
        select(RaidItem.probability, RaidItem.impact, func.count())
        .where(RaidItem.status != RaidStatus.CLOSED, RaidItem.kind.in_(list(kinds)))
        .group_by(RaidItem.probability, RaidItem.impact)
    )
    if client_id is not None:
        stmt = stmt.where(RaidItem.client_id == client_id)
    if program_id is not None:
        stmt = stmt.where(RaidItem.program_id == program_id)
    counts = [[0] * 5 for _ in range(5)]
    for p, i, n in session.execute(stmt):
        counts[p - 1][i - 1] = int(n)
    return Heatmap(tuple(tuple(row) for row in counts))


def exposure_trend(
    session: Session,
    *,
    weeks: int = 12,
    today: date | None = None,
    client_id: int | None = None,
    program_id: int | None = None,
) -> list[tuple[date, int]]:
    """Total open exposure (Σ scores of live entries) at the end of each of the last
    ``weeks`` weeks, rebuilt from the history of score and status changes."""
    today = today or date.today()
    last = monday_of(today)
    week_ends = [last - timedelta(weeks=k) + timedelta(days=6) for k in range(weeks - 1, -1, -1)]
    # ISO text compares like dates and skips per-row date parsing (thousands of rows)
    ends = [end.isoformat() for end in week_ends]
    stmt = select(
        RaidItem.id,
        type_coerce(RaidItem.raised_date, String),
        RaidItem.probability,
        RaidItem.impact,
        type_coerce(RaidItem.status, String),
    )
    if client_id is not None:
        stmt = stmt.where(RaidItem.client_id == client_id)
    if program_id is not None:
        stmt = stmt.where(RaidItem.program_id == program_id)
    conn = session.connection()
    items = conn.execute(stmt).all()
    events: dict[int, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    change_stmt = (
        select(
            RaidChange.item_id,
            func.date(RaidChange.changed_at),
            RaidChange.field,
            RaidChange.old_value,
            RaidChange.new_value,
        )
        .where(RaidChange.field.in_(("score", "status")))
        .order_by(RaidChange.changed_at, RaidChange.id)
    )
    for item_id, at, name, old, new in conn.execute(change_stmt):
        events[item_id].append((str(at)[:10], name, old, new))  # ISO text on every database
    totals = [0] * len(ends)
    closed = RaidStatus.CLOSED.value
    for item_id, raised, p, i, status in items:
        changes = events.get(item_id, [])
        score_now = _initial(changes, "score", f"{p}×{i}")
        status_now = _initial(changes, "status", status)
        k = 0
        for n, end in enumerate(ends):
            while k < len(changes) and changes[k][0] <= end:
                _day, name, _old, new = changes[k]
                if name == "score":
                    score_now = new
                else:
                    status_now = new
                k += 1
            if str(raised)[:10] <= end and status_now != closed and score_now:
                totals[n] += _parse_score(score_now)
    return list(zip([end - timedelta(days=6) for end in week_ends], totals, strict=True))


def _initial(
    changes: Sequence[tuple[str, str, str | None, str | None]], name: str, now: str
) -> str | None:
    """The value of ``name`` before its first recorded change (its current value when the
    history never changed it)."""
    for _day, field_name, old, new in changes:
        if field_name == name:
            return old if old is not None else new
    return now


def _parse_score(text: str) -> int:
    p, _, i = text.partition("×")
    try:
        return int(p) * int(i)
    except ValueError:
        return 0


@dataclass(frozen=True, slots=True)
class ProgramRisk:
    """Risk at program level: exposure, the top live risks and the open escalations."""

    program_id: int
    program: str
    client: str
    exposure: int
    red_risks: int
    top_risks: tuple[RaidRow, ...]
    open_escalations: int


def program_risk(session: Session, *, top: int = 3, today: date | None = None) -> list[ProgramRisk]:
    """Per program (most exposed first): Σ live risk scores, Red count, top risks and open
    escalations — for the pipeline and health views."""
    rows = [r for r in list_register(session, today) if r.status.is_live and r.program_id]
    by_program: dict[int, list[RaidRow]] = defaultdict(list)
    for row in rows:
        by_program[row.program_id or 0].append(row)
    escalations: dict[int, int] = {
        program_id: int(n)
        for program_id, n in session.execute(
            select(Escalation.program_id, func.count())
            .where(
                Escalation.program_id.is_not(None),
                Escalation.status.in_([s for s in EscalationStatus if s.is_open]),
            )
            .group_by(Escalation.program_id)
        )
        if program_id is not None
    }
    names = session.execute(
        select(Program.id, Program.name, Client.name).join(Client, Program.client_id == Client.id)
    )
    result = []
    for program_id, program, client in names:
        entries = by_program.get(program_id, [])
        risks = sorted(
            (r for r in entries if r.kind is RaidKind.RISK), key=lambda r: (-r.score, r.id)
        )
        if not entries and not escalations.get(program_id):
            continue
        result.append(
            ProgramRisk(
                program_id=program_id,
                program=program,
                client=client,
                exposure=sum(r.score for r in risks),
                red_risks=sum(1 for r in risks if r.band is Rag.RED),
                top_risks=tuple(risks[:top]),
                open_escalations=int(escalations.get(program_id, 0)),
            )
        )
    return sorted(result, key=lambda p: (-p.exposure, p.program.casefold()))
