"""The command line: the GUI by default, and headless verbs for scripts and checks.

Every error ends with exit status 2 and one line on stderr (``PMO_DEBUG=1`` shows the
traceback as well).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from pmo_desktop import __version__
from pmo_desktop.cli_portfolio import (
    EXIT_ERROR,
    PROG,
    STDIO,
    CliError,
    Parser,
    open_existing,
    portfolio_lock,
    portfolio_passphrase,
)
from pmo_desktop.fileio import private_umask
from pmo_desktop.paths import data_dir, resolve_database
from pmo_desktop.startup import hold_collection, resume_collection
from pmo_desktop.store.integrity import start_quick_check


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every verb."""
    parser = Parser(prog=PROG, description="Offline PMO workspace for an Associate Director.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help="portfolio file or SQLAlchemy URL")
    parser.add_argument("--demo", action="store_true", help="open the GUI on the demo portfolio")
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="passphrase of an encrypted portfolio, read from this environment variable "
        "(else asked for when run in a terminal)",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=Parser)

    demo = verbs.add_parser("demo", help="create a demo portfolio (a new file, or an empty URL)")
    demo.add_argument("out", metavar="OUT.sqlite|URL")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=_cmd_demo)

    from pmo_desktop.cli_exports import add_export_verbs

    add_export_verbs(verbs)

    imp = verbs.add_parser("import", help="import data")
    import_kinds = imp.add_subparsers(dest="kind", metavar="KIND", parser_class=Parser)
    import_kinds.required = True
    ij = import_kinds.add_parser("json", help="a portable JSON portfolio")
    ij.add_argument("file", type=Path, metavar="IN.json", help="- for standard input")
    ij.add_argument("--replace", action="store_true", help="replace a non-empty portfolio")
    ij.add_argument(
        "--force",
        action="store_true",
        help="replace even while others are connected to a shared database (they reload)",
    )
    ij.set_defaults(handler=_cmd_import_json)
    its = import_kinds.add_parser(
        "timesheet", help="timesheet actuals from a CSV, all or nothing (bad rows refuse it)"
    )
    its.add_argument(
        "file", type=Path, metavar="IN.csv", help="person, date or week, project, hours, billable"
    )
    its.add_argument("--dry-run", action="store_true", help="show the preview, import nothing")
    its.set_defaults(handler=_cmd_import_timesheet)
    from pmo_desktop.cli_imports import add_import_verbs

    add_import_verbs(import_kinds)

    from pmo_desktop.cli_team import add_team_verbs

    add_team_verbs(verbs)

    shot = verbs.add_parser("screenshot", help="render a view offscreen to a PNG")
    shot.add_argument("view", metavar="VIEW")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--width", type=int, default=1400)
    shot.add_argument("--height", type=int, default=900)
    shot.set_defaults(handler=_cmd_screenshot)

    check = verbs.add_parser("check", help="integrity, foreign keys and migration state")
    check.set_defaults(handler=_cmd_check)

    backup = verbs.add_parser("backup", help="a verified backup of the portfolio file")
    backup.add_argument("out", type=Path, nargs="?", metavar="OUT")
    backup.set_defaults(handler=_cmd_backup)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``pmo-desktop`` and ``python -m pmo_desktop``."""
    private_umask()
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler not in (None, _cmd_screenshot):
        resume_collection()  # only a first screen is worth holding collection for
    try:
        if handler is None:
            return _cmd_gui(args)
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every refusal is one line; the traceback only on request
        if os.environ.get("PMO_DEBUG"):
            traceback.print_exc()
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR


def run() -> NoReturn:
    """The process entry (console script, ``python -m``, the bundle): ``main``, then exit.

    By the time ``main`` returns, everything the app writes is committed and closed: the
    portfolio (engine disposed, lock given back), settings synced, files written atomically.
    The process then leaves without tearing the interpreter down, which would only free
    SQLAlchemy's, Qt's and the portfolio's objects one by one: a tenth of a second or more
    after the work is done, with nothing left to write.
    """
    hold_collection()
    status = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream has nothing left to flush
            status = status or EXIT_ERROR
    os._exit(status)


def _one_line(exc: BaseException) -> str:
    """The refusal as one plain line: no SQL, no row values (see ``services.failures``)."""
    from pmo_desktop.services.failures import describe_failure  # only when something failed

    return describe_failure(exc)


# --------------------------------------------------------------------------- verbs


def _cmd_gui(args: argparse.Namespace) -> int:
    target = str(_demo_portfolio()) if args.demo else resolve_database(args.db)
    start_quick_check(target)  # overlaps the imports below

    from pmo_desktop.app import run_gui

    return run_gui(target)


def _demo_portfolio() -> Path:
    from pmo_desktop.services.demo import demo_file

    return demo_file(data_dir())


def _create_demo(target: Path | str, *, size: str, seed: int) -> None:
    from pmo_desktop.services.demo import generate
    from pmo_desktop.services.workspace import open_portfolio

    portfolio = open_portfolio(target)
    try:
        generate(portfolio.engine, size=size, seed=seed)
    finally:
        portfolio.close()


def _cmd_demo(args: argparse.Namespace) -> int:
    out: Path | str = args.out
    if "://" not in args.out:  # a file; a database URL must name an empty database
        out = Path(args.out)
        if out.exists() and out.stat().st_size > 0:
            raise CliError(f"{out} already exists; choose a new file name")
    _create_demo(out, size=args.size, seed=args.seed)
    print(f"demo portfolio ({args.size}, seed {args.seed}) written to {out}")
    return 0


def _cmd_import_json(args: argparse.Namespace) -> int:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.transfer import import_json, import_json_bytes
    from pmo_desktop.services.workspace import open_portfolio

    from_stdin = str(args.file) == STDIO
    if not from_stdin and not args.file.is_file():
        raise CliError(f"no file at {args.file}")
    data = sys.stdin.buffer.read() if from_stdin else None
    target = resolve_database(args.db)
    lock = portfolio_lock(target)  # refuses while the portfolio is open in the app
    try:
        portfolio = open_portfolio(target, passphrase=portfolio_passphrase(args, target))
        try:
            if data is not None:
                try:
                    result = import_json_bytes(
                        portfolio, data, replace=args.replace, force=args.force
                    )
                except ValidationError as exc:
                    raise CliError(f"standard input: {exc.message}") from exc
            else:
                result = import_json(portfolio, args.file, replace=args.replace, force=args.force)
        finally:
            portfolio.close()
    finally:
        lock.release()
    note = f" (previous data backed up to {result.backup})" if result.backup else ""
    source = "standard input" if from_stdin else args.file
    print(f"imported {result.total} rows from {source}{note}")
    return 0


def _cmd_import_timesheet(args: argparse.Namespace) -> int:
    from pmo_desktop.services.staffing import actuals
    from pmo_desktop.services.uow import unit_of_work

    if args.file.suffix.lower() != ".csv":
        raise CliError(f"cannot import a timesheet from {args.file.name}: use a .csv file")
    if not args.file.is_file():
        raise CliError(f"no file at {args.file}")
    lines = actuals.read_timesheet(args.file.read_bytes())
    portfolio = open_existing(args, write=True)  # refused while the app has it open
    try:
        with unit_of_work(portfolio.sessions) as session:  # one transaction: all or nothing
            preview = actuals.preview_timesheet(session, lines)
            if not preview.ok:  # one line: the first bad row and how many more
                raise CliError(
                    f"timesheet {args.file.name} refused, nothing imported: {preview.first_error()}"
                )
            print(f"timesheet {args.file.name}: {preview.summary()}")
            if args.dry_run:
                print("dry run: nothing imported")
                return 0
            result = actuals.import_timesheet(session, lines)
    finally:
        portfolio.close()
    replaced = sum(1 for state in result.before if state.hours is not None)
    print(f"imported {result.written} person-project-weeks ({replaced} replaced earlier actuals)")
    return 0


def _cmd_screenshot(args: argparse.Namespace) -> int:
    if not (640 <= args.width <= 8000 and 400 <= args.height <= 8000):
        raise CliError("--width must be 640–8000 and --height 400–8000 pixels")
    target = resolve_database(args.db)
    start_quick_check(target)  # overlaps the imports below

    from pmo_desktop.app import screenshot

    passphrase = portfolio_passphrase(args, target)
    screenshot(target, args.view, args.out, args.width, args.height, passphrase)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from pmo_desktop.services.integrity_check import check_portfolio

    target = resolve_database(args.db)
    report = check_portfolio(target, portfolio_passphrase(args, target))
    for line in report.lines:
        print(line)
    if not report.ok:
        raise CliError(report.problem or "check failed")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from pmo_desktop.services.workspace import backup_file, quick_check, read_only_problem

    target = resolve_database(args.db)
    if "://" in target:
        raise CliError("backup works on a portfolio file; use your database server's tools")
    file = Path(target).expanduser().resolve()
    if not file.is_file():
        raise CliError(f"no portfolio at {file}")
    passphrase = portfolio_passphrase(args, str(file))
    if passphrase is not None:
        from pmo_desktop.services.workspace import check_passphrase

        check_passphrase(file, passphrase)  # a wrong passphrase is one clear line
    problem = quick_check(file, passphrase)
    if problem != "ok":
        read_only = read_only_problem(file)  # SQLite cannot open a WAL file's journal there
        if read_only is not None:
            raise CliError(f"{read_only}; not backed up")
        raise CliError(f"{file.name} failed its integrity check ({problem}); not backed up")
    info = backup_file(
        file, args.out.resolve() if args.out else None, reason="manual", passphrase=passphrase
    )
    print(f"backup verified and written to {info.path} ({sum(info.row_counts.values())} rows)")
    return 0
