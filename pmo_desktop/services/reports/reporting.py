"""Reporting use cases: process adherence, retrospectives, improvement proposals, the
workload ranking, and status report drafts. Every edit returns what its undo needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, case, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.adherence import (
    DEFAULT_CHECKLIST,
    DEFAULT_THRESHOLD,
    PROJECT_TYPES,
    Adherence,
    Period,
    adherence,
    combine,
    item_counts,
    on_checklist,
    project_type,
    reactivated_periods,
    retired_periods,
)
from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus, ReportScope, RetroFormat
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project
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
from pmo_desktop.store.models_staffing import Placeholder

#: Stages whose projects follow the process checklist each week.
RUNNING_STAGES: tuple[Stage, ...] = (Stage.APPROVED, Stage.ACTIVE, Stage.CLOSING)
#: Stages of the team's workload list (running work and what may start soon).
WORKLOAD_STAGES: tuple[Stage, ...] = (*RUNNING_STAGES, Stage.PROPOSAL, Stage.LEAD)


def _text(value: str | None, field: str, label: str, *, required: bool = False) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(f"{label} is required", field)
        return None
    return cleaned


# =========================================================================== adherence


@dataclass(frozen=True, slots=True)
class ChecklistPeriod(Period):
    """A stretch of weeks a checklist line counts in, with its row id (so undo puts back
    exactly the rows it removed)."""

    id: int


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One line of a project type's checklist, and the weeks it counts in."""

    id: int
    project_type: str
    title: str
    position: int
    #: The stretches of weeks it counts in, oldest first; none: it counts in no week.
    periods: tuple[ChecklistPeriod, ...] = ()

    @property
    def active(self) -> bool:
        """True when the line is on the checklist now (not retired)."""
        return on_checklist(self.periods)

    @property
    def latest(self) -> ChecklistPeriod | None:
        """Its last period (the current one, or the one that ended when it was retired)."""
        return self.periods[-1] if self.periods else None

    def counts_in(self, week: date) -> bool:
        """True when the item is expected in the week starting ``week``."""
        return item_counts(week, self.periods)


def _periods(
    session: Session, item_ids: Sequence[int] | None = None
) -> dict[int, tuple[ChecklistPeriod, ...]]:
    """The periods of the items (all items when ``item_ids`` is None), oldest first."""
    stmt = select(
        AdherenceItemPeriod.item_id,
        AdherenceItemPeriod.counts_from,
        AdherenceItemPeriod.retired_from,
        AdherenceItemPeriod.id,
    ).order_by(
        AdherenceItemPeriod.item_id,
        AdherenceItemPeriod.counts_from.is_not(None),
        AdherenceItemPeriod.counts_from,
        AdherenceItemPeriod.id,
    )
    if item_ids is not None:
        stmt = stmt.where(AdherenceItemPeriod.item_id.in_(list(item_ids)))
    out: dict[int, list[ChecklistPeriod]] = defaultdict(list)
    for item_id, counts_from, retired_from, period_id in session.execute(stmt):
        out[item_id].append(ChecklistPeriod(counts_from, retired_from, period_id))
    return {item_id: tuple(periods) for item_id, periods in out.items()}


def checklist(session: Session, kind: str | None = None) -> list[ChecklistItem]:
    """The checklist items (of one project type, or all), retired ones too, in order."""
    stmt = select(
        AdherenceItem.id, AdherenceItem.project_type, AdherenceItem.title, AdherenceItem.position
    ).order_by(AdherenceItem.project_type, AdherenceItem.position, AdherenceItem.id)
    if kind is not None:
        stmt = stmt.where(AdherenceItem.project_type == kind)
    rows = session.execute(stmt).all()
    periods = _periods(session, None if kind is None else [row[0] for row in rows])
    return [ChecklistItem(*row, periods=periods.get(row[0], ())) for row in rows]


def ensure_default_checklist(session: Session) -> list[ChecklistItem]:
    """Create the default checklist for every project type that has none yet; return all.
    Its lines count from the start (every week)."""
    have = set(session.scalars(select(AdherenceItem.project_type).distinct()))
    for kind in PROJECT_TYPES:
        if kind not in have:
            for position, title in enumerate(DEFAULT_CHECKLIST):
                row = AdherenceItem(project_type=kind, title=title, position=position)
                session.add(row)
                session.flush()
                session.add(AdherenceItemPeriod(item_id=row.id, counts_from=None))
    session.flush()
    return checklist(session)


def _item_row(session: Session, item_id: int) -> AdherenceItem:
    row = session.get(AdherenceItem, item_id)
    if row is None:
        raise ValidationError("that checklist item no longer exists", "item")
    return row


def _item(session: Session, row: AdherenceItem) -> ChecklistItem:
    return ChecklistItem(
        row.id,
        row.project_type,
        row.title,
        row.position,
        _periods(session, [row.id]).get(row.id, ()),
    )


def _write_periods(session: Session, item_id: int, periods: Sequence[Period]) -> None:
    """Make the item's period rows be ``periods``: a ``ChecklistPeriod`` names its row (kept
    and updated, or put back with that id), a plain ``Period`` is a new row; other rows go."""
    rows = {
        row.id: row
        for row in session.scalars(
            select(AdherenceItemPeriod).where(AdherenceItemPeriod.item_id == item_id)
        )
    }
    wanted = {p.id for p in periods if isinstance(p, ChecklistPeriod)}
    for row_id, gone in rows.items():
        if row_id not in wanted:
            session.delete(gone)
    session.flush()
    # Closed periods first: at no point are two periods of the item open.
    for period in sorted(periods, key=lambda p: p.open):
        row = rows.get(period.id) if isinstance(period, ChecklistPeriod) else None
        if row is None:
            row = AdherenceItemPeriod(item_id=item_id)
            if isinstance(period, ChecklistPeriod):
                row.id = period.id
            session.add(row)
        row.counts_from = period.counts_from
        row.retired_from = period.retired_from
        session.flush()


