"""The new user's paths, as CI takes them: a fresh HOME and the runtime dependencies only.

Run with the Python of an environment made by the README's first command alone
(``pip install .``, no test extras)::

    python scripts/fresh_user_smoke.py

It starts the app for the first time (offscreen) on an empty HOME, then runs every export
verb in every format and every import verb, on the empty portfolio and on a demo one, and
builds a team without JSON (people, time off, closures, people, project and staffing sheets). Each
must end with status 0, or with status 2 and exactly one line on stderr (a refusal a user
can read); a traceback, another status or a missing output file fails the run. Standard
library only, so it runs before anything else is installed.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from contextlib import closing
from pathlib import Path

FIRST_START = textwrap.dedent(
    """
    import sys
    import pmo_desktop.app as app

    make = app.application

    def application():
        qt = make()
        from PySide6.QtCore import QTimer
        QTimer.singleShot(800, qt.closeAllWindows)
        return qt

    app.application = application
    from pmo_desktop.cli import run

    sys.argv = ["pmo-desktop"]
    run()
    """
)

TIMESHEET = "person,week,project,hours,billable\nNobody Known,2026-11-30,Nothing,8,yes\n"


class Smoke:
    """Runs the command line of ``python`` on a fresh HOME and keeps count of failures."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "PMO_")) and key != "HOME"
        }
        self.env.update({"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"})
        self.failures: list[str] = []
        self.runs = 0

    def run(self, *args: str, expect_file: Path | None = None, refusal_ok: bool = False) -> int:
        """One command; a failure is recorded (not raised) so every path is tried."""
        self.runs += 1
        result = subprocess.run(
            [sys.executable, "-m", "pmo_desktop", *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
            check=False,
        )
        label = "pmo-desktop " + " ".join(args)
        lines = result.stderr.splitlines()
        if result.returncode == 0:
            if expect_file is not None and not (
                expect_file.is_file() and expect_file.stat().st_size
            ):
                self.failures.append(f"{label}: ended 0 but wrote no {expect_file.name}")
            status = "ok"
        elif result.returncode == 2 and len(lines) == 1 and "Traceback" not in result.stderr:
            status = f"refused: {lines[0]}"
            if not refusal_ok:
                self.failures.append(f"{label}: {lines[0]}")
        else:
            status = f"FAILED with {result.returncode}"
            self.failures.append(f"{label}: status {result.returncode}\n{result.stderr}")
        print(f"  {status:<10.200} {label}")
        return result.returncode

    def first_start(self) -> None:
        """``pmo-desktop`` on a new account: the folder and an empty portfolio are created."""
        self.runs += 1
        result = subprocess.run(
            [sys.executable, "-c", FIRST_START],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
            check=False,
        )
        made = self.home / ".local" / "share" / "PMO Desktop" / "portfolio.sqlite"
        if result.returncode != 0 or not made.is_file():
            self.failures.append(f"first start: status {result.returncode}\n{result.stderr}")
        print(f"  {'ok' if made.is_file() else 'FAILED':<10} first start (portfolio at {made})")


def exports(smoke: Smoke, db: list[str], out: Path, *, has_data: bool) -> None:
    """Every export verb in every format (a refusal is allowed only where there is no data)."""
    out.mkdir(parents=True, exist_ok=True)
    for kind, formats in (
        ("json", ("json",)),
        ("staffing", ("csv", "xlsx", "pdf")),
        ("raid", ("csv", "xlsx")),
        ("pipeline", ("csv", "xlsx")),
        ("health", ("csv", "xlsx")),
        ("schedule", ("ics",)),
    ):
        for suffix in formats:
            target = out / f"{kind}.{suffix}"
            smoke.run(*db, "export", kind, str(target), expect_file=target)
    evaluation = out / "evaluation.pdf"
    person = ["--person", "1", "--period", "2026-H1"]
    if has_data:  # the newest evaluation the portfolio holds
        person = (
            ["--person", str(newest[0]), "--period", newest[1]]
            if (newest := _an_evaluation(db[-1]))
            else person
        )
    smoke.run(*db, "export", "evaluation", str(evaluation), *person, refusal_ok=not has_data)
    report = out / "status.pdf"
    smoke.run(*db, "export", "status-report", str(report), "--client", "1", refusal_ok=not has_data)
    shot = out / "home.png"
    smoke.run(*db, "screenshot", "home", str(shot), expect_file=shot)
    smoke.run(*db, "check")
    smoke.run(*db, "backup")


def _an_evaluation(file: str) -> tuple[int, str] | None:
    with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT person_id, period FROM evaluation ORDER BY id DESC").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _a_booking(file: Path) -> tuple[str, str, str]:
    with closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT p.name, pr.name, a.week FROM allocation a JOIN person p ON p.id = a.person_id"
            " JOIN project pr ON pr.id = a.project_id ORDER BY a.week LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1]), str(row[2])


def imports(smoke: Smoke, db: list[str], out: Path, source_json: Path, own: Path) -> None:
    """Every import verb: a timesheet naming nobody (refused), a JSON portfolio, a timesheet."""
    timesheet = out / "timesheet.csv"
    timesheet.write_text(TIMESHEET, encoding="utf-8")
    smoke.run(*db, "import", "timesheet", str(timesheet), "--dry-run", refusal_ok=True)
    smoke.run(*db, "import", "timesheet", str(timesheet), refusal_ok=True)
    smoke.run(*db, "import", "json", str(source_json), "--replace")
    person, project, week = _a_booking(own)
    with timesheet.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["person", "week", "project", "hours", "billable"],
                [person, week, project, "6.5", "yes"],
            ]
        )
    smoke.run(*db, "import", "timesheet", str(timesheet), "--dry-run")
    smoke.run(*db, "import", "timesheet", str(timesheet))


