"""Goals and OKRs: SMART goals with a status, and team OKRs scored 0–1."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pmo_desktop.domain.enums import Rag


class GoalStatus(StrEnum):
    """How a goal is going."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"

    @property
    def label(self) -> str:
        """Human label."""
        return {"on_track": "On track", "at_risk": "At risk", "off_track": "Off track"}[self.value]

    @property
    def rag(self) -> Rag:
        """The colour of the status."""
        return {"on_track": Rag.GREEN, "at_risk": Rag.AMBER, "off_track": Rag.RED}[self.value]


#: Below the expected progress by at most this many points is still on track.
ON_TRACK_SLACK = 10
#: …and by at most this many points is at risk; further behind is off track.
AT_RISK_SLACK = 25


def expected_progress(start: date, due: date, today: date) -> int:
    """Percent of the time from start to due that has passed (0–100)."""
    if today >= due:
        return 100
    if today <= start or due <= start:
        return 0
    return round(100 * (today - start).days / (due - start).days)


def suggested_status(progress: int, start: date, due: date, today: date) -> GoalStatus:
    """The status progress suggests against the time elapsed (the manager may override)."""
    if progress >= 100:
        return GoalStatus.ON_TRACK
    gap = expected_progress(start, due, today) - progress
    if gap <= ON_TRACK_SLACK:
        return GoalStatus.ON_TRACK
    if gap <= AT_RISK_SLACK:
        return GoalStatus.AT_RISK
    return GoalStatus.OFF_TRACK


def smart_gaps(title: str, measure: str | None, target: str | None, due: date | None) -> list[str]:
    """What keeps a goal from being SMART, in words a manager can act on (empty: fine)."""
    gaps = []
    if not title.strip():
        gaps.append("Specific: say what the goal is")
    if not (measure or "").strip():
        gaps.append("Measurable: name how progress is measured")
    if not (target or "").strip():
        gaps.append("Measurable: give a target value")
    if due is None:
        gaps.append("Time-bound: set a due date")
    return gaps


# ------------------------------------------------------------------------------------ OKRs

GREEN_FROM = 0.7
YELLOW_FROM = 0.4


def okr_band(score: float) -> Rag:
    """Colour of a key-result or objective score: 0.7–1.0 green, 0.4–0.7 yellow, below red."""
    if score >= GREEN_FROM:
        return Rag.GREEN
    if score >= YELLOW_FROM:
        return Rag.AMBER
    return Rag.RED


def objective_score(key_result_scores: list[float]) -> float | None:
    """An objective's score: the mean of its key results' scores (None without any)."""
    if not key_result_scores:
        return None
    return round(sum(key_result_scores) / len(key_result_scores), 2)
