"""Deleting clients, programs and projects with everything that depends on them, and
bringing it all back exactly (same ids, every area's rows, cleared links re-set)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services import deletion
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from tests.conftest import make_demo_file, opened_copy

TODAY = date(2026, 3, 4)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("demo"), today=TODAY)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Portfolio]:
    with opened_copy(demo_file, tmp_path) as opened:
        yield opened


def _scalar(portfolio: Portfolio, sql: str, **params: object) -> int:
    with portfolio.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def _busiest(portfolio: Portfolio, kind: str) -> int:
    """The client, program or project with the most dependent rows of other areas."""
    sql = {
        "client": "SELECT p.client_id FROM program p JOIN project j ON j.program_id = p.id "
        "JOIN allocation a ON a.project_id = j.id GROUP BY p.client_id ORDER BY count(*) DESC",
        "program": "SELECT r.program_id FROM raid_item r WHERE r.program_id IS NOT NULL "
        "GROUP BY r.program_id ORDER BY count(*) DESC",
        "project": "SELECT r.project_id FROM raid_item r WHERE r.project_id IS NOT NULL "
        "GROUP BY r.project_id ORDER BY count(*) DESC",
        # The person with the most allocations: 1:1s, evaluations, goals, time off and their
        # manager's reports go with them or are unlinked.
        "person": "SELECT a.person_id FROM allocation a GROUP BY a.person_id "
        "ORDER BY count(*) DESC",
    }[kind]
    return _scalar(portfolio, sql + " LIMIT 1")


@pytest.mark.parametrize("kind", deletion.RECORD_KINDS)
def test_delete_then_restore_gives_a_byte_identical_export(demo: Portfolio, kind: str) -> None:
    record_id = _busiest(demo, kind)
    before = export_json_bytes(demo)
    with unit_of_work(demo.sessions) as s:
        record = deletion.delete_record(s, kind, record_id)
    assert _scalar(demo, f"SELECT count(*) FROM {kind} WHERE id = :i", i=record_id) == 0
    assert export_json_bytes(demo) != before
    with unit_of_work(demo.sessions) as s:
        deletion.restore_record(s, record)
    assert export_json_bytes(demo) == before


def test_deleting_a_program_takes_its_projects_rows_and_unlinks_raid_items(
    demo: Portfolio,
) -> None:
    program = _busiest(demo, "program")
    projects = f"SELECT id FROM project WHERE program_id = {program}"
    expected = {
        table: _scalar(demo, f"SELECT count(*) FROM {table} WHERE project_id IN ({projects})")
        for table in ("allocation", "milestone", "scope_change")
    }
    expected["project"] = _scalar(
        demo, f"SELECT count(*) FROM project WHERE program_id = {program}"
    )
    linked_raid = _scalar(
        demo,
        f"SELECT count(*) FROM raid_item WHERE program_id = {program} "
        f"OR project_id IN ({projects})",
    )
    with unit_of_work(demo.sessions) as s:
        impact = deletion.deletion_impact(s, "program", program)
    counts = impact.deleted_counts()
    for table, count in expected.items():
        assert counts.get(table, 0) == count
    assert impact.unlinked_counts()["raid_item"] == linked_raid > 0
    assert impact.summary.startswith(f"Delete program “{impact.name}” with ")
    assert deletion.rows_text("allocation", expected["allocation"]) in impact.summary
    assert "RAID item" in impact.summary.split("Kept, but unlinked from it:")[1]
    with unit_of_work(demo.sessions) as s:
        deletion.delete_record(s, "program", program)
    assert _scalar(demo, f"SELECT count(*) FROM raid_item WHERE program_id = {program}") == 0
    assert _scalar(demo, "SELECT count(*) FROM raid_item") > 0  # kept, only unlinked
    with demo.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_impact_writes_nothing_and_unknown_records_are_refused(demo: Portfolio) -> None:
    before = export_json_bytes(demo)
    with unit_of_work(demo.sessions) as s:
        deletion.deletion_impact(s, "client", 1)
    assert export_json_bytes(demo) == before
    with pytest.raises(ValidationError, match="no longer exists"), unit_of_work(demo.sessions) as s:
        deletion.delete_record(s, "project", 999_999)
    with pytest.raises(ValidationError), unit_of_work(demo.sessions) as s:
        deletion.delete_record(s, "escalation", 1)


def test_restore_is_refused_when_the_id_is_taken_again(demo: Portfolio) -> None:
    with unit_of_work(demo.sessions) as s:
        record = deletion.delete_record(s, "project", 1)
    with unit_of_work(demo.sessions) as s:
        deletion.restore_record(s, record)
    with pytest.raises(ValidationError, match="exists again"), unit_of_work(demo.sessions) as s:
        deletion.restore_record(s, record)


def test_counts_read_in_words() -> None:
    assert deletion.rows_text("allocation", 1) == "1 allocation"
    assert deletion.rows_text("raid_item", 9) == "9 RAID items"
    assert deletion.rows_text("some_new_table", 2) == "2 some new tables"


@pytest.mark.parametrize("kind", ["program", "client"])
def test_a_report_draft_goes_with_its_program_or_client_and_comes_back_on_restore(
    demo: Portfolio, kind: str
) -> None:
    from pmo_desktop.domain.reporting import ReportScope
    from pmo_desktop.services.reports.drafts import ReportText, report_draft, save_report_draft

    record_id = _busiest(demo, kind)
    scope = ReportScope(kind)
    text = ReportText("Go-live moved to March <draft> & 🚀", "Pilot done", "", "")
    with unit_of_work(demo.sessions) as s:
        save_report_draft(s, scope, record_id, text)
    before = export_json_bytes(demo)
    with unit_of_work(demo.sessions) as s:
        record = deletion.delete_record(s, kind, record_id)
    assert len(dict(record.rows)["status_report_draft"]) >= 1
    with unit_of_work(demo.sessions) as s:
        # a new record reusing the id must not inherit the old narrative
        assert report_draft(s, scope, record_id) == ReportText()
    with unit_of_work(demo.sessions) as s:
        deletion.restore_record(s, record)
    with unit_of_work(demo.sessions) as s:
        assert report_draft(s, scope, record_id).executive_summary == text.executive_summary
    assert export_json_bytes(demo) == before