def add_checklist_item(
    session: Session, kind: str, title: str, today: date | None = None
) -> ChecklistItem:
    """Add a line at the end of a project type's checklist; it counts from this week on
    (earlier weeks are not judged on it)."""
    if kind not in PROJECT_TYPES:
        raise ValidationError(f"unknown project type {kind!r}", "project_type")
    clean = _text(title, "title", "The checklist item", required=True)
    assert clean is not None
    position = session.scalar(
        select(func.coalesce(func.max(AdherenceItem.position) + 1, 0)).where(
            AdherenceItem.project_type == kind
        )
    )
    row = AdherenceItem(project_type=kind, title=clean, position=int(position or 0))
    session.add(row)
    session.flush()
    session.add(AdherenceItemPeriod(item_id=row.id, counts_from=monday_of(today or date.today())))
    session.flush()
    return _item(session, row)


def delete_checklist_item(session: Session, item_id: int) -> None:
    """Delete a line, its periods and its ticks (the undo of adding it)."""
    session.execute(delete(AdherenceItem).where(AdherenceItem.id == item_id))
    session.flush()


def rename_checklist_item(session: Session, item_id: int, title: str) -> ChecklistItem:
    """Rename a line (its ticks stay); returns the line as it was before."""
    row = _item_row(session, item_id)
    before = _item(session, row)
    clean = _text(title, "title", "The checklist item", required=True)
    assert clean is not None
    row.title = clean
    session.flush()
    return before


def retire_checklist_item(
    session: Session, item_id: int, today: date | None = None
) -> ChecklistItem:
    """Take a line off the checklist from this week on: weeks before keep counting it, with
    their ticks. Returns the line as it was before (``restore_checklist_item`` undoes)."""
    row = _item_row(session, item_id)
    before = _item(session, row)
    if not before.active:
        raise ValidationError("that checklist item is already retired", "item")
    _write_periods(
        session, item_id, retired_periods(before.periods, monday_of(today or date.today()))
    )
    return before


def reactivate_checklist_item(
    session: Session, item_id: int, today: date | None = None
) -> ChecklistItem:
    """Put a retired line back on the checklist from this week on; the weeks while it was
    retired keep not counting it. Returns the line as it was before."""
    row = _item_row(session, item_id)
    before = _item(session, row)
    if before.active:
        raise ValidationError("that checklist item is on the checklist already", "item")
    _write_periods(
        session, item_id, reactivated_periods(before.periods, monday_of(today or date.today()))
    )
    return before


def restore_checklist_item(session: Session, item: ChecklistItem) -> None:
    """Put a line back exactly as ``item`` describes it, periods included (the undo of an
    edit)."""
    row = _item_row(session, item.id)
    row.title = item.title
    row.position = item.position
    session.flush()
    _write_periods(session, item.id, item.periods)


def update_checklist_item(
    session: Session,
    item_id: int,
    *,
    title: str | None = None,
    active: bool | None = None,
    today: date | None = None,
) -> ChecklistItem:
    """Rename, retire or reactivate (from this week) a line; returns it as it was before."""
    before = _item(session, _item_row(session, item_id))
    if title is not None:
        rename_checklist_item(session, item_id, title)
    if active is not None and active != before.active:
        if active:
            reactivate_checklist_item(session, item_id, today)
        else:
            retire_checklist_item(session, item_id, today)
    return before


def set_checklist_order(session: Session, kind: str, item_ids: Sequence[int]) -> list[int]:
    """Order a project type's checklist (every line of the type, retired ones too, once
    each); returns the order before, for undo."""
    rows = list(
        session.scalars(
            select(AdherenceItem)
            .where(AdherenceItem.project_type == kind)
            .order_by(AdherenceItem.position, AdherenceItem.id)
        )
    )
    before = [row.id for row in rows]
    if sorted(item_ids) != sorted(before) or len(set(item_ids)) != len(item_ids):
        raise ValidationError("the checklist changed meanwhile; refresh and try again", "item")
    by_id = {row.id: row for row in rows}
    for position, item_id in enumerate(item_ids):
        by_id[item_id].position = position
    session.flush()
    return before


def move_checklist_item(session: Session, item_id: int, step: int) -> list[int]:
    """Move a line ``step`` places up (negative) or down its type's checklist; returns the
    order before (``set_checklist_order`` undoes). Moving past either end is refused."""
    row = _item_row(session, item_id)
    order = [item.id for item in checklist(session, row.project_type)]
    at = order.index(item_id)
    to = at + step
    if not 0 <= to < len(order):
        raise ValidationError("that item cannot move further", "item")
    order.insert(to, order.pop(at))
    return set_checklist_order(session, row.project_type, order)


@dataclass(frozen=True, slots=True)
class TickState:
    """Whether one checklist item is ticked for one project in one week."""

    project_id: int
    item_id: int
    week: date
    ticked: bool


