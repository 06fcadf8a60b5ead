"""Team edition benchmark: several editors on one portfolio at once, and whether any edit
is lost.

    python bench/team.py [--seconds 10] [--editors 1,5,10] [--url URL]

Each editor is a separate process running the app's own services, as another manager's app
would: read what an editor shows (with its snapshot), think for a few milliseconds, then
save as the app saves (a merge over that snapshot; a staffing cell as a compare-and-swap).
The editors share records on purpose, in every area:

- a RAID entry's description (each editor adds its own line) and its title (one field all
  editors overwrite: a conflict the editor is told about, then keeps theirs);
- one 1:1's notes (each editor adds a line);
- one project's milestones (each editor adds one to the list it saw);
- one staffing cell (each editor adds an hour to what it saw; refused when it changed, and
  tried again on what is there now, as a manager would).

Afterwards every edit an editor saw committed is looked for in the final data: a missing
line, milestone or hour is a lost update. Prints edits/s, the conflict rate, lost updates,
invariant violations (the cell's hours against the committed increments) and unexpected
errors for each number of editors. Without ``--url`` it runs on a SQLite file in a temp
folder and, when the PostgreSQL server binaries are installed, on a throwaway cluster too.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WEEK = date(2026, 6, 1)
#: The shared staffing cells (one person, one project, these weeks), 10 h each to start.
CELL_WEEKS = tuple(WEEK + timedelta(weeks=n) for n in range(8))


def seed(url: str) -> dict[str, int]:
    """The shared records: a project with a milestone, a RAID entry, a 1:1, a cell."""
    from pmo_desktop.domain.enums import Role, Stage
    from pmo_desktop.domain.risk import RaidKind
    from pmo_desktop.services.people import one_on_ones
    from pmo_desktop.services.pipeline import edit
    from pmo_desktop.services.raid import edits as raid_edits
    from pmo_desktop.services.raid.register import RaidData
    from pmo_desktop.services.staffing import edits as staffing
    from pmo_desktop.services.staffing.edits import CellState
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio
    from pmo_desktop.store.models import Person

    portfolio = open_portfolio(url)
    with unit_of_work(portfolio.sessions) as session:
        person = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0)
        session.add(person)
        session.flush()
        client, _ = edit.save_client(session, None, edit.ClientData(name="Acme"))
        program, _ = edit.save_program(session, None, edit.ProgramData(client, "Cloud"))
        first = edit.MilestoneData("Kick-off", WEEK, WEEK)
        project, _ = edit.save_project(
            session,
            None,
            edit.ProjectBundle(program, "Portal", Stage.ACTIVE, milestones=(first,)),
        )
        item = raid_edits.create_item(
            session, RaidData(kind=RaidKind.RISK, title="Vendor delay", description="Risk\n")
        )
        meeting = one_on_ones.start_one_on_one(session, person.id, WEEK).id
        one_on_ones.update_one_on_one(session, meeting, notes="Notes\n")
        staffing.set_cells(session, [CellState(person.id, project, w, 10.0) for w in CELL_WEEKS])
        ids = {"person": person.id, "project": project, "raid": item, "meeting": meeting}
    portfolio.close()
    return ids


def editor(url: str, ids: dict[str, int], name: str, seconds: float, out: Any) -> None:
    """One editor's loop; puts what it saw committed, its conflicts and its errors."""
    from pmo_desktop.domain.errors import ConflictError, ValidationError
    from pmo_desktop.services.concurrency import children, merged, rebase, row, snapshot
    from pmo_desktop.services.people import one_on_ones
    from pmo_desktop.services.pipeline import edit
    from pmo_desktop.services.raid import edits as raid_edits
    from pmo_desktop.services.raid import register
    from pmo_desktop.services.staffing import edits as staffing
    from pmo_desktop.services.staffing import grid
    from pmo_desktop.services.staffing.edits import CellState
    from pmo_desktop.services.uow import read, transact
    from pmo_desktop.services.workspace import open_portfolio

    rng = random.Random(name)
    portfolio = open_portfolio(url, create=False)
    sessions = portfolio.sessions
    done: dict[str, list[str]] = {"raid": [], "notes": [], "milestones": [], "hours": []}
    conflicts = errors = refused = edits = 0
    error_text: list[str] = []
    raid_id, meeting, project = ids["raid"], ids["meeting"], ids["project"]
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        token = f"{name}-{n}"
        kind = rng.choice(("raid", "title", "notes", "milestones", "hours"))
        try:
            if kind in ("raid", "title"):
                refs = [row("raid_item", raid_id)]
                data, seen = read(
                    sessions, lambda s, r=refs: (register.get_item(s, raid_id).data, snapshot(s, r))
                )
                time.sleep(rng.uniform(0.002, 0.02))  # the manager types
                if kind == "raid":
                    mine = replace(data, description=(data.description or "") + token + "\n")
                else:
                    mine = replace(data, title=f"Vendor delay ({token})")

                def save_raid(s: Any, mine: Any = mine, seen: Any = seen) -> None:
                    merged(
                        s,
                        seen,
                        lambda t: raid_edits.update_item(
                            t, raid_id, rebase(mine, "raid_item", raid_id)
                        ),
                    )

                transact(sessions, save_raid)
                if kind == "raid":
                    done["raid"].append(token)
            elif kind == "notes":
                refs = [row("one_on_one", meeting)]
                notes, seen = read(
                    sessions,
                    lambda s, r=refs: (one_on_ones.one_on_one(s, meeting).notes, snapshot(s, r)),
                )
                time.sleep(rng.uniform(0.002, 0.02))
                mine_notes = notes + token + "\n"
                transact(
                    sessions,
                    lambda s, v=mine_notes, b=seen: merged(
                        s, b, lambda t: one_on_ones.update_one_on_one(t, meeting, notes=v)
                    ),
                )
                done["notes"].append(token)
            elif kind == "milestones":
                refs = [row("project", project), children("milestone", "project_id", project)]
                bundle, seen = read(
                    sessions, lambda s, r=refs: (edit.get_project(s, project), snapshot(s, r))
                )
                time.sleep(rng.uniform(0.002, 0.02))
                added = edit.MilestoneData(
                    token, WEEK + timedelta(days=7), WEEK + timedelta(days=7)
                )
                mine_bundle = replace(bundle, milestones=(*bundle.milestones, added))
                transact(
                    sessions,
                    lambda s, v=mine_bundle, b=seen: merged(
                        s, b, lambda t: edit.save_project(t, project, v)
                    ),
                )
                done["milestones"].append(token)
            else:
                key = (ids["person"], project, rng.choice(CELL_WEEKS))
                for _attempt in range(20):  # a refused add is tried again on what is there
                    have = transact(sessions, lambda s, k=key: grid.read_cells(s, [k]))[key][1]
                    time.sleep(rng.uniform(0.001, 0.005))
                    try:
                        transact(
                            sessions,
                            lambda s, h=have, k=key: staffing.set_cells(
                                s, [CellState(*k, h + 1.0)], expected={k: h}
                            ),
                        )
                    except ConflictError:
                        conflicts += 1
                        continue
                    done["hours"].append(f"{key[2].isoformat()}:{token}")
                    break
            edits += 1
        except ConflictError:
            conflicts += 1
            edits += 1
        except ValidationError as exc:  # a refusal in words (BusyError…), counted apart
            refused += 1
            error_text.append(f"{kind}: {exc}")
        except Exception as exc:  # an unexpected failure: the harness counts it
            errors += 1
            error_text.append(f"{kind}: {type(exc).__name__}: {exc}"[:300])
    portfolio.close()
    out.put(
        json.dumps(
            {
                "done": done,
                "conflicts": conflicts,
                "errors": errors,
                "refused": refused,
                "edits": edits,
                "error_text": error_text[:5],
            }
        )
    )


