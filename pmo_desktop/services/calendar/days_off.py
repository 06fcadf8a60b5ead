"""Days the team does not work: public holidays, the portfolio's closure days, time off.

Public holidays come from the ``holidays`` package for each person's country and region
(never a hand-written list); closure days are the portfolio's own days off for everybody (an
agency's shutdown week); time off is a person's leave, whole or half days. Together they are
what capacity deducts (``days_off``) and what the grid header names (``holiday_names``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store.models import Person, TimeOff
from pmo_desktop.store.models_team import ClosureDay
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE

#: What a period of time off is, as the editor and imports offer it.
TIME_OFF_KINDS = ("vacation", "sick", "training", "parental", "other")
#: A public holiday's kind, for the rows the demo and older files hold as time off.
HOLIDAY_KIND = "holiday"


# --------------------------------------------------------------------------- public holidays


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country code → name ("GB" → "United Kingdom"), of every country the holiday calendar
    knows, by name."""
    import re

    from holidays import registry

    names = {
        entry[1]: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entry[0])
        for entry in registry.COUNTRIES.values()
    }
    return dict(sorted(names.items(), key=lambda item: item[1]))


@lru_cache(maxsize=64)
def regions(country: str) -> dict[str, str]:
    """Subdivision code → name ("SCT" → "Scotland") of ``country``; the code itself where
    the calendar has no name for it."""
    import holidays

    calendar = holidays.country_holidays(country.upper())
    named = {code: name for name, code in getattr(calendar, "subdivisions_aliases", {}).items()}
    return {code: named.get(code, code) for code in calendar.subdivisions}


def split_calendar(text: str | None) -> tuple[str | None, str | None]:
    """``"GB"``, ``"GB-SCT"``, ``"US-CA"`` → (country, region); empty or ``none`` → none."""
    cleaned = (text or "").strip()
    if cleaned.lower() in ("", "none"):
        return None, None
    country, _, region = cleaned.partition("-")
    return country.strip() or None, region.strip() or None


def check_calendar(country: str | None, region: str | None) -> tuple[str | None, str | None]:
    """The country and region, upper-cased, after checking the calendar knows them."""
    import holidays

    country = (country or "").strip().upper() or None
    region = (region or "").strip().upper() or None
    if country is None:
        if region is not None:
            raise ValidationError("a holiday region needs its country", "holiday_region")
        return None, None
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise ValidationError(
            f"no public-holiday calendar for the country code “{country}” (use ISO codes "
            "such as GB, US, DE, FR, IN)",
            "holiday_country",
        )
    if region is not None and region not in supported[country]:
        known = ", ".join(supported[country][:12])
        more = "…" if len(supported[country]) > 12 else ""
        raise ValidationError(
            f"{country} has no holiday region “{region}”"
            + (f" (known: {known}{more})" if known else " (it has no regions)"),
            "holiday_region",
        )
    return country, region


@lru_cache(maxsize=256)
def _holidays_of_year(country: str, region: str | None, year: int) -> tuple[tuple[date, str], ...]:
    import holidays

    calendar = holidays.country_holidays(country, subdiv=region, years=year)
    return tuple(sorted((day, str(name)) for day, name in calendar.items()))


def public_holidays(country: str, region: str | None, first: date, last: date) -> dict[date, str]:
    """Public holidays of a country (and region) from ``first`` to ``last`` inclusive."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _holidays_of_year(country, region, year):
            if first <= day <= last:
                found[day] = name
    return found


# --------------------------------------------------------------------------- days off


Period = tuple[date, date, float]


@dataclass(frozen=True, slots=True)
class Calendar:
    """The days off of a set of people over a span of days."""

    #: person id → periods off (first day, last day, share of each day: 1.0 or 0.5); a
    #: public holiday or closure day is a one-day period
    off: Mapping[int, list[Period]]
    #: day → names of the public holidays and closures that fall on it, for the grid header
    names: Mapping[date, tuple[str, ...]]


def days_off(
    session: Session,
    people: Iterable[tuple[int, str | None, str | None]],
    first: date,
    last: date,
    time_off: Iterable[tuple[int, date, date, float]] | None = None,
) -> Calendar:
    """Every person's days off from ``first`` to ``last``: their time off (read here unless
    given), the public holidays of their calendar and the portfolio's closure days.

    ``people`` are (id, holiday country, holiday region). Periods are clipped to the span;
    overlaps are kept (capacity never takes more than a whole day).
    """
    off: dict[int, list[Period]] = defaultdict(list)
    names: dict[date, set[str]] = defaultdict(set)
    if time_off is None:
        time_off = time_off_rows(session, first, last)
    for person_id, start, end, share in time_off:
        off[person_id].append((max(start, first), min(end, last), share))
    closures = closure_days(session, first, last)
    for day, name in closures.items():
        names[day].add(name or "Closed")
    closed: list[Period] = [(day, day, 1.0) for day in sorted(closures)]
    by_calendar: dict[tuple[str, str | None], list[Period]] = {}
    for person_id, country, region in people:
        if closed:
            off[person_id].extend(closed)
        if country:
            key = (country, region)
            holidays_here = by_calendar.get(key)
            if holidays_here is None:
                found = public_holidays(country, region, first, last)
                label = f" ({country}{'-' + region if region else ''})"
                for day, name in found.items():
                    names[day].add(name + label)
                holidays_here = by_calendar[key] = [(day, day, 1.0) for day in sorted(found)]
            off[person_id].extend(holidays_here)
    return Calendar(
        {pid: periods for pid, periods in off.items() if periods},
        {day: tuple(sorted(found)) for day, found in names.items()},
    )


def time_off_rows(session: Session, first: date, last: date) -> list[tuple[int, date, date, float]]:
    """(person id, start, end, share of each day) of every time off touching the span."""
    stmt = select(TimeOff.person_id, TimeOff.start_date, TimeOff.end_date, TimeOff.day_fraction)
    stmt = stmt.where(TimeOff.start_date <= last, TimeOff.end_date >= first)
    rows = session.execute(stmt)
    return [(pid, start, end, float(share or 1.0)) for pid, start, end, share in rows]


def closure_days(session: Session, first: date, last: date) -> dict[date, str | None]:
    """The portfolio's closure days from ``first`` to ``last``."""
    stmt = select(ClosureDay.day, ClosureDay.name).where(
        ClosureDay.day >= first, ClosureDay.day <= last
    )
    return dict(session.execute(stmt).all())