def set_tick(session: Session, state: TickState) -> TickState:
    """Tick or untick one cell; returns the state before (for undo)."""
    week = monday_of(state.week)
    existing = session.scalar(
        select(AdherenceTick.id).where(
            AdherenceTick.project_id == state.project_id,
            AdherenceTick.item_id == state.item_id,
            AdherenceTick.week == week,
        )
    )
    before = TickState(state.project_id, state.item_id, week, existing is not None)
    if state.ticked and existing is None:
        item = session.get(AdherenceItem, state.item_id)
        if item is None:
            raise ValidationError("that checklist item no longer exists", "item")
        if session.get(Project, state.project_id) is None:
            raise ValidationError("that project no longer exists", "project")
        if not _item(session, item).counts_in(week):
            raise ValidationError(
                f"“{item.title}” is not on the checklist in the week of {week:%d %b %Y}", "item"
            )
        session.add(AdherenceTick(project_id=state.project_id, item_id=state.item_id, week=week))
    elif not state.ticked and existing is not None:
        session.execute(delete(AdherenceTick).where(AdherenceTick.id == existing))
    session.flush()
    return before


@dataclass(frozen=True, slots=True)
class ProjectAdherence:
    """A running project's adherence over a period, and per week."""

    project_id: int
    project: str
    program: str
    client: str
    pm_id: int | None
    pm: str | None
    project_type: str
    total: Adherence
    weeks: tuple[Adherence, ...]

    def below(self, threshold: int = DEFAULT_THRESHOLD) -> bool:
        """True when the period's adherence is under ``threshold`` %."""
        return self.total.below(threshold)


@dataclass(frozen=True, slots=True)
class PmAdherence:
    """A PM's adherence over their running projects."""

    pm_id: int
    pm: str
    projects: int
    total: Adherence
    weeks: tuple[Adherence, ...]


@dataclass(frozen=True, slots=True)
class AdherenceReport:
    """Adherence per project and per PM over ``weeks`` (oldest first)."""

    weeks: tuple[date, ...]
    projects: tuple[ProjectAdherence, ...]
    pms: tuple[PmAdherence, ...]
    team_weeks: tuple[Adherence, ...]


def period_weeks(today: date, count: int, *, include_current: bool = False) -> list[date]:
    """The ``count`` week Mondays ending with last week (or this week), oldest first."""
    last = monday_of(today) - (timedelta(0) if include_current else timedelta(weeks=1))
    return [last - timedelta(weeks=i) for i in range(count - 1, -1, -1)]


def adherence_report(
    session: Session, weeks: Sequence[date], *, project_ids: Sequence[int] | None = None
) -> AdherenceReport:
    """Adherence of running projects (active during each week) per project, PM and team."""
    weeks = tuple(sorted(monday_of(w) for w in weeks))
    # Lines expected per project type and week: each counts in the weeks of its periods
    # (from when it was added or reactivated until the week it was retired).
    expected_items: dict[tuple[str, date], int] = defaultdict(int)
    for item in checklist(session):
        for week in weeks:
            if item.counts_in(week):
                expected_items[(item.project_type, week)] += 1
    pm = aliased(Person)
    stmt = (
        select(
            Project.id,
            Project.name,
            Program.name,
            Client.name,
            Project.pm_id,
            pm.name,
            Project.billable,
            Project.start_date,
            Project.end_date,
        )
        .join(Program, Project.program_id == Program.id)
        .join(Client, Program.client_id == Client.id)
        .outerjoin(pm, Project.pm_id == pm.id)
        .where(Project.stage.in_(RUNNING_STAGES))
        .order_by(Client.name, Program.name, Project.name, Project.id)
    )
    if project_ids is not None:
        stmt = stmt.where(Project.id.in_(list(project_ids)))
    projects = session.execute(stmt).all()
    # Ticks of each project's own active checklist, counted per week in SQL.
    ticks: dict[tuple[int, date], int] = {}
    if weeks and projects:
        own_type = case((Project.billable.is_(True), "delivery"), else_="internal")
        tick_stmt = (
            select(AdherenceTick.project_id, AdherenceTick.week, func.count())
            .join(AdherenceItem, AdherenceTick.item_id == AdherenceItem.id)
            .join(Project, AdherenceTick.project_id == Project.id)
            .where(
                AdherenceTick.week >= weeks[0],
                AdherenceTick.week <= weeks[-1],
                _counts_in_tick_week(),
                AdherenceItem.project_type == own_type,
                Project.stage.in_(RUNNING_STAGES),
            )
            .group_by(AdherenceTick.project_id, AdherenceTick.week)
        )
        if project_ids is not None:
            tick_stmt = tick_stmt.where(AdherenceTick.project_id.in_(list(project_ids)))
        for pid, week, count in session.execute(tick_stmt):
            ticks[(pid, week)] = int(count)
    spans = [(week, week + timedelta(days=6)) for week in weeks]
    nothing = Adherence(0, 0)
    rows: list[ProjectAdherence] = []
    for pid, name, program, client, pm_id, pm_name, billable, start, end in projects:
        kind = project_type(bool(billable))
        per_week = [
            adherence(expected_items[(kind, week)], 1, ticks.get((pid, week), 0))
            if (start is None or end_of_week >= start) and (end is None or week <= end)
            else nothing
            for week, end_of_week in spans
        ]
        rows.append(
            ProjectAdherence(
                pid, name, program, client, pm_id, pm_name, kind, combine(per_week), tuple(per_week)
            )
        )
    by_pm: dict[int, list[ProjectAdherence]] = defaultdict(list)
    for row in rows:
        if row.pm_id is not None:
            by_pm[row.pm_id].append(row)
    pms = [
        PmAdherence(
            pm_id,
            group[0].pm or "",
            len(group),
            combine(r.total for r in group),
            tuple(combine(r.weeks[i] for r in group) for i in range(len(weeks))),
        )
        for pm_id, group in by_pm.items()
    ]
    pms.sort(key=lambda p: (p.pm.casefold(), p.pm_id))
    team = tuple(combine(r.weeks[i] for r in rows) for i in range(len(weeks)))
    return AdherenceReport(weeks, tuple(rows), tuple(pms), team)


