"""The improvement backlog: proposals with their problem, status, owner and effects, and
the escalations or retrospectives linked as their evidence. Every edit returns what its
undo needs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.reporting import ImprovementStatus
from pmo_desktop.services.reports.fields import clean_text
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_raid import Escalation
from pmo_desktop.store.models_reporting import (
    ImprovementEvidence,
    ImprovementProposal,
    Retrospective,
)


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """A link from a proposal to an escalation or a retrospective."""

    id: int
    escalation_id: int | None
    retrospective_id: int | None
    label: str
    note: str | None


@dataclass(frozen=True, slots=True)
class ImprovementData:
    """What the user edits of an improvement proposal."""

    title: str
    problem: str
    raised_on: date
    proposal: str | None = None
    status: ImprovementStatus = ImprovementStatus.PROPOSED
    owner_id: int | None = None
    expected_effect: str | None = None
    measured_effect: str | None = None


@dataclass(frozen=True, slots=True)
class ImprovementRow:
    """A proposal in the backlog, with its evidence."""

    id: int
    data: ImprovementData
    owner: str | None
    evidence: tuple[EvidenceRow, ...]


def list_improvements(session: Session) -> list[ImprovementRow]:
    """The improvement backlog: open proposals first, newest first."""
    evidence: dict[int, list[EvidenceRow]] = defaultdict(list)
    for eid, pid, esc, retro, note, esc_title, retro_title in session.execute(
        select(
            ImprovementEvidence.id,
            ImprovementEvidence.proposal_id,
            ImprovementEvidence.escalation_id,
            ImprovementEvidence.retrospective_id,
            ImprovementEvidence.note,
            Escalation.title,
            Retrospective.title,
        )
        .outerjoin(Escalation, ImprovementEvidence.escalation_id == Escalation.id)
        .outerjoin(Retrospective, ImprovementEvidence.retrospective_id == Retrospective.id)
        .order_by(ImprovementEvidence.id)
    ):
        label = f"Escalation: {esc_title}" if esc is not None else f"Retrospective: {retro_title}"
        evidence[pid].append(EvidenceRow(eid, esc, retro, label, note))
    owner = aliased(Person)
    rows = []
    for r in session.execute(
        select(ImprovementProposal, owner.name).outerjoin(
            owner, ImprovementProposal.owner_id == owner.id
        )
    ):
        p: ImprovementProposal = r[0]
        data = ImprovementData(
            p.title,
            p.problem,
            p.raised_on,
            p.proposal,
            p.status,
            p.owner_id,
            p.expected_effect,
            p.measured_effect,
        )
        rows.append(ImprovementRow(p.id, data, r[1], tuple(evidence.get(p.id, ()))))
    closed = (ImprovementStatus.DONE, ImprovementStatus.REJECTED)
    rows.sort(key=lambda r: (r.data.status in closed, -r.data.raised_on.toordinal(), r.id))
    return rows


def _validate_improvement(session: Session, data: ImprovementData) -> ImprovementData:
    title = clean_text(data.title, "title", "The title", required=True)
    problem = clean_text(data.problem, "problem", "The problem", required=True)
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("that owner no longer exists", "owner")
    return replace(
        data,
        title=title or "",
        problem=problem or "",
        proposal=clean_text(data.proposal, "proposal", "The proposal"),
        status=ImprovementStatus(data.status),
        expected_effect=clean_text(data.expected_effect, "expected_effect", "The expected effect"),
        measured_effect=clean_text(data.measured_effect, "measured_effect", "The measured effect"),
    )


def save_improvement(
    session: Session, proposal_id: int | None, data: ImprovementData
) -> tuple[int, ImprovementData | None]:
    """Create (``proposal_id`` None) or update a proposal; returns (id, data before)."""
    data = _validate_improvement(session, data)
    values = {
        "title": data.title,
        "problem": data.problem,
        "raised_on": data.raised_on,
        "proposal": data.proposal,
        "status": data.status,
        "owner_id": data.owner_id,
        "expected_effect": data.expected_effect,
        "measured_effect": data.measured_effect,
    }
    if proposal_id is None:
        row = ImprovementProposal(**values)
        session.add(row)
        session.flush()
        return row.id, None
    existing = session.get(ImprovementProposal, proposal_id)
    if existing is None:
        raise ValidationError("that proposal no longer exists", "proposal")
    before = ImprovementData(
        existing.title,
        existing.problem,
        existing.raised_on,
        existing.proposal,
        existing.status,
        existing.owner_id,
        existing.expected_effect,
        existing.measured_effect,
    )
    for key, value in values.items():
        setattr(existing, key, value)
    session.flush()
    return proposal_id, before


def delete_improvement(session: Session, proposal_id: int) -> None:
    """Delete a proposal and its evidence links (undo of a creation)."""
    session.execute(
        delete(ImprovementEvidence).where(ImprovementEvidence.proposal_id == proposal_id)
    )
    session.execute(delete(ImprovementProposal).where(ImprovementProposal.id == proposal_id))
    session.flush()


def improvement(session: Session, proposal_id: int) -> ImprovementRow:
    """One proposal with its evidence."""
    for row in list_improvements(session):
        if row.id == proposal_id:
            return row
    raise ValidationError("that proposal no longer exists", "proposal")


def remove_improvement(session: Session, proposal_id: int) -> ImprovementRow:
    """Delete a proposal with its evidence links; returns both for ``restore_improvement``."""
    kept = improvement(session, proposal_id)
    delete_improvement(session, proposal_id)
    return kept


def restore_improvement(session: Session, kept: ImprovementRow) -> None:
    """Put a deleted proposal back with its id, its fields and every evidence link."""
    if session.get(ImprovementProposal, kept.id) is not None:
        raise ValidationError("that proposal exists already", "proposal")
    data = kept.data
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        data = replace(data, owner_id=None)  # the owner left meanwhile
    session.add(
        ImprovementProposal(
            id=kept.id,
            title=data.title,
            problem=data.problem,
            raised_on=data.raised_on,
            proposal=data.proposal,
            status=data.status,
            owner_id=data.owner_id,
            expected_effect=data.expected_effect,
            measured_effect=data.measured_effect,
        )
    )
    session.flush()
    for link in kept.evidence:
        if link.escalation_id is not None and session.get(Escalation, link.escalation_id) is None:
            continue  # the escalation was deleted meanwhile (its links went with it)
        if (
            link.retrospective_id is not None
            and session.get(Retrospective, link.retrospective_id) is None
        ):
            continue
        session.add(
            ImprovementEvidence(
                id=link.id,
                proposal_id=kept.id,
                escalation_id=link.escalation_id,
                retrospective_id=link.retrospective_id,
                note=link.note,
            )
        )
    session.flush()


def link_evidence(
    session: Session,
    proposal_id: int,
    *,
    escalation_id: int | None = None,
    retrospective_id: int | None = None,
    note: str | None = None,
) -> int:
    """Link a proposal to an escalation or a retrospective; returns the link's id."""
    if (escalation_id is None) == (retrospective_id is None):
        raise ValidationError("link one escalation or one retrospective", "evidence")
    if session.get(ImprovementProposal, proposal_id) is None:
        raise ValidationError("that proposal no longer exists", "proposal")
    if escalation_id is not None and session.get(Escalation, escalation_id) is None:
        raise ValidationError("that escalation no longer exists", "evidence")
    if retrospective_id is not None and session.get(Retrospective, retrospective_id) is None:
        raise ValidationError("that retrospective no longer exists", "evidence")
    row = ImprovementEvidence(
        proposal_id=proposal_id,
        escalation_id=escalation_id,
        retrospective_id=retrospective_id,
        note=clean_text(note, "note", "The note"),
    )
    session.add(row)
    session.flush()
    return row.id


def unlink_evidence(session: Session, evidence_id: int) -> None:
    """Remove an evidence link."""
    session.execute(delete(ImprovementEvidence).where(ImprovementEvidence.id == evidence_id))
    session.flush()