def check(
    url: str, ids: dict[str, int], results: list[dict[str, Any]]
) -> tuple[dict[str, int], int]:
    """Lost updates and invariant violations in the final data."""
    from pmo_desktop.services.people import one_on_ones
    from pmo_desktop.services.pipeline import edit
    from pmo_desktop.services.raid import register
    from pmo_desktop.services.staffing import grid
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio

    portfolio = open_portfolio(url, create=False)
    keys = [(ids["person"], ids["project"], w) for w in CELL_WEEKS]
    with unit_of_work(portfolio.sessions) as session:
        description = register.get_item(session, ids["raid"]).data.description or ""
        notes = one_on_ones.one_on_one(session, ids["meeting"]).notes
        milestones = {m.name for m in edit.get_project(session, ids["project"]).milestones}
        cells = grid.read_cells(session, keys)
        hours = {key[2].isoformat(): cells[key][1] for key in keys}
    portfolio.close()
    lines = set(description.splitlines())
    note_lines = set(notes.splitlines())
    lost: dict[str, int] = {"raid": 0, "notes": 0, "milestones": 0, "hours": 0}
    increments = dict.fromkeys(hours, 0)
    for result in results:
        done = result["done"]
        lost["raid"] += sum(1 for t in done["raid"] if t not in lines)
        lost["notes"] += sum(1 for t in done["notes"] if t not in note_lines)
        lost["milestones"] += sum(1 for t in done["milestones"] if t not in milestones)
        for added in done["hours"]:
            increments[added.split(":")[0]] += 1
    if os.environ.get("PMO_TEAM_DEBUG"):
        gone = [t for r in results for t in r["done"]["raid"] if t not in lines]
        print("RAID lost:", gone[:5], "final:", description[-300:].replace("\n", "|"))
        gone = [t for r in results for t in r["done"]["milestones"] if t not in milestones]
        print("milestones lost:", gone[:5], "final:", sorted(milestones)[-10:])
    off = {week: hours[week] - (10.0 + increments[week]) for week in hours}
    violations = sum(1 for gap in off.values() if abs(gap) > 1e-9)
    lost["hours"] = sum(abs(round(gap)) for gap in off.values())
    return lost, violations