def _counts_in_tick_week() -> ColumnElement[bool]:
    """SQL: the ticked item counts in the tick's week (the rule of ``item_counts``: one of
    its periods holds the week)."""
    period = AdherenceItemPeriod
    return (
        select(period.id)
        .where(
            period.item_id == AdherenceTick.item_id,
            or_(period.counts_from.is_(None), AdherenceTick.week >= period.counts_from),
            or_(period.retired_from.is_(None), AdherenceTick.week < period.retired_from),
        )
        .exists()
    )


def combine_all(report: AdherenceReport) -> Adherence:
    """The team's adherence over the whole period."""
    return combine(report.team_weeks)


@dataclass(frozen=True, slots=True)
class ChecklistWeek:
    """The checklist grid of one project for some weeks: items × weeks, ticked or not.
    ``items`` are the lines that count in at least one of the weeks."""

    project_id: int
    items: tuple[ChecklistItem, ...]
    weeks: tuple[date, ...]
    ticked: frozenset[tuple[int, date]]

    def counts(self, item: ChecklistItem, week: date) -> bool:
        """True when ``item`` is on the checklist in ``week`` (a cell that can be ticked)."""
        return item.counts_in(week)


def project_checklist(session: Session, project_id: int, weeks: Sequence[date]) -> ChecklistWeek:
    """The checklist of a project's type in ``weeks`` (lines that count in any of them) and
    its ticks."""
    billable = session.scalar(select(Project.billable).where(Project.id == project_id))
    if billable is None:
        raise ValidationError("that project no longer exists", "project")
    weeks = tuple(sorted(monday_of(w) for w in weeks))
    items = [
        i
        for i in checklist(session, project_type(bool(billable)))
        if any(i.counts_in(w) for w in weeks)
    ]
    ticked = frozenset(
        (item_id, week)
        for item_id, week in session.execute(
            select(AdherenceTick.item_id, AdherenceTick.week).where(
                AdherenceTick.project_id == project_id,
                AdherenceTick.week.in_(weeks),
            )
        )
    )
    return ChecklistWeek(project_id, tuple(items), weeks, ticked)


# =========================================================================== retrospectives


@dataclass(frozen=True, slots=True)
class RetroRow:
    """A retrospective in the list."""

    id: int
    title: str
    format: RetroFormat
    held_on: date
    project_id: int | None
    project: str | None
    program_id: int | None
    program: str | None
    items: int
    open_actions: int


@dataclass(frozen=True, slots=True)
class RetroItemRow:
    """A note on the board."""

    id: int
    column: str
    text: str
    votes: int


@dataclass(frozen=True, slots=True)
class RetroActionRow:
    """An action of a retrospective."""

    id: int
    retrospective_id: int
    text: str
    owner_id: int | None
    owner: str | None
    due_date: date | None
    done: bool


@dataclass(frozen=True, slots=True)
class RetroData:
    """What the user edits of a retrospective."""

    title: str
    format: RetroFormat
    held_on: date
    project_id: int | None = None
    program_id: int | None = None


@dataclass(frozen=True, slots=True)
class RetroBoard:
    """A whole retrospective: header, notes by column (most voted first), actions."""

    id: int
    data: RetroData
    scope: str
    items: tuple[RetroItemRow, ...]
    actions: tuple[RetroActionRow, ...]

    def column(self, name: str) -> list[RetroItemRow]:
        """The notes of one column, most voted first."""
        return sorted((i for i in self.items if i.column == name), key=lambda i: (-i.votes, i.id))


def list_retrospectives(session: Session) -> list[RetroRow]:
    """Every retrospective, newest first, with counts."""
    items = dict(
        session.execute(
            select(RetroItem.retrospective_id, func.count()).group_by(RetroItem.retrospective_id)
        ).all()
    )
    actions = dict(
        session.execute(
            select(RetroAction.retrospective_id, func.count())
            .where(RetroAction.done.is_(False))
            .group_by(RetroAction.retrospective_id)
        ).all()
    )
    stmt = (
        select(
            Retrospective.id,
            Retrospective.title,
            Retrospective.format,
            Retrospective.held_on,
            Retrospective.project_id,
            Project.name,
            Retrospective.program_id,
            Program.name,
        )
        .outerjoin(Project, Retrospective.project_id == Project.id)
        .outerjoin(Program, Retrospective.program_id == Program.id)
        .order_by(Retrospective.held_on.desc(), Retrospective.id.desc())
    )
    return [
        RetroRow(*row, int(items.get(row[0], 0)), int(actions.get(row[0], 0)))
        for row in session.execute(stmt)
    ]


def _validate_retro(session: Session, data: RetroData) -> RetroData:
    title = _text(data.title, "title", "The title", required=True)
    assert title is not None
    if data.project_id is None and data.program_id is None:
        raise ValidationError("choose the project or program the retrospective is for", "scope")
    if data.project_id is not None and session.get(Project, data.project_id) is None:
        raise ValidationError("that project no longer exists", "project")
    if data.program_id is not None and session.get(Program, data.program_id) is None:
        raise ValidationError("that program no longer exists", "program")
    return replace(data, title=title, format=RetroFormat(data.format))


