"""Files the app writes: private (0600) and atomic, so a crash never leaves half a file.

Used by every layer that writes a file (backups, exports), hence kept outside the layers and
free of any import of ours.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMP_MARKER = ".pmo-tmp-"


def private_umask() -> None:
    """Make every file this process creates readable by its owner only (0600)."""
    os.umask(0o077)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically.

    The caller writes the whole file to the yielded path (by any library). The temp file is
    fsynced, renamed over the target and the folder entry fsynced; on error it is removed and
    the target is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}{TEMP_MARKER}", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically with owner-only permissions."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def sweep_temp_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove temp files left in ``folder`` by a write that was killed; return what went."""
    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if TEMP_MARKER in entry.name and entry.is_file():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
