"""Export and import of the whole portfolio as portable JSON.

An import refuses, in one line, anything the app could not use afterwards (see
``store.portable_checks``) and, since it depends on today, one rule of the Staffing page:
the plan of record fits the page's window. The page shows from 8 weeks back (or from the
plan's first week, if later) to the plan's last week, at most 520 weeks
(``services.staffing.plan_weeks``), so no allocation may lie beyond that window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.fileio import write_bytes_atomic
from pmo_desktop.store import portable
from pmo_desktop.store.backup import backup_file
from pmo_desktop.store.database import Portfolio
from pmo_desktop.store.notify import announce_replaced, other_clients

#: The Staffing page's window, as ``services.staffing.plan_weeks`` computes it.
PLAN_WEEKS_BACK = 8
PLAN_MAX_WEEKS = 520


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, and the backup taken before it replaced anything."""

    rows: dict[str, int]
    backup: Path | None

    @property
    def total(self) -> int:
        """Rows written across every table."""
        return sum(self.rows.values())


def export_json_bytes(portfolio: Portfolio) -> bytes:
    """The portfolio as portable JSON bytes (one consistent read)."""
    with portfolio.engine.begin() as conn:
        return portable.dumps(conn)


def export_json(portfolio: Portfolio, path: Path) -> None:
    """Write the portfolio to ``path`` as portable JSON, atomically and privately."""
    write_bytes_atomic(path, export_json_bytes(portfolio))


def import_json_bytes(
    portfolio: Portfolio,
    data: bytes,
    *,
    replace: bool = False,
    today: date | None = None,
    force: bool = False,
) -> ImportResult:
    """Load a portable JSON document in one transaction: all of it, or nothing.

    Refused with a ``ValidationError`` naming what is wrong and where: malformed JSON, another
    version, an unknown table or field, a bad value, a broken reference, a value the app could
    not use (``store.portable_checks``), a plan too long for the Staffing page on ``today``,
    or a non-empty portfolio without ``replace``. Before replacing data on a file, a verified
    backup is taken. On a shared server, replacing is refused while other sessions are
    connected (their next edit would land on other records with reused ids) unless
    ``force``: then they are told, as it commits, to drop their undo history and re-read.
    """
    decoded = portable.decode_rows(portable.loads(data))
    check_plan_window(decoded.get("allocation", []), today or date.today())
    backup_path: Path | None = None
    with portfolio.engine.connect() as conn:
        empty = portable.is_empty(conn)
    if not empty and not replace:
        raise ValidationError(
            "this portfolio already holds data; import into an empty portfolio or replace it"
        )
    if not empty and not force:
        others = other_clients(portfolio.engine, portfolio.client)
        if others:
            raise ValidationError(
                f"{others} other session(s) are connected to this database: ask them to close "
                "the app first, or replace anyway with --force (their windows then reload)"
            )
    if not empty and portfolio.file is not None:
        backup_path = backup_file(
            portfolio.file, reason="before-import", passphrase=portfolio.passphrase
        ).path
    try:
        with portfolio.engine.begin() as conn:
            portable.load(conn, decoded, replace=replace)
            if not empty:
                announce_replaced(conn, portfolio.client)
    except IntegrityError as exc:
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        raise ValidationError(f"the file breaks a rule of the portfolio: {reason}") from exc
    return ImportResult(
        rows={name: len(rows) for name, rows in decoded.items()}, backup=backup_path
    )


def check_plan_window(allocations: list[dict[str, Any]], today: date) -> None:
    """Refuse allocations the Staffing page could not show on ``today``: the page shows
    ``PLAN_MAX_WEEKS`` weeks at most, from ``PLAN_WEEKS_BACK`` weeks back (or from the plan's
    first week, if later)."""
    if not allocations:
        return
    first = min(row["week"] for row in allocations)
    start = max(first, monday_of(today) - timedelta(weeks=PLAN_WEEKS_BACK))
    last = start + timedelta(weeks=PLAN_MAX_WEEKS - 1)
    for index, row in enumerate(allocations):
        if row["week"] > last:
            raise ValidationError(
                f"tables.allocation[{index}].week: {row['week'].isoformat()} is past"
                f" {last.isoformat()}, the last of the {PLAN_MAX_WEEKS} weeks the Staffing page"
                f" shows from {start.isoformat()}"
            )


def import_json(
    portfolio: Portfolio,
    path: Path,
    *,
    replace: bool = False,
    today: date | None = None,
    force: bool = False,
) -> ImportResult:
    """Read ``path`` and import it (see ``import_json_bytes``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return import_json_bytes(portfolio, data, replace=replace, today=today, force=force)
    except ValidationError as exc:
        raise ValidationError(f"{Path(path).name}: {exc.message}", exc.field) from exc
