"""The process checklist of each project type: its lines, the weeks each line counts in
(its periods: added, retired, reactivated), their order, and the weekly ticks of each
project. Every edit returns what its undo needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.adherence import (
    DEFAULT_CHECKLIST,
    PROJECT_TYPES,
    Period,
    item_counts,
    on_checklist,
    reactivated_periods,
    retired_periods,
)
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.reports.fields import clean_text
from pmo_desktop.store.models import Project
from pmo_desktop.store.models_reporting import AdherenceItem, AdherenceItemPeriod, AdherenceTick


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
    clean = clean_text(title, "title", "The checklist item", required=True)
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
    clean = clean_text(title, "title", "The checklist item", required=True)
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
