"""`pmo-desktop import timesheet IN.csv [--dry-run]`: preview, refusal of bad rows with
nothing imported, all-or-nothing import through the same service as the GUI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from tests.integration.test_cli import assert_refused, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("timesheet") / "demo.sqlite"
    assert run("demo", path).returncode == 0
    return path


def people_and_project(path: Path) -> tuple[str, str, str, str]:
    with sqlite3.connect(path) as conn:
        (a, email), (b, _) = conn.execute(
            "SELECT name, email FROM person WHERE active ORDER BY id LIMIT 2"
        ).fetchall()
        (code,) = conn.execute(
            "SELECT code FROM project WHERE code IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    return a, email, b, code


def actuals(path: Path) -> list[tuple[str, float, int]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT week, hours, billable FROM staffing_actual ORDER BY week, hours"
        ).fetchall()


def test_dry_run_previews_and_import_writes_every_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, email, b, code = people_and_project(demo)
    before = actuals(demo)
    sheet = tmp_path / "week.csv"
    sheet.write_text(
        "person,date,project,hours,billable\n"
        f"{a},2026-03-02,{code},8,yes\n"
        f"{email},2026-03-04,{code},6,yes\n"
        f"{b},2026-03-10,{code},4,no\n",
        encoding="utf-8",
    )
    assert main(["--db", str(demo), "import", "timesheet", str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "3 lines → 2 person-project-weeks · 2 people · 2 weeks" in out
    assert "billable 14 h, non-billable 4 h" in out and "nothing imported" in out
    assert actuals(demo) == before

    result = run("--db", demo, "import", "timesheet", sheet)
    assert result.returncode == 0, result.stderr
    assert "imported 2 person-project-weeks" in result.stdout
    added = sorted(set(actuals(demo)) - set(before))
    assert added == [("2026-03-02", 14.0, 1), ("2026-03-09", 4.0, 0)]


def test_a_file_with_bad_rows_is_refused_in_one_line_and_nothing_is_imported(
    demo: Path, tmp_path: Path
) -> None:
    a, _email, _b, code = people_and_project(demo)
    before = actuals(demo)
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        "person,date,project,hours\n"
        f"{a},2026-04-06,{code},8\n"
        f"Nobody Known,2026-04-06,{code},8\n"
        f"{a},06/04/2026,{code},8\n"
        f"{a},2026-04-07,{code},eight\n",
        encoding="utf-8",
    )
    result = run("--db", demo, "import", "timesheet", sheet)
    assert_refused(result, "bad.csv refused, nothing imported")
    assert result.stderr.strip().endswith(
        "line 3: unknown person 'Nobody Known' (and 2 more bad lines)"
    )
    assert result.stdout == "" and actuals(demo) == before


def test_a_misspelled_column_or_hours_with_underscores_are_refused(
    demo: Path, tmp_path: Path
) -> None:
    a, _email, _b, code = people_and_project(demo)
    before = actuals(demo)
    misspelled = tmp_path / "misspelled.csv"
    misspelled.write_text(
        f"person,date,project,hours,billabel\n{a},2026-04-06,{code},8,no\n", encoding="utf-8"
    )
    assert_refused(run("--db", demo, "import", "timesheet", misspelled), "'billabel'")
    underscores = tmp_path / "underscores.csv"
    underscores.write_text(f"person,date,project,hours\n{a},2026-04-06,{code},1_0\n")
    assert_refused(
        run("--db", demo, "import", "timesheet", underscores),
        "line 2: '1_0' is not a number of hours",
    )
    assert actuals(demo) == before


def test_a_file_that_is_not_csv_is_refused_in_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "week.xlsx"
    sheet.write_bytes(b"PK")
    assert main(["--db", str(demo), "import", "timesheet", str(sheet)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["pmo-desktop: error: cannot import a timesheet from week.xlsx: use a .csv file"]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("person,date,project,hours\nJosé,2026-03-02,X,8\n".encode("latin-1"))
    assert_refused(run("--db", demo, "import", "timesheet", latin), "not UTF-8")