def create_retrospective(session: Session, data: RetroData) -> int:
    """Create a retrospective; returns its id."""
    data = _validate_retro(session, data)
    row = Retrospective(
        title=data.title,
        format=data.format,
        held_on=data.held_on,
        project_id=data.project_id,
        program_id=data.program_id,
    )
    session.add(row)
    session.flush()
    return row.id


def delete_retrospective(session: Session, retro_id: int) -> None:
    """Delete a retrospective with its notes and actions (undo of its creation)."""
    session.execute(delete(Retrospective).where(Retrospective.id == retro_id))
    session.flush()


def retrospective(session: Session, retro_id: int) -> RetroBoard:
    """The whole board of one retrospective."""
    row = session.get(Retrospective, retro_id)
    if row is None:
        raise ValidationError("that retrospective no longer exists", "retrospective")
    if row.project_id is not None:
        scope = session.scalar(select(Project.name).where(Project.id == row.project_id)) or ""
    else:
        scope = session.scalar(select(Program.name).where(Program.id == row.program_id)) or ""
    items = tuple(
        RetroItemRow(*r)
        for r in session.execute(
            select(RetroItem.id, RetroItem.column_name, RetroItem.text, RetroItem.votes)
            .where(RetroItem.retrospective_id == retro_id)
            .order_by(RetroItem.id)
        )
    )
    return RetroBoard(
        row.id,
        RetroData(row.title, row.format, row.held_on, row.project_id, row.program_id),
        scope,
        items,
        tuple(_retro_actions(session, RetroAction.retrospective_id == retro_id)),
    )


def _retro_actions(session: Session, where: ColumnElement[bool]) -> list[RetroActionRow]:
    owner = aliased(Person)
    stmt = (
        select(
            RetroAction.id,
            RetroAction.retrospective_id,
            RetroAction.text,
            RetroAction.owner_id,
            owner.name,
            RetroAction.due_date,
            RetroAction.done,
        )
        .outerjoin(owner, RetroAction.owner_id == owner.id)
        .where(where)
        .order_by(RetroAction.due_date, RetroAction.id)
    )
    return [RetroActionRow(*row) for row in session.execute(stmt)]


def add_retro_item(session: Session, retro_id: int, column: str, text: str) -> RetroItemRow:
    """Add a note to a column of the board."""
    board = session.get(Retrospective, retro_id)
    if board is None:
        raise ValidationError("that retrospective no longer exists", "retrospective")
    if column not in RetroFormat(board.format).columns:
        raise ValidationError(f"{column!r} is not a column of this board", "column")
    clean = _text(text, "text", "The note", required=True)
    assert clean is not None
    row = RetroItem(retrospective_id=retro_id, column_name=column, text=clean, votes=0)
    session.add(row)
    session.flush()
    return RetroItemRow(row.id, column, clean, 0)


def vote(session: Session, item_id: int, delta: int = 1) -> int:
    """Add ``delta`` votes to a note (never below zero); returns the votes before."""
    row = session.get(RetroItem, item_id)
    if row is None:
        raise ValidationError("that note no longer exists", "item")
    before = row.votes
    row.votes = max(0, before + delta)
    session.flush()
    return before


def set_votes(session: Session, item_id: int, votes: int) -> int:
    """Set a note's votes (undo of ``vote``); returns the votes before."""
    row = session.get(RetroItem, item_id)
    if row is None:
        raise ValidationError("that note no longer exists", "item")
    if votes < 0:
        raise ValidationError("votes cannot be negative", "votes")
    before = row.votes
    row.votes = votes
    session.flush()
    return before


def delete_retro_item(session: Session, item_id: int) -> tuple[int, RetroItemRow]:
    """Delete a note; returns (retrospective id, the note) for undo."""
    row = session.get(RetroItem, item_id)
    if row is None:
        raise ValidationError("that note no longer exists", "item")
    kept = (row.retrospective_id, RetroItemRow(row.id, row.column_name, row.text, row.votes))
    session.delete(row)
    session.flush()
    return kept


def restore_retro_item(session: Session, retro_id: int, item: RetroItemRow) -> None:
    """Put a deleted note back with its id and votes."""
    session.add(
        RetroItem(
            id=item.id,
            retrospective_id=retro_id,
            column_name=item.column,
            text=item.text,
            votes=item.votes,
        )
    )
    session.flush()


@dataclass(frozen=True, slots=True)
class RetroActionData:
    """What the user edits of a retro action."""

    text: str
    owner_id: int | None = None
    due_date: date | None = None
    done: bool = False


def add_retro_action(session: Session, retro_id: int, data: RetroActionData) -> int:
    """Add an action to a retrospective; returns its id."""
    if session.get(Retrospective, retro_id) is None:
        raise ValidationError("that retrospective no longer exists", "retrospective")
    clean = _text(data.text, "text", "The action", required=True)
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("that owner no longer exists", "owner")
    row = RetroAction(
        retrospective_id=retro_id,
        text=clean,
        owner_id=data.owner_id,
        due_date=data.due_date,
        done=data.done,
    )
    session.add(row)
    session.flush()
    return row.id


def update_retro_action(session: Session, action_id: int, data: RetroActionData) -> RetroActionData:
    """Edit a retro action; returns it as it was before."""
    row = session.get(RetroAction, action_id)
    if row is None:
        raise ValidationError("that action no longer exists", "action")
    clean = _text(data.text, "text", "The action", required=True)
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("that owner no longer exists", "owner")
    before = RetroActionData(row.text, row.owner_id, row.due_date, row.done)
    row.text = clean or row.text
    row.owner_id = data.owner_id
    row.due_date = data.due_date
    row.done = data.done
    session.flush()
    return before


