"""What went wrong, in words a manager can read, and a failure log that keeps no data.

``describe_failure`` turns any exception into one plain line: a full disk, a read-only or
locked portfolio and the other SQLite conditions get a fixed sentence (SQLAlchemy's own text
carries the SQL and the row values, which are client and HR data); any other exception
gives its first line with SQLAlchemy's ``[SQL: …]``/``[parameters: …]`` parts removed.

``start_failure_log`` opens the rotating log of the data folder (and points ``faulthandler``
at a file beside it); ``log_failure`` writes one record to it: the exception types, their
plain lines and the code locations of the traceback, never local values or SQL parameters.
Nothing here imports Qt, and nothing imports a database driver (only the exception's type
is looked at), so the command line uses it too.
"""

from __future__ import annotations

import errno
import faulthandler
import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import IO

#: The logger of the whole package; the failure log is attached to it.
LOGGER_NAME = "pmo_desktop"
LOG_FOLDER = "logs"
LOG_FILE = "pmo-desktop.log"
FAULT_FILE = "faults.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3

DISK_FULL = "the disk is full: nothing was saved (free some space, then try again)"
READ_ONLY = (
    "the portfolio file is read-only: nothing was saved "
    "(check the permissions of the file and its folder)"
)
LOCKED = (
    "the database is locked by another program: nothing was saved "
    "(close the other program, then try again)"
)
DISK_IO = "the disk could not be read or written (disk I/O error): nothing was saved"
DAMAGED = "the portfolio file is damaged (the database disk image is malformed)"
NOT_A_DATABASE = "the file is not a portfolio database, or the passphrase is wrong"
CANNOT_OPEN = "the portfolio file cannot be opened (missing, moved or not permitted)"
NESTED_TOO_DEEPLY = "the data is nested too deeply to be processed"
OUT_OF_MEMORY = "the computer ran out of memory: nothing was saved"

#: SQLite primary result codes (``sqlite_errorcode & 0xFF``) with a sentence of their own.
_SQLITE_CODES = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: DISK_IO,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: NOT_A_DATABASE,  # SQLITE_NOTADB
}
#: The same conditions by SQLite's message (drivers without ``sqlite_errorcode``: sqlcipher3).
_SQLITE_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("disk i/o error", DISK_IO),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", NOT_A_DATABASE),
    ("unable to open database file", CANNOT_OPEN),
)
_OS_ERRORS = {
    errno.ENOSPC: "the disk is full: nothing was saved",
    errno.EDQUOT: "the disk quota is used up: nothing was saved",
    errno.EROFS: "the disk is read-only: nothing was saved",
}
#: Where SQLAlchemy's message stops being a description and starts quoting data.
_DATA_MARKERS = ("[SQL:", "[parameters:", "(Background on this error at:")
_DRIVER_MODULES = ("sqlite3", "sqlcipher3", "pysqlite3")
_MAX_CHAIN = 8


def describe_failure(exc: BaseException) -> str:
    """One plain line saying what failed: no SQL, no parameters, no traceback."""
    return _describe(exc, _MAX_CHAIN)


def _describe(exc: BaseException, depth: int) -> str:
    wrapped = getattr(exc, "orig", None)  # SQLAlchemy's StatementError and DBAPIError
    if isinstance(wrapped, BaseException) and wrapped is not exc and depth > 0:
        return _describe(wrapped, depth - 1)
    if _is_sqlite_error(exc):
        known = _sqlite_sentence(exc)
        if known is not None:
            return known
    if isinstance(exc, OSError):
        return _os_sentence(exc)
    if isinstance(exc, RecursionError):
        return NESTED_TOO_DEEPLY
    if isinstance(exc, MemoryError):
        return OUT_OF_MEMORY
    return first_line(str(exc)) or type(exc).__name__


def first_line(text: str) -> str:
    """The first non-empty line of ``text`` before any quoted SQL or parameters, on one line."""
    for marker in _DATA_MARKERS:
        text = text.split(marker, 1)[0]
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def _is_sqlite_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    module = type(exc).__module__.split(".", 1)[0]
    return module in _DRIVER_MODULES


def _sqlite_sentence(exc: BaseException) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    message = str(exc).lower()
    for fragment, sentence in _SQLITE_MESSAGES:
        if fragment in message:
            return sentence
    return None


def _os_sentence(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in _OS_ERRORS:
        return _OS_ERRORS[exc.errno] + where
    if exc.strerror:
        text = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
        return " ".join(text.split())
    return first_line(str(exc)) or type(exc).__name__


# --------------------------------------------------------------------------- the log


class _Log:
    """The open fault file (it must stay open for the life of the process)."""

    faults: IO[str] | None = None
    handler: logging.Handler | None = None
    #: Where faulthandler wrote before (pytest points it at the terminal), to put it back.
    previous: IO[str] | None = None


def start_failure_log(data_folder: Path) -> Path:
    """Log the package's warnings and failures to ``<data_folder>/logs``, rotating at about
    1 MB over a few files, and have ``faulthandler`` write crashes beside it.

    Returns the log file. Calling it again moves the log to the new folder.
    """
    from logging.handlers import RotatingFileHandler

    folder = data_folder / LOG_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER_NAME)
    if _Log.handler is not None:
        logger.removeHandler(_Log.handler)
        _Log.handler.close()
    path = folder / LOG_FILE
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    _Log.handler = handler
    faults = (folder / FAULT_FILE).open("a", encoding="utf-8")
    if _Log.faults is None and faulthandler.is_enabled():
        _Log.previous = sys.__stderr__
    faulthandler.enable(file=faults, all_threads=True)
    if _Log.faults is not None:
        _Log.faults.close()
    _Log.faults = faults
    return path


def stop_failure_log() -> None:
    """Detach the log and the fault file (tests; the app keeps them to the end)."""
    if _Log.handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(_Log.handler)
        _Log.handler.close()
        _Log.handler = None
    if _Log.faults is not None:
        faulthandler.disable()
        if _Log.previous is not None:
            faulthandler.enable(file=_Log.previous, all_threads=True)
            _Log.previous = None
        _Log.faults.close()
        _Log.faults = None


def failure_record(exc: BaseException) -> str:
    """The log text of a failure: for the exception and what caused it, the type, the plain
    line and the code locations (file, line, function) of the traceback, innermost last."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        if lines:
            lines.append("caused by:")
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}: {describe_failure(current)}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(lines)


def log_failure(exc: BaseException, doing: str, *, level: int = logging.ERROR) -> None:
    """Write ``doing`` (what the app was doing) and the failure record to the log."""
    logging.getLogger(LOGGER_NAME).log(level, "%s failed\n%s", doing, failure_record(exc))


def _short_path(filename: str) -> str:
    """A source path from its package folder on (``pmo_desktop/…``, ``sqlalchemy/…``)."""
    parts = Path(filename).parts
    for anchor in ("pmo_desktop", "site-packages", "lib"):
        if anchor in parts:
            at = len(parts) - 1 - parts[::-1].index(anchor)
            rest = parts[at:] if anchor == "pmo_desktop" else parts[at + 1 :]
            if rest:
                return "/".join(rest)
    return Path(filename).name
