"""Hostile names through the areas' exporters: the staffing plan (CSV, XLSX, PDF) and the
RAID register (CSV, XLSX). CSV reads back exactly, XLSX holds no formula made of user text
and is well-formed XML, PDFs lay out without an exception."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmo_desktop.reports.tables import read_csv_rows, unprotect
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from tests.reliability.test_hostile_text import MARKUP, pieces

names = st.one_of(
    st.sampled_from(MARKUP),
    st.lists(pieces, min_size=1, max_size=3).map("".join),
).filter(lambda s: s.strip("\x00") != "" and not s.startswith("\x00"))
MONDAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[Portfolio, bytes]]:
    portfolio = open_portfolio("sqlite://")
    yield portfolio, export_json_bytes(portfolio)
    portfolio.close()


def _fill(portfolio: Portfolio, empty: bytes, person: str, client: str, project: str) -> None:
    import_json_bytes(portfolio, empty, replace=True)
    with portfolio.engine.begin() as conn:
        run = conn.exec_driver_sql
        run(
            "INSERT INTO person (id, name, role, weekly_hours, active) VALUES (1, ?, 'PM', 40, 1)",
            (person,),
        )
        run("INSERT INTO client (id, name) VALUES (1, ?)", (client,))
        run("INSERT INTO program (id, client_id, name) VALUES (1, 1, ?)", (client,))
        run(
            "INSERT INTO project (id, program_id, name, stage, win_probability, budget_cents,"
            " priority, billable) VALUES (1, 1, ?, 'active', 100, 0, 2, 1)",
            (project,),
        )
        for week in range(3):
            run(
                "INSERT INTO allocation (person_id, project_id, week, hours, tentative)"
                " VALUES (1, 1, ?, 12.5, 0)",
                ((MONDAY + timedelta(weeks=week)).isoformat(),),
            )


# The exporters' own formulas: SUM/SUMIF over cell ranges, nothing else.
OWN_FORMULA = re.compile(r"=SUM(IF)?\((?:[A-Za-z]+!|[$A-Z0-9:,])+\)")


def assert_strict_xlsx(workbook_bytes: bytes) -> None:
    """Fail unless every XML part of the workbook parses with a strict XML parser (openpyxl
    reads leniently; Excel and LibreOffice refuse or cut a file with, e.g., U+FFFE in it)."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(workbook_bytes)) as archive:
        assert archive.testzip() is None
        parts = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        assert "xl/workbook.xml" in parts
        for name in parts:
            try:
                ElementTree.fromstring(archive.read(name))
            except ElementTree.ParseError as error:
                raise AssertionError(f"{name} is not well-formed XML: {error}") from None


def _no_user_formulas(workbook_bytes: bytes) -> None:
    """Fail on any formula cell that is not one of the exporter's own sums (and on a file that
    is not well-formed XML)."""
    from openpyxl import load_workbook

    assert_strict_xlsx(workbook_bytes)
    for sheet in load_workbook(io.BytesIO(workbook_bytes)).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert OWN_FORMULA.fullmatch(str(cell.value)), f"formula {cell.value!r}"


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(person=names, client=names, project=names)
def test_hostile_names_in_the_staffing_exports(
    shared: tuple[Portfolio, bytes], tmp_path: Path, person: str, client: str, project: str
) -> None:
    from pmo_desktop.reports.staffing_export import (
        staffing_csv,
        staffing_pdf,
        staffing_plan,
        staffing_workbook,
    )

    portfolio, empty = shared
    _fill(portfolio, empty, person, client, project)
    with unit_of_work(portfolio.sessions) as session:
        plan = staffing_plan(session, MONDAY, 4)
    rows = read_csv_rows(staffing_csv(plan))
    assert [unprotect(c) for c in rows[1][:4:2]] == [person, client]
    assert unprotect(rows[1][3]) == project
    buffer = io.BytesIO()
    staffing_workbook(plan).save(buffer)
    _no_user_formulas(buffer.getvalue())
    assert staffing_pdf(plan, today=MONDAY).startswith(b"%PDF-")


def _raid_row(title: str, client: str, owner: str) -> Any:
    from pmo_desktop.domain.risk import RaidKind, RaidStatus, Response
    from pmo_desktop.services.raid.register import RaidRow

    return RaidRow(
        id=7,
        kind=RaidKind.RISK,
        title=title,
        client_id=1,
        client=client,
        program_id=None,
        program=None,
        project_id=None,
        project=None,
        owner_id=1,
        owner=owner,
        probability=4,
        impact=5,
        response=Response.MITIGATE,
        status=RaidStatus.OPEN,
        raised_date=MONDAY,
        review_date=None,
        due_date=MONDAY,
        severity=None,
        open_actions=1,
        overdue_actions=0,
        review_overdue=False,
        due_overdue=False,
        converted_from_id=None,
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=names, client=names, owner=names)
def test_hostile_text_in_the_raid_register_exports(
    tmp_path: Path, title: str, client: str, owner: str
) -> None:
    from pmo_desktop.reports.raid_export import export_register

    row = _raid_row(title, client, owner)
    export_register([row], tmp_path / "raid.csv")
    back = read_csv_rows((tmp_path / "raid.csv").read_bytes())
    assert [unprotect(back[1][i]) for i in (2, 3, 6)] == [title, client, owner]
    export_register([row], tmp_path / "raid.xlsx")
    _no_user_formulas((tmp_path / "raid.xlsx").read_bytes())
