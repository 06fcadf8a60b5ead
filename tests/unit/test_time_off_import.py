"""Time off from the calendars people use: an Outlook "out of office" export and a Google
all-day event, matched to people, whole and half days, kinds from the title, busy meetings
left out, a newer export adding only what is new, one undo."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.calendar import ics_import as time_off_import
from pmo_desktop.services.people import roster as people_roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
ORGANIZER;CN="Ana García":mailto:ana@example.org
SUMMARY:Out of office – summer holiday 🏖
DTSTART;VALUE=DATE:20260803
DTEND;VALUE=DATE:20260815
X-MICROSOFT-CDO-BUSYSTATUS:OOF
UID:040000008200E00074C5B7101A82E0080000000001
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ana García":mailto:ana@example.org
SUMMARY:Steering committee
DTSTART:20260805T090000Z
DTEND:20260805T100000Z
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
UID:040000008200E00074C5B7101A82E0080000000002
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ana García":mailto:ana@example.org
SUMMARY:Doctor (sick leave)
DTSTART:20260907T090000Z
DTEND:20260907T120000Z
X-MICROSOFT-CDO-BUSYSTATUS:OOF
UID:040000008200E00074C5B7101A82E0080000000003
END:VEVENT
END:VCALENDAR
"""

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261005
DTEND;VALUE=DATE:20261007
SUMMARY:Ben Okafor – PMP training course
UID:abc123@google.com
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261012
DTEND;VALUE=DATE:20261013
SUMMARY:Someone else's day off
UID:def456@google.com
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def people(portfolio: Portfolio) -> dict[str, int]:
    with unit_of_work(portfolio.sessions) as session:
        return {
            "ana": people_roster.add_person(
                session, PersonData(name="Ana García", email="Ana@Example.org")
            ),
            "ben": people_roster.add_person(session, PersonData(name="Ben Okafor")),
        }


def test_an_outlook_export_gives_the_out_of_office_days(
    portfolio: Portfolio, people: dict[str, int]
) -> None:
    events = time_off_import.read_ics(OUTLOOK.encode(), "ana.ics")
    assert [e.summary for e in events] == [
        "Out of office – summer holiday 🏖",
        "Doctor (sick leave)",
    ]
    with unit_of_work(portfolio.sessions) as session:
        preview = time_off_import.preview_ics(session, events)  # matched by email
        assert [(t.person_id, t.start, t.end, t.kind, t.half_days) for t in preview.add] == [
            (people["ana"], date(2026, 8, 3), date(2026, 8, 14), "vacation", False),
            (people["ana"], date(2026, 9, 7), date(2026, 9, 7), "sick", True),
        ]
        added = time_off_import.import_ics(session, preview)
    with unit_of_work(portfolio.sessions) as session:
        staff = staffing.list_staff_by_ids(session, [people["ana"]])
        caps = staffing.capacities(session, staff, [date(2026, 8, 10), date(2026, 9, 7)])
        assert caps[(people["ana"], date(2026, 8, 10))] == 0
        assert caps[(people["ana"], date(2026, 9, 7))] == pytest.approx(36)
        again = time_off_import.preview_ics(session, events)
        assert again.add == () and again.skipped == 2  # a newer export adds only what is new
        time_off_import.undo_ics(session, added)
        assert time_off_import.preview_ics(session, events).skipped == 0


def test_a_google_export_matches_names_in_titles_and_lists_the_rest(
    portfolio: Portfolio, people: dict[str, int]
) -> None:
    events = time_off_import.read_ics(GOOGLE.encode(), "team.ics")
    with unit_of_work(portfolio.sessions) as session:
        preview = time_off_import.preview_ics(session, events)
        assert [(t.person_id, t.start, t.end, t.kind) for t in preview.add] == [
            (people["ben"], date(2026, 10, 5), date(2026, 10, 6), "training")
        ]
        assert preview.unmatched == ("Someone else's day off",)
        given = time_off_import.preview_ics(session, events, people["ana"])
        assert len(given.add) == 2 and given.unmatched == ()


def test_a_file_that_is_not_icalendar_is_refused() -> None:
    with pytest.raises(ValidationError, match="not an iCalendar file"):
        time_off_import.read_ics(b"BEGIN:VCALENDAR\nnot really", "x.ics")