def delete_retro_action(session: Session, action_id: int) -> tuple[int, int, RetroActionData]:
    """Delete a retro action; returns (id, retrospective id, data) for undo."""
    row = session.get(RetroAction, action_id)
    if row is None:
        raise ValidationError("that action no longer exists", "action")
    kept = (
        row.id,
        row.retrospective_id,
        RetroActionData(row.text, row.owner_id, row.due_date, row.done),
    )
    session.delete(row)
    session.flush()
    return kept


def restore_retro_action(
    session: Session, action_id: int, retro_id: int, data: RetroActionData
) -> None:
    """Put a deleted retro action back with its id."""
    session.add(
        RetroAction(
            id=action_id,
            retrospective_id=retro_id,
            text=data.text,
            owner_id=data.owner_id,
            due_date=data.due_date,
            done=data.done,
        )
    )
    session.flush()


def open_retro_actions(session: Session, person_id: int | None = None) -> list[RetroActionRow]:
    """Retro actions not done (of one owner, or everyone's), soonest due first.

    This is the query a 1:1 agenda calls to show the person's retrospective actions.
    """
    where: ColumnElement[bool] = RetroAction.done.is_(False)
    if person_id is not None:
        where = and_(where, RetroAction.owner_id == person_id)
    return _retro_actions(session, where)


@dataclass(frozen=True, slots=True)
class AgendaLine:
    """A line of a 1:1 agenda that comes from another area."""

    source: str
    text: str
    due_date: date | None
    overdue: bool


def one_on_one_agenda_extras(session: Session, person_id: int, today: date) -> list[AgendaLine]:
    """The person's open retrospective actions, as lines for their next 1:1 agenda."""
    lines = []
    titles = dict(session.execute(select(Retrospective.id, Retrospective.title)).all())
    for action in open_retro_actions(session, person_id):
        lines.append(
            AgendaLine(
                f"Retrospective: {titles.get(action.retrospective_id, '')}",
                action.text,
                action.due_date,
                action.due_date is not None and action.due_date < today,
            )
        )
    return lines


# =========================================================================== improvements


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """A link from a proposal to an escalation or a retrospective."""

    id: int
    escalation_id: int | None
    retrospective_id: int | None
    label: str
    note: str | None


@dataclass(frozen=True, slots=True)
class ImprovementData:
    """What the user edits of an improvement proposal."""

    title: str
    problem: str
    raised_on: date
    proposal: str | None = None
    status: ImprovementStatus = ImprovementStatus.PROPOSED
    owner_id: int | None = None
    expected_effect: str | None = None
    measured_effect: str | None = None


@dataclass(frozen=True, slots=True)
class ImprovementRow:
    """A proposal in the backlog, with its evidence."""

    id: int
    data: ImprovementData
    owner: str | None
    evidence: tuple[EvidenceRow, ...]


def list_improvements(session: Session) -> list[ImprovementRow]:
    """The improvement backlog: open proposals first, newest first."""
    evidence: dict[int, list[EvidenceRow]] = defaultdict(list)
    for eid, pid, esc, retro, note, esc_title, retro_title in session.execute(
        select(
            ImprovementEvidence.id,
            ImprovementEvidence.proposal_id,
            ImprovementEvidence.escalation_id,
            ImprovementEvidence.retrospective_id,
            ImprovementEvidence.note,
            Escalation.title,
            Retrospective.title,
        )
        .outerjoin(Escalation, ImprovementEvidence.escalation_id == Escalation.id)
        .outerjoin(Retrospective, ImprovementEvidence.retrospective_id == Retrospective.id)
        .order_by(ImprovementEvidence.id)
    ):
        label = f"Escalation: {esc_title}" if esc is not None else f"Retrospective: {retro_title}"
        evidence[pid].append(EvidenceRow(eid, esc, retro, label, note))
    owner = aliased(Person)
    rows = []
    for r in session.execute(
        select(ImprovementProposal, owner.name).outerjoin(
            owner, ImprovementProposal.owner_id == owner.id
        )
    ):
        p: ImprovementProposal = r[0]
        data = ImprovementData(
            p.title,
            p.problem,
            p.raised_on,
            p.proposal,
            p.status,
            p.owner_id,
            p.expected_effect,
            p.measured_effect,
        )
        rows.append(ImprovementRow(p.id, data, r[1], tuple(evidence.get(p.id, ()))))
    closed = (ImprovementStatus.DONE, ImprovementStatus.REJECTED)
    rows.sort(key=lambda r: (r.data.status in closed, -r.data.raised_on.toordinal(), r.id))
    return rows


def _validate_improvement(session: Session, data: ImprovementData) -> ImprovementData:
    title = _text(data.title, "title", "The title", required=True)
    problem = _text(data.problem, "problem", "The problem", required=True)
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("that owner no longer exists", "owner")
    return replace(
        data,
        title=title or "",
        problem=problem or "",
        proposal=_text(data.proposal, "proposal", "The proposal"),
        status=ImprovementStatus(data.status),
        expected_effect=_text(data.expected_effect, "expected_effect", "The expected effect"),
        measured_effect=_text(data.measured_effect, "measured_effect", "The measured effect"),
    )