# --------------------------------------------------------------------------- editing


@dataclass(frozen=True, slots=True)
class TimeOffData:
    """A period of a person's leave, as the editor holds it."""

    person_id: int
    start: date
    end: date
    kind: str = "vacation"
    half_days: bool = False
    note: str | None = None
    id: int | None = None


def _checked(session: Session, data: TimeOffData) -> TimeOffData:
    if session.get(Person, data.person_id) is None:
        raise ValidationError("that person no longer exists", "person")
    if data.end < data.start:
        raise ValidationError("time off ends before it starts", "end")
    if data.start < MIN_DATE or data.end > MAX_DATE:
        raise ValidationError(
            f"time off must fall between {MIN_DATE.year} and {MAX_DATE.year}", "start"
        )
    if (data.end - data.start).days > 366:
        raise ValidationError("one period of time off is at most a year", "end")
    kind = (data.kind or "").strip().lower()
    if kind not in (*TIME_OFF_KINDS, HOLIDAY_KIND):
        raise ValidationError(
            f"time off is one of {', '.join(TIME_OFF_KINDS)} (not “{data.kind}”)", "kind"
        )
    note = (data.note or "").strip() or None
    return TimeOffData(data.person_id, data.start, data.end, kind, data.half_days, note, data.id)


def add_time_off(session: Session, data: TimeOffData) -> TimeOffData:
    """Record a period of time off; returns it with its id."""
    data = _checked(session, data)
    row = TimeOff(
        person_id=data.person_id,
        start_date=data.start,
        end_date=data.end,
        kind=data.kind,
        note=data.note,
        day_fraction=0.5 if data.half_days else 1.0,
    )
    if data.id is not None:
        row.id = data.id
    session.add(row)
    session.flush()
    return TimeOffData(
        data.person_id, data.start, data.end, data.kind, data.half_days, data.note, row.id
    )


def _data(row: TimeOff) -> TimeOffData:
    return TimeOffData(
        row.person_id,
        row.start_date,
        row.end_date,
        row.kind,
        float(row.day_fraction or 1.0) < 1.0,
        row.note,
        row.id,
    )


def time_off_of(session: Session, person_id: int) -> list[TimeOffData]:
    """A person's time off, latest first."""
    stmt = (
        select(TimeOff)
        .where(TimeOff.person_id == person_id)
        .order_by(TimeOff.start_date.desc(), TimeOff.id.desc())
    )
    return [_data(row) for row in session.scalars(stmt)]


def update_time_off(session: Session, data: TimeOffData) -> TimeOffData:
    """Change a period of time off; returns what it was (for undo)."""
    row = session.get(TimeOff, data.id) if data.id is not None else None
    if row is None:
        raise ValidationError("that time off no longer exists", "time_off")
    before = _data(row)
    data = _checked(session, data)
    row.person_id, row.start_date, row.end_date = data.person_id, data.start, data.end
    row.kind, row.note = data.kind, data.note
    row.day_fraction = 0.5 if data.half_days else 1.0
    session.flush()
    return before


def delete_time_off(session: Session, time_off_id: int) -> TimeOffData:
    """Remove a period of time off; returns it (``add_time_off`` puts it back, same id)."""
    row = session.get(TimeOff, time_off_id)
    if row is None:
        raise ValidationError("that time off no longer exists", "time_off")
    before = _data(row)
    session.delete(row)
    session.flush()
    return before


def _closures_on(session: Session, days: Sequence[date]) -> dict[date, str | None]:
    stmt = select(ClosureDay.day, ClosureDay.name).where(ClosureDay.day.in_(days))
    return {day: name for day, name in session.execute(stmt)}


def set_closure_days(
    session: Session, days: Sequence[date], name: str | None
) -> dict[date, str | None]:
    """Make ``days`` closure days named ``name``; returns what those days were before
    (absent: not a closure day), for ``restore_closure_days``."""
    if any(not MIN_DATE <= day <= MAX_DATE for day in days):
        raise ValidationError(
            f"closure days must fall between {MIN_DATE.year} and {MAX_DATE.year}", "day"
        )
    name = (name or "").strip() or None
    before = _closures_on(session, days)
    session.execute(delete(ClosureDay).where(ClosureDay.day.in_(days)))
    session.add_all(ClosureDay(day=day, name=name) for day in sorted(set(days)))
    session.flush()
    return before


def clear_closure_days(session: Session, days: Sequence[date]) -> dict[date, str | None]:
    """Stop ``days`` being closure days; returns what they were."""
    before = _closures_on(session, days)
    session.execute(delete(ClosureDay).where(ClosureDay.day.in_(days)))
    session.flush()
    return before


def restore_closure_days(
    session: Session, days: Sequence[date], before: Mapping[date, str | None]
) -> None:
    """Put ``days`` back as they were (closure days with their names, or none)."""
    session.execute(delete(ClosureDay).where(ClosureDay.day.in_(days)))
    session.add_all(ClosureDay(day=day, name=name) for day, name in sorted(before.items()))
    session.flush()
