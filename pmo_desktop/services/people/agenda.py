"""The 1:1 agenda lines that come from other areas: a person's open retrospective
actions, and starting a 1:1 that brings them in as talking points (once each)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.services.people import one_on_ones as people
from pmo_desktop.services.reports.retrospectives import open_retro_actions
from pmo_desktop.store.models_reporting import Retrospective


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


def agenda_line_text(line: AgendaLine) -> str:
    """A retro action as a 1:1 talking point (stable text, so it is never added twice)."""
    due = f" (due {line.due_date:%d %b %Y})"
    return f"{line.source} — {line.text}" + (due if line.due_date else "")


def start_one_on_one_with_retro_actions(session: Session, person_id: int, day: date) -> int:
    """Start a 1:1 through the people service (which carries open points and actions) and
    add the person's open retrospective actions as talking points, once each; returns the
    1:1's id. The People area's "Start 1:1" can call this instead of ``start_one_on_one``."""
    detail = people.start_one_on_one(session, person_id, day)
    present = {point.text for point in detail.points}
    for line in one_on_one_agenda_extras(session, person_id, day):
        text = agenda_line_text(line)
        if text not in present:
            people.add_talking_point(session, detail.id, text)
            present.add(text)
    return detail.id
