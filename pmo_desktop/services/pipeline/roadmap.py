"""The client roadmap: initiatives placed in quarters, optionally linked to a program.

Saves validate first and return ``(id, prior)`` so the GUI can undo them; a move to
another quarter is a save with the new quarter.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.pipeline import Quarter, RoadmapStatus, check_name
from pmo_desktop.store.models import Client, Program
from pmo_desktop.store.models_pipeline import RoadmapItem


@dataclass(frozen=True, slots=True)
class RoadmapData:
    """The editable fields of a roadmap item."""

    client_id: int
    title: str
    quarter: Quarter
    status: RoadmapStatus = RoadmapStatus.PLANNED
    program_id: int | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class RoadmapRow:
    """A roadmap item as the timeline shows it."""

    id: int
    client_id: int
    client: str
    program: str | None
    data: RoadmapData


def list_roadmap(session: Session, client_id: int | None = None) -> list[RoadmapRow]:
    """Roadmap items (of one client, or all), by quarter then title."""
    stmt = (
        select(
            RoadmapItem.id,
            RoadmapItem.client_id,
            Client.name,
            Program.name,
            RoadmapItem.program_id,
            RoadmapItem.title,
            RoadmapItem.year,
            RoadmapItem.quarter,
            RoadmapItem.status,
            RoadmapItem.description,
        )
        .join(Client, RoadmapItem.client_id == Client.id)
        .outerjoin(Program, RoadmapItem.program_id == Program.id)
        .order_by(RoadmapItem.year, RoadmapItem.quarter, RoadmapItem.title, RoadmapItem.id)
    )
    if client_id is not None:
        stmt = stmt.where(RoadmapItem.client_id == client_id)
    rows = []
    for rid, cid, client, program, pid, title, year, q, status, description in session.execute(
        stmt
    ):
        data = RoadmapData(cid, title, Quarter(year, q), status, pid, description)
        rows.append(RoadmapRow(rid, cid, client, program, data))
    return rows


def get_item(session: Session, item_id: int) -> RoadmapData:
    """One item's fields."""
    item = session.get(RoadmapItem, item_id)
    if item is None:
        raise ValidationError("that roadmap item no longer exists", "item")
    return RoadmapData(
        item.client_id,
        item.title,
        Quarter(item.year, item.quarter),
        item.status,
        item.program_id,
        item.description,
    )


def _checked_values(session: Session, data: RoadmapData) -> dict[str, object]:
    """The columns of ``data`` after every check; writes nothing."""
    title = check_name(data.title, "title", "title")
    if session.get(Client, data.client_id) is None:
        raise ValidationError("choose the client", "client")
    if data.program_id is not None:
        program = session.get(Program, data.program_id)
        if program is None or program.client_id != data.client_id:
            raise ValidationError("the program must belong to the same client", "program")
    return {
        "client_id": data.client_id,
        "program_id": data.program_id,
        "title": title,
        "year": data.quarter.year,
        "quarter": data.quarter.quarter,
        "status": data.status,
        "description": (data.description or "").strip() or None,
    }


def save_item(
    session: Session, item_id: int | None, data: RoadmapData
) -> tuple[int, RoadmapData | None]:
    """Create or update a roadmap item; returns its id and the prior state."""
    values = _checked_values(session, data)
    if item_id is None or session.get(RoadmapItem, item_id) is None:
        item = RoadmapItem(id=item_id, **values)
        session.add(item)
        session.flush()
        return item.id, None
    prior = get_item(session, item_id)
    found = session.get(RoadmapItem, item_id)
    assert found is not None
    for key, value in values.items():
        setattr(found, key, value)
    session.flush()
    return item_id, prior


def delete_item(session: Session, item_id: int) -> RoadmapData:
    """Remove a roadmap item; returns its fields (undo restores them with the same id)."""
    prior = get_item(session, item_id)
    session.execute(delete(RoadmapItem).where(RoadmapItem.id == item_id))
    return prior


def restore_item(session: Session, item_id: int, data: RoadmapData) -> None:
    """Put a deleted item back with its old id (the undo of ``delete_item``)."""
    session.add(RoadmapItem(id=item_id, **_checked_values(session, data)))
    session.flush()
