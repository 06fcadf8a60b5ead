"""1:1s and feedback: vocabularies and the carry-over rule.

Open action items and unfinished talking points of the last 1:1 carry over to the next one
(as new rows linked to the ones they continue) until someone ticks them done.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActionOwner(StrEnum):
    """Who owes an action item: the manager ("me") or the team member ("them")."""

    ME = "me"
    THEM = "them"

    @property
    def label(self) -> str:
        """Human label."""
        return {"me": "Me", "them": "Them"}[self.value]


class FeedbackKind(StrEnum):
    """Praise or constructive feedback."""

    PRAISE = "praise"
    CONSTRUCTIVE = "constructive"

    @property
    def label(self) -> str:
        """Human label."""
        return self.value.capitalize()


class EvidenceKind(StrEnum):
    """What a piece of evidence behind a rating is."""

    ONE_ON_ONE = "one_on_one"
    FEEDBACK = "feedback"
    GOAL = "goal"
    MILESTONE = "milestone"
    UTILIZATION = "utilization"
    NOTE = "note"

    @property
    def label(self) -> str:
        """Human label."""
        return {
            "one_on_one": "1:1",
            "feedback": "Feedback",
            "goal": "Goal",
            "milestone": "Milestone",
            "utilization": "Utilization",
            "note": "Note",
        }[self.value]


@dataclass(frozen=True, slots=True)
class CarryItem:
    """An item of the last 1:1 that may carry over: its id, whether done, and whether it was
    already carried forward to a later 1:1."""

    id: int
    done: bool
    carried_forward: bool = False


def items_to_carry(items: list[CarryItem]) -> list[int]:
    """Ids of the items that continue in the next 1:1: not done, not already carried."""
    return [item.id for item in items if not item.done and not item.carried_forward]


#: The default 30-60-90 onboarding template: (item, due offset in days from the start).
DEFAULT_ONBOARDING: tuple[tuple[str, int], ...] = (
    ("Laptop, accounts and access to the PM tools", 1),
    ("Meet the buddy and walk through the delivery handbook", 2),
    ("Shadow a client status meeting", 7),
    ("Read the RAID logs and status reports of the assigned projects", 10),
    ("Complete the timesheet and billing training", 14),
    ("Learn: first 1:1 on 30-day goals", 30),
    ("Run a weekly status meeting with the buddy observing", 40),
    ("Own the RAID review for one project", 50),
    ("Contribute: send the weekly status report without review", 60),
    ("Own the budget forecast of one project", 75),
    ("Own: lead a client steering meeting", 85),
    ("90-day review with the manager", 90),
)

#: Days after the start when each phase of a 30-60-90 plan ends.
PHASES = (("Learn", 30), ("Contribute", 60), ("Own", 90))


def phase_of(due_offset_days: int) -> str:
    """The 30-60-90 phase an onboarding item falls in."""
    for name, end in PHASES:
        if due_offset_days <= end:
            return name
    return PHASES[-1][0]
