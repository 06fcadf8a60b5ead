"""Every tile of Home for one day (the page reads this once per refresh)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.services.home.actions import overdue_actions_tile
from pmo_desktop.services.home.delivery import (
    adherence_tile,
    billability_tile,
    capacity_tile,
    escalations_tile,
    milestones_tile,
    programs_tile,
    team_billability,
)
from pmo_desktop.services.home.people import onboarding_tile, one_on_ones_tile
from pmo_desktop.services.home.tiles import (
    Tile,
)
from pmo_desktop.store.models import Program


@dataclass(frozen=True, slots=True)
class HomeData:
    """Every tile of Home, for one ``today``."""

    today: date
    tiles: tuple[Tile, ...]

    def tile(self, key: str) -> Tile:
        """The tile with this key."""
        for tile in self.tiles:
            if tile.key == key:
                return tile
        raise KeyError(key)


def home_data(session: Session, today: date | None = None) -> HomeData:
    """Every tile of Home."""
    today = today or date.today()
    team = team_billability(session, today)
    return HomeData(
        today,
        (
            programs_tile(session, today),
            milestones_tile(session, today),
            capacity_tile(session, today, team=team),
            billability_tile(session, today, team),
            escalations_tile(session),
            overdue_actions_tile(session, today),
            one_on_ones_tile(session, today),
            onboarding_tile(session, today),
            adherence_tile(session, today),
        ),
    )


def program_ids(session: Session) -> list[int]:
    """Every program id (for tests and filters)."""
    return list(session.scalars(select(Program.id)))
