"""Pipeline rules: what a stage move needs, weighted value, roadmap quarters and statuses.

Pure Python. Input checks raise ``ValidationError(message, field)`` with the field's name,
so an editor can show the message next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError

#: Moving a project to one of these needs a written reason.
REASON_STAGES = frozenset({Stage.LOST, Stage.ON_HOLD})
#: Board columns, left to right; the side exits come last and can be collapsed.
BOARD_STAGES = tuple(Stage)
SIDE_EXITS = (Stage.ON_HOLD, Stage.LOST)


class RoadmapStatus(StrEnum):
    """Where a client initiative on the roadmap stands."""

    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        """The status as the roadmap shows it."""
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    """A calendar quarter, e.g. 2026 Q3."""

    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValidationError("a quarter is 1 to 4", "quarter")
        if not 2000 <= self.year <= 2100:
            raise ValidationError("the year must be between 2000 and 2100", "year")

    @staticmethod
    def of(day: date) -> Quarter:
        """The quarter ``day`` falls in."""
        return Quarter(day.year, (day.month - 1) // 3 + 1)

    def shifted(self, quarters: int) -> Quarter:
        """The quarter ``quarters`` after this one (before it if negative)."""
        index = self.year * 4 + self.quarter - 1 + quarters
        return Quarter(index // 4, index % 4 + 1)

    @property
    def label(self) -> str:
        """``2026 Q3``."""
        return f"{self.year} Q{self.quarter}"


def check_stage_move(stage: Stage, reason: str | None, sow_signed: date | None) -> None:
    """Refuse a move that lacks what the target stage needs (a reason, or the SOW date)."""
    if stage in REASON_STAGES and not (reason or "").strip():
        raise ValidationError(f"moving a project to {stage.label} needs a reason", "reason")
    if stage is Stage.APPROVED and sow_signed is None:
        raise ValidationError("moving a project to Approved needs the SOW-signed date", "sow")


def weighted_cents(budget_cents: int, win_probability: int) -> int:
    """Budget × win probability, in cents (rounded half up)."""
    return (budget_cents * win_probability + 50) // 100


def check_name(name: str, field: str = "name", what: str = "name") -> str:
    """The name stripped; refused when empty."""
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError(f"the {what} cannot be empty", field)
    if len(cleaned) > 200:
        raise ValidationError(f"the {what} is longer than 200 characters", field)
    return cleaned


def check_project_fields(
    start: date | None,
    end: date | None,
    budget_cents: int,
    win_probability: int,
    priority: int = 3,
) -> None:
    """Refuse dates out of order, a negative budget, a probability outside 0–100."""
    if start is not None and end is not None and end < start:
        raise ValidationError("the end date is before the start date", "end_date")
    if budget_cents < 0:
        raise ValidationError("the budget cannot be negative", "budget")
    if not 0 <= win_probability <= 100:
        raise ValidationError("the win probability must be between 0 and 100%", "win_probability")
    if priority < 1:
        raise ValidationError("the priority must be 1 or more", "priority")


def check_milestone_dates(
    name: str,
    baseline: date,
    forecast: date,
    actual: date | None,
    start: date | None,
    end: date | None,
) -> None:
    """Refuse a milestone dated outside its project's start and end."""
    for field, label, value in (
        ("baseline_date", "baseline", baseline),
        ("forecast_date", "forecast", forecast),
        ("actual_date", "actual", actual),
    ):
        if value is None:
            continue
        if start is not None and value < start:
            raise ValidationError(
                f"the {label} date of “{name}” is before the project starts ({start:%d %b %Y})",
                field,
            )
        if end is not None and value > end:
            raise ValidationError(
                f"the {label} date of “{name}” is after the project ends ({end:%d %b %Y})", field
            )


def check_financials(
    actual_cost_cents: int | None, forecast_cents: int | None, percent_complete: int | None
) -> None:
    """Refuse negative money and a % complete outside 0–100."""
    if actual_cost_cents is not None and actual_cost_cents < 0:
        raise ValidationError("the actual cost cannot be negative", "actual_cost")
    if forecast_cents is not None and forecast_cents < 0:
        raise ValidationError("the forecast at completion cannot be negative", "forecast")
    if percent_complete is not None and not 0 <= percent_complete <= 100:
        raise ValidationError("% complete must be between 0 and 100", "percent_complete")
