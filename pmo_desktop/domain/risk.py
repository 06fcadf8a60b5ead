"""RAID and escalation rules: kinds, scoring and bands, responses, statuses, overdue rules.

Pure Python (no database, no Qt), so every threshold is property-tested on its own.
Scoring follows DOMAIN.md: score = probability × impact, each 1–5; 15–25 is Red,
5–14 Amber, 1–4 Green.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pmo_desktop.domain.enums import Rag
from pmo_desktop.domain.errors import ValidationError

SCALE_MIN = 1
SCALE_MAX = 5
SCORE_MAX = SCALE_MAX * SCALE_MAX
#: Lowest score of each band (the Green band starts at 1).
RED_FROM = 15
AMBER_FROM = 5
SEVERITY_MIN = 1
SEVERITY_MAX = 4


class RaidKind(StrEnum):
    """What a register entry is: a Risk, an Assumption, an Issue or a Dependency."""

    RISK = "risk"
    ASSUMPTION = "assumption"
    ISSUE = "issue"
    DEPENDENCY = "dependency"

    @property
    def label(self) -> str:
        """The kind as the register shows it."""
        return self.value.capitalize()

    @property
    def letter(self) -> str:
        """R, A, I or D."""
        return self.value[0].upper()

    @property
    def needs_validation(self) -> bool:
        """Assumptions and dependencies are tracked with a validation date."""
        return self in (RaidKind.ASSUMPTION, RaidKind.DEPENDENCY)


class RaidStatus(StrEnum):
    """Where a register entry stands."""

    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The status as the register shows it."""
        return self.value.capitalize()

    @property
    def is_live(self) -> bool:
        """Open and monitored entries count in exposure; closed ones do not."""
        return self is not RaidStatus.CLOSED


class Response(StrEnum):
    """Response strategy: threats are avoided, mitigated, transferred or accepted;
    opportunities are exploited, enhanced, shared or accepted."""

    AVOID = "avoid"
    MITIGATE = "mitigate"
    TRANSFER = "transfer"
    ACCEPT = "accept"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"
    SHARE = "share"

    @property
    def label(self) -> str:
        """The response as the register shows it."""
        return self.value.capitalize()


THREAT_RESPONSES = (Response.AVOID, Response.MITIGATE, Response.TRANSFER, Response.ACCEPT)
OPPORTUNITY_RESPONSES = (Response.EXPLOIT, Response.ENHANCE, Response.SHARE, Response.ACCEPT)


def responses_for(*, opportunity: bool) -> tuple[Response, ...]:
    """The responses that fit a threat (default) or an opportunity."""
    return OPPORTUNITY_RESPONSES if opportunity else THREAT_RESPONSES


class CauseCategory(StrEnum):
    """Root-cause categories of an escalation (and the cause of a RAID entry)."""

    PEOPLE = "people"
    PROCESS = "process"
    TOOLS = "tools"
    CLIENT = "client"
    SCOPE = "scope"
    ESTIMATION = "estimation"
    COMMUNICATION = "communication"

    @property
    def label(self) -> str:
        """The category as charts and tables show it."""
        return self.value.capitalize()


class EscalationStatus(StrEnum):
    """Where an escalation stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The status as the log shows it."""
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        """Open or in progress: still needs someone's attention."""
        return self in (EscalationStatus.OPEN, EscalationStatus.IN_PROGRESS)


class Audience(StrEnum):
    """Whether an escalation came from (or reached) the client, or stayed internal."""

    CLIENT = "client"
    INTERNAL = "internal"

    @property
    def label(self) -> str:
        """Client-facing or Internal."""
        return "Client-facing" if self is Audience.CLIENT else "Internal"


SEVERITY_LABELS = {1: "1 – Critical", 2: "2 – High", 3: "3 – Medium", 4: "4 – Low"}


def check_scale(value: int, field: str, what: str = "value") -> int:
    """``value`` when it is 1–5; a ValidationError naming ``field`` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number from 1 to 5", field)
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise ValidationError(f"{what} must be from 1 to 5, not {value}", field)
    return value


def score(probability: int, impact: int) -> int:
    """Risk score = probability × impact (1–25); ValidationError outside 1–5."""
    check_scale(probability, "probability", "Probability")
    check_scale(impact, "impact", "Impact")
    return probability * impact


def band(value: int) -> Rag:
    """The colour of a score: 15–25 Red, 5–14 Amber, 1–4 Green."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("a score is a whole number from 1 to 25", "score")
    if not 1 <= value <= SCORE_MAX:
        raise ValidationError(f"a score is from 1 to 25, not {value}", "score")
    if value >= RED_FROM:
        return Rag.RED
    if value >= AMBER_FROM:
        return Rag.AMBER
    return Rag.GREEN


def score_band(probability: int, impact: int) -> Rag:
    """The colour of probability × impact."""
    return band(score(probability, impact))


def is_high(probability: int, impact: int) -> bool:
    """A high risk is one in the Red band; an open one must have an owner."""
    return score_band(probability, impact) is Rag.RED


def check_severity(value: int, field: str = "severity") -> int:
    """``value`` when it is 1 (critical) to 4 (low); a ValidationError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("Severity must be a whole number from 1 to 4", field)
    if not SEVERITY_MIN <= value <= SEVERITY_MAX:
        raise ValidationError(f"Severity must be from 1 (critical) to 4 (low), not {value}", field)
    return value


def action_overdue(due: date | None, done: bool, today: date) -> bool:
    """A mitigation or preventive action is overdue when past its due date and not done."""
    return due is not None and not done and due < today


def review_overdue(review: date | None, status: RaidStatus, today: date) -> bool:
    """A live entry is overdue for review once its review date has passed."""
    return review is not None and status.is_live and review < today


def item_overdue(due: date | None, status: RaidStatus, today: date) -> bool:
    """A live entry (an issue, typically) is overdue once its due date has passed."""
    return due is not None and status.is_live and due < today


def check_dates(raised: date | None, due: date | None) -> None:
    """A due date cannot come before the date the entry was raised."""
    if raised is not None and due is not None and due < raised:
        raise ValidationError(
            f"The due date ({due.isoformat()}) is before the date raised ({raised.isoformat()})",
            "due_date",
        )
