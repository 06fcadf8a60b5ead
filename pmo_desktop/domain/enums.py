"""The fixed vocabularies of the PMO: roles, project stages, health colours."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A team member's role; the value is the short code managers use."""

    PC = "PC"
    PM = "PM"
    SPM = "SPM"
    AD = "AD"

    @property
    def full_title(self) -> str:
        """The role written out, as on an evaluation."""
        return _ROLE_TITLES[self]

    @property
    def default_billable_target(self) -> int:
        """Default billable utilization target in percent (DOMAIN.md)."""
        return _ROLE_TARGETS[self]


_ROLE_TITLES = {
    Role.PC: "Project Coordinator",
    Role.PM: "Project Manager",
    Role.SPM: "Senior Project Manager",
    Role.AD: "Associate Director",
}
_ROLE_TARGETS = {Role.PC: 85, Role.PM: 80, Role.SPM: 70, Role.AD: 50}


class Stage(StrEnum):
    """Where a project stands in the pipeline (Lead → … → Closed, plus side exits)."""

    LEAD = "lead"
    PROPOSAL = "proposal"
    APPROVED = "approved"
    ACTIVE = "active"
    CLOSING = "closing"
    CLOSED = "closed"
    ON_HOLD = "on_hold"
    LOST = "lost"

    @property
    def label(self) -> str:
        """Human label for the stage."""
        return _STAGE_LABELS[self]

    @property
    def is_pipeline(self) -> bool:
        """True before the SOW is signed: the work is not yet won."""
        return self in (Stage.LEAD, Stage.PROPOSAL)

    @property
    def order(self) -> int:
        """Position of the stage on the board, left to right."""
        return list(Stage).index(self)


_STAGE_LABELS = {
    Stage.LEAD: "Lead",
    Stage.PROPOSAL: "Proposal",
    Stage.APPROVED: "Approved",
    Stage.ACTIVE: "Active",
    Stage.CLOSING: "Closing",
    Stage.CLOSED: "Closed",
    Stage.ON_HOLD: "On hold",
    Stage.LOST: "Lost",
}


class Rag(StrEnum):
    """Red / Amber / Green health."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def severity(self) -> int:
        """0 for Green, 1 for Amber, 2 for Red: higher is worse."""
        return {Rag.GREEN: 0, Rag.AMBER: 1, Rag.RED: 2}[self]

    @staticmethod
    def worst(*values: Rag) -> Rag:
        """The worst of several colours (Green when none are given)."""
        return max(values, key=lambda r: r.severity, default=Rag.GREEN)


class MilestoneStatus(StrEnum):
    """Progress of a milestone."""

    PLANNED = "planned"
    AT_RISK = "at_risk"
    DONE = "done"
