"""Portable JSON: exact round trips, and refusals that leave the portfolio as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.store import portable
from pmo_desktop.store.database import Portfolio, open_portfolio
from tests.strategies import portfolios


def _document(tables: dict[str, list[dict[str, Any]]]) -> bytes:
    doc = {
        "format": portable.FORMAT,
        "version": portable.VERSION,
        "schema": portable.HEAD_REVISION,
        "tables": tables,
    }
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.fixture
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Portfolio, Portfolio]]:
    folder = tmp_path_factory.mktemp("pair")
    a, b = open_portfolio(folder / "a.sqlite"), open_portfolio(folder / "b.sqlite")
    yield a, b
    a.close()
    b.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tables=portfolios())
def test_export_import_export_is_byte_identical(
    pair: tuple[Portfolio, Portfolio], tables: dict[str, list[dict[str, Any]]]
) -> None:
    source, target = pair
    import_json_bytes(source, _document(tables), replace=True)
    first = export_json_bytes(source)
    import_json_bytes(target, first, replace=True)
    second = export_json_bytes(target)
    assert first == second
    # and the data is what was put in, table by table
    exported = json.loads(first)["tables"]
    for name, rows in tables.items():
        assert exported[name] == sorted(rows, key=lambda r: r["id"])


def test_import_into_a_non_empty_portfolio_needs_replace(
    pair: tuple[Portfolio, Portfolio],
) -> None:
    source, _ = pair
    doc = _document({"client": [{"id": 1, "name": "Acme", "industry": None, "notes": None}]})
    import_json_bytes(source, doc)
    before = export_json_bytes(source)
    with pytest.raises(ValidationError, match="already holds data"):
        import_json_bytes(source, doc)
    assert export_json_bytes(source) == before


BAD_DOCUMENTS = [
    (b'{"format": "pmo-desktop-portfolio", "version": 1,', "not valid JSON at line 1"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (b"[]", "top level is not an object"),
    (b'{"format": "other"}', "not a PMO Desktop portfolio"),
    (b'{"format": "pmo-desktop-portfolio", "version": 99}', "version 99 is not supported"),
]


@pytest.mark.parametrize(("data", "message"), BAD_DOCUMENTS)
def test_malformed_files_are_refused_with_one_clear_line(
    pair: tuple[Portfolio, Portfolio], data: bytes, message: str
) -> None:
    source, _ = pair
    with pytest.raises(ValidationError, match=message) as info:
        import_json_bytes(source, data)
    assert "\n" not in str(info.value)


CLIENT = {"id": 1, "name": "Acme", "industry": None, "notes": None}
PROGRAM = {"id": 1, "client_id": 1, "name": "Replatform", "description": None, "lead_id": None}


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"invoices": []}, r"tables\.invoices: unknown table"),
        ({"client": [{**CLIENT, "colour": "red"}]}, r"tables\.client\[0\]: unknown field"),
        ({"client": [{"id": 1}]}, r"tables\.client\[0\]\.name: missing"),
        ({"client": [{**CLIENT, "name": None}]}, r"tables\.client\[0\]\.name: required"),
        ({"client": [{**CLIENT, "id": "one"}]}, r"tables\.client\[0\]\.id: expected a whole"),
        ({"client": [CLIENT, CLIENT]}, r"tables\.client\[1\]: duplicate id 1"),
        (
            {"client": [CLIENT], "program": [{**PROGRAM, "client_id": 7}]},
            r"tables\.program\[0\]\.client_id: refers to client 7",
        ),
        (
            {
                "person": [
                    {
                        "id": 1,
                        "name": "Ana",
                        "role": "CEO",
                        "email": None,
                        "weekly_hours": 40,
                        "billable_target": None,
                        "start_date": None,
                        "manager_id": None,
                        "active": True,
                    }
                ]
            },
            r"tables\.person\[0\]\.role: expected one of PC, PM, SPM, AD",
        ),
        (
            {
                "person": [
                    {
                        "id": 1,
                        "name": "Ana",
                        "role": "PM",
                        "email": None,
                        "weekly_hours": 40,
                        "billable_target": None,
                        "start_date": "2026-02-30",
                        "manager_id": None,
                        "active": True,
                    }
                ]
            },
            r"start_date: not a real date",
        ),
        (
            {
                "person": [
                    {
                        "id": 1,
                        "name": "Ana",
                        "role": "PM",
                        "email": None,
                        "weekly_hours": 400,
                        "billable_target": None,
                        "start_date": None,
                        "manager_id": None,
                        "active": True,
                        "end_date": None,
                        "workweek": None,
                        "holiday_country": None,
                        "holiday_region": None,
                        "notes": None,
                    }
                ]
            },
            r"breaks a rule of the portfolio: CHECK constraint failed",
        ),
    ],
)
def test_bad_content_is_refused_and_nothing_is_written(
    pair: tuple[Portfolio, Portfolio], tables: dict[str, Any], message: str
) -> None:
    source, _ = pair
    seed = _document({"client": [{**CLIENT, "name": "Existing"}]})
    import_json_bytes(source, seed)
    before = export_json_bytes(source)
    with pytest.raises(ValidationError, match=message):
        import_json_bytes(source, _document(tables), replace=True)
    assert export_json_bytes(source) == before


def test_truncated_export_is_refused(pair: tuple[Portfolio, Portfolio], tmp_path: Path) -> None:
    source, target = pair
    import_json_bytes(source, _document({"client": [CLIENT], "program": [PROGRAM]}))
    data = export_json_bytes(source)
    with pytest.raises(ValidationError, match="not valid JSON"):
        import_json_bytes(target, data[: len(data) // 2])
    assert json.loads(export_json_bytes(target))["tables"]["client"] == []
