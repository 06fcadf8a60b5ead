"""Portfolio files open in this process: whether each is encrypted, and damage found since.

Closing any descriptor on a database file drops every POSIX lock this process holds on it;
another process can then take itself for the file's only user and delete the WAL, with
every commit in it, from under the open portfolio. So while a portfolio is open nothing
reads its file outside SQLite: what would be read (is it encrypted?) is recorded here when
it is opened. Damage found while it is open (a backup that does not verify because the
file itself fails ``integrity_check``) is recorded too, and nothing more is written to it.

Standard library only: the early integrity check imports this before SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path


class DamageFoundError(RuntimeError):
    """A transaction was refused: the portfolio was found damaged while open."""


_open: dict[Path, list[bool]] = {}
_damaged: dict[Path, str] = {}


def _key(file: Path) -> Path:
    return Path(file).resolve()  # resolving reads links and directories, never the file


def hold(file: Path, encrypted: bool) -> None:
    """Record that ``file`` is open in this process (once per opener), and its encryption."""
    _open.setdefault(_key(file), []).append(encrypted)


def release(file: Path) -> None:
    """Undo one ``hold`` of ``file``; the last one also forgets damage found while open."""
    key = _key(file)
    held = _open.get(key)
    if held:
        held.pop()
        if not held:
            del _open[key]
            _damaged.pop(key, None)


def is_open(file: Path) -> bool:
    """True while this process holds ``file`` open."""
    return _key(file) in _open


def encrypted(file: Path) -> bool | None:
    """Whether the open ``file`` is encrypted, as recorded; None when it is not open here."""
    held = _open.get(_key(file))
    return held[-1] if held else None


def mark_damaged(file: Path, problem: str) -> None:
    """Record that the open ``file`` fails its integrity check: it is not written to again."""
    if is_open(file):
        _damaged[_key(file)] = problem


def damage(file: Path) -> str | None:
    """What the integrity check found in the open ``file``, or None when nothing was found."""
    return _damaged.get(_key(file))


def refuse_if_damaged(file: Path) -> None:
    """``DamageFoundError`` when the open ``file`` was found damaged (before a transaction)."""
    problem = _damaged.get(_key(file)) if _damaged else None
    if problem is not None:
        raise DamageFoundError(
            f"{Path(file).name} is damaged ({problem}): nothing more is written to it; "
            "restore the newest verified backup (File → Restore from Backup…)"
        )
