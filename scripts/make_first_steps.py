"""Render the README's "first steps" pictures: a new portfolio on a fresh HOME, the team,
projects and plan brought in from spreadsheets, a vacation, offscreen.

    python scripts/make_first_steps.py

Writes ``docs/screenshots/first-*.png`` with the real command line (``person``,
``import``, ``time-off`` and ``screenshot``), so the pictures are what a new user gets.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
ROLES = ["SPM", "PM", "PM", "PM", "PM", "PC", "PC", "PC", "PC", "PM", "SPM", "PC"]
NAMES = [
    "Ana García", "Ben Okafor", "Chloé Martin", "Dev Patel", "Elif Şahin", "Fatima Zahra",
    "Gus Nilsson", "Hana Sato", "Ivan Petrov", "Jade Wong", "Kwame Mensah", "Lena Fischer",
]  # fmt: skip
PROJECTS = [
    ("Acme Retail", "Web Replatform", "Checkout Rebuild"),
    ("Acme Retail", "Web Replatform", "Search Upgrade"),
    ("Borealis Bank", "KYC", "Onboarding Flow"),
]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
        env.pop("XDG_DATA_HOME", None)
        db = home / "mine.sqlite"
        cli = [sys.executable, "-m", "pmo_desktop", "--db", str(db)]

        def run(*args: str) -> None:
            subprocess.run([*cli, *map(str, args)], check=True, env=env, stdout=subprocess.DEVNULL)

        def shot(view: str, name: str) -> None:
            target = OUT / f"first-{name}.png"
            run("screenshot", view, str(target))
            target.chmod(0o644)
            print(target.relative_to(ROOT))

        monday = date.today() - timedelta(days=date.today().weekday())
        run("person", "add", "Ana García", "--role", "SPM", "--holidays", "GB-ENG")
        shot("home", "setup")
        team = home / "team.csv"
        lines = ["Name;Role;Email;Manager;Start;Hours;Country;Region"]
        for i, (name, role) in enumerate(zip(NAMES, ROLES, strict=True)):
            manager = "" if i == 0 else NAMES[0]
            hours = "32" if i == 5 else "40"
            lines.append(
                f"{name};{role};p{i + 1}@example.org;{manager};0{1 + i % 9}/02/2025;{hours};GB;ENG"
            )
        team.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run("import", "people", team)
        projects = home / "projects.csv"
        rows = ["Client,Program,Project,Stage,Start,Budget,PM"]
        for client, program, project in PROJECTS:
            rows.append(f"{client},{program},{project},Active,{monday},150000,Ben Okafor")
        projects.write_text("\n".join(rows) + "\n", encoding="utf-8")
        run("import", "projects", projects)
        plan = home / "plan.csv"
        weeks = [monday + timedelta(weeks=k) for k in range(13)]
        sheet = ["Person,Project," + ",".join(w.isoformat() for w in weeks)]
        for i, name in enumerate(NAMES):
            hours = (24, 32, 16, 36)[i % 4]
            sheet.append(f"{name},{PROJECTS[i % 3][2]}," + ",".join(str(hours) for _ in weeks))
            if i % 4 == 2:
                sheet.append(f"{name},{PROJECTS[(i + 1) % 3][2]}," + ",".join("16" for _ in weeks))
        plan.write_text("\n".join(sheet) + "\n", encoding="utf-8")
        run("import", "staffing", plan)
        vacation = monday + timedelta(weeks=2)
        run("time-off", "add", NAMES[3], vacation, vacation + timedelta(days=4))
        shot("staffing", "staffing")
        shot("people", "people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
