"""Imports refuse what the app could not use afterwards: one line on stderr naming the place,
exit status 2, and the portfolio exactly as it was.

Inputs are the export of a small demo portfolio, mutated; the refusals are read the way a
user reads them, from ``pmo-desktop import json|timesheet``.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from pmo_desktop.cli import main
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.services.staffing.grid import plan_weeks
from pmo_desktop.services.transfer import PLAN_MAX_WEEKS, export_json_bytes, import_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store import portable
from pmo_desktop.store.portable_checks import check_payload
from tests.conftest import make_demo_file

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo portfolio file (copied by each test that writes)."""
    return make_demo_file(tmp_path_factory.mktemp("refusals"))


@pytest.fixture(scope="module")
def exported(demo: Path) -> bytes:
    """The demo's portable JSON export."""
    return _export(demo)


@pytest.fixture
def target(demo: Path, tmp_path: Path) -> Path:
    """A private copy of the demo to import into."""
    copy_path = tmp_path / "target.sqlite"
    shutil.copy(demo, copy_path)
    return copy_path


def _export(path: Path) -> bytes:
    opened = open_portfolio(path)
    try:
        return export_json_bytes(opened)
    finally:
        opened.close()


def _refused(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    """Run the CLI; assert exit 2, nothing on stdout, one line on stderr; return that line."""
    assert main([str(a) for a in argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("pmo-desktop: error: ")
    assert "Traceback" not in captured.err and captured.out == ""
    return lines[0]


def _refuse_json(
    capsys: pytest.CaptureFixture[str], target: Path, data: bytes, before: bytes
) -> str:
    """Import ``data`` (as bad.json, replacing); assert refused and the database unchanged."""
    bad = target.parent / "bad.json"
    bad.write_bytes(data)
    line = _refused(capsys, "--db", target, "import", "json", bad, "--replace")
    assert "bad.json: " in line
    assert _export(target) == before
    return line


def _dumps(doc: Doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def _set(table: str, index: int, column: str, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        doc["tables"][table][index][column] = value

    return mutate


def _self_manager(doc: Doc) -> None:
    person = doc["tables"]["person"][0]
    person["manager_id"] = person["id"]


def _manager_loop(doc: Doc) -> None:
    people = doc["tables"]["person"]
    assert people[1]["manager_id"] == people[0]["id"]
    people[0]["manager_id"] = people[1]["id"]


def _shift_week(days: int) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        row = doc["tables"]["allocation"][0]
        row["week"] = (date.fromisoformat(row["week"]) + timedelta(days=days)).isoformat()

    return mutate


def _far_week(doc: Doc) -> None:
    far = monday_of(date.today()) + timedelta(weeks=600)
    doc["tables"]["allocation"][0]["week"] = far.isoformat()


def _version_true(doc: Doc) -> None:
    doc["version"] = True


JSON_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "timestamp in year 1",
        _set("raid_change", 0, "changed_at", "0001-01-01T00:00:00.000000Z"),
        "tables.raid_change[0].changed_at: 0001-01-01 is outside the years 1900–2200",
    ),
    (
        "timestamp in year 2201",
        _set("status_report_snapshot", 0, "issued_at", "2201-01-01T00:00:00.000000Z"),
        "tables.status_report_snapshot[0].issued_at: 2201-01-01 is outside the years",
    ),
    (
        "timestamp with a one-digit month",
        _set("raid_change", 0, "changed_at", "2026-1-05T09:00:00.000000Z"),
        "tables.raid_change[0].changed_at: expected a UTC timestamp",
    ),
    (
        "start date 9999-12-31",
        _set("person", 0, "start_date", "9999-12-31"),
        "tables.person[0].start_date: 9999-12-31 is outside the years 1900–2200",
    ),
    (
        "milestone before 1900",
        _set("milestone", 0, "forecast_date", "1899-12-31"),
        "tables.milestone[0].forecast_date: 1899-12-31 is outside the years",
    ),
    (
        "date in fullwidth digits",
        _set("project", 0, "end_date", "２０２６-０１-０５"),
        "tables.project[0].end_date: expected a date YYYY-MM-DD",
    ),
    (
        "allocation week on a Wednesday",
        _shift_week(2),
        "tables.allocation[0].week: ",
    ),
    (
        "allocation week past 2200",
        _set("allocation", 0, "week", "2300-01-06"),
        "tables.allocation[0].week: 2300-01-06 is outside the years",
    ),
    (
        "allocation week beyond the Staffing page",
        _far_week,
        "tables.allocation[0].week: ",
    ),
    (
        "timesheet actual on a Sunday",
        _set("staffing_actual", 0, "week", "2026-03-08"),
        "tables.staffing_actual[0].week: 2026-03-08 is a Sunday; weeks are named by their Monday",
    ),
    (
        "evaluation period that climbs folders",
        _set("evaluation", 0, "period", "../../etc"),
        'tables.evaluation[0].period: "../../etc" is not a year (2026), half (2026-H1)',
    ),
    (
        "evaluation period in lower case",
        _set("evaluation", 0, "period", "2026-h1"),
        "tables.evaluation[0].period: write the period as '2026-H1'",
    ),
    (
        "objective period in year 0",
        _set("team_objective", 0, "period", "0000-Q1"),
        "tables.team_objective[0].period: 0 is outside the years 1900–2200",
    ),
    (
        "someone managing themselves",
        _self_manager,
        "tables.person[0].manager_id: person 1 cannot manage themselves",
    ),
    (
        "two people managing each other",
        _manager_loop,
        "tables.person[0].manager_id: managers go round in a loop (1 → 2 → 1)",
    ),
    (
        "snapshot payload that is an empty object",
        _set("status_report_snapshot", 0, "payload", "{}"),
        "tables.status_report_snapshot[0].payload.scope: missing",
    ),
    (
        "snapshot payload that is not JSON",
        _set("status_report_snapshot", 0, "payload", "<html>"),
        "tables.status_report_snapshot[0].payload: not valid JSON",
    ),
    (
        "snapshot payload with NaN",
        _set("status_report_snapshot", 0, "payload", '{"scope": NaN}'),
        "tables.status_report_snapshot[0].payload: NaN is not a number JSON allows",
    ),
    (
        "snapshot payload nested too deep",
        _set("status_report_snapshot", 0, "payload", "[" * 100_000 + "]" * 100_000),
        "tables.status_report_snapshot[0].payload: nested too deep",
    ),
    ("version true", _version_true, "portfolio file version true is not supported"),
]


@pytest.mark.parametrize(
    ("mutate", "fragment"), [c[1:] for c in JSON_CASES], ids=[c[0] for c in JSON_CASES]
)
def test_a_value_the_app_cannot_use_is_refused_in_one_line_and_nothing_changes(
    capsys: pytest.CaptureFixture[str],
    target: Path,
    exported: bytes,
    mutate: Callable[[Doc], None],
    fragment: str,
) -> None:
    doc = json.loads(exported)
    mutate(doc)
    line = _refuse_json(capsys, target, _dumps(doc), exported)
    assert fragment in line


def _payload_case(exported: bytes, wanted: Callable[[Doc], bool]) -> tuple[int, Doc, Doc]:
    """The document, the index of the first snapshot whose payload ``wanted``, its payload."""
    doc = json.loads(exported)
    for index, row in enumerate(doc["tables"]["status_report_snapshot"]):
        payload = json.loads(row["payload"])
        if wanted(payload):
            return index, doc, payload
    raise AssertionError("the demo has no such snapshot")


def test_a_snapshot_whose_history_has_no_date_is_refused(
    capsys: pytest.CaptureFixture[str], target: Path, exported: bytes
) -> None:
    index, doc, payload = _payload_case(exported, lambda p: bool(p["history"]))
    payload["history"][0]["date"] = "../../x"
    doc["tables"]["status_report_snapshot"][index]["payload"] = json.dumps(payload)
    line = _refuse_json(capsys, target, _dumps(doc), exported)
    assert (
        f"tables.status_report_snapshot[{index}].payload.history[0].date:"
        ' expected a date YYYY-MM-DD, got "../../x"'
    ) in line


def test_a_snapshot_with_fewer_hours_than_weeks_is_refused(
    capsys: pytest.CaptureFixture[str], target: Path, exported: bytes
) -> None:
    index, doc, payload = _payload_case(exported, lambda p: bool(p["staffing"]["people"]))
    payload["staffing"]["people"][0]["hours"].pop()
    doc["tables"]["status_report_snapshot"][index]["payload"] = json.dumps(payload)
    line = _refuse_json(capsys, target, _dumps(doc), exported)
    weeks = len(payload["staffing"]["weeks"])
    assert (
        f"tables.status_report_snapshot[{index}].payload.staffing.people[0].hours:"
        f" {weeks - 1} values for {weeks} weeks"
    ) in line


def test_deep_nesting_and_overlong_numbers_are_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], target: Path, exported: bytes
) -> None:
    deep = _refuse_json(capsys, target, b"[" * 100_000 + b"]" * 100_000, exported)
    assert deep.endswith("bad.json: not a portfolio file: it is nested too deep to read")
    long_number = exported.replace(b'"version": 1', b'"version": ' + b"9" * 4400, 1)
    assert long_number != exported
    line = _refuse_json(capsys, target, long_number, exported)
    assert line.endswith("bad.json: not a portfolio file: it holds a number too long to read")


def test_export_writes_four_digit_years(target: Path, tmp_path: Path) -> None:
    from pmo_desktop.store.models_raid import RaidChange

    opened = open_portfolio(target)
    try:
        with opened.engine.begin() as conn:
            conn.execute(
                update(RaidChange.__table__)
                .where(RaidChange.__table__.c.id == 1)
                .values(changed_at=datetime(1, 1, 1, tzinfo=UTC))
            )
        data = export_json_bytes(opened)
    finally:
        opened.close()
    assert b'"changed_at": "0001-01-01T00:00:00.000000Z"' in data
    assert b'"1-01-01T' not in data
    # … and reading it back names the out-of-range timestamp instead of failing to parse it
    empty = open_portfolio(tmp_path / "empty.sqlite")
    try:
        with pytest.raises(ValidationError, match=r"changed_at: 0001-01-01 is outside"):
            import_json_bytes(empty, data)
    finally:
        empty.close()


def test_the_demo_export_is_accepted_and_round_trips(exported: bytes, tmp_path: Path) -> None:
    empty = open_portfolio(tmp_path / "empty.sqlite")
    try:
        import_json_bytes(empty, exported)
        assert export_json_bytes(empty) == exported
    finally:
        empty.close()


# --------------------------------------------------------------------------- Staffing window


def _plan_at_edge(exported: bytes, beyond: int) -> bytes:
    """The demo with its first allocation moved to the last week the Staffing page shows,
    plus ``beyond`` weeks."""
    doc = json.loads(exported)
    rows = doc["tables"]["allocation"]
    first = min(date.fromisoformat(r["week"]) for r in rows[1:])
    start = max(first, monday_of(date.today()) - timedelta(weeks=8))
    edge = start + timedelta(weeks=PLAN_MAX_WEEKS - 1 + beyond)
    rows[0]["week"] = edge.isoformat()
    return _dumps(doc)


def test_the_last_week_the_staffing_page_shows_is_accepted(exported: bytes, tmp_path: Path) -> None:
    opened = open_portfolio(tmp_path / "edge.sqlite")
    try:
        import_json_bytes(opened, _plan_at_edge(exported, 0))
        with unit_of_work(opened.sessions) as session:
            assert len(plan_weeks(session)) == PLAN_MAX_WEEKS
    finally:
        opened.close()


def test_one_week_more_is_refused_because_the_staffing_page_could_not_open(
    exported: bytes, tmp_path: Path
) -> None:
    data = _plan_at_edge(exported, 1)
    opened = open_portfolio(tmp_path / "beyond.sqlite")
    try:
        with pytest.raises(ValidationError, match=r"tables\.allocation\[0\]\.week: .* Staffing"):
            import_json_bytes(opened, data)
        with opened.engine.connect() as conn:
            assert portable.is_empty(conn)
        # written anyway, bypassing the check, the Staffing page fails to read its weeks
        with opened.engine.begin() as conn:
            portable.load(conn, portable.decode_rows(portable.loads(data)), replace=False)
        with unit_of_work(opened.sessions) as session, pytest.raises(ValidationError):
            plan_weeks(session)
    finally:
        opened.close()


# --------------------------------------------------------------------------- payload fuzz

ODD: list[Any] = [None, "", "x", 0, -3, 1.5, 10**30, True, [], {}, [1], {"a": 1}, "2026-02-30"]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


def test_every_snapshot_payload_the_check_accepts_renders(exported: bytes) -> None:
    """Mutants of real payloads: those the import accepts, the status report PDF renders."""
    from pmo_desktop.reports.pdf.status_report import render_status_report

    payloads = [
        json.loads(r["payload"]) for r in json.loads(exported)["tables"]["status_report_snapshot"]
    ]
    rng = random.Random(5)
    accepted = refused = 0
    for _ in range(150):
        payload = copy.deepcopy(rng.choice(payloads))
        path = rng.choice([p for p in _paths(payload) if p])
        parent: Any = payload
        for key in path[:-1]:
            parent = parent[key]
        if rng.random() < 0.3:
            del parent[path[-1]]
        else:
            parent[path[-1]] = rng.choice(ODD)
        try:
            check_payload(json.dumps(payload), "payload")
        except ValidationError:
            refused += 1
            continue
        accepted += 1
        render_status_report(payload)  # must not raise
    assert accepted > 10 and refused > 50, (accepted, refused)


# --------------------------------------------------------------------------- timesheets


def _people_and_project(path: Path) -> tuple[str, str]:
    with sqlite3.connect(path) as conn:
        (name,) = conn.execute("SELECT name FROM person WHERE active ORDER BY id").fetchone()
        (code,) = conn.execute(
            "SELECT code FROM project WHERE code IS NOT NULL ORDER BY id"
        ).fetchone()
    return name, code


def _actuals(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM staffing_actual ORDER BY id").fetchall()


def _refuse_timesheet(capsys: pytest.CaptureFixture[str], target: Path, text: str) -> str:
    sheet = target.parent / "week.csv"
    sheet.write_text(text, encoding="utf-8")
    before = _actuals(target)
    line = _refused(capsys, "--db", target, "import", "timesheet", sheet)
    assert line.startswith("pmo-desktop: error: timesheet week.csv refused, nothing imported: ")
    assert _actuals(target) == before
    return line


def test_bad_timesheet_rows_are_one_line_the_first_and_how_many_more(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    name, code = _people_and_project(target)
    line = _refuse_timesheet(
        capsys,
        target,
        "person,date,project,hours\n"
        f"{name},2026-04-06,{code},8\n"
        f"Nobody Known,2026-04-06,{code},8\n"
        f"{name},06/04/2026,{code},8\n"
        f"{name},2026-04-07,{code},eight\n",
    )
    assert line.endswith("line 3: unknown person 'Nobody Known' (and 2 more bad lines)")


def test_a_misspelled_billable_column_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    name, code = _people_and_project(target)
    line = _refuse_timesheet(
        capsys,
        target,
        f"person,date,project,hours,billabel\n{name},2026-04-06,{code},8,no\n",
    )
    assert line.endswith(
        "line 1: unknown column 'billabel' (the columns are person, date or"
        " week, project, hours and, optionally, billable)"
    )


@pytest.mark.parametrize("hours", ["1_0", "1e1", "nan", "inf", "١٠", "0x10", "8 h"])
def test_hours_must_be_a_plain_decimal_number(
    capsys: pytest.CaptureFixture[str], target: Path, hours: str
) -> None:
    name, code = _people_and_project(target)
    line = _refuse_timesheet(
        capsys, target, f"person,date,project,hours\n{name},2026-04-06,{code},{hours}\n"
    )
    assert line.endswith(f"line 2: {hours!r} is not a number of hours")


def test_a_timesheet_date_outside_the_years_the_app_uses_is_refused(
    capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    name, code = _people_and_project(target)
    line = _refuse_timesheet(
        capsys, target, f"person,date,project,hours\n{name},9999-12-31,{code},8\n"
    )
    assert line.endswith("line 2: 9999-12-31 is outside the years 1900–2200")