def save_improvement(
    session: Session, proposal_id: int | None, data: ImprovementData
) -> tuple[int, ImprovementData | None]:
    """Create (``proposal_id`` None) or update a proposal; returns (id, data before)."""
    data = _validate_improvement(session, data)
    values = {
        "title": data.title,
        "problem": data.problem,
        "raised_on": data.raised_on,
        "proposal": data.proposal,
        "status": data.status,
        "owner_id": data.owner_id,
        "expected_effect": data.expected_effect,
        "measured_effect": data.measured_effect,
    }
    if proposal_id is None:
        row = ImprovementProposal(**values)
        session.add(row)
        session.flush()
        return row.id, None
    existing = session.get(ImprovementProposal, proposal_id)
    if existing is None:
        raise ValidationError("that proposal no longer exists", "proposal")
    before = ImprovementData(
        existing.title,
        existing.problem,
        existing.raised_on,
        existing.proposal,
        existing.status,
        existing.owner_id,
        existing.expected_effect,
        existing.measured_effect,
    )
    for key, value in values.items():
        setattr(existing, key, value)
    session.flush()
    return proposal_id, before


def delete_improvement(session: Session, proposal_id: int) -> None:
    """Delete a proposal and its evidence links (undo of a creation)."""
    session.execute(
        delete(ImprovementEvidence).where(ImprovementEvidence.proposal_id == proposal_id)
    )
    session.execute(delete(ImprovementProposal).where(ImprovementProposal.id == proposal_id))
    session.flush()


def improvement(session: Session, proposal_id: int) -> ImprovementRow:
    """One proposal with its evidence."""
    for row in list_improvements(session):
        if row.id == proposal_id:
            return row
    raise ValidationError("that proposal no longer exists", "proposal")


def remove_improvement(session: Session, proposal_id: int) -> ImprovementRow:
    """Delete a proposal with its evidence links; returns both for ``restore_improvement``."""
    kept = improvement(session, proposal_id)
    delete_improvement(session, proposal_id)
    return kept


def restore_improvement(session: Session, kept: ImprovementRow) -> None:
    """Put a deleted proposal back with its id, its fields and every evidence link."""
    if session.get(ImprovementProposal, kept.id) is not None:
        raise ValidationError("that proposal exists already", "proposal")
    data = kept.data
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        data = replace(data, owner_id=None)  # the owner left meanwhile
    session.add(
        ImprovementProposal(
            id=kept.id,
            title=data.title,
            problem=data.problem,
            raised_on=data.raised_on,
            proposal=data.proposal,
            status=data.status,
            owner_id=data.owner_id,
            expected_effect=data.expected_effect,
            measured_effect=data.measured_effect,
        )
    )
    session.flush()
    for link in kept.evidence:
        if link.escalation_id is not None and session.get(Escalation, link.escalation_id) is None:
            continue  # the escalation was deleted meanwhile (its links went with it)
        if (
            link.retrospective_id is not None
            and session.get(Retrospective, link.retrospective_id) is None
        ):
            continue
        session.add(
            ImprovementEvidence(
                id=link.id,
                proposal_id=kept.id,
                escalation_id=link.escalation_id,
                retrospective_id=link.retrospective_id,
                note=link.note,
            )
        )
    session.flush()


def link_evidence(
    session: Session,
    proposal_id: int,
    *,
    escalation_id: int | None = None,
    retrospective_id: int | None = None,
    note: str | None = None,
) -> int:
    """Link a proposal to an escalation or a retrospective; returns the link's id."""
    if (escalation_id is None) == (retrospective_id is None):
        raise ValidationError("link one escalation or one retrospective", "evidence")
    if session.get(ImprovementProposal, proposal_id) is None:
        raise ValidationError("that proposal no longer exists", "proposal")
    if escalation_id is not None and session.get(Escalation, escalation_id) is None:
        raise ValidationError("that escalation no longer exists", "evidence")
    if retrospective_id is not None and session.get(Retrospective, retrospective_id) is None:
        raise ValidationError("that retrospective no longer exists", "evidence")
    row = ImprovementEvidence(
        proposal_id=proposal_id,
        escalation_id=escalation_id,
        retrospective_id=retrospective_id,
        note=_text(note, "note", "The note"),
    )
    session.add(row)
    session.flush()
    return row.id


def unlink_evidence(session: Session, evidence_id: int) -> None:
    """Remove an evidence link."""
    session.execute(delete(ImprovementEvidence).where(ImprovementEvidence.id == evidence_id))
    session.flush()


# =========================================================================== workload


@dataclass(frozen=True, slots=True)
class WorkloadRow:
    """A project of the team's workload, in rank order, with demand vs supply per week."""

    project_id: int
    rank: int
    priority: int
    name: str
    client: str
    stage: Stage
    pm: str | None
    #: Hours asked per week: people allocated plus open placeholders.
    demand: tuple[float, ...]
    #: Hours of named people allocated per week.
    supply: tuple[float, ...]

    @property
    def gap(self) -> float:
        """Hours asked but not staffed over the weeks shown."""
        return sum(self.demand) - sum(self.supply)


def ranked_project_ids(session: Session) -> list[int]:
    """Workload projects in rank order: ranked first, then by priority, end date and id."""
    ranks = dict(session.execute(select(ProjectRank.project_id, ProjectRank.rank)).all())
    rows = list(
        session.execute(
            select(Project.id, Project.priority, Project.end_date).where(
                Project.stage.in_(WORKLOAD_STAGES)
            )
        ).all()
    )
    far = date.max
    rows.sort(key=lambda r: (ranks.get(r[0], 10**9), r[1], r[2] or far, r[0]))
    return [r[0] for r in rows]


