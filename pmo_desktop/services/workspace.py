"""Opening, backing up and checking portfolios, for the GUI and the command line.

The GUI never touches ``store`` directly; this module is its door to the database files.
"""

from __future__ import annotations

from pathlib import Path

from pmo_desktop.store.backup import (
    BackupError,
    BackupInfo,
    SourceDamagedError,
    backup_file,
    newest_verified_backup,
)
from pmo_desktop.store.cipher import header_is_blank, is_encrypted
from pmo_desktop.store.database import (
    DamagedDatabaseError,
    DatabaseError,
    PassphraseRequiredError,
    Portfolio,
    UpgradeNeededError,
    WrongPassphraseError,
    check_passphrase,
    open_portfolio,
    quick_check,
    read_only_problem,
    set_aside,
)
from pmo_desktop.store.engine import sqlite_file, to_url
from pmo_desktop.store.notify import ANY, REPLACED, ChangeWatch

__all__ = [
    "ANY",
    "REPLACED",
    "BackupError",
    "BackupInfo",
    "ChangeWatch",
    "DamagedDatabaseError",
    "DatabaseError",
    "PassphraseRequiredError",
    "Portfolio",
    "SourceDamagedError",
    "UpgradeNeededError",
    "WrongPassphraseError",
    "backup_file",
    "check_passphrase",
    "header_is_blank",
    "is_encrypted",
    "newest_verified_backup",
    "open_portfolio",
    "portfolio_file",
    "quick_check",
    "read_only_problem",
    "set_aside",
]


def portfolio_file(target: str) -> Path | None:
    """The SQLite file a ``--db`` target names (a path or a SQLite URL), else None."""
    return sqlite_file(to_url(target))
