"""Thousands of malformed files through the importers: a clear refusal (``ValidationError``)
or a whole import, never another exception, never a partial import."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.services.workspace import Portfolio, open_portfolio

JSON_MUTANTS = 2000
TIMESHEET_MUTANTS = 1000
ODD_VALUES: list[Any] = [
    None,
    0,
    -1,
    1.5,
    float("1e308"),
    10**30,
    "",
    "x",
    "2026-13-45",
    "2026-02-30T25:61:00Z",
    True,
    [],
    {},
    [[[[]]]],
    {"id": 1},
    "<b>",
    "\x00",
]


def _seed(portfolio: Portfolio) -> None:
    with portfolio.engine.begin() as conn:
        run = conn.exec_driver_sql
        run(
            "INSERT INTO person (id, name, role, weekly_hours, active)"
            " VALUES (1, 'Ana', 'PM', 40, 1)"
        )
        run(
            "INSERT INTO person (id, name, role, weekly_hours, active, manager_id)"
            " VALUES (2, 'Ben', 'PC', 32, 1, 1)"
        )
        run("INSERT INTO client (id, name, notes) VALUES (1, 'Acme', 'key account')")
        run("INSERT INTO program (id, client_id, name) VALUES (1, 1, 'Web')")
        for pid, name in ((1, "Checkout"), (2, "Search")):
            run(
                "INSERT INTO project (id, program_id, name, stage, win_probability, budget_cents,"
                " priority, billable, pm_id, start_date, end_date)"
                f" VALUES ({pid}, 1, '{name}', 'active', 100, 500000, 2, 1, 1,"
                " '2026-01-05', '2026-06-26')"
            )
        monday = date(2026, 1, 5)
        for week in range(4):
            day = (monday + timedelta(weeks=week)).isoformat()
            run(
                "INSERT INTO allocation (person_id, project_id, week, hours, tentative)"
                f" VALUES (2, 1, '{day}', 16, 0)"
            )


def _image(portfolio: Portfolio) -> bytes:
    """Every page of the in-memory database: equal images mean nothing was written."""
    raw = portfolio.engine.raw_connection()
    try:
        return bytes(raw.driver_connection.serialize())  # type: ignore[union-attr]
    finally:
        raw.close()


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[Portfolio, bytes]]:
    portfolio = open_portfolio("sqlite://")
    _seed(portfolio)
    yield portfolio, export_json_bytes(portfolio)
    portfolio.close()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


def _mutate_document(doc: dict[str, Any], rng: random.Random) -> Any:
    doc = copy.deepcopy(doc)
    paths = [p for p in _paths(doc) if p]
    path = rng.choice(paths)
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    action = rng.randrange(6)
    if action == 0:  # delete a key or a row
        del parent[last]
    elif action == 1:  # swap the value for one of another type
        parent[last] = rng.choice(ODD_VALUES)
    elif action == 2 and isinstance(parent, list):  # duplicate a row (same primary key)
        parent.append(copy.deepcopy(parent[last]))
    elif action == 3 and isinstance(parent, dict):  # an unknown field
        parent[f"extra_{rng.randrange(9)}"] = rng.choice(ODD_VALUES)
    elif action == 4 and isinstance(parent[last], int) and not isinstance(parent[last], bool):
        parent[last] = parent[last] + rng.choice([-1000, -1, 1, 7, 10**6])  # a broken reference
    else:
        return rng.choice(ODD_VALUES)  # the whole document replaced by a scalar
    return doc


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    action = rng.randrange(4)
    if action == 0:
        return data[: rng.randrange(len(data))]
    position = rng.randrange(len(data))
    noise = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    if action == 1:
        return data[:position] + noise + data[position + len(noise) :]
    if action == 2:
        return data[:position] + noise + data[position:]
    return data[:position] + data[position + rng.randint(1, 50) :]


def test_malformed_portable_json_is_refused_whole_and_changes_nothing(
    target: tuple[Portfolio, bytes],
) -> None:
    portfolio, original = target
    image = _image(portfolio)
    doc = json.loads(original)
    rng = random.Random(8)
    refused = imported = 0
    for i in range(JSON_MUTANTS):
        if i % 2:
            data = _mutate_bytes(original, rng)
        else:
            data = json.dumps(_mutate_document(doc, rng), ensure_ascii=rng.random() < 0.5).encode()
        try:
            import_json_bytes(portfolio, data, replace=True)
        except ValidationError as exc:
            assert exc.message
            refused += 1
            assert _image(portfolio) == image, f"mutant {i} left a partial import"
        else:  # a harmless mutation (a renamed note…): imported whole; put the original back
            imported += 1
            import_json_bytes(portfolio, original, replace=True)
            image = _image(portfolio)
    assert export_json_bytes(portfolio) == original
    assert refused > JSON_MUTANTS * 0.6
    print(f"\n{JSON_MUTANTS} malformed JSON files: {refused} refused, {imported} harmless imported")


TIMESHEET = (
    b"person,week,project,hours,billable\r\n"
    b"Ben,2026-01-05,Checkout,16,yes\r\n"
    b"Ben,2026-01-12,Checkout,12.5,no\r\n"
    b'Ana,2026-01-19,"Search",8,yes\r\n'
)


def test_malformed_timesheets_are_refused_whole_and_change_nothing(
    target: tuple[Portfolio, bytes], tmp_path: Path
) -> None:
    from pmo_desktop.gui.staffing.dialogs import read_lines
    from pmo_desktop.services.staffing import actuals as staffing_actuals
    from pmo_desktop.services.uow import unit_of_work

    portfolio, original = target
    image = _image(portfolio)
    rng = random.Random(9)
    file = tmp_path / "timesheet.csv"
    refused = imported = 0
    for i in range(TIMESHEET_MUTANTS):
        data = _mutate_bytes(TIMESHEET, rng) if i else TIMESHEET
        file.write_bytes(data)
        try:
            lines = read_lines(file)
            with unit_of_work(portfolio.sessions) as session:
                staffing_actuals.import_timesheet(session, lines)
        except ValidationError as exc:
            assert exc.message
            refused += 1
            assert _image(portfolio) == image, f"mutant {i} left a partial import"
        else:
            imported += 1
            import_json_bytes(portfolio, original, replace=True)
            image = _image(portfolio)
    assert export_json_bytes(portfolio) == original
    assert refused > 0 and imported > 0  # the valid file imports, the mutants mostly do not
    print(f"{TIMESHEET_MUTANTS} malformed timesheets: {refused} refused, {imported} imported")
