"""Evaluations: competency frameworks per role, the 1–5 scale, periods and the status rules.

An evaluation moves draft → final → shared. A final or shared evaluation is read-only; it
can only be reopened to draft with a written reason, and every reopening is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError

MIN_RATING = 1
MAX_RATING = 5

#: What each point of the scale means, shown next to every rating.
RATING_LABELS = {
    1: "Below expectations",
    2: "Partially meets expectations",
    3: "Meets expectations",
    4: "Exceeds expectations",
    5: "Outstanding",
}


class EvaluationKind(StrEnum):
    """Why the evaluation is written."""

    MID_YEAR = "mid_year"
    ANNUAL = "annual"
    PROBATION = "probation"

    @property
    def label(self) -> str:
        """Human label."""
        return {"mid_year": "Mid-year", "annual": "Annual", "probation": "Probation"}[self.value]


class EvaluationStatus(StrEnum):
    """Where an evaluation stands: only a draft can be edited."""

    DRAFT = "draft"
    FINAL = "final"
    SHARED = "shared"

    @property
    def label(self) -> str:
        """Human label."""
        return self.value.capitalize()

    @property
    def editable(self) -> bool:
        """True only for a draft: final and shared evaluations are read-only."""
        return self is EvaluationStatus.DRAFT


_FORWARD = {
    EvaluationStatus.DRAFT: EvaluationStatus.FINAL,
    EvaluationStatus.FINAL: EvaluationStatus.SHARED,
}


def check_transition(
    current: EvaluationStatus, target: EvaluationStatus, reason: str | None = None
) -> bool:
    """Validate a status change; return True when it is a reopening (to be recorded).

    Allowed: draft → final, final → shared, and final/shared → draft with a reason.
    """
    if target is current:
        raise ValidationError(f"the evaluation is already {current.label.lower()}", "status")
    if _FORWARD.get(current) is target:
        return False
    if target is EvaluationStatus.DRAFT:
        if not (reason or "").strip():
            raise ValidationError("reopening an evaluation needs a written reason", "reason")
        return True
    raise ValidationError(
        f"an evaluation cannot go from {current.label.lower()} to {target.label.lower()}",
        "status",
    )


def check_editable(status: EvaluationStatus) -> None:
    """Refuse any edit of an evaluation that is not a draft."""
    if not status.editable:
        raise ValidationError(
            f"this evaluation is {status.label.lower()} and read-only; reopen it to edit",
            "status",
        )


def check_rating(value: int | None, field: str = "rating") -> None:
    """A rating is absent or a whole number from 1 to 5."""
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (MIN_RATING <= value <= MAX_RATING)
    ):
        raise ValidationError(f"a rating is a whole number from 1 to 5 (got {value!r})", field)


def suggested_overall(ratings: list[int | None]) -> int | None:
    """The overall rating the competency ratings suggest: their mean, rounded half up."""
    given = [r for r in ratings if r is not None]
    if not given:
        return None
    mean = sum(given) / len(given)
    return min(MAX_RATING, max(MIN_RATING, int(mean + 0.5)))


def mean_rating(ratings: list[int | None]) -> float | None:
    """Average of the given ratings (None when nothing is rated)."""
    given = [r for r in ratings if r is not None]
    return sum(given) / len(given) if given else None


# ------------------------------------------------------------------------------- periods

_PERIOD = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]))?$")


def check_period(period: str) -> str:
    """Normalise and validate a period: ``2026`` (year), ``2026-H1``/``H2``, ``2026-Q1``…"""
    text = period.strip().upper()
    if not _PERIOD.match(text):
        raise ValidationError(
            f"period {period!r} is not a year (2026), half (2026-H1) or quarter (2026-Q3)",
            "period",
        )
    return text


def period_range(period: str) -> tuple[date, date]:
    """First and last day of a period."""
    match = _PERIOD.match(check_period(period))
    assert match is not None
    year, part = int(match.group(1)), match.group(2)
    if part is None:
        return date(year, 1, 1), date(year, 12, 31)
    if part[0] == "H":
        return (
            (date(year, 1, 1), date(year, 6, 30))
            if part == "H1"
            else (
                date(year, 7, 1),
                date(year, 12, 31),
            )
        )
    q = int(part[1])
    start = date(year, 3 * q - 2, 1)
    end = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def previous_period(period: str) -> str:
    """The period of the same length just before (2026-H1 → 2025-H2, 2026 → 2025)."""
    match = _PERIOD.match(check_period(period))
    assert match is not None
    year, part = int(match.group(1)), match.group(2)
    if part is None:
        return str(year - 1)
    if part[0] == "H":
        return f"{year}-H1" if part == "H2" else f"{year - 1}-H2"
    q = int(part[1])
    return f"{year}-Q{q - 1}" if q > 1 else f"{year - 1}-Q4"


def period_of(day: date) -> str:
    """The half-year a day falls in (the default evaluation cycle)."""
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


# ----------------------------------------------------------------------------- frameworks


@dataclass(frozen=True, slots=True)
class Competency:
    """One competency of a role's framework with what each rating 1–5 looks like."""

    key: str
    name: str
    description: str
    rubric: tuple[str, str, str, str, str]

    def rubric_for(self, rating: int) -> str:
        """The rubric text of one point of the scale."""
        check_rating(rating)
        return self.rubric[rating - 1]


