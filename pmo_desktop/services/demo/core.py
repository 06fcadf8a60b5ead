"""The demo portfolio: a believable agency team, pipeline, milestones, staffing and leave.

``generate`` builds everything in memory first (a ``DemoPlan``), one function per area, each
with its own random stream derived from the seed, so an area added later does not change
what the earlier areas produce. The plan is then written in one transaction with Core bulk
inserts and explicit ids. Every date is relative to the Monday of ``today``'s week, so the
demo always looks current; the same seed and ``today`` always give the same rows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Engine, insert, select

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.demo.allocations import build_allocations
from pmo_desktop.services.demo.people import people as people_demo
from pmo_desktop.services.demo.pipeline import pipeline as pipeline_demo
from pmo_desktop.services.demo.plan import CORE_MODELS, SIZES, DemoPlan, DemoStats, SizeSpec
from pmo_desktop.services.demo.projects import (
    build_clients_and_programs,
    build_milestones,
    build_projects,
)
from pmo_desktop.services.demo.raid import raid as raid_demo
from pmo_desktop.services.demo.reporting import issue_status_reports
from pmo_desktop.services.demo.reporting import reporting as reporting_demo
from pmo_desktop.services.demo.staffing import staffing as staffing_demo
from pmo_desktop.services.demo.team import build_people, build_time_off
from pmo_desktop.store.schema import sync_id_sequences


def generate(
    engine: Engine, *, size: str = "small", seed: int = 1, today: date | None = None
) -> DemoStats:
    """Fill an empty portfolio with a realistic demo team and portfolio; return the counts.

    ``size`` is ``"small"`` (an AD and a 12-person team, 4 clients, ~30 projects) or
    ``"large"`` (200 people, 60 clients, 1,000 projects, a year of staffing). The output
    depends only on ``size``, ``seed`` and ``today`` (default: the current date). Raises
    ``ValidationError`` for an unknown size or a portfolio that is not empty, writing nothing.
    """
    spec = SIZES.get(size)
    if spec is None:
        raise ValidationError(f"unknown demo size {size!r}: use 'small' or 'large'", "size")
    plan = build_plan(spec, seed, today or date.today())
    with engine.begin() as conn:
        if not portfolio_is_empty(conn):
            raise ValidationError("the demo needs an empty portfolio")
        for model, rows in plan.inserts:
            conn.execute(insert(model), rows)
        sync_id_sequences(conn)  # rows went in with their ids; the services add more
        issue_status_reports(conn, plan)  # built by the services from the rows just written
    return DemoStats(
        people=len(plan.people),
        clients=len(plan.clients),
        programs=len(plan.programs),
        projects=len(plan.projects),
        milestones=len(plan.milestones),
        allocations=plan.allocations,
        time_off=plan.time_off,
    )


def build_plan(spec: SizeSpec, seed: int, today: date) -> DemoPlan:
    """Build the whole demo in memory, area by area, without touching a database."""
    plan = DemoPlan(spec=spec, seed=seed, today=today)
    build_people(plan)
    build_clients_and_programs(plan)
    build_projects(plan)
    build_milestones(plan)
    build_time_off(plan)
    build_allocations(plan)
    staffing_demo(plan)
    raid_demo(plan)
    people_demo(plan)
    pipeline_demo(plan)
    reporting_demo(plan)
    return plan


def portfolio_is_empty(conn: Connection) -> bool:
    """True when none of the core tables holds a row."""
    return all(conn.execute(select(model.id).limit(1)).first() is None for model in CORE_MODELS)