def run(url_of: Any, editors: int, seconds: float) -> dict[str, Any]:
    url = url_of(f"team_{editors}")
    ids = seed(url)
    queue: Any = multiprocessing.get_context("spawn").Queue()
    context = multiprocessing.get_context("spawn")
    procs = [
        context.Process(target=editor, args=(url, ids, f"e{i}", seconds, queue))
        for i in range(editors)
    ]
    for proc in procs:
        proc.start()
    results = [json.loads(queue.get(timeout=seconds + 120)) for _ in procs]
    for proc in procs:
        proc.join(60)
    lost, violations = check(url, ids, results)
    edits = sum(r["edits"] for r in results)
    conflicts = sum(r["conflicts"] for r in results)
    errors = sum(r["errors"] for r in results)
    refused = sum(r["refused"] for r in results)
    samples = [t for r in results for t in r["error_text"]][:3]
    return {
        "editors": editors,
        "edits_per_s": edits / seconds,
        "edits": edits,
        "conflict_rate": conflicts / max(edits, 1),
        "lost": sum(lost.values()),
        "lost_by_area": lost,
        "violations": violations,
        "errors": errors,
        "refused": refused,
        "samples": samples,
    }


def report(backend: str, rows: list[dict[str, Any]]) -> None:
    print(f"{backend}:")
    print(
        "  editors   edits/s   edits   conflicts   lost updates   invariant violations   errors"
        "   refused"
    )
    for r in rows:
        print(
            f"  {r['editors']:>7}   {r['edits_per_s']:>7.1f}   {r['edits']:>5}   "
            f"{r['conflict_rate']:>8.1%}   {r['lost']:>12}   {r['violations']:>20}"
            f"   {r['errors']:>6}   {r['refused']:>7}"
        )
        if r["lost"]:
            print(f"            lost by area: {r['lost_by_area']}")
        for sample in r["samples"]:
            print(f"            e.g. {sample}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--editors", default="1,5,10")
    parser.add_argument("--url", help="a PostgreSQL URL template with {} for the database name")
    args = parser.parse_args()
    counts = [int(n) for n in args.editors.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="pmo-team-"))
    try:
        rows = [run(lambda n: str(folder / f"{n}.sqlite"), n, args.seconds) for n in counts]
        report("SQLite (one file, WAL)", rows)
        if args.url:
            rows = [run(lambda n: _created(args.url, n), n, args.seconds) for n in counts]
            report("PostgreSQL", rows)
        elif shutil.which("initdb") and shutil.which("pg_ctl"):
            from tests.integration.pg import cluster, new_database

            server = cluster()
            template = next(server)
            try:
                rows = [
                    run(lambda n, t=template: new_database(t, n), n, args.seconds) for n in counts
                ]
                report("PostgreSQL 15 (throwaway cluster, unix socket)", rows)
            finally:
                server.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _created(template: str, name: str) -> str:
    from sqlalchemy import create_engine, text

    admin = create_engine(template.format("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return template.format(name)


if __name__ == "__main__":
    main()
