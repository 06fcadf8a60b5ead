"""``import …`` of what a manager keeps elsewhere: people, projects and staffing sheets (CSV or
XLSX), MS Project XML and calendars of time off (.ics). Each previews with ``--dry-run`` and
imports all or nothing, refused in one line (exit 2) with nothing written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pmo_desktop.cli_team import open_for_writing


def add_import_verbs(import_kinds: Any) -> None:
    """Register ``import people`` on the import verb's subparsers."""
    people = import_kinds.add_parser(
        "people", help="a people list from CSV or XLSX, all or nothing (bad rows refuse it)"
    )
    people.add_argument("file", type=Path, metavar="IN.csv|IN.xlsx")
    people.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="which column holds a field (default: guessed from the header); fields: "
        "name, role, email, manager, start_date, end_date, weekly_hours, workweek, "
        "billable_target, holiday_country, holiday_region, skills, notes",
    )
    people.add_argument(
        "--month-first", action="store_true", help="dates are MM/DD/YYYY (default DD/MM/YYYY)"
    )
    people.add_argument("--decimal-comma", action="store_true", help="numbers are written 1.250,5")
    people.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    people.set_defaults(handler=_cmd_import_people)
    projects = import_kinds.add_parser(
        "projects",
        help="a project list (client, program, project, stage, start, end, budget, PM) from "
        "CSV or XLSX, all or nothing",
    )
    projects.add_argument("file", type=Path, metavar="IN.csv|IN.xlsx")
    projects.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="which column holds a field (default: guessed); fields: client, program, "
        "project, code, stage, start_date, end_date, budget, pm, win_probability",
    )
    projects.add_argument("--month-first", action="store_true", help="dates are MM/DD/YYYY")
    projects.add_argument("--decimal-comma", action="store_true", help="numbers are 1.250,5")
    projects.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    projects.set_defaults(handler=_cmd_import_projects)
    mspdi = import_kinds.add_parser(
        "mspdi",
        help="an MS Project XML file (MS Project, ProjectLibre, GanttProject): the project, "
        "its milestones, its resources matched to people and their work on the grid",
    )
    mspdi.add_argument("file", type=Path, metavar="IN.xml")
    mspdi.add_argument("--client", help="the client (default: the file's Company)")
    mspdi.add_argument("--program", required=True, help="the program it belongs to")
    mspdi.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    mspdi.set_defaults(handler=_cmd_import_mspdi)
    leave = import_kinds.add_parser(
        "time-off",
        help="time off from an iCalendar file (an Outlook or Google 'out of office' export)",
    )
    leave.add_argument("file", type=Path, metavar="IN.ics")
    leave.add_argument(
        "--person", metavar="NAME|ID", help="whose time off (default: matched by email or name)"
    )
    leave.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    leave.set_defaults(handler=_cmd_import_time_off)
    plan = import_kinds.add_parser(
        "staffing",
        help="a staffing sheet (person × project rows, week columns, hours; our own export "
        "re-imports), all or nothing",
    )
    plan.add_argument("file", type=Path, metavar="IN.csv|IN.xlsx")
    plan.add_argument("--month-first", action="store_true", help="week dates are MM/DD/YYYY")
    plan.add_argument("--decimal-comma", action="store_true", help="hours are written 7,5")
    plan.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    plan.set_defaults(handler=_cmd_import_staffing)