_BASE: tuple[tuple[str, str, str, dict[Role, str]], ...] = (
    (
        "delivery",
        "Delivery",
        "Plans, tracks and lands the work on time, on budget and to scope.",
        {
            Role.PC: "keeps plans, trackers and logistics current for the projects supported",
            Role.PM: "delivers own projects on time, on budget and to the agreed scope",
            Role.SPM: "delivers complex multi-team programs and recovers troubled ones",
        },
    ),
    (
        "client",
        "Client management",
        "Builds trust with client stakeholders and manages expectations.",
        {
            Role.PC: "handles client requests promptly and escalates early",
            Role.PM: "runs client meetings, sets expectations and negotiates scope changes",
            Role.SPM: "is a trusted advisor to client executives and grows the account",
        },
    ),
    (
        "communication",
        "Communication",
        "Clear, timely written and spoken updates for the right audience.",
        {
            Role.PC: "sends accurate minutes, status notes and reminders on time",
            Role.PM: "writes status reports that name risks, decisions and asks",
            Role.SPM: "frames hard messages for executives and aligns several teams",
        },
    ),
    (
        "financial",
        "Financial acumen",
        "Understands budgets, burn, forecasts and billability.",
        {
            Role.PC: "keeps timesheets, invoices and budget trackers correct",
            Role.PM: "forecasts burn and margin and acts on variances early",
            Role.SPM: "owns program P&L, pricing input and change-order strategy",
        },
    ),
    (
        "process",
        "Process",
        "Follows and improves the PMO's delivery standards.",
        {
            Role.PC: "follows the checklist (RAID, status, timesheets) every week",
            Role.PM: "runs the full process on every project and fixes gaps",
            Role.SPM: "improves the standards and coaches others to adopt them",
        },
    ),
    (
        "leadership",
        "Leadership",
        "Guides and develops others and takes ownership of outcomes.",
        {
            Role.PC: "takes ownership of own tasks and helps teammates",
            Role.PM: "leads the project team and mentors coordinators",
            Role.SPM: "develops PMs, leads through ambiguity and shapes the team",
        },
    ),
)


def _rubric(expectation: str) -> tuple[str, str, str, str, str]:
    return (
        f"Rarely {expectation}; needs close guidance.",
        f"Sometimes {expectation}; needs regular support.",
        f"Consistently {expectation}.",
        f"Consistently {expectation}, and raises the bar for the team.",
        f"A role model who {expectation} in the hardest situations and teaches others.",
    )


def default_framework(role: Role) -> tuple[Competency, ...]:
    """The default competency framework of a role (the AD uses the SPM's)."""
    key_role = Role.SPM if role is Role.AD else role
    return tuple(
        Competency(key, name, description, _rubric(expectations[key_role]))
        for key, name, description, expectations in _BASE
    )


# ------------------------------------------------------------------------------- 9-box

#: Potential on the 9-box: 1 low, 2 moderate, 3 high.
POTENTIAL_LABELS = {1: "Low", 2: "Moderate", 3: "High"}

_NINE_BOX = {
    (3, 3): "Future leader",
    (3, 2): "High performer",
    (3, 1): "Trusted professional",
    (2, 3): "Growth potential",
    (2, 2): "Core player",
    (2, 1): "Effective contributor",
    (1, 3): "Rough diamond",
    (1, 2): "Inconsistent performer",
    (1, 1): "Needs attention",
}


def performance_band(overall: int) -> int:
    """The 9-box performance row of an overall rating: 1–2 low, 3 moderate, 4–5 high."""
    check_rating(overall, "overall_rating")
    return 1 if overall <= 2 else 2 if overall == 3 else 3


def nine_box_label(performance: int, potential: int) -> str:
    """The name of a 9-box cell (performance band × potential, each 1–3)."""
    return _NINE_BOX[(performance, potential)]
