"""The same code on a PostgreSQL server: migrations, the portable JSON round trip, the demo,
and the services every area opens with — on a throwaway cluster on a unix socket.

Skipped where no PostgreSQL server binaries (``initdb``, ``pg_ctl``) or no ``psycopg`` are
installed. As root, the cluster runs as the ``postgres`` user (PostgreSQL refuses root).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pmo_desktop.services.demo import generate
from pmo_desktop.services.home import board as reporting_home
from pmo_desktop.services.people import team as people
from pmo_desktop.services.pipeline import board as pipeline
from pmo_desktop.services.pipeline.health import portfolio_health
from pmo_desktop.services.raid import register as raid
from pmo_desktop.services.reports import checklist as reporting
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store.models import Client
from tests.conftest import make_demo_file
from tests.integration.pg import new_database

pytest.importorskip("psycopg")
TODAY = date(2026, 3, 4)


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    source = open_portfolio(make_demo_file(tmp_path_factory.mktemp("pg"), today=TODAY))
    try:
        return export_json_bytes(source)
    finally:
        source.close()


@pytest.fixture
def imported(server: str, demo_json: bytes, request: pytest.FixtureRequest) -> Iterator[Portfolio]:
    portfolio = open_portfolio(new_database(server, f"imported_{request.node.name[-12:].lower()}"))
    import_json_bytes(portfolio, demo_json)
    try:
        yield portfolio
    finally:
        portfolio.close()


def test_json_imported_into_postgresql_exports_byte_identical(
    imported: Portfolio, demo_json: bytes
) -> None:
    assert imported.engine.dialect.name == "postgresql"
    assert export_json_bytes(imported) == demo_json


def test_records_added_after_an_import_get_fresh_ids(imported: Portfolio) -> None:
    with unit_of_work(imported.sessions) as session:
        largest = max(session.scalars(select(Client.id)))
        session.add(Client(name="Added after the import"))
    with unit_of_work(imported.sessions) as session:
        added = session.scalar(select(Client.id).where(Client.name == "Added after the import"))
    assert added is not None and added > largest


def test_every_area_reads_its_first_view_from_postgresql(imported: Portfolio) -> None:
    with unit_of_work(imported.sessions) as session:
        health = portfolio_health(session, TODAY)
        cards = pipeline.board_cards(session, TODAY, health)
        roster = people.team_roster(session, TODAY)
        register = raid.list_register(session, TODAY)
        weeks = staffing.plan_weeks(session)[:13]
        grid = staffing.read_grid(session, weeks)
        home = reporting_home.home_data(session, TODAY)
    assert len(cards) == 30 and health.programs
    assert len(roster) == 12 and register and grid.people and home.tiles


def test_demo_is_written_straight_into_an_empty_postgresql_database(server: str) -> None:
    portfolio = open_portfolio(new_database(server, "demo_direct"))
    try:
        generate(portfolio.engine, size="small", seed=1, today=TODAY)
        with unit_of_work(portfolio.sessions) as session:
            assert len(pipeline.board_cards(session, TODAY)) == 30
    finally:
        portfolio.close()


def test_the_demo_verb_takes_a_database_url_and_refuses_a_full_one(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from pmo_desktop.cli import main

    url = new_database(server, "demo_cli")
    assert main(["demo", url]) == 0
    assert main(["demo", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["pmo-desktop: error: the demo needs an empty portfolio"]


def test_a_checklist_line_has_many_closed_periods_but_one_open(imported: Portfolio) -> None:
    """The partial unique index of migration 0010 exists on PostgreSQL too."""
    with unit_of_work(imported.sessions) as session:
        line = reporting.ensure_default_checklist(session)[0]
        reporting.retire_checklist_item(session, line.id, TODAY - timedelta(weeks=4))
        reporting.reactivate_checklist_item(session, line.id, TODAY - timedelta(weeks=2))
        reporting.retire_checklist_item(session, line.id, TODAY - timedelta(weeks=1))
        reporting.reactivate_checklist_item(session, line.id, TODAY)
    with imported.engine.connect() as conn:
        periods = conn.exec_driver_sql(
            "SELECT count(*), count(*) FILTER (WHERE retired_from IS NULL)"
            f" FROM adherence_item_period WHERE item_id = {line.id}"
        ).one()
    assert tuple(periods) == (3, 1)
    with pytest.raises(IntegrityError), imported.engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO adherence_item_period (item_id) VALUES ({line.id})"
        )  # a second open period
