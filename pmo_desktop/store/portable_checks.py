"""What a portable JSON import must hold beyond each value's type: what the app relies on.

``portable.decode_rows`` checks that every value has its column's type; the rules here refuse
values of the right type that the rest of the app would later fail on. Each refusal is one
``ValidationError`` naming the place (``tables.person[2].start_date: …``).

- **Dates and timestamps** lie in the years 1900–2200 (``MIN_DATE``–``MAX_DATE``): week and
  period arithmetic (``+ 520 weeks``, the half-year after) then never leaves what ``date``
  can hold, and every date is written back with a four-digit year.
- **Weeks** (every date column named ``week``) are Mondays: the staffing grid and the
  checklists name each week by its Monday.
- **Periods** (``evaluation.period``, ``team_objective.period``) are written as the app
  writes them, ``2026``, ``2026-H1`` or ``2026-Q3`` (``domain.rating.check_period``), with a
  year in range: anything else cannot be shown, compared or put in a file name.
- **Managers** (``person.manager_id``) never loop: no one manages themselves, directly or
  through others.
- **Status report snapshots** hold a payload of the shape the status report PDF reads (see
  ``services.reporting_status.build_payload``): JSON text without NaN or infinities, with
  every field the PDF reads present and of the type it expects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, NoReturn

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rating import check_period
from pmo_desktop.domain.reporting import ReportScope

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
#: Largest magnitude of a number in a snapshot payload (what an SQLite integer holds).
MAX_NUMBER = 2**63

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_PERIOD_TABLES = ("evaluation", "team_objective")

Rows = dict[str, list[dict[str, Any]]]
#: Checks one value of a payload at a place (``…payload.history[2].date``); raises if bad.
Check = Callable[[Any, str], None]


def show(value: Any) -> str:
    """A value as the JSON a user wrote, cut to 40 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (RecursionError, ValueError):
        text = f"a {type(value).__name__} nested too deep"
    return text if len(text) <= 40 else text[:37] + "…"


def check_day(day: date, where: str) -> date:
    """``day`` when it lies in the years the app works with, else a refusal."""
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValidationError(
            f"{where}: {day.isoformat()} is outside the years"
            f" {MIN_DATE.year}–{MAX_DATE.year} this app works with"
        )
    return day


def parse_day(value: Any, where: str) -> date:
    """A ``YYYY-MM-DD`` text as a date in range, else a refusal."""
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise ValidationError(f"{where}: expected a date YYYY-MM-DD, got {show(value)}")
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"{where}: not a real date: {show(value)}") from exc
    return check_day(day, where)


def check_content(decoded: Rows) -> None:
    """Refuse decoded rows (types and references already checked) the app could not use."""
    _check_weeks(decoded)
    _check_periods(decoded)
    _check_managers(decoded.get("person", []))
    for index, row in enumerate(decoded.get("status_report_snapshot", [])):
        check_payload(row["payload"], f"tables.status_report_snapshot[{index}].payload")


def _check_weeks(decoded: Rows) -> None:
    for table, rows in decoded.items():
        for index, row in enumerate(rows):
            week = row.get("week")
            if isinstance(week, date) and week.weekday() != 0:
                raise ValidationError(
                    f"tables.{table}[{index}].week: {week.isoformat()} is a {week:%A};"
                    " weeks are named by their Monday"
                )


def _check_periods(decoded: Rows) -> None:
    for table in _PERIOD_TABLES:
        for index, row in enumerate(decoded.get(table, [])):
            where = f"tables.{table}[{index}].period"
            period = row["period"]
            try:
                canonical = check_period(period if period.isascii() else "?")
            except ValidationError:
                raise ValidationError(
                    f"{where}: {show(period)} is not a year (2026), half (2026-H1)"
                    " or quarter (2026-Q3)"
                ) from None
            if canonical != period:
                raise ValidationError(
                    f"{where}: write the period as {canonical!r}, not {show(period)}"
                )
            year = int(period[:4])
            if not MIN_DATE.year <= year <= MAX_DATE.year:
                raise ValidationError(
                    f"{where}: {year} is outside the years"
                    f" {MIN_DATE.year}–{MAX_DATE.year} this app works with"
                )


def _check_managers(people: list[dict[str, Any]]) -> None:
    """No chain of ``manager_id`` comes back to where it started."""
    manager = {row["id"]: row["manager_id"] for row in people}
    position = {row["id"]: index for index, row in enumerate(people)}
    settled: set[Any] = set()  # people whose chain is known to end
    for start in manager:
        chain: list[Any] = []
        on_chain: set[Any] = set()
        current = start
        while current is not None and current not in settled:
            if current in on_chain:
                loop = chain[chain.index(current) :]
                first = min(loop, key=position.__getitem__)
                where = f"tables.person[{position[first]}].manager_id"
                if len(loop) == 1:
                    raise ValidationError(f"{where}: person {first} cannot manage themselves")
                path = " → ".join(str(p) for p in [*loop, loop[0]])
                raise ValidationError(f"{where}: managers go round in a loop ({path})")
            chain.append(current)
            on_chain.add(current)
            current = manager.get(current)
        settled.update(chain)


# --------------------------------------------------------------------------- snapshots


