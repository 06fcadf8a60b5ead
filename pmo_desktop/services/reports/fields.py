"""Cleaning the free text the Reports edits accept (titles, notes, effects): stripped,
refused empty where required, None when left blank."""

from __future__ import annotations

from pmo_desktop.domain.errors import ValidationError


def clean_text(value: str | None, field: str, label: str, *, required: bool = False) -> str | None:
    """``value`` stripped; None when blank, refused (on ``field``) when ``required``."""
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise ValidationError(f"{label} is required", field)
        return None
    return cleaned
