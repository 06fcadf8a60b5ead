"""The team itself: adding, editing, deactivating and deleting people; roles' targets.

A person's record is what capacity, billability, 1:1s and evaluations read: role, manager,
contracted hours (a week, or each weekday for a part-timer), start and end dates, billability
target (their role's unless overridden), skills with a level, the public-holiday calendar that
applies to them and notes. ``check_person`` validates once and returns the cleaned record with
the warnings a user should see but may ignore (a duplicate name); every write validates the
same way. Deactivating is the normal way out (history stays); deleting takes everything that
hangs off the person and ``restore_person`` brings it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import MAX_WEEK_HOURS, format_workweek, parse_workweek
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services import deletion
from pmo_desktop.services.calendar.days_off import check_calendar
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_team import PersonSkill, RoleTarget
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE

MAX_NAME = 200
MAX_EMAIL = 320
MAX_SKILL = 100
MAX_NOTES = 2_000_000


@dataclass(frozen=True, slots=True)
class PersonData:
    """Everything the People editor and ``person add|edit`` set on a person."""

    name: str
    role: Role = Role.PM
    email: str | None = None
    manager_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    weekly_hours: float = 40.0
    #: Hours Monday to Sunday for a person who does not work the weekly hours over Mon–Fri.
    workweek: tuple[float, ...] | None = None
    #: Their own billability target (percent); None: their role's.
    billable_target: int | None = None
    holiday_country: str | None = None
    holiday_region: str | None = None
    notes: str | None = None
    #: (skill, level 1–5), in the order the editor shows them.
    skills: tuple[tuple[str, int], ...] = ()
    active: bool = True


def parse_skills(text: str | None) -> tuple[tuple[str, int], ...]:
    """``"Jira:4, SAFe:2, Budgeting"`` as (skill, level) pairs, level 3 when left out, as
    the editor, the command line and a people list write them; ValidationError otherwise."""
    found: list[tuple[str, int]] = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, level = part.rpartition(":")
        if not sep:
            found.append((part, 3))
            continue
        if not level.strip().isdigit():
            raise ValidationError(f"“{part}”: a skill is NAME or NAME:LEVEL (1–5)", "skills")
        found.append((name.strip(), int(level)))
    return tuple(found)


def format_skills(skills: Sequence[tuple[str, int]]) -> str:
    """Skills as ``parse_skills`` reads them back."""
    return ", ".join(f"{name}:{level}" for name, level in skills)


@dataclass(frozen=True, slots=True)
class Checked:
    """A person's record after validation, with what the user should know but may ignore."""

    data: PersonData
    warnings: tuple[str, ...] = ()


