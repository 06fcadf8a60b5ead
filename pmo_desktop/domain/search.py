"""Search as the user types it: every word must be found, in any field and any order
("meridian redesign" finds the Redesign project of client Meridian), case-insensitively."""

from __future__ import annotations

from collections.abc import Iterable


def words(text: str) -> tuple[str, ...]:
    """The casefolded words of a search text."""
    return tuple(text.casefold().split())


def haystack(fields: Iterable[str | None]) -> str:
    """The fields a row is searched in, as one casefolded text."""
    return "\n".join((field or "").casefold() for field in fields)


def matches(needle: str | tuple[str, ...], fields: Iterable[str | None] | str) -> bool:
    """True when every word of ``needle`` is in one of ``fields`` (or in a prepared
    ``haystack``); an empty search matches everything."""
    wanted = words(needle) if isinstance(needle, str) else needle
    if not wanted:
        return True
    text = fields if isinstance(fields, str) else haystack(fields)
    return all(word in text for word in wanted)
