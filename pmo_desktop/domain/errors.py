"""Errors a manager can read."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input refused by a rule; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ConflictError(ValidationError):
    """Someone else changed (or deleted) what this edit was about since it was read.

    ``changes`` lists, per record, what the other user changed: nothing was written.
    """

    def __init__(self, message: str, changes: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.changes = changes


class BusyError(ValidationError):
    """The shared database stayed busy with other users' edits after every retry."""
