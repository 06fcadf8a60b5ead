"""Migrations: one head, models match, old databases keep every row, failures roll back."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from pmo_desktop.store import migrate, schema
from pmo_desktop.store.backup import backups_dir, verify_backup
from pmo_desktop.store.database import DatabaseError, open_portfolio

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_scripts_have_a_single_head_matching_the_build() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_heads() == [schema.HEAD_REVISION]
    chain = [rev.revision for rev in scripts.walk_revisions()]
    assert tuple(reversed(chain)) == schema.KNOWN_REVISIONS


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    portfolio = open_portfolio(tmp_path / "p.sqlite")
    with portfolio.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, schema.metadata())
    portfolio.close()
    assert diff == []


def test_fixture_databases_exist_for_every_older_schema() -> None:
    fixtures = sorted(FIXTURES.glob("schema_*.sqlite"))
    assert fixtures, "commit a fixture database of each released schema under tests/fixtures"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_older_databases_upgrade_with_every_row_kept(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    before = _counts(path)
    assert sum(before.values()) > 100, "fixture should hold real data in every table"
    portfolio = open_portfolio(path)
    with portfolio.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        fk_problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    portfolio.close()
    after = _counts(path)
    assert version == schema.HEAD_REVISION
    assert fk_problems == []
    for table, count in before.items():
        if table != "alembic_version":
            assert after[table] == count, f"{table}: {count} rows before, {after[table]} after"


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    open_portfolio(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_portfolio(path)
    assert path.read_bytes() == before


def test_database_not_made_by_the_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not created by PMO Desktop"):
        open_portfolio(path)


FAILING_REVISION = '''
"""fails halfway"""
import sqlalchemy as sa
from alembic import op

revision = "9000_broken"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))
    op.execute("DELETE FROM allocation")
    raise RuntimeError("disk full (simulated)")


def downgrade() -> None:
    pass
'''

REBUILD_PARENT_REVISION = '''
"""rebuilds a parent table in batch mode"""
import sqlalchemy as sa
from alembic import op

revision = "9001_rebuild"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("project", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(20), nullable=True))


def downgrade() -> None:
    pass
'''


def _with_extra_revision(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, body: str, revision: str
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(Path(migrate.__file__).parent / "migrations", scripts)
    (scripts / "versions" / f"{revision}.py").write_text(body.format(down=schema.HEAD_REVISION))
    original = migrate.alembic_config

    def patched():  # type: ignore[no-untyped-def]
        config = original()
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(migrate, "alembic_config", patched)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, revision))
    monkeypatch.setattr(migrate, "HEAD_REVISION", revision)


def _seeded(tmp_path: Path) -> Path:
    fixture = sorted(FIXTURES.glob("schema_*.sqlite"))[-1]
    path = tmp_path / "p.sqlite"
    shutil.copy(fixture, path)
    open_portfolio(path).close()  # bring it to this build's head first
    return path


def _schema_sql(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def test_migration_failing_halfway_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _seeded(tmp_path)
    counts, shape = _counts(path), _schema_sql(path)
    _with_extra_revision(monkeypatch, tmp_path, FAILING_REVISION, "9000_broken")
    with pytest.raises(RuntimeError, match="disk full"):
        open_portfolio(path)
    assert _counts(path) == counts
    assert _schema_sql(path) == shape
    monkeypatch.undo()
    portfolio = open_portfolio(path)  # still startable by this build
    portfolio.close()
    assert _counts(path) == counts


def test_pending_migration_takes_a_verified_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _seeded(tmp_path)
    counts = _counts(path)
    _with_extra_revision(monkeypatch, tmp_path, REBUILD_PARENT_REVISION, "9001_rebuild")
    portfolio = open_portfolio(path)
    assert portfolio.backup_taken is not None
    assert portfolio.backup_taken.parent == backups_dir(path)
    assert verify_backup(portfolio.backup_taken).row_counts == counts
    portfolio.close()


def test_rebuilding_parent_tables_keeps_child_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _seeded(tmp_path)
    counts = _counts(path)
    assert counts["allocation"] > 0 and counts["milestone"] > 0
    _with_extra_revision(monkeypatch, tmp_path, REBUILD_PARENT_REVISION, "9001_rebuild")
    open_portfolio(path).close()
    after = _counts(path)
    for table, count in counts.items():
        if table != "alembic_version":
            assert after[table] == count, table


def test_scenario_bases_kept_in_notes_move_to_their_table(tmp_path: Path) -> None:
    """0009: a scenario's JSON base in its note becomes rows; a cell whose person is gone is
    dropped (as the foreign key would have done); a plain note is left alone."""
    from pmo_desktop.store.engine import make_engine

    path = tmp_path / "p.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0008_adherence_history")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO person (id, name, role, weekly_hours, active) "
            "VALUES (1, 'Ana', 'PM', 40, 1)"
        )
        conn.execute("INSERT INTO client (id, name) VALUES (1, 'Acme')")
        conn.execute("INSERT INTO program (id, client_id, name) VALUES (1, 1, 'Web')")
        conn.execute(
            "INSERT INTO project (id, program_id, name, stage, win_probability, priority, "
            "budget_cents, billable) VALUES (1, 1, 'Portal', 'active', 100, 2, 0, 1)"
        )
        note = '{"base": {"1:1:2026-03-02": 12.0, "9:1:2026-03-02": 8.0}}'
        for sid, name, text_ in ((1, "Hire later", note), (2, "Old", "just a note")):
            conn.execute(
                "INSERT INTO staffing_scenario (id, name, created_at, status, note) "
                "VALUES (?, ?, '2026-03-01 09:00:00.000000', 'draft', ?)",
                (sid, name, text_),
            )
    open_portfolio(path).close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT scenario_id, person_id, project_id, week, hours FROM staffing_scenario_base"
        ).fetchall()
        scenarios = conn.execute(
            "SELECT id, keeps_base, note FROM staffing_scenario ORDER BY id"
        ).fetchall()
    assert rows == [(1, 1, 1, "2026-03-02", 12.0)]
    assert scenarios == [(1, 1, None), (2, 0, "just a note")]


def test_checklist_intervals_become_one_period_each(tmp_path: Path) -> None:
    """0010: an item's (counts_from, retired_from) becomes its one period with the same dates;
    an item retired without a date (it counted in no week) gets none; ``active`` goes, as
    an item is on the checklist while it has an open period."""
    from pmo_desktop.services.reports import checklist as reporting
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.store.engine import make_engine

    path = tmp_path / "p.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0009_scenario_base")
    engine.dispose()
    items = [
        (1, 1, None, None),  # always on the checklist
        (2, 1, "2026-10-05", None),  # added in October
        (3, 0, None, "2026-11-02"),  # retired in November
        (4, 0, "2026-10-05", "2026-11-16"),  # added, then retired
        (5, 0, None, None),  # retired before 0008 recorded dates
    ]
    with sqlite3.connect(path) as conn:
        for item_id, active, counts_from, retired_from in items:
            conn.execute(
                "INSERT INTO adherence_item (id, project_type, title, position, active, "
                "counts_from, retired_from) VALUES (?, 'delivery', ?, ?, ?, ?, ?)",
                (item_id, f"Line {item_id}", item_id, active, counts_from, retired_from),
            )
    portfolio = open_portfolio(path)
    with unit_of_work(portfolio.sessions) as s:
        lines = {i.id: i for i in reporting.checklist(s)}
    portfolio.close()
    with sqlite3.connect(path) as conn:
        periods = conn.execute(
            "SELECT item_id, counts_from, retired_from FROM adherence_item_period ORDER BY id"
        ).fetchall()
        columns = [row[1] for row in conn.execute("PRAGMA table_info(adherence_item)")]
    assert periods == [
        (1, None, None),
        (2, "2026-10-05", None),
        (3, None, "2026-11-02"),
        (4, "2026-10-05", "2026-11-16"),
    ]
    assert columns == ["id", "project_type", "title", "position"]
    assert [lines[n].active for n in range(1, 6)] == [True, True, False, False, False]
    week = date(2026, 10, 26)
    assert [lines[n].counts_in(week) for n in range(1, 6)] == [True, True, True, True, False]
