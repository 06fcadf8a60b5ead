"""Where the app keeps its files by default."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "PMO_DESKTOP_DATA_DIR"
DATABASE_URL_ENV = "PMO_DATABASE_URL"


def data_dir() -> Path:
    """The per-user data folder (``PMO_DESKTOP_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("PMO Desktop", appauthor=False))


def default_database_path() -> Path:
    """The user's own portfolio, created empty on first run."""
    return data_dir() / "portfolio.sqlite"


def resolve_database(arg: str | None) -> str:
    """The database to open: ``--db`` (a path or a URL), else ``PMO_DATABASE_URL``, else default."""
    if arg:
        return arg
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    return str(default_database_path())
