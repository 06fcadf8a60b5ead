"""Time off from an iCalendar file (.ics): what Outlook, Google Calendar and Apple Calendar
export for "out of office".

Each event is a period of time off: all-day events from their first to their last day
(iCalendar's end date is exclusive), timed events on the days they cover, a single day of
under five hours as a half day. Outlook's busy status, when present, keeps only the events
marked Out of Office. The kind comes from the event's title (sick, training, parental; else
vacation). Events are given to one person, or matched to people by their organizer or
attendee email, else by a person's name in the title. An event already recorded (same
person, first and last day) is skipped, so importing a newer export adds only what is new.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.calendar import days_off as team_calendar
from pmo_desktop.services.calendar.days_off import TimeOffData
from pmo_desktop.store.models import Person, TimeOff
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE

MAX_BYTES = 20_000_000
_KINDS = (
    ("sick", ("sick", "ill", "doctor", "medical", "krank", "malad")),
    ("training", ("training", "course", "conference", "workshop", "formation")),
    ("parental", ("parental", "maternity", "paternity", "baby")),
)


@dataclass(frozen=True, slots=True)
class IcsEvent:
    summary: str
    start: date
    end: date  # inclusive
    half_day: bool
    emails: tuple[str, ...]


def _kind(summary: str) -> str:
    text = summary.casefold()
    for kind, words in _KINDS:
        if any(word in text for word in words):
            return kind
    return "vacation"


def _email(value: Any) -> str:
    text = str(value)
    return text[7:].casefold() if text.casefold().startswith("mailto:") else text.casefold()


def read_ics(data: bytes, source: str = "file") -> list[IcsEvent]:
    """The events of an iCalendar file that are time off; ValidationError if unreadable."""
    from icalendar import Calendar

    if len(data) > MAX_BYTES:
        raise ValidationError(f"{source} is larger than {MAX_BYTES // 1_000_000} MB", "file")
    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and others for a bad file
        raise ValidationError(f"{source} is not an iCalendar file ({exc})", "file") from None
    events = []
    for event in calendar.walk("VEVENT"):
        status = str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
        if status and status != "OOF":
            continue
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start_prop, end_prop = event.get("DTSTART"), event.get("DTEND")
        if start_prop is None:
            continue
        start_value = start_prop.dt
        end_value = end_prop.dt if end_prop is not None else None
        if isinstance(start_value, datetime):
            end_time = end_value if isinstance(end_value, datetime) else start_value
            first, last = start_value.date(), end_time.date()
            if end_time.time() == datetime.min.time() and last > first:
                last -= timedelta(days=1)  # ends at midnight: the day before
            half = first == last and (end_time - start_value) < timedelta(hours=5)
        else:
            first = start_value
            last = (end_value - timedelta(days=1)) if isinstance(end_value, date) else first
            half = False
        last = max(last, first)
        if not (MIN_DATE <= first <= MAX_DATE and MIN_DATE <= last <= MAX_DATE):
            continue
        people = [event.get("ORGANIZER"), *_as_list(event.get("ATTENDEE"))]
        emails = tuple(_email(p) for p in people if p)
        events.append(IcsEvent(str(event.get("SUMMARY", "")).strip(), first, last, half, emails))
    return events


def _as_list(value: Any) -> Iterable[Any]:
    if value is None:
        return ()
    return value if isinstance(value, list) else (value,)


@dataclass(frozen=True, slots=True)
class IcsPreview:
    add: tuple[TimeOffData, ...]
    skipped: int  # already recorded
    unmatched: tuple[str, ...]  # event titles nobody was found for

    def summary(self) -> str:
        days = sum((t.end - t.start).days + 1 for t in self.add)
        text = f"{len(self.add)} periods of time off to add ({days} calendar days)"
        if self.skipped:
            text += f", {self.skipped} already recorded"
        if self.unmatched:
            text += f", {len(self.unmatched)} events matched to nobody"
        return text


def preview_ics(
    session: Session, events: list[IcsEvent], person_id: int | None = None
) -> IcsPreview:
    """Who each event is for, and what is new."""
    people = list(session.execute(select(Person.id, Person.name, Person.email)))
    if person_id is not None and person_id not in {p for p, _n, _e in people}:
        raise ValidationError("that person is no longer in the portfolio", "person")
    by_email = {email.casefold(): pid for pid, _name, email in people if email}
    existing = {
        (pid, start, end)
        for pid, start, end in session.execute(
            select(TimeOff.person_id, TimeOff.start_date, TimeOff.end_date)
        )
    }
    add: list[TimeOffData] = []
    unmatched: list[str] = []
    skipped = 0
    for event in events:
        who = person_id
        if who is None:
            who = next((by_email[e] for e in event.emails if e in by_email), None)
        if who is None:
            title = event.summary.casefold()
            named = [pid for pid, name, _e in people if name.casefold() in title]
            who = named[0] if len(named) == 1 else None
        if who is None:
            unmatched.append(event.summary or f"{event.start}")
            continue
        key = (who, event.start, event.end)
        if key in existing:
            skipped += 1
            continue
        existing.add(key)
        note = event.summary[:500] or None
        add.append(
            TimeOffData(who, event.start, event.end, _kind(event.summary), event.half_day, note)
        )
    return IcsPreview(tuple(add), skipped, tuple(unmatched))


def import_ics(session: Session, preview: IcsPreview) -> tuple[TimeOffData, ...]:
    """Record every new period (validated one by one; a bad one refuses the whole file)."""
    if not preview.add:
        raise ValidationError("nothing new to import", "file")
    return tuple(team_calendar.add_time_off(session, data) for data in preview.add)


def undo_ics(session: Session, added: tuple[TimeOffData, ...]) -> None:
    """Remove what ``import_ics`` recorded."""
    for data in added:
        assert data.id is not None
        team_calendar.delete_time_off(session, data.id)
