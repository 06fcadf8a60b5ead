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
