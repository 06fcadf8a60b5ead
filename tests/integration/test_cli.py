"""The command line end to end: demo, export/import JSON, check, backup, refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(
    *args: str | Path, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m pmo_desktop ARGS`` (fed ``stdin``) and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=ENV,
        cwd=cwd,
        timeout=120,
    )


def assert_refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    """Exit status 2, exactly one line on stderr, saying ``fragment``, no traceback."""
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pmo-desktop: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    result = run("demo", path, "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_file_is_private_and_checks_clean(demo_db: Path) -> None:
    assert stat.S_IMODE(demo_db.stat().st_mode) == 0o600
    result = run("--db", demo_db, "check")
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
    assert "foreign keys: ok" in result.stdout
    assert "(current)" in result.stdout
    assert "13 people" in result.stdout


def test_demo_refuses_to_overwrite_a_file(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    assert_refused(run("demo", demo_db), "already exists")
    assert demo_db.read_bytes() == before


def test_json_round_trip_through_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    first, second, copy = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "copy.sqlite"
    assert run("--db", demo_db, "export", "json", first).returncode == 0
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    result = run("--db", copy, "import", "json", first)
    assert result.returncode == 0, result.stderr
    assert run("--db", copy, "export", "json", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_bytes())
    assert len(doc["tables"]["project"]) >= 25


def test_import_into_non_empty_portfolio_is_refused_without_replace(
    demo_db: Path, tmp_path: Path
) -> None:
    dump, target = tmp_path / "d.json", tmp_path / "t.sqlite"
    run("--db", demo_db, "export", "json", dump)
    assert run("--db", target, "import", "json", dump).returncode == 0
    assert_refused(run("--db", target, "import", "json", dump), "already holds data")
    result = run("--db", target, "import", "json", dump, "--replace")
    assert result.returncode == 0, result.stderr
    assert "backed up to" in result.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"format": "pmo-desktop-portfolio", "version": 1, "tab', "not valid JSON at line 1"),
        ('{"format": "pmo-desktop-portfolio", "version": 2}', "version 2 is not supported"),
        ("hello", "not valid JSON"),
    ],
)
def test_bad_import_file_is_refused_and_the_portfolio_unchanged(
    demo_db: Path, tmp_path: Path, content: str, fragment: str
) -> None:
    target = tmp_path / "t.sqlite"
    dump = tmp_path / "d.json"
    run("--db", demo_db, "export", "json", dump)
    run("--db", target, "import", "json", dump)
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert_refused(run("--db", target, "import", "json", bad, "--replace"), fragment)
    after = tmp_path / "after.json"
    run("--db", target, "export", "json", after)
    assert after.read_bytes() == dump.read_bytes()


def test_check_reports_a_damaged_file(tmp_path: Path, demo_db: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(demo_db.read_bytes())
    data[8192:12288] = b"\x00\xff" * 2048
    damaged.write_bytes(bytes(data))
    assert_refused(run("--db", damaged, "check"), "failed its integrity check")


def test_check_on_a_missing_file_is_refused_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    assert_refused(run("--db", missing, "check"), "no portfolio at")
    assert not missing.exists()


def test_backup_writes_a_verified_private_copy(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.sqlite"
    result = run("--db", demo_db, "backup", out)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM project").fetchone()[0] >= 25
    conn.close()


def test_unknown_verb_is_one_line(tmp_path: Path) -> None:
    assert_refused(run("frobnicate"), "invalid choice")


def test_export_from_a_missing_portfolio_is_refused(tmp_path: Path) -> None:
    assert_refused(
        run("--db", tmp_path / "none.sqlite", "export", "json", tmp_path / "o.json"),
        "no portfolio at",
    )
    assert not (tmp_path / "o.json").exists()


def test_screenshot_of_an_unknown_view_is_refused(demo_db: Path, tmp_path: Path) -> None:
    assert_refused(run("--db", demo_db, "screenshot", "nowhere", tmp_path / "x.png"), "nowhere")


def test_screenshot_pipeline_writes_a_png(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pipeline.png"
    result = run("--db", demo_db, "screenshot", "pipeline", out, "--width", "1200")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_json_goes_through_a_pipe_with_dash(demo_db: Path, tmp_path: Path) -> None:
    exported = run("--db", demo_db, "export", "json", "-")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["format"] == "pmo-desktop-portfolio"
    assert not (Path.cwd() / "-").exists()
    target = tmp_path / "piped.sqlite"
    imported = run("--db", target, "import", "json", "-", stdin=exported.stdout)
    assert imported.returncode == 0, imported.stderr
    assert "from standard input" in imported.stdout
    assert run("--db", target, "export", "json", "-").stdout == exported.stdout


def test_malformed_json_on_standard_input_is_refused_untouched(
    demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(demo_db.read_bytes())
    before = run("--db", target, "export", "json", "-").stdout
    refused = run("--db", target, "import", "json", "-", "--replace", stdin='{"format": 1')
    assert_refused(refused, "standard input: not valid JSON at line 1")
    assert run("--db", target, "export", "json", "-").stdout == before