def workload(session: Session, weeks: Sequence[date]) -> list[WorkloadRow]:
    """The team's projects by rank with staffed hours and open demand per week."""
    order = ranked_project_ids(session)
    weeks = tuple(sorted(weeks))
    index = {w: i for i, w in enumerate(weeks)}
    supply: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
    demand: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
    if weeks:
        for pid, week, hours in session.execute(
            select(Allocation.project_id, Allocation.week, func.sum(Allocation.hours))
            .where(Allocation.week >= weeks[0], Allocation.week <= weeks[-1])
            .group_by(Allocation.project_id, Allocation.week)
        ):
            if week in index:
                supply[pid][index[week]] += float(hours or 0)
                demand[pid][index[week]] += float(hours or 0)
        for pid, week, hours in session.execute(
            select(Placeholder.project_id, Placeholder.week, func.sum(Placeholder.hours))
            .where(Placeholder.week >= weeks[0], Placeholder.week <= weeks[-1])
            .group_by(Placeholder.project_id, Placeholder.week)
        ):
            if week in index:
                demand[pid][index[week]] += float(hours or 0)
    pm = aliased(Person)
    info = {
        row[0]: row[1:]
        for row in session.execute(
            select(Project.id, Project.priority, Project.name, Client.name, Project.stage, pm.name)
            .join(Program, Project.program_id == Program.id)
            .join(Client, Program.client_id == Client.id)
            .outerjoin(pm, Project.pm_id == pm.id)
            .where(Project.stage.in_(WORKLOAD_STAGES))
        )
    }
    zero = [0.0] * len(weeks)
    result = []
    for rank, pid in enumerate(order, start=1):
        priority, name, client, stage, pm_name = info[pid]
        result.append(
            WorkloadRow(
                pid,
                rank,
                priority,
                name,
                client,
                stage,
                pm_name,
                tuple(demand.get(pid, zero)),
                tuple(supply.get(pid, zero)),
            )
        )
    return result


def set_ranking(session: Session, project_ids: Sequence[int]) -> list[int]:
    """Store the workload order (first = rank 1); returns the order before, for undo."""
    before = ranked_project_ids(session)
    if len(set(project_ids)) != len(project_ids):
        raise ValidationError("a project appears twice in the order", "rank")
    known = set(session.scalars(select(Project.id).where(Project.id.in_(list(project_ids)))))
    missing = [pid for pid in project_ids if pid not in known]
    if missing:
        raise ValidationError("a project of the order no longer exists", "rank")
    session.execute(delete(ProjectRank))
    session.add_all(
        ProjectRank(project_id=pid, rank=rank) for rank, pid in enumerate(project_ids, start=1)
    )
    session.flush()
    return before


def move_in_ranking(order: Sequence[int], moved: Sequence[int], before_row: int) -> list[int]:
    """``order`` with the ``moved`` ids taken out and inserted before position ``before_row``
    of the original order (``len(order)`` appends): what a drag and drop does."""
    moving = [pid for pid in order if pid in set(moved)]
    anchor = order[before_row] if 0 <= before_row < len(order) else None
    while anchor is not None and anchor in moving:
        before_row += 1
        anchor = order[before_row] if before_row < len(order) else None
    rest = [pid for pid in order if pid not in set(moved)]
    at = rest.index(anchor) if anchor is not None else len(rest)
    return rest[:at] + moving + rest[at:]


# =========================================================================== report drafts


@dataclass(frozen=True, slots=True)
class ReportText:
    """The narrative of a status report, edited per report."""

    executive_summary: str = ""
    accomplishments: str = ""
    next_steps: str = ""
    decisions_needed: str = ""


def report_draft(session: Session, scope: ReportScope, target_id: int) -> ReportText:
    """The draft narrative of the next report of a program or client (blank if none)."""
    row = session.scalar(
        select(StatusReportDraft).where(
            StatusReportDraft.scope == scope, StatusReportDraft.target_id == target_id
        )
    )
    if row is None:
        return ReportText()
    return ReportText(
        row.executive_summary or "",
        row.accomplishments or "",
        row.next_steps or "",
        row.decisions_needed or "",
    )


def save_report_draft(
    session: Session, scope: ReportScope, target_id: int, text: ReportText
) -> ReportText:
    """Store the narrative of the next report; returns the one before (for undo)."""
    before = report_draft(session, scope, target_id)
    row = session.scalar(
        select(StatusReportDraft).where(
            StatusReportDraft.scope == scope, StatusReportDraft.target_id == target_id
        )
    )
    if row is None:
        row = StatusReportDraft(scope=scope, target_id=target_id)
        session.add(row)
    row.executive_summary = text.executive_summary.strip() or None
    row.accomplishments = text.accomplishments.strip() or None
    row.next_steps = text.next_steps.strip() or None
    row.decisions_needed = text.decisions_needed.strip() or None
    session.flush()
    return before


def agenda_line_text(line: AgendaLine) -> str:
    """A retro action as a 1:1 talking point (stable text, so it is never added twice)."""
    due = f" (due {line.due_date:%d %b %Y})"
    return f"{line.source} — {line.text}" + (due if line.due_date else "")


def start_one_on_one_with_retro_actions(session: Session, person_id: int, day: date) -> int:
    """Start a 1:1 through the people service (which carries open points and actions) and
    add the person's open retrospective actions as talking points, once each; returns the
    1:1's id. The People area's "Start 1:1" can call this instead of ``start_one_on_one``."""
    from pmo_desktop.services.people import one_on_ones as people

    detail = people.start_one_on_one(session, person_id, day)
    present = {point.text for point in detail.points}
    for line in one_on_one_agenda_extras(session, person_id, day):
        text = agenda_line_text(line)
        if text not in present:
            people.add_talking_point(session, detail.id, text)
            present.add(text)
    return detail.id
