"""Every open action across RAID, 1:1s and retrospectives, and Home's overdue-actions tile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.people import ActionOwner
from pmo_desktop.services.area_filter import AreaFilter
from pmo_desktop.services.home.tiles import (
    BAD,
    GOOD,
    TILE_LINES,
    Tile,
    TileLine,
)
from pmo_desktop.services.reports import retrospectives as reports_retros
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import (
    ActionItem,
    OneOnOne,
)
from pmo_desktop.store.models_raid import RaidAction, RaidItem
from pmo_desktop.store.models_reporting import Retrospective


def overdue_actions_tile(session: Session, today: date) -> Tile:
    """Actions past their due date across RAID, 1:1s and retrospectives, oldest first.

    Each source is counted in SQL and only its oldest few are read (a large register holds
    thousands of actions)."""
    owner = aliased(Person)
    found: list[tuple[date, TileLine]] = []
    total = 0
    raid_where = (RaidAction.done.is_(False), RaidAction.due_date < today)
    total += int(
        session.scalar(select(func.count()).select_from(RaidAction).where(*raid_where)) or 0
    )
    for text, due, who, item in session.execute(
        select(RaidAction.description, RaidAction.due_date, owner.name, RaidItem.title)
        .join(RaidItem, RaidAction.item_id == RaidItem.id)
        .outerjoin(owner, RaidAction.owner_id == owner.id)
        .where(*raid_where)
        .order_by(RaidAction.due_date, RaidAction.id)
        .limit(TILE_LINES)
    ):
        detail = f"RAID: {item} · {who or 'no owner'} · due {due:%d %b}"
        found.append((due or today, TileLine(text, detail, BAD)))
    successor = aliased(ActionItem)
    one_where = (
        ActionItem.done.is_(False),
        ActionItem.due_date < today,
        ~exists().where(successor.carried_from_id == ActionItem.id),
    )
    total += int(
        session.scalar(select(func.count()).select_from(ActionItem).where(*one_where)) or 0
    )
    for text, due, who in session.execute(
        select(ActionItem.text, ActionItem.due_date, Person.name)
        .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
        .join(Person, OneOnOne.person_id == Person.id)
        .where(*one_where)
        .order_by(ActionItem.due_date, ActionItem.id)
        .limit(TILE_LINES)
    ):
        found.append((due or today, TileLine(text, f"1:1 with {who} · due {due:%d %b}", BAD)))
    for action in reports_retros.open_retro_actions(session):
        if action.due_date is not None and action.due_date < today:
            total += 1
            found.append(
                (
                    action.due_date,
                    TileLine(
                        action.text,
                        f"Retro · {action.owner or 'no owner'} · due {action.due_date:%d %b}",
                        BAD,
                    ),
                )
            )
    found.sort(key=lambda pair: pair[0])
    shown = tuple(line for _, line in found[:TILE_LINES])
    return Tile(
        "actions",
        "Overdue actions",
        str(total),
        "RAID, 1:1s and retrospectives",
        BAD if total else GOOD,
        shown,
        "actions",
        total - len(shown),
        AreaFilter(f"{total} overdue actions", overdue=True) if total else None,
    )


@dataclass(frozen=True, slots=True)
class ActionRow:
    """One open action of any area, as the Actions list shows it."""

    source: str  # "RAID", "1:1" or "Retrospective"
    text: str
    about: str  # the RAID entry, the 1:1, the retrospective
    owner: str | None
    due_date: date | None
    days_late: int  # 0 unless overdue

    @property
    def overdue(self) -> bool:
        """Past its due date."""
        return self.days_late > 0


def open_actions(session: Session, today: date) -> list[ActionRow]:
    """Every open action across RAID, 1:1s and retrospectives: overdue first (most late
    first), then by due date, undated last. The overdue ones are what the Home tile counts."""

    def row(source: str, text: str, about: str, owner: str | None, due: date | None) -> ActionRow:
        late = (today - due).days if due is not None and due < today else 0
        return ActionRow(source, text, about, owner, due, late)

    owner = aliased(Person)
    rows = [
        row("RAID", text, f"{item}", who, due)
        for text, due, who, item in session.execute(
            select(RaidAction.description, RaidAction.due_date, owner.name, RaidItem.title)
            .join(RaidItem, RaidAction.item_id == RaidItem.id)
            .outerjoin(owner, RaidAction.owner_id == owner.id)
            .where(RaidAction.done.is_(False))
        )
    ]
    successor = aliased(ActionItem)
    for text, due, whose, person in session.execute(
        select(ActionItem.text, ActionItem.due_date, ActionItem.owner, Person.name)
        .join(OneOnOne, ActionItem.one_on_one_id == OneOnOne.id)
        .join(Person, OneOnOne.person_id == Person.id)
        .where(
            ActionItem.done.is_(False),
            ~exists().where(successor.carried_from_id == ActionItem.id),  # carried forward
        )
    ):
        owed_by = "You" if whose is ActionOwner.ME else person
        rows.append(row("1:1", text, f"1:1 with {person}", owed_by, due))
    titles = dict(session.execute(select(Retrospective.id, Retrospective.title)).all())
    for action in reports_retros.open_retro_actions(session):
        about = titles.get(action.retrospective_id, "")
        rows.append(row("Retrospective", action.text, about, action.owner, action.due_date))
    rows.sort(
        key=lambda r: (
            not r.overdue,
            -r.days_late,
            r.due_date is None,
            r.due_date or today,
            r.source,
            r.text,
        )
    )
    return rows
