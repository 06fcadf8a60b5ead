"""Calibration across the team: every evaluation of a period beside the person's rating of
the period before and their potential, the rating distribution, and the periods evaluated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.rating import EvaluationStatus, check_period, previous_period
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import Evaluation


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    """One person's overall rating this period and last period, and potential."""

    person_id: int
    name: str
    role: Role
    overall: int | None
    previous_overall: int | None
    potential: int | None
    status: EvaluationStatus


def calibration(session: Session, period: str) -> list[CalibrationRow]:
    """Every evaluation of the period with the person's rating of the period before."""
    period = check_period(period)
    before = previous_period(period)
    prev = {
        pid: overall
        for pid, overall in session.execute(
            select(Evaluation.person_id, Evaluation.overall_rating)
            .where(Evaluation.period == before)
            .order_by(Evaluation.id)
        )
    }
    rows = session.execute(
        select(
            Evaluation.person_id,
            Person.name,
            Person.role,
            Evaluation.overall_rating,
            Evaluation.potential,
            Evaluation.status,
        )
        .join(Person, Evaluation.person_id == Person.id)
        .where(Evaluation.period == period)
        .order_by(Person.name, Evaluation.id)
    ).all()
    seen: dict[int, CalibrationRow] = {}
    for pid, name, role, overall, potential, status in rows:
        seen[pid] = CalibrationRow(pid, name, role, overall, prev.get(pid), potential, status)
    return list(seen.values())


def rating_distribution(rows: list[CalibrationRow]) -> dict[int, int]:
    """How many people got each overall rating 1–5."""
    counts = Counter(r.overall for r in rows if r.overall is not None)
    return {rating: counts.get(rating, 0) for rating in range(1, 6)}


def periods_with_evaluations(session: Session) -> list[str]:
    """Every period some evaluation is written for, newest first."""
    return list(
        session.scalars(select(Evaluation.period).distinct().order_by(Evaluation.period.desc()))
    )
