"""Competency frameworks: each role's competencies with a 1–5 rubric, as edited or the
role's default. New evaluations rate the competencies of the person's role's framework.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rating import Competency, default_framework
from pmo_desktop.services.people.one_on_ones import clean_text
from pmo_desktop.store.models_people import Competency as CompetencyModel


def framework(session: Session, role: Role) -> tuple[Competency, ...]:
    """The role's competency framework: as edited, or the default for the role."""
    rows = session.scalars(
        select(CompetencyModel)
        .where(CompetencyModel.role == role)
        .order_by(CompetencyModel.position, CompetencyModel.id)
    ).all()
    if not rows:
        return default_framework(role)
    return tuple(
        Competency(
            r.key,
            r.name,
            r.description or "",
            (r.rubric_1, r.rubric_2, r.rubric_3, r.rubric_4, r.rubric_5),
        )
        for r in rows
    )


def save_framework(
    session: Session, role: Role, competencies: list[Competency]
) -> tuple[Competency, ...]:
    """Replace a role's framework (used by new evaluations); returns the previous one."""
    previous = framework(session, role)
    keys = [c.key.strip() for c in competencies]
    if not competencies:
        raise ValidationError("a framework needs at least one competency", "framework")
    if len(set(keys)) != len(keys) or not all(keys):
        raise ValidationError("each competency needs its own key", "key")
    session.execute(delete(CompetencyModel).where(CompetencyModel.role == role))
    for position, c in enumerate(competencies):
        name = clean_text(c.name, "name", "A competency name", required=True)
        assert name is not None
        session.add(
            CompetencyModel(
                role=role,
                position=position,
                key=c.key.strip(),
                name=name,
                description=c.description,
                rubric_1=c.rubric[0],
                rubric_2=c.rubric[1],
                rubric_3=c.rubric[2],
                rubric_4=c.rubric[3],
                rubric_5=c.rubric[4],
            )
        )
    return previous