def _cmd_import_mspdi(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.pipeline import mspdi_import
    from pmo_desktop.services.uow import unit_of_work

    if not args.file.is_file():
        raise ValidationError(f"no file at {args.file}", "file")
    project = mspdi_import.read_mspdi(args.file.read_bytes(), args.file.name)
    client = args.client or project.company
    if not client:
        raise ValidationError(f"{args.file.name} names no company: give --client", "client")
    portfolio = open_for_writing(args, create=True)
    try:
        with unit_of_work(portfolio.sessions) as session:
            preview = mspdi_import.preview_mspdi(session, project, client, args.program)
            print(f"{args.file.name}: {preview.summary()}")
            if args.dry_run:
                print("dry run: nothing imported")
                return 0
            done = mspdi_import.import_mspdi(session, preview)
    finally:
        portfolio.close()
    print(f"imported as project {done.project_id}")
    return 0


def _cmd_import_time_off(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.calendar import ics_import as time_off_import
    from pmo_desktop.services.people.team import find_person
    from pmo_desktop.services.uow import unit_of_work

    if not args.file.is_file():
        raise ValidationError(f"no file at {args.file}", "file")
    events = time_off_import.read_ics(args.file.read_bytes(), args.file.name)
    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            person_id = find_person(session, args.person) if args.person else None
            preview = time_off_import.preview_ics(session, events, person_id)
            print(f"{args.file.name}: {preview.summary()}")
            for title in preview.unmatched:
                print(f"  matched to nobody: {title}")
            if args.dry_run:
                print("dry run: nothing imported")
                return 0
            added = time_off_import.import_ics(session, preview)
    finally:
        portfolio.close()
    print(f"imported {len(added)} periods of time off")
    return 0


def _cmd_import_staffing(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.sheets import problems_line, read_sheet
    from pmo_desktop.services.staffing import sheet_import as staffing_import
    from pmo_desktop.services.uow import unit_of_work

    sheet = read_sheet(args.file)
    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            preview = staffing_import.preview_staffing(
                session, sheet, day_first=not args.month_first, decimal_comma=args.decimal_comma
            )
            if not preview.ok:
                line = problems_line(preview.problems)
                raise ValidationError(f"{args.file.name} refused, nothing imported: {line}")
            print(f"{args.file.name}: {preview.summary()}")
            if args.dry_run:
                print("dry run: nothing imported")
                return 0
            changes = staffing_import.import_staffing(session, preview)
    finally:
        portfolio.close()
    print(f"imported: {len(changes.after)} person-weeks changed")
    return 0


def _cmd_import_people(args: argparse.Namespace) -> int:
    from pmo_desktop.services.people import sheet_import as people_import

    return _import_sheet(
        args,
        people_import.FIELDS,
        people_import.guess_mapping,
        people_import.preview_people,
        people_import.import_people,
        lambda done: f"imported {len(done.created)} new and {len(done.updated)} updated people",
        create=True,
    )


def _cmd_import_projects(args: argparse.Namespace) -> int:
    from pmo_desktop.services.pipeline import sheet_import as pipeline_import

    return _import_sheet(
        args,
        pipeline_import.FIELDS,
        pipeline_import.guess_mapping,
        pipeline_import.preview_projects,
        pipeline_import.import_projects,
        lambda done: (
            f"imported {len(done.created_projects)} new and {len(done.updated)} updated "
            f"projects ({len(done.created_clients)} new clients, "
            f"{len(done.created_programs)} new programs)"
        ),
        create=True,
    )


def _import_sheet(
    args: argparse.Namespace,
    fields: Any,
    guess: Any,
    preview_of: Any,
    write: Any,
    done_text: Any,
    *,
    create: bool,
) -> int:
    """Read a spreadsheet, preview it against the portfolio, refuse it in one line or write
    all of it in one transaction (``--dry-run``: only the preview)."""
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.sheets import problems_line, read_sheet
    from pmo_desktop.services.uow import unit_of_work

    sheet = read_sheet(args.file)
    mapping = guess(sheet.header)
    for pair in args.map:
        name, sep, column = pair.partition("=")
        if not sep or name.strip() not in fields:
            raise ValidationError(f"--map {pair!r}: use FIELD=COLUMN with a known field", "map")
        mapping[name.strip()] = column.strip()
    portfolio = open_for_writing(args, create=create)  # a new user's first command may be this one
    try:
        with unit_of_work(portfolio.sessions) as session:
            preview = preview_of(
                session,
                sheet,
                mapping,
                day_first=not args.month_first,
                decimal_comma=args.decimal_comma,
            )
            if not preview.ok:
                line = problems_line(preview.problems)
                raise ValidationError(f"{args.file.name} refused, nothing imported: {line}")
            columns = ", ".join(f"{k}={v}" for k, v in mapping.items())
            print(f"{args.file.name}: {preview.summary()} (columns: {columns})")
            for row in preview.rows:
                print(f"  row {row.row}: {row.action} {row.name}")
            if args.dry_run:
                print("dry run: nothing imported")
                return 0
            done = write(session, preview)
    finally:
        portfolio.close()
    print(done_text(done))
    return 0