def _text(value: str | None, field: str, label: str, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(f"{label} is longer than {limit:,} characters", field)
    return text or None


def _date(value: date | None, field: str, label: str) -> date | None:
    if value is not None and not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(
            f"{label} must fall between {MIN_DATE.year} and {MAX_DATE.year}", field
        )
    return value


def check_person(session: Session, data: PersonData, person_id: int | None = None) -> Checked:
    """Validate ``data`` for a new person (``person_id`` None) or for ``person_id``.

    Raises ValidationError naming the field for what cannot be saved: no name, dates out of
    order, hours outside 0–80, a target outside 0–100, an unknown or circular manager, a
    holiday calendar the ``holidays`` package does not know, a skill without a name or with a
    level outside 1–5. A name someone else already has is a warning, not a refusal.
    """
    name = _text(data.name, "name", "The name", MAX_NAME)
    if name is None:
        raise ValidationError("a person needs a name", "name")
    if not isinstance(data.role, Role):
        try:
            role = Role(str(data.role).strip().upper())
        except ValueError:
            codes = ", ".join(r.value for r in Role)
            raise ValidationError(f"the role is one of {codes}", "role") from None
    else:
        role = data.role
    email = _text(data.email, "email", "The email", MAX_EMAIL)
    if email is not None and ("@" not in email or " " in email):
        raise ValidationError(f"“{email}” is not an email address", "email")
    start = _date(data.start_date, "start_date", "The start date")
    end = _date(data.end_date, "end_date", "The end date")
    if start is not None and end is not None and end < start:
        raise ValidationError("the end date is before the start date", "end_date")
    workweek = data.workweek
    if workweek is not None:
        try:
            workweek = parse_workweek(format_workweek(workweek))
        except ValueError as exc:
            raise ValidationError(str(exc), "workweek") from None
    hours = float(sum(workweek)) if workweek is not None else float(data.weekly_hours)
    if not 0 <= hours <= MAX_WEEK_HOURS:
        raise ValidationError(f"weekly hours are 0 to {MAX_WEEK_HOURS:g}", "weekly_hours")
    target = data.billable_target
    if target is not None and not 0 <= target <= 100:
        raise ValidationError("a billability target is 0 to 100 %", "billable_target")
    if data.manager_id is not None:
        _check_manager(session, data.manager_id, person_id)
    country, region = check_calendar(data.holiday_country, data.holiday_region)
    notes = _text(data.notes, "notes", "The notes", MAX_NOTES)
    skills: list[tuple[str, int]] = []
    seen: set[str] = set()
    for skill, level in data.skills:
        label = _text(skill, "skills", "A skill", MAX_SKILL)
        if label is None:
            raise ValidationError("a skill needs a name", "skills")
        if not 1 <= int(level) <= 5:
            raise ValidationError(f"the level of “{label}” is 1 (learning) to 5 (expert)", "skills")
        if label.casefold() in seen:
            raise ValidationError(f"the skill “{label}” is listed twice", "skills")
        seen.add(label.casefold())
        skills.append((label, int(level)))
    cleaned = PersonData(
        name=name,
        role=role,
        email=email,
        manager_id=data.manager_id,
        start_date=start,
        end_date=end,
        weekly_hours=hours,
        workweek=workweek,
        billable_target=target,
        holiday_country=country,
        holiday_region=region,
        notes=notes,
        skills=tuple(skills),
        active=bool(data.active),
    )
    warnings = []
    renamed = (
        person_id is None
        or session.scalar(select(Person.name).where(Person.id == person_id)) != name
    )
    same = select(func.count()).where(func.lower(Person.name) == name.lower())
    if person_id is not None:
        same = same.where(Person.id != person_id)
    if renamed and session.scalar(same.select_from(Person)):
        warnings.append(f"someone else is already named “{name}”: both are kept")
    return Checked(cleaned, tuple(warnings))


def _check_manager(session: Session, manager_id: int, person_id: int | None) -> None:
    if person_id is not None and manager_id == person_id:
        raise ValidationError("a person cannot be their own manager", "manager_id")
    managers = dict(session.execute(select(Person.id, Person.manager_id)).all())
    if manager_id not in managers:
        raise ValidationError("that manager is not in the portfolio", "manager_id")
    seen = {manager_id}
    above = managers.get(manager_id)
    while above is not None and above not in seen:
        if above == person_id:
            raise ValidationError(
                "that manager reports to this person: the reporting line would be a circle",
                "manager_id",
            )
        seen.add(above)
        above = managers.get(above)


def _write(session: Session, row: Person, data: PersonData) -> None:
    row.name, row.role, row.email = data.name, data.role, data.email
    row.manager_id = data.manager_id
    row.start_date, row.end_date = data.start_date, data.end_date
    row.weekly_hours = data.weekly_hours
    row.workweek = format_workweek(data.workweek) or None
    row.billable_target = data.billable_target
    row.holiday_country, row.holiday_region = data.holiday_country, data.holiday_region
    row.notes, row.active = data.notes, data.active
    session.flush()
    session.execute(delete(PersonSkill).where(PersonSkill.person_id == row.id))
    session.add_all(
        PersonSkill(person_id=row.id, skill=skill, level=level) for skill, level in data.skills
    )
    session.flush()


def add_person(session: Session, data: PersonData, person_id: int | None = None) -> int:
    """Add a person (with ``person_id`` when redoing an add); returns their id."""
    checked = check_person(session, data)
    row = Person(name=checked.data.name, role=checked.data.role, weekly_hours=0.0)
    if person_id is not None:
        if session.get(Person, person_id) is not None:
            raise ValidationError("a person with that id exists again", "person")
        row.id = person_id
    session.add(row)
    session.flush()
    _write(session, row, checked.data)
    return int(row.id)


def person_data(session: Session, person_id: int) -> PersonData:
    """A person's record as the editor shows it."""
    row = session.get(Person, person_id)
    if row is None:
        raise ValidationError("that person is no longer in the portfolio", "person")
    skills = session.execute(
        select(PersonSkill.skill, PersonSkill.level)
        .where(PersonSkill.person_id == person_id)
        .order_by(PersonSkill.id)
    )
    return PersonData(
        name=row.name,
        role=row.role,
        email=row.email,
        manager_id=row.manager_id,
        start_date=row.start_date,
        end_date=row.end_date,
        weekly_hours=float(row.weekly_hours),
        workweek=parse_workweek(row.workweek),
        billable_target=row.billable_target,
        holiday_country=row.holiday_country,
        holiday_region=row.holiday_region,
        notes=row.notes,
        skills=tuple((skill, int(level)) for skill, level in skills),
        active=bool(row.active),
    )


def update_person(session: Session, person_id: int, data: PersonData) -> PersonData:
    """Save ``data`` over a person; returns what they were (``update_person`` it to undo)."""
    before = person_data(session, person_id)
    checked = check_person(session, data, person_id)
    row = session.get(Person, person_id)
    assert row is not None
    _write(session, row, checked.data)
    return before


def set_active(session: Session, person_id: int, active: bool) -> PersonData:
    """Deactivate (off the grid and the roster, history kept) or reactivate a person."""
    before = person_data(session, person_id)
    update_person(session, person_id, replace(before, active=active))
    return before


# --------------------------------------------------------------------------- deleting


def deletion_impact(session: Session, person_id: int) -> deletion.DeletedRecord:
    """What deleting the person would take with them (nothing is written)."""
    return deletion.deletion_impact(session, "person", person_id)


def delete_person(session: Session, person_id: int) -> deletion.DeletedRecord:
    """Delete a person with their allocations, 1:1s, evaluations …; returns the snapshot."""
    return deletion.delete_record(session, "person", person_id)


def restore_person(session: Session, record: deletion.DeletedRecord) -> None:
    """Bring a deleted person back with everything that went with them."""
    deletion.restore_record(session, record)


# --------------------------------------------------------------------------- listing


@dataclass(frozen=True, slots=True)
class PersonListing:
    """One line of ``person list``."""

    id: int
    name: str
    role: Role
    manager: str | None
    weekly_hours: float
    workweek: str
    start_date: date | None
    end_date: date | None
    billable_target: int
    calendar: str
    active: bool


def list_people(session: Session, *, include_inactive: bool = False) -> list[PersonListing]:
    """Everyone by name, with their effective billability target and holiday calendar."""
    targets = role_targets(session)
    names = dict(session.execute(select(Person.id, Person.name)).all())
    stmt = select(Person).order_by(Person.name, Person.id)
    if not include_inactive:
        stmt = stmt.where(Person.active.is_(True))
    found = []
    for row in session.scalars(stmt):
        calendar = row.holiday_country or ""
        if row.holiday_region:
            calendar += f"-{row.holiday_region}"
        found.append(
            PersonListing(
                row.id,
                row.name,
                row.role,
                names.get(row.manager_id) if row.manager_id is not None else None,
                float(row.weekly_hours),
                row.workweek or "",
                row.start_date,
                row.end_date,
                row.billable_target if row.billable_target is not None else targets[row.role],
                calendar,
                bool(row.active),
            )
        )
    return found


# --------------------------------------------------------------------------- role targets


def role_targets(session: Session) -> dict[Role, int]:
    """Each role's billability target: the portfolio's own, else DOMAIN.md's default."""
    own = dict(session.execute(select(RoleTarget.role, RoleTarget.billable_target)).all())
    return {role: int(own.get(role, role.default_billable_target)) for role in Role}


def set_role_targets(session: Session, targets: dict[Role, int | None]) -> dict[Role, int | None]:
    """Set roles' targets (None: back to the default); returns what was set before."""
    for role, target in targets.items():
        if target is not None and not 0 <= target <= 100:
            raise ValidationError(f"the {role.value} target is 0 to 100 %", role.value)
    rows = session.execute(select(RoleTarget.role, RoleTarget.billable_target)).all()
    own: dict[Role, int] = dict(rows)
    before: dict[Role, int | None] = {role: own.get(role) for role in targets}
    session.execute(delete(RoleTarget).where(RoleTarget.role.in_(list(targets))))
    session.add_all(
        RoleTarget(role=role, billable_target=target)
        for role, target in targets.items()
        if target is not None
    )
    session.flush()
    return before


def skills_of(session: Session, person_ids: Sequence[int]) -> dict[int, list[tuple[str, int]]]:
    """Person id → (skill, level), for staffing search."""
    found: dict[int, list[tuple[str, int]]] = {pid: [] for pid in person_ids}
    stmt = (
        select(PersonSkill.person_id, PersonSkill.skill, PersonSkill.level)
        .where(PersonSkill.person_id.in_(list(person_ids)))
        .order_by(PersonSkill.person_id, PersonSkill.id)
    )
    for pid, skill, level in session.execute(stmt):
        found[pid].append((skill, int(level)))
    return found
