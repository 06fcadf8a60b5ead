"""Money is held in integer minor units (cents)."""

from __future__ import annotations


def format_cents(cents: int, currency: str = "$") -> str:
    """``123456789`` → ``"$1,234,567.89"``; negative amounts get a leading minus."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{currency}{whole:,}.{frac:02d}"


def format_cents_short(cents: int, currency: str = "$") -> str:
    """Compact form for cards and charts: ``$1.2M``, ``$350k``, ``$900``."""
    value = cents / 100
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value >= 1_000_000:
        return f"{sign}{currency}{value / 1_000_000:.1f}M"
    if value >= 10_000:
        return f"{sign}{currency}{value / 1_000:.0f}k"
    return f"{sign}{currency}{value:,.0f}"
