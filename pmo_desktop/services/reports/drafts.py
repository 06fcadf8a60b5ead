"""Status report drafts: the narrative (summary, accomplishments, next steps, decisions
needed) of the next report of a program or client, kept until it is issued."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.reporting import ReportScope
from pmo_desktop.store.models_reporting import StatusReportDraft


@dataclass(frozen=True, slots=True)
class ReportText:
    """The narrative of a status report, edited per report."""

    executive_summary: str = ""
    accomplishments: str = ""
    next_steps: str = ""
    decisions_needed: str = ""


def report_draft(session: Session, scope: ReportScope, target_id: int) -> ReportText:
    """The draft narrative of the next report of a program or client (blank if none)."""
    row = session.scalar(
        select(StatusReportDraft).where(
            StatusReportDraft.scope == scope, StatusReportDraft.target_id == target_id
        )
    )
    if row is None:
        return ReportText()
    return ReportText(
        row.executive_summary or "",
        row.accomplishments or "",
        row.next_steps or "",
        row.decisions_needed or "",
    )


def save_report_draft(
    session: Session, scope: ReportScope, target_id: int, text: ReportText
) -> ReportText:
    """Store the narrative of the next report; returns the one before (for undo)."""
    before = report_draft(session, scope, target_id)
    row = session.scalar(
        select(StatusReportDraft).where(
            StatusReportDraft.scope == scope, StatusReportDraft.target_id == target_id
        )
    )
    if row is None:
        row = StatusReportDraft(scope=scope, target_id=target_id)
        session.add(row)
    row.executive_summary = text.executive_summary.strip() or None
    row.accomplishments = text.accomplishments.strip() or None
    row.next_steps = text.next_steps.strip() or None
    row.decisions_needed = text.decisions_needed.strip() or None
    session.flush()
    return before
