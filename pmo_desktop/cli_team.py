"""The team on the command line: ``person add|edit|list``, ``time-off add|list|delete`` and
``closure add|list|delete``. Each writing verb is one transaction under the portfolio's lock,
refused in one line (exit 2) with nothing written."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from pmo_desktop.domain.enums import Role

ROLE_CODES = [role.value for role in Role]


def day_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _calendar(text: str) -> tuple[str | None, str | None]:
    """``GB``, ``GB-SCT``, ``US-CA`` or ``none``."""
    from pmo_desktop.services.calendar.days_off import split_calendar

    return split_calendar(text)


def _skill(text: str) -> tuple[str, int]:
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.people.roster import parse_skills

    try:
        found = parse_skills(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    if len(found) != 1:
        raise argparse.ArgumentTypeError(f"{text!r}: one skill per --skill, NAME[:LEVEL]")
    return found[0]


def _person_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--role", type=str.upper, choices=ROLE_CODES, required=False)
    parser.add_argument("--email")
    parser.add_argument("--manager", metavar="NAME|ID", help="'none' for no manager")
    parser.add_argument("--start", type=day_arg, metavar="YYYY-MM-DD", help="start date")
    parser.add_argument("--end", metavar="YYYY-MM-DD", help="last day ('none' to clear)")
    hours = parser.add_mutually_exclusive_group()
    hours.add_argument("--hours", type=float, metavar="H", help="contracted hours a week (0-80)")
    hours.add_argument(
        "--workweek", metavar="MON,TUE,…", help="hours per weekday, e.g. 8,8,8,8,0 (part-time)"
    )
    parser.add_argument(
        "--target", metavar="PCT|role", help="own billability target, or 'role' for the role's"
    )
    parser.add_argument(
        "--holidays", type=_calendar, metavar="CC[-REGION]", help="e.g. GB-SCT, US-CA, DE; none"
    )
    parser.add_argument(
        "--skill", type=_skill, action="append", metavar="NAME[:LEVEL]", help="repeatable"
    )
    parser.add_argument("--notes")
    if not adding:
        parser.add_argument("--name", dest="new_name", help="rename")
        state = parser.add_mutually_exclusive_group()
        state.add_argument("--inactive", action="store_true", help="deactivate (history kept)")
        state.add_argument("--active", action="store_true", help="reactivate")


def add_team_verbs(verbs: Any) -> None:
    """Register the team verbs on the top-level subparsers."""
    person = verbs.add_parser("person", help="add, edit or list the people of the team")
    kinds = person.add_subparsers(dest="action", metavar="ACTION", parser_class=type(person))
    kinds.required = True
    add = kinds.add_parser("add", help="add a person")
    add.add_argument("name")
    _person_options(add, adding=True)
    add.set_defaults(handler=_cmd_person_add)
    edit = kinds.add_parser("edit", help="change a person (only the options given)")
    edit.add_argument("person", metavar="NAME|ID")
    _person_options(edit, adding=False)
    edit.set_defaults(handler=_cmd_person_edit)
    listing = kinds.add_parser("list", help="the team, one person a line (tab-separated)")
    listing.add_argument("--all", action="store_true", help="include people deactivated")
    listing.set_defaults(handler=_cmd_person_list)

    leave = verbs.add_parser("time-off", help="a person's leave (vacation, sick, …)")
    leave_kinds = leave.add_subparsers(dest="action", metavar="ACTION", parser_class=type(leave))
    leave_kinds.required = True
    ladd = leave_kinds.add_parser("add", help="record time off, whole or half days")
    ladd.add_argument("person", metavar="NAME|ID")
    ladd.add_argument("start", type=day_arg, metavar="FROM")
    ladd.add_argument("end", type=day_arg, nargs="?", metavar="TO", help="default: FROM")
    ladd.add_argument("--kind", default="vacation")
    ladd.add_argument("--half", action="store_true", help="half days")
    ladd.add_argument("--note")
    ladd.set_defaults(handler=_cmd_time_off_add)
    llist = leave_kinds.add_parser("list", help="a person's time off")
    llist.add_argument("person", metavar="NAME|ID")
    llist.set_defaults(handler=_cmd_time_off_list)
    ldel = leave_kinds.add_parser("delete", help="remove a period of time off by its id")
    ldel.add_argument("id", type=int)
    ldel.set_defaults(handler=_cmd_time_off_delete)

    closure = verbs.add_parser("closure", help="days the whole team is off (a shutdown)")
    closure_kinds = closure.add_subparsers(
        dest="action", metavar="ACTION", parser_class=type(closure)
    )
    closure_kinds.required = True
    cadd = closure_kinds.add_parser("add", help="close from FROM to TO (every day)")
    cadd.add_argument("start", type=day_arg, metavar="FROM")
    cadd.add_argument("end", type=day_arg, nargs="?", metavar="TO")
    cadd.add_argument("--name")
    cadd.set_defaults(handler=_cmd_closure_add)
    cdel = closure_kinds.add_parser("delete", help="reopen from FROM to TO")
    cdel.add_argument("start", type=day_arg, metavar="FROM")
    cdel.add_argument("end", type=day_arg, nargs="?", metavar="TO")
    cdel.set_defaults(handler=_cmd_closure_delete)
    clist = closure_kinds.add_parser("list", help="every closure day")
    clist.set_defaults(handler=_cmd_closure_list)


# --------------------------------------------------------------------------- person


def _apply(session: Any, args: argparse.Namespace, data: Any) -> Any:
    """``data`` with the options the user gave."""
    from pmo_desktop.domain.errors import ValidationError
    from pmo_desktop.services.people.team import find_person

    changes: dict[str, Any] = {}
    if getattr(args, "new_name", None) is not None:
        changes["name"] = args.new_name
    if args.role is not None:
        changes["role"] = Role(args.role)
    if args.email is not None:
        changes["email"] = args.email or None
    if args.manager is not None:
        none = args.manager.strip().lower() in ("", "none")
        changes["manager_id"] = None if none else find_person(session, args.manager)
    if args.start is not None:
        changes["start_date"] = args.start
    if args.end is not None:
        changes["end_date"] = None if args.end.strip().lower() in ("", "none") else _end(args.end)
    if args.hours is not None:
        changes["weekly_hours"], changes["workweek"] = args.hours, None
    if args.workweek is not None:
        from pmo_desktop.domain.capacity import parse_workweek

        try:
            changes["workweek"] = parse_workweek(args.workweek)
        except ValueError as exc:
            raise ValidationError(str(exc), "workweek") from None
    if args.target is not None:
        text = args.target.strip().rstrip("%").lower()
        if text == "role":
            changes["billable_target"] = None
        elif text.isdigit():
            changes["billable_target"] = int(text)
        else:
            raise ValidationError(f"--target is a percent or 'role', not {args.target!r}", "target")
    if args.holidays is not None:
        changes["holiday_country"], changes["holiday_region"] = args.holidays
    if args.skill is not None:
        changes["skills"] = tuple(args.skill)
    if args.notes is not None:
        changes["notes"] = args.notes
    if getattr(args, "inactive", False):
        changes["active"] = False
    if getattr(args, "active", False):
        changes["active"] = True
    return replace(data, **changes)


def _end(text: str) -> date:
    try:
        return day_arg(text)
    except argparse.ArgumentTypeError as exc:
        from pmo_desktop.domain.errors import ValidationError

        raise ValidationError(str(exc), "end") from None


def open_for_writing(args: argparse.Namespace, *, create: bool = False) -> Any:
    from pmo_desktop.cli_portfolio import open_existing

    return open_existing(args, write=True, create=create)


def _cmd_person_add(args: argparse.Namespace) -> int:
    from pmo_desktop.services.people import roster
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_for_writing(args, create=True)  # a new user's first command may be this one
    try:
        with unit_of_work(portfolio.sessions) as session:
            data = _apply(session, args, roster.PersonData(name=args.name))
            checked = roster.check_person(session, data)
            person_id = roster.add_person(session, checked.data)
    finally:
        portfolio.close()
    for warning in checked.warnings:
        print(f"note: {warning}")
    print(f"added {checked.data.name} ({checked.data.role.value}) as person {person_id}")
    return 0


def _cmd_person_edit(args: argparse.Namespace) -> int:
    from pmo_desktop.services.people import roster
    from pmo_desktop.services.people.team import find_person
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            person_id = find_person(session, args.person)
            data = _apply(session, args, roster.person_data(session, person_id))
            checked = roster.check_person(session, data, person_id)
            roster.update_person(session, person_id, checked.data)
    finally:
        portfolio.close()
    for warning in checked.warnings:
        print(f"note: {warning}")
    print(f"saved {checked.data.name} (person {person_id})")
    return 0


def _cmd_person_list(args: argparse.Namespace) -> int:
    from pmo_desktop.cli_portfolio import open_existing
    from pmo_desktop.services.people import roster
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            rows = roster.list_people(session, include_inactive=args.all)
    finally:
        portfolio.close()
    print("id\tname\trole\tmanager\thours\tworkweek\tstart\tend\ttarget\tholidays\tactive")
    for r in rows:
        fields = (
            r.id,
            r.name,
            r.role.value,
            r.manager or "",
            f"{r.weekly_hours:g}",
            r.workweek,
            r.start_date or "",
            r.end_date or "",
            f"{r.billable_target}%",
            r.calendar,
            "yes" if r.active else "no",
        )
        print("\t".join(str(f).replace("\t", " ").replace("\n", " ") for f in fields))
    return 0


# --------------------------------------------------------------------------- time off


def _cmd_time_off_add(args: argparse.Namespace) -> int:
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.people.team import find_person
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            person_id = find_person(session, args.person)
            added = team_calendar.add_time_off(
                session,
                team_calendar.TimeOffData(
                    person_id, args.start, args.end or args.start, args.kind, args.half, args.note
                ),
            )
    finally:
        portfolio.close()
    days = (added.end - added.start).days + 1
    half = " (half days)" if added.half_days else ""
    print(f"recorded {added.kind} {added.start} to {added.end}, {days} days{half}: id {added.id}")
    return 0


def _cmd_time_off_list(args: argparse.Namespace) -> int:
    from pmo_desktop.cli_portfolio import open_existing
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.people.team import find_person
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            rows = team_calendar.time_off_of(session, find_person(session, args.person))
    finally:
        portfolio.close()
    print("id\tfrom\tto\tkind\thalf days\tnote")
    for r in rows:
        note = (r.note or "").replace("\t", " ").replace("\n", " ")
        print(f"{r.id}\t{r.start}\t{r.end}\t{r.kind}\t{'yes' if r.half_days else 'no'}\t{note}")
    return 0


def _cmd_time_off_delete(args: argparse.Namespace) -> int:
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            gone = team_calendar.delete_time_off(session, args.id)
    finally:
        portfolio.close()
    print(f"removed {gone.kind} {gone.start} to {gone.end}")
    return 0


# --------------------------------------------------------------------------- closures


def _span(args: argparse.Namespace) -> list[date]:
    from pmo_desktop.domain.errors import ValidationError

    end = args.end or args.start
    if end < args.start:
        raise ValidationError("the closure ends before it starts", "end")
    if (end - args.start).days > 366:
        raise ValidationError("one closure is at most a year", "end")
    return [args.start + timedelta(days=i) for i in range((end - args.start).days + 1)]


def _cmd_closure_add(args: argparse.Namespace) -> int:
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.uow import unit_of_work

    days = _span(args)
    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            team_calendar.set_closure_days(session, days, args.name)
    finally:
        portfolio.close()
    print(f"closed {len(days)} days, {days[0]} to {days[-1]}")
    return 0


def _cmd_closure_delete(args: argparse.Namespace) -> int:
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.uow import unit_of_work

    days = _span(args)
    portfolio = open_for_writing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            before = team_calendar.clear_closure_days(session, days)
    finally:
        portfolio.close()
    print(f"reopened {len(before)} closure days")
    return 0


def _cmd_closure_list(args: argparse.Namespace) -> int:
    from pmo_desktop.cli_portfolio import open_existing
    from pmo_desktop.services.calendar import days_off as team_calendar
    from pmo_desktop.services.uow import unit_of_work

    portfolio = open_existing(args)
    try:
        with unit_of_work(portfolio.sessions) as session:
            days = team_calendar.closure_days(session, date(1900, 1, 1), date(2200, 12, 31))
    finally:
        portfolio.close()
    for day, name in sorted(days.items()):
        print(f"{day}\t{(name or '').replace(chr(9), ' ')}")
    return 0
