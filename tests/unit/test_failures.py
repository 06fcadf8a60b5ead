"""describe_failure: one plain line, no SQL, no row values; the failure log keeps no data."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError, StatementError

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services import failures
from pmo_desktop.services.failures import describe_failure, failure_record

SECRET = "secret HR text"


def _wrapped(message: str) -> OperationalError:
    return OperationalError(
        "INSERT INTO people (name) VALUES (?)", {"name": SECRET}, sqlite3.OperationalError(message)
    )


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", "the disk is full: nothing was saved"),
        ("attempt to write a readonly database", "the portfolio file is read-only: "),
        ("database is locked", "the database is locked by another program"),
        ("disk I/O error", "disk I/O error"),
    ],
)
def test_sqlalchemy_errors_give_a_sentence_without_sql_or_values(
    message: str, expected: str
) -> None:
    line = describe_failure(_wrapped(message))
    assert line.startswith(expected) or expected in line
    assert SECRET not in line and "INSERT" not in line and "\n" not in line
    assert "[SQL" not in line and "parameters" not in line


def test_the_raw_driver_error_gives_the_same_sentence() -> None:
    full = describe_failure(sqlite3.OperationalError("database or disk is full"))
    assert full == describe_failure(_wrapped("database or disk is full"))


def test_the_sqlite_error_code_is_used_when_the_driver_gives_one(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            ro.execute("INSERT INTO t VALUES (?)", (SECRET,))
    finally:
        ro.close()
    assert describe_failure(caught.value).startswith("the portfolio file is read-only")


def test_a_real_sqlalchemy_error_keeps_only_the_drivers_words() -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE people (name TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO people VALUES (:n)"), {"n": SECRET})
        with pytest.raises(IntegrityError) as caught:
            conn.execute(text("INSERT INTO people VALUES (:n)"), {"n": SECRET})
    assert "[SQL" in str(caught.value) and SECRET in str(caught.value)  # what we must hide
    assert describe_failure(caught.value) == "UNIQUE constraint failed: people.name"


def test_a_statement_error_is_described_by_what_it_wraps() -> None:
    exc = StatementError("bad value", "UPDATE x SET y = ?", {"y": SECRET}, TypeError("no"))
    assert describe_failure(exc) == "no"


def test_other_errors_give_their_first_line_without_sql_parts() -> None:
    exc = ValueError(f"cannot load row\n[SQL: INSERT …]\n[parameters: ('{SECRET}',)]")
    assert describe_failure(exc) == "cannot load row"
    assert describe_failure(ValueError(f"oops [SQL: SELECT '{SECRET}']")) == "oops"
    assert describe_failure(ValidationError("the name  is\tneeded")) == "the name is needed"
    assert describe_failure(KeyError()) == "KeyError"


def test_os_and_python_limits() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/out.json")
    assert describe_failure(full) == "the disk is full: nothing was saved (/tmp/out.json)"
    denied = PermissionError(errno.EACCES, "Permission denied", "/x")
    assert describe_failure(denied) == "Permission denied: /x"
    assert "nested too deeply" in describe_failure(RecursionError("maximum recursion depth"))


def test_the_failure_record_has_types_and_locations_but_no_values() -> None:
    def save(name: str) -> None:
        raise _wrapped("database or disk is full")

    try:
        try:
            save(SECRET)
        except OperationalError as exc:
            raise RuntimeError("could not save") from exc
    except RuntimeError as outer:
        record = failure_record(outer)
    assert SECRET not in record and "INSERT" not in record
    assert "builtins.RuntimeError: could not save" in record
    assert "sqlalchemy.exc.OperationalError: the disk is full" in record
    assert "test_failures.py" in record and "in save" in record


def test_the_log_rotates_in_the_data_folder_and_holds_the_record(tmp_path: Path) -> None:
    path = failures.start_failure_log(tmp_path)
    try:
        failures.log_failure(_wrapped("database or disk is full"), "saving a person")
        logging.getLogger(failures.LOGGER_NAME).handlers[-1].flush()
    finally:
        failures.stop_failure_log()
    assert path == tmp_path / "logs" / "pmo-desktop.log"
    written = path.read_text(encoding="utf-8")
    assert "saving a person failed" in written and "the disk is full" in written
    assert SECRET not in written and "INSERT" not in written
    assert (tmp_path / "logs" / "faults.log").exists()
