"""The shape of Home: tiles, their lines and tones, and how many lines a tile lists."""

from __future__ import annotations

from dataclasses import dataclass

from pmo_desktop.domain.enums import Stage
from pmo_desktop.services.area_filter import AreaFilter

GOOD, WARN, BAD, NEUTRAL = "good", "warn", "bad", "neutral"
#: Share of capacity under which a person counts as under-used over the next four weeks.
UNDER_CAPACITY = 0.6
#: Lines a tile lists before "… and N more".
TILE_LINES = 6
#: Escalation severities shown as severe (1 Critical, 2 High; 4 is Low).
SEVERE = 2
#: Stages whose milestones no longer need anyone (a lost deal's kickoff, a closed project's).
FINISHED = (Stage.CLOSED, Stage.LOST)


@dataclass(frozen=True, slots=True)
class TileLine:
    """One line of a tile: what, a short detail, its tone and the id it is about."""

    text: str
    detail: str
    tone: str
    target_id: int | None = None


@dataclass(frozen=True, slots=True)
class Tile:
    """A tile of Home."""

    key: str
    title: str
    value: str
    caption: str
    tone: str
    lines: tuple[TileLine, ...]
    view: str
    more: int = 0
    #: What the area shows when the tile opens it (None: the area unfiltered).
    filter: AreaFilter | None = None


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 project`` / ``3 projects``."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def cut(lines: list[TileLine]) -> tuple[tuple[TileLine, ...], int]:
    """The lines a tile lists, and how many more there are."""
    return tuple(lines[:TILE_LINES]), max(0, len(lines) - TILE_LINES)
