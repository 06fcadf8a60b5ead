"""The 1:1 schedule as an iCalendar (RFC 5545) file.

One recurring event per team member, following their cadence from the next 1:1 date. The
UID depends only on the person's id, so importing a newer export updates the series
instead of duplicating it; SEQUENCE grows with every 1:1 recorded, so calendars take the
newer start date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmo_desktop.fileio import atomic_path
from pmo_desktop.services.people.team import team_roster
from pmo_desktop.store.models_people import OneOnOne

PRODID = "-//PMO Desktop//1:1 schedule//EN"
UID_DOMAIN = "pmo-desktop.invalid"
MEETING_HOUR = 10
MEETING_MINUTES = 30


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """A dict from (key, value) result rows."""
    return {key: value for key, value in rows}


def uid_for(person_id: int) -> str:
    """The stable UID of a person's 1:1 series."""
    return f"one-on-one-person-{person_id}@{UID_DOMAIN}"


def escape_text(text: str) -> str:
    """A TEXT value escaped per RFC 5545 (backslash, semicolon, comma, newline)."""
    cleaned = "".join(ch if ch >= " " or ch == "\n" else " " for ch in text)
    return (
        cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def schedule_ics(session: Session, today: date, now: datetime | None = None) -> str:
    """The team's 1:1 schedule as iCalendar text."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    counts = _pairs(
        session.execute(
            select(OneOnOne.person_id, func.count(OneOnOne.id)).group_by(OneOnOne.person_id)
        )
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:1:1 schedule",
    ]
    for row in team_roster(session, today):
        start = row.next_one_on_one
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid_for(row.id)}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{int(counts.get(row.id, 0))}",
            f"DTSTART:{start:%Y%m%d}T{MEETING_HOUR:02d}0000",
            f"DURATION:PT{MEETING_MINUTES}M",
            f"RRULE:{row.cadence.rrule}",
            f"SUMMARY:{escape_text(f'1:1 with {row.name}')}",
            f"DESCRIPTION:{escape_text(_description(row.open_actions, row.cadence.label))}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _description(open_actions: int, cadence: str) -> str:
    items = "no open action items" if not open_actions else f"{open_actions} open action item"
    if open_actions > 1:
        items += "s"
    return f"{cadence} 1:1 — {items} (from PMO Desktop)"


def write_schedule(session: Session, path: Path, today: date) -> int:
    """Write the schedule to ``path`` atomically (0600); returns the number of series."""
    text = schedule_ics(session, today)
    with atomic_path(path) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return text.count("BEGIN:VEVENT")
