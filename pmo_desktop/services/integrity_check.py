"""``pmo-desktop check``: integrity, foreign keys and migration state, without writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from pmo_desktop.store import cipher, migrate
from pmo_desktop.store.database import DatabaseError, check_passphrase, read_only_problem
from pmo_desktop.store.engine import make_engine, sqlite_file, to_url


@dataclass
class CheckReport:
    """What ``check`` found: printable lines, and the first problem if any."""

    lines: list[str] = field(default_factory=list)
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return self.problem is None

    def fail(self, message: str) -> None:
        """Record a problem (the first one becomes the one-line error)."""
        if self.problem is None:
            self.problem = message


def check_portfolio(target: str, passphrase: str | None = None) -> CheckReport:
    """Check a portfolio read-only and report its state (an encrypted one with ``passphrase``)."""
    report = CheckReport()
    url = to_url(target)
    file = sqlite_file(url)
    key: str | None = None
    if file is not None:
        if not file.is_file():
            report.fail(f"no portfolio at {file}")
            return report
        report.lines.append(f"portfolio: {file}")
        try:
            key = check_passphrase(file, passphrase)
        except DatabaseError as exc:
            report.fail(str(exc))
            return report
        if key is not None:
            report.lines.append("encryption: protected by a passphrase (SQLCipher)")
        if not _check_file(file, report, key):
            read_only = read_only_problem(file)
            if read_only is not None:  # not damage: SQLite cannot open its journal there
                report.problem = read_only
            return report
    else:
        report.lines.append(f"portfolio: {url.render_as_string(hide_password=True)}")
    engine = make_engine(url, passphrase=key, readonly=True)  # never writes, even the WAL
    try:
        state = migrate.read_state(engine)
        if not state.known:
            report.fail(f"schema {state.current} was made by a newer version of PMO Desktop")
            return report
        if state.current is None and state.has_tables:
            report.fail("not a PMO Desktop database (no schema version)")
            return report
        if state.pending:
            current = state.current or "empty"
            report.lines.append(
                f"schema: {current}, migration to {state.head} pending (runs when the app opens it)"
            )
            return report
        report.lines.append(f"schema: {state.current} (current)")
        from pmo_desktop.services.portfolio import summary

        with Session(engine) as session:
            counts = summary(session)
        report.lines.append(
            f"contents: {counts.people} people, {counts.clients} clients, {counts.programs}"
            f" programs, {counts.projects} projects, {counts.milestones} milestones,"
            f" {counts.allocations} allocations"
        )
    finally:
        engine.dispose()
    return report


def _check_file(file: Path, report: CheckReport, key: str | None) -> bool:
    try:
        conn = cipher.connect(file, key, readonly=True)
    except cipher.driver_errors(cipher.KeyRejectedError) as exc:
        report.fail(f"cannot open {file.name}: {exc}")
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            report.fail(f"{file.name} failed its integrity check ({rows[0][0]})")
            return False
        report.lines.append("integrity: ok")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            report.fail(f"{len(broken)} broken reference(s), first in table {broken[0][0]}")
            return False
        report.lines.append("foreign keys: ok")
        return True
    except cipher.driver_errors() as exc:
        report.fail(f"{file.name} failed its integrity check ({exc})")
        return False
    finally:
        conn.close()
