"""``export …`` on the command line: the portfolio as JSON, the staffing plan, the RAID register,
the pipeline and health lists, an evaluation, the 1:1 schedule and status reports. The
format follows the file's extension; reading verbs open the portfolio read-only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pmo_desktop.cli_portfolio import (
    PROG,
    STDIO,
    CliError,
    Parser,
    open_existing,
    secret_from_env,
)


def add_export_verbs(verbs: Any) -> None:
    """The ``export`` verb and its kinds."""
    export = verbs.add_parser("export", help="export data (format follows the extension)")
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", parser_class=Parser)
    export_kinds.required = True
    ej = export_kinds.add_parser("json", help="the whole portfolio as portable JSON")
    ej.add_argument("out", type=Path, metavar="OUT.json", help="- for standard output")
    ej.set_defaults(handler=_cmd_export_json)
    est = export_kinds.add_parser("staffing", help="the staffing plan as CSV, XLSX or PDF")
    est.add_argument("out", type=Path, metavar="OUT.{csv,xlsx,pdf}")
    est.add_argument("--from", dest="first", metavar="DATE", help="first week (YYYY-MM-DD)")
    est.add_argument("--weeks", type=int, metavar="N", help="number of weeks")
    est.set_defaults(handler=_cmd_export_staffing)
    er = export_kinds.add_parser("raid", help="the RAID register as CSV or XLSX")
    er.add_argument("out", type=Path, metavar="OUT.{csv,xlsx}")
    er.set_defaults(handler=_cmd_export_raid)
    for kind, what in (
        ("pipeline", "every project with stage, value and health"),
        ("health", "programs and projects by health, with the reasons"),
    ):
        ep = export_kinds.add_parser(kind, help=f"{what} as CSV or XLSX")
        ep.add_argument("out", type=Path, metavar="OUT.{csv,xlsx}")
        ep.set_defaults(handler=_cmd_export_pipeline)
    ee = export_kinds.add_parser("evaluation", help="one person's evaluation as a PDF")
    ee.add_argument("out", type=Path, metavar="OUT.pdf")
    ee.add_argument("--person", required=True, metavar="NAME|ID")
    ee.add_argument("--period", required=True, metavar="P", help="e.g. 2026-H1")
    ee.add_argument(
        "--password-env", metavar="VAR", help="encrypt with the password held in this variable"
    )
    ee.set_defaults(handler=_cmd_export_evaluation)
    es = export_kinds.add_parser("schedule", help="the team's 1:1 schedule as iCalendar")
    es.add_argument("out", type=Path, metavar="OUT.ics")
    es.set_defaults(handler=_cmd_export_schedule)
    esr = export_kinds.add_parser(
        "status-report", help="a program or client status report as a PDF (kept as a snapshot)"
    )
    esr.add_argument("out", type=Path, metavar="OUT.pdf")
    esr_target = esr.add_mutually_exclusive_group(required=True)
    esr_target.add_argument("--program", metavar="NAME|ID")
    esr_target.add_argument("--client", metavar="NAME|ID")
    esr_target.add_argument(
        "--snapshot", type=int, metavar="ID", help="re-render an issued report exactly"
    )
    esr.set_defaults(handler=_cmd_export_status_report)


def _cmd_export_json(args: argparse.Namespace) -> int:
    from pmo_desktop.services.transfer import export_json, export_json_bytes

    portfolio = open_existing(args)
    try:
        if str(args.out) != STDIO:
            export_json(portfolio, args.out)
            print(f"portfolio exported to {args.out}")
            return 0
        data = export_json_bytes(portfolio)  # to standard output, for a pipe
    finally:
        portfolio.close()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0


def _cmd_export_staffing(args: argparse.Namespace) -> int:
    from datetime import date

    from pmo_desktop.reports.staffing_export import FORMATS, export_staffing
    from pmo_desktop.services.uow import unit_of_work

    if args.out.suffix.lower() not in FORMATS:
        raise CliError(f"cannot export staffing as {args.out.name}: use .csv, .xlsx or .pdf")
    try:
        first = date.fromisoformat(args.first) if args.first else None
    except ValueError:
        raise CliError(f"--from must be a date like 2026-03-02, not {args.first!r}") from None
    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            plan = export_staffing(session, args.out, first, args.weeks)
    finally:
        portfolio.close()
    span = f"{len(plan.weeks)} weeks from {plan.weeks[0]}" if plan.weeks else "no weeks"
    print(f"staffing plan ({len(plan.lines)} lines, {span}) exported to {args.out}")
    return 0


def _cmd_export_raid(args: argparse.Namespace) -> int:
    from pmo_desktop.reports.raid_export import FORMATS, export_register
    from pmo_desktop.services.raid.register import list_register
    from pmo_desktop.services.uow import unit_of_work

    if args.out.suffix.lower() not in FORMATS:
        raise CliError(f"cannot export the RAID register as {args.out.name}: use .csv or .xlsx")
    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            rows = list_register(session)
        count = export_register(rows, args.out)
    finally:
        portfolio.close()
    print(f"RAID register ({count} entries) exported to {args.out}")
    return 0


def _cmd_export_pipeline(args: argparse.Namespace) -> int:
    from pmo_desktop.reports import pipeline_export as px
    from pmo_desktop.services.pipeline.board import board_cards
    from pmo_desktop.services.pipeline.health import portfolio_health
    from pmo_desktop.services.uow import unit_of_work

    what = "pipeline" if args.kind == "pipeline" else "health register"
    if args.out.suffix.lower() not in px.FORMATS:
        raise CliError(f"cannot export the {what} as {args.out.name}: use .csv or .xlsx")
    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            health = portfolio_health(session)
            cards = board_cards(session, health=health)
    finally:
        portfolio.close()
    if args.kind == "pipeline":
        count = px.export_table(
            px.PIPELINE_HEADER, px.pipeline_rows(cards), args.out, what, "Pipeline"
        )
    else:
        count = px.export_table(px.HEALTH_HEADER, px.health_rows(health), args.out, what, "Health")
    print(f"{what} ({count} rows) exported to {args.out}")
    return 0


def _cmd_export_evaluation(args: argparse.Namespace) -> int:
    from pmo_desktop.reports.pdf.evaluation import export_evaluation
    from pmo_desktop.services.people.evaluations import find_evaluation
    from pmo_desktop.services.people.team import find_person
    from pmo_desktop.services.uow import unit_of_work

    if args.out.suffix.lower() != ".pdf":
        raise CliError(f"cannot export an evaluation as {args.out.name}: use .pdf")
    password = None
    if args.password_env:
        password = secret_from_env(args, args.password_env, "password")
    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            person_id = find_person(session, args.person)
            evaluation_id = find_evaluation(session, person_id, args.period)
            if evaluation_id is None:
                raise CliError(f"no evaluation of {args.person} for {args.period}")
            result = export_evaluation(session, evaluation_id, args.out, password)
    finally:
        portfolio.close()
    if result.missing:
        codes = " ".join(f"U+{ord(ch):04X}" for ch in sorted(result.missing))
        print(
            f"{PROG}: note: {len(result.missing)} character(s) the PDF font cannot draw are "
            f"marked with \ufffd: {codes}",
            file=sys.stderr,
        )
    print(f"evaluation of {result.person} for {args.period} exported to {args.out}")
    return 0


def _cmd_export_schedule(args: argparse.Namespace) -> int:
    from datetime import date

    from pmo_desktop.services.people.schedule import write_schedule
    from pmo_desktop.services.uow import unit_of_work

    if args.out.suffix.lower() != ".ics":
        raise CliError(f"cannot export the 1:1 schedule as {args.out.name}: use .ics")
    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            count = write_schedule(session, args.out, date.today())
    finally:
        portfolio.close()
    print(f"1:1 schedule ({count} series) exported to {args.out}")
    return 0


def _cmd_export_status_report(args: argparse.Namespace) -> int:
    from datetime import date

    from pmo_desktop.domain.reporting import ReportScope
    from pmo_desktop.reports.pdf.status_report import render_status_report, write_status_report
    from pmo_desktop.services.reports import status
    from pmo_desktop.services.uow import unit_of_work

    if args.out.suffix.lower() != ".pdf":
        raise CliError(f"cannot export a status report as {args.out.name}: use .pdf")
    portfolio = open_existing(args, write=args.snapshot is None)  # issuing keeps a snapshot
    try:
        with unit_of_work(portfolio.sessions) as session:
            if args.snapshot is not None:
                payload = status.snapshot_payload(session, args.snapshot)
                snapshot_id = args.snapshot
            else:
                if args.program is not None:
                    scope, target = ReportScope.PROGRAM, status.find_program(session, args.program)
                else:
                    scope, target = ReportScope.CLIENT, status.find_client(session, args.client)
                payload = status.build_payload(session, scope, target, date.today())
                render_status_report(payload)  # nothing is kept if it cannot be rendered
                snapshot_id = status.issue_report(session, payload)
        write_status_report(args.out, payload)
    finally:
        portfolio.close()
    print(
        f"status report of {payload['title']} as of {payload['issued_on']} "
        f"(snapshot {snapshot_id}) exported to {args.out}"
    )
    return 0
