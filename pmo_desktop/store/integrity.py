"""The integrity check run when a portfolio is opened (``PRAGMA quick_check``), started early.

Checking the 13 MB large demo takes SQLite tens of milliseconds, during which it lets go of
Python's lock. So the command line starts the check of a plain (unencrypted) file on a
thread before it imports SQLAlchemy and Qt, and opening the portfolio takes that result
instead of checking again: the check overlaps the imports rather than following them. The
result is used only when the file and its write-ahead log are still the ones that were
checked (same inode, size and modification time); otherwise the file is checked again.

Standard library only: this module is imported before SQLAlchemy.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from pmo_desktop.store import cipher


def quick_check(file: Path, key: str | None) -> str:
    """``PRAGMA quick_check`` on ``file``, read-only: ``"ok"`` or the first problems found.

    A key that does not open an encrypted file raises ``cipher.KeyRejectedError``.
    """
    return _check(file, key, "quick_check")


def full_check(file: Path, key: str | None) -> str:
    """``PRAGMA integrity_check`` (which also compares every index with its table), read-only.

    About three times as long as ``quick_check`` (≈ 0.15 s on the large demo), so the app
    runs it on a thread once the first screen is up. Returns ``"ok"`` or the first problems.
    """
    return _check(file, key, "integrity_check(3)")


def _check(file: Path, key: str | None, pragma: str) -> str:
    try:
        conn = cipher.connect(file, key, readonly=True)
    except cipher.driver_errors() as exc:
        return str(exc)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
    except cipher.driver_errors() as exc:
        return str(exc)
    finally:
        conn.close()


_Stamp = tuple[tuple[int, int, int], ...]


class _EarlyCheck:
    def __init__(self, file: Path, stamp: _Stamp) -> None:
        self.file = file
        self.stamp = stamp
        self.result = ""
        self.thread = threading.Thread(target=self._run, name="quick_check", daemon=True)

    def _run(self) -> None:
        self.result = quick_check(self.file, None)


_early: _EarlyCheck | None = None


def _stamp(file: Path) -> _Stamp | None:
    stamps = []
    for path in (file, file.with_name(file.name + "-wal")):
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            stamps.append((0, 0, 0))
            continue
        except OSError:
            return None
        # An empty log (a read-only check leaves one behind) holds nothing: as if missing.
        empty = stat.st_size == 0 and path != file
        stamps.append((0, 0, 0) if empty else (stat.st_ino, stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def start_quick_check(target: str) -> None:
    """Start checking ``target`` on a thread when it is an existing, plain portfolio file.

    Anything else (a URL, a missing, empty or encrypted file) is left to be checked when it
    is opened.
    """
    global _early
    if "://" in target:
        return
    file = Path(target).expanduser().resolve()
    stamp = _stamp(file)
    if stamp is None or stamp[0][1] == 0 or cipher.is_encrypted(file):
        return
    _early = _EarlyCheck(file, stamp)
    _early.thread.start()


def take_early_result(file: Path) -> str | None:
    """The early check's result for ``file`` if it is still the file checked, else None.

    Waits for the check to finish; a result is taken once.
    """
    global _early
    early = _early
    if early is None or early.file != file.resolve():
        return None
    _early = None
    early.thread.join()
    return early.result if _stamp(file) == early.stamp else None
