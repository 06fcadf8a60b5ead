"""Retrospectives: the list, a board's notes and votes by column, and the actions agreed
with their owners and due dates (open ones also feed the 1:1 agenda and Home). Every
edit returns what its undo needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, func, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import RetroFormat
from pmo_desktop.services.reports.fields import clean_text
from pmo_desktop.store.models import Person, Program, Project
from pmo_desktop.store.models_reporting import RetroAction, RetroItem, Retrospective


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
    title = clean_text(data.title, "title", "The title", required=True)
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
    clean = clean_text(text, "text", "The note", required=True)
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
    clean = clean_text(data.text, "text", "The action", required=True)
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
    clean = clean_text(data.text, "text", "The action", required=True)
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