def check_payload(text: str, where: str) -> None:
    """Refuse a status report snapshot payload the status report PDF could not render."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except ValidationError as exc:
        raise ValidationError(f"{where}: {exc.message}") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{where}: not valid JSON ({exc.msg}, at {exc.pos})") from exc
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise ValidationError(f"{where}: a number is too long") from exc
    except RecursionError as exc:
        raise ValidationError(f"{where}: nested too deep") from exc
    _PAYLOAD(value, where)


def _refuse_constant(name: str) -> Any:
    raise ValidationError(f"{name} is not a number JSON allows")


def _refuse(where: str, label: str, value: Any) -> NoReturn:
    raise ValidationError(f"{where}: expected {label}, got {show(value)}")


def _text(*, optional: bool = False) -> Check:
    def check(value: Any, where: str) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str):
            _refuse(where, "text" + (" or null" if optional else ""), value)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValidationError(f"{where}: text holds an unpaired surrogate") from exc

    return check


def _day(*, optional: bool = False) -> Check:
    def check(value: Any, where: str) -> None:
        if value is None and optional:
            return
        parse_day(value, where)

    return check


def _number(*, optional: bool = False, whole: bool = False) -> Check:
    label = ("a whole number" if whole else "a number") + (" or null" if optional else "")

    def check(value: Any, where: str) -> None:
        if value is None and optional:
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (whole and not isinstance(value, int))
        ):
            _refuse(where, label, value)
        if not abs(value) <= MAX_NUMBER:  # also false for NaN (and an infinity is above)
            raise ValidationError(f"{where}: number out of range")

    return check


def _flag(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        _refuse(where, "true or false", value)


def _choice(values: list[str], *, optional: bool = False) -> Check:
    label = "one of " + ", ".join(values) + (" or null" if optional else "")

    def check(value: Any, where: str) -> None:
        if not ((value is None and optional) or value in values):
            _refuse(where, label, value)

    return check


def _record(required: Mapping[str, Check], optional: Mapping[str, Check] | None = None) -> Check:
    """An object holding every ``required`` field (any others are not read, so allowed)."""

    def check(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            _refuse(where, "an object", value)
        for name, field in required.items():
            if name not in value:
                raise ValidationError(f"{where}.{name}: missing")
            field(value[name], f"{where}.{name}")
        for name, field in (optional or {}).items():
            if name in value:
                field(value[name], f"{where}.{name}")

    return check


def _list(item: Check) -> Check:
    def check(value: Any, where: str) -> None:
        if not isinstance(value, list):
            _refuse(where, "a list", value)
        for index, entry in enumerate(value):
            item(entry, f"{where}[{index}]")

    return check


def _staffing(value: Any, where: str) -> None:
    """The staffing table: weeks, and per person and open role one number per week."""
    _STAFFING_SHAPE(value, where)
    weeks = len(value["weeks"])
    for key in ("people", "open"):
        for index, line in enumerate(value[key]):
            if len(line["hours"]) != weeks:
                raise ValidationError(
                    f"{where}.{key}[{index}].hours: {len(line['hours'])} values for {weeks} weeks"
                )


_DIMENSIONS = ("overall", "budget", "timeline", "scope")
_RAG = _choice([r.value for r in Rag], optional=True)
_VERDICT = _record({}, {"rag": _RAG, "why": _text(optional=True), "overridden": _flag})
_PROJECT_VERDICT = _record({"rag": _RAG, "why": _text(optional=True)}, {"overridden": _flag})
_MITIGATION = _record(
    {"text": _text(), "done": _flag, "due": _day(optional=True), "owner": _text(optional=True)}
)
_ENTRY = {
    "title": _text(),
    "project": _text(optional=True),
    "owner": _text(optional=True),
    "response": _text(optional=True),
    "mitigations": _list(_MITIGATION),
}
_HOURS_LINE = _record({"name": _text(), "hours": _list(_number())})
_STAFFING_SHAPE = _record(
    {"weeks": _list(_day()), "people": _list(_HOURS_LINE), "open": _list(_HOURS_LINE)}
)
_PAYLOAD = _record(
    {
        "scope": _choice([s.value for s in ReportScope]),
        "title": _text(),
        "client": _text(),
        "issued_on": _day(),
        "health": _record({}, dict.fromkeys(_DIMENSIONS, _VERDICT)),
        "history": _list(_record({"date": _day()}, {"rag": _RAG})),
        "text": _record(
            {},
            dict.fromkeys(
                ("executive_summary", "accomplishments", "next_steps", "decisions_needed"),
                _text(optional=True),
            ),
        ),
        "projects": _list(
            _record(
                {"name": _text(), "pm": _text(optional=True)}
                | dict.fromkeys(_DIMENSIONS, _PROJECT_VERDICT)
            )
        ),
        "milestones": _list(
            _record(
                {
                    "name": _text(),
                    "project": _text(),
                    "baseline": _day(optional=True),
                    "forecast": _day(optional=True),
                    "actual": _day(optional=True),
                    "slip_days": _number(whole=True),
                    "late": _flag,
                }
            )
        ),
        "budget": _list(
            _record(
                {
                    "name": _text(),
                    "budget": _number(optional=True),
                    "actual": _number(optional=True),
                    "eac": _number(optional=True),
                }
            )
        ),
        "risks": _list(
            _record(
                _ENTRY | {"score": _number(optional=True), "band": _RAG},
                {"severity": _number(optional=True)},
            )
        ),
        "issues": _list(
            _record(
                _ENTRY | {"severity": _number(optional=True)},
                {"score": _number(optional=True), "band": _RAG},
            )
        ),
        "staffing": _staffing,
    }
)
