"""The database is opened with the pragmas HR data needs, and files are written safely."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from pmo_desktop.fileio import atomic_path, private_umask, sweep_temp_files, write_bytes_atomic
from pmo_desktop.store.database import DamagedDatabaseError, open_portfolio, quick_check
from pmo_desktop.store.engine import make_engine


def test_every_connection_gets_the_safety_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sqlite")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_ddl_is_transactional_so_a_failed_change_rolls_back_whole(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.sqlite")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("fails halfway")
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master")).scalars().all()
    assert "half_done" not in names
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    portfolio = open_portfolio(tmp_path / "p.sqlite")
    with pytest.raises(Exception, match="FOREIGN KEY"), portfolio.engine.begin() as conn:
        conn.execute(text("INSERT INTO program (id, client_id, name) VALUES (1, 999, 'Orphan')"))
    portfolio.close()


def test_damaged_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    portfolio = open_portfolio(path)
    with portfolio.engine.begin() as conn:
        conn.execute(text("INSERT INTO client (id, name) VALUES (1, 'Acme')"))
    portfolio.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # trash the second page
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    assert quick_check(path) != "ok"
    with pytest.raises(DamagedDatabaseError):
        open_portfolio(path)
    assert path.read_bytes() == before


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_atomic_write_replaces_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_bytes_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_leftover_temp_files_are_swept(tmp_path: Path) -> None:
    (tmp_path / ".export.csv.pmo-tmp-abc123").write_bytes(b"partial")
    (tmp_path / "keep.csv").write_bytes(b"ok")
    removed = sweep_temp_files(tmp_path)
    assert [p.name for p in removed] == [".export.csv.pmo-tmp-abc123"]
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def test_umask_makes_database_files_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        private_umask()
        portfolio = open_portfolio(tmp_path / "p.sqlite")
        portfolio.close()
    finally:
        os.umask(old)
    for name in os.listdir(tmp_path):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is {oct(mode)}"


def test_quick_check_reads_a_closed_wal_database(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    open_portfolio(path).close()
    assert quick_check(path) == "ok"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
