"""Staffing vocabulary: scenario statuses and placeholder labels."""

from __future__ import annotations

from enum import StrEnum

from pmo_desktop.domain.enums import Role


class ScenarioStatus(StrEnum):
    """Where a what-if scenario stands."""

    DRAFT = "draft"
    APPLIED = "applied"
    DISCARDED = "discarded"

    @property
    def label(self) -> str:
        """Human label for the status."""
        return self.value.capitalize()


def placeholder_label(role: Role) -> str:
    """The default name of an unfilled role, e.g. ``Senior Project Manager — TBD``."""
    return f"{role.full_title} — TBD"