def team(smoke: Smoke, folder: Path, demo: Path) -> None:
    """A team built without JSON: people, time off, closures, a people list, a project list,
    and the demo's own staffing exports re-imported into it."""
    folder.mkdir(parents=True, exist_ok=True)
    db = ["--db", str(folder / "team.sqlite")]
    smoke.run(*db, "person", "add", "Ana García", "--role", "SPM", "--holidays", "GB-ENG")
    smoke.run(*db, "person", "add", "李明 <b>&", "--workweek", "8,8,8,8,0", "--manager", "1")
    smoke.run(*db, "time-off", "add", "2", "2026-12-21", "2026-12-24", "--half")
    smoke.run(*db, "closure", "add", "2026-12-28", "2026-12-31", "--name", "Shutdown")
    people = folder / "people.csv"
    people.write_text(
        "Name;Role;Email;Manager;Start;Hours;Country\n"
        "Ben Okafor;Project Manager;ben@x.org;Ana García;23/11/2026;37,5;GB\n",
        encoding="utf-16",
    )
    smoke.run(*db, "import", "people", str(people), "--decimal-comma", "--dry-run")
    smoke.run(*db, "import", "people", str(people), "--decimal-comma")
    smoke.run(*db, "import", "people", str(people), refusal_ok=True)  # 37,5 without the option
    projects = folder / "projects.csv"
    projects.write_text(
        "Client,Program,Project,Stage,Budget,PM\nAcme,Web,Checkout,Active,120000,Ben Okafor\n",
        encoding="utf-8",
    )
    smoke.run(*db, "import", "projects", str(projects))
    plan = folder / "plan.csv"
    plan.write_text("Person,Project,2026-12-07\nBen Okafor,Checkout,16\n", encoding="utf-8")
    smoke.run(*db, "import", "staffing", str(plan))
    smoke.run(*db, "person", "list", "--all")
    smoke.run(*db, "check")
    for suffix in ("csv", "xlsx"):
        exported = folder.parent / "demo" / f"staffing.{suffix}"
        smoke.run("--db", str(demo), "import", "staffing", str(exported), "--dry-run")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pmo-fresh-home-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        smoke = Smoke(home)
        print(f"fresh HOME {home}, Python {sys.executable}")
        smoke.first_start()
        print("the empty portfolio:")
        exports(smoke, [], Path(folder) / "empty", has_data=False)
        demo = Path(folder) / "demo.sqlite"
        smoke.run("demo", str(demo), expect_file=demo)
        print("a demo portfolio:")
        exports(smoke, ["--db", str(demo)], Path(folder) / "demo", has_data=True)
        print("imports into the user's own portfolio:")
        own = home / ".local" / "share" / "PMO Desktop" / "portfolio.sqlite"
        imports(smoke, [], Path(folder) / "empty", Path(folder) / "demo" / "json.json", own)
        smoke.run("check")
        print("a team built from the command line and spreadsheets:")
        team(smoke, Path(folder) / "team", demo)
    if smoke.failures:
        print(f"\n{len(smoke.failures)} of {smoke.runs} paths failed:", file=sys.stderr)
        for failure in smoke.failures:
            print(f"- {failure}", file=sys.stderr)
        return 1
    print(f"all {smoke.runs} paths of a new user ended well")
    return 0


if __name__ == "__main__":
    sys.exit(main())
