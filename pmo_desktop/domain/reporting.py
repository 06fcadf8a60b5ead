"""Reporting vocabulary: retrospective formats and their columns, improvement statuses."""

from __future__ import annotations

from enum import StrEnum


class RetroFormat(StrEnum):
    """The board layout of a retrospective."""

    START_STOP_CONTINUE = "start_stop_continue"
    FOUR_LS = "4ls"
    MAD_SAD_GLAD = "mad_sad_glad"

    @property
    def label(self) -> str:
        """How the format is named on screen."""
        return _FORMAT_LABELS[self]

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of a board in this format, left to right."""
        return _COLUMNS[self]


_FORMAT_LABELS = {
    RetroFormat.START_STOP_CONTINUE: "Start / Stop / Continue",
    RetroFormat.FOUR_LS: "4Ls",
    RetroFormat.MAD_SAD_GLAD: "Mad / Sad / Glad",
}
_COLUMNS = {
    RetroFormat.START_STOP_CONTINUE: ("Start", "Stop", "Continue"),
    RetroFormat.FOUR_LS: ("Liked", "Learned", "Lacked", "Longed for"),
    RetroFormat.MAD_SAD_GLAD: ("Mad", "Sad", "Glad"),
}


class ImprovementStatus(StrEnum):
    """Where a process improvement proposal stands."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """How the status is named on screen."""
        return self.value.replace("_", " ").capitalize()


class ReportScope(StrEnum):
    """What a status report covers."""

    PROGRAM = "program"
    CLIENT = "client"
