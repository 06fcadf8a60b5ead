"""`pmo-desktop person add|edit|list`, `time-off` and `closure` from a new account: the first
command creates the portfolio, every refusal is one line with nothing written, and what the
verbs write is what capacity reads."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.services.staffing import grid as staffing
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from tests.integration.test_cli import assert_refused, run


def people(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT name, role, weekly_hours, workweek, holiday_country, holiday_region, "
            "billable_target, active FROM person ORDER BY id"
        ).fetchall()


def test_a_new_user_builds_a_team_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "fresh" / "mine.sqlite"  # no folder, no file yet
    assert (
        main(
            [
                "--db",
                str(db),
                "person",
                "add",
                "Ana García",
                "--role",
                "spm",
                "--holidays",
                "ES-MD",
                "--skill",
                "Jira:4",
                "--start",
                "2025-01-06",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(db),
                "person",
                "add",
                "李明 <b>&",
                "--workweek",
                "8,8,8,8,0",
                "--manager",
                "ana garcía",
                "--holidays",
                "GB-SCT",
            ]
        )
        == 0
    )
    assert main(["--db", str(db), "person", "edit", "李明 <b>&", "--target", "75"]) == 0
    assert (
        main(
            [
                "--db",
                str(db),
                "time-off",
                "add",
                "2",
                "2026-03-02",
                "2026-03-03",
                "--half",
                "--kind",
                "training",
            ]
        )
        == 0
    )
    assert main(["--db", str(db), "closure", "add", "2026-03-05", "--name", "Offsite"]) == 0
    out = capsys.readouterr().out
    assert "added Ana García (SPM) as person 1" in out and "saved 李明 <b>& (person 2)" in out
    assert people(db) == [
        ("Ana García", "SPM", 40.0, None, "ES", "MD", None, 1),
        ("李明 <b>&", "PM", 32.0, "8,8,8,8,0,0,0", "GB", "SCT", 75, 1),
    ]
    assert main(["--db", str(db), "person", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[2].split("\t")[:4] == ["2", "李明 <b>&", "PM", "Ana García"]
    assert "75%" in listing[2] and "70%" in listing[1]  # own target; the SPM default

    portfolio = open_portfolio(db, create=False)
    try:
        with unit_of_work(portfolio.sessions) as session:
            staff = staffing.list_staff(session)
            week = date(2026, 3, 2)
            caps = staffing.capacities(session, staff, [week])
        # 4 × 8 h, two half days of training, Thursday the offsite: 32 − 8 − 8 = 16
        assert caps[(2, week)] == pytest.approx(16)
        assert caps[(1, week)] == pytest.approx(32)
    finally:
        portfolio.close()

    assert main(["--db", str(db), "person", "edit", "1", "--inactive"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "person", "list"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["id", "2"]
    assert main(["--db", str(db), "person", "list", "--all"]) == 0
    assert "Ana García" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (
            ["person", "add", "X", "--start", "2026-05-01", "--end", "2026-01-01"],
            "before the start",
        ),
        (["person", "add", "X", "--hours", "90"], "0 to 80"),
        (["person", "add", "X", "--holidays", "XX"], "no public-holiday calendar"),
        (["person", "add", "X", "--workweek", "8,8,x"], "day figures"),
        (["person", "add", "X", "--target", "lots"], "--target is a percent"),
        (["person", "edit", "Nobody", "--hours", "20"], "no person named"),
        (["time-off", "add", "Ana", "2026-03-05", "2026-03-01"], "ends before it starts"),
        (["time-off", "add", "Ana", "2026-03-05", "--kind", "fun"], "one of vacation"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], fragment: str
) -> None:
    db = tmp_path / "p.sqlite"
    assert main(["--db", str(db), "person", "add", "Ana"]) == 0
    before = people(db)
    assert_refused(run("--db", db, *args), fragment)
    assert people(db) == before


def test_a_team_projects_and_a_plan_come_in_from_spreadsheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite"
    team = tmp_path / "team.csv"
    team.write_text(
        "Name;Role;Email;Start;Hours;Country\n"
        "Ana García;SPM;ana@x.org;06/01/2025;40;GB\n"
        "Ben Okafor;PM;ben@x.org;23/11/2026;37,5;GB\n",
        encoding="utf-16",
    )
    projects = tmp_path / "projects.csv"
    projects.write_text(
        'Client,Program,Project,Stage,Budget,PM\nAcme,Web,Checkout,Active,"120,000",Ana García\n',
        encoding="utf-8",
    )
    plan = tmp_path / "plan.csv"
    plan.write_text("Person,Project,2026-03-02,2026-03-09\nBen Okafor,Checkout,20,16\n", "utf-8")

    args = ["--db", str(db), "import", "people", str(team), "--decimal-comma", "--dry-run"]
    assert main(args) == 0
    assert "2 to create, 0 to update" in capsys.readouterr().out
    assert main(args[:-1]) == 0
    assert main(["--db", str(db), "import", "projects", str(projects)]) == 0
    assert main(["--db", str(db), "import", "staffing", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 new and 0 updated projects (1 new clients, 1 new programs)" in out
    assert "imported: 2 person-weeks changed" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT sum(hours) FROM allocation").fetchone() == (36.0,)

    bad = tmp_path / "bad.csv"
    bad.write_text("Person,Project,2026-03-02\nNobody,Checkout,8\nBen Okafor,Nope,8\n", "utf-8")
    result = run("--db", db, "import", "staffing", bad)
    assert_refused(result, "bad.csv refused, nothing imported: row 2, column “Person”")
    assert "(and 1 more)" in result.stderr
    assert_refused(run("--db", db, "import", "people", tmp_path / "none.xlsx"), "no file at")
