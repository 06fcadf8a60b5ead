"""Opening, backing up and checking portfolios, for the GUI and the command line.

The GUI never touches ``store`` directly; this module is its door to the database files.
"""

from __future__ import annotations

from pmo_desktop.store.backup import BackupError, BackupInfo, backup_file, newest_verified_backup
from pmo_desktop.store.database import (
    DamagedDatabaseError,
    DatabaseError,
    Portfolio,
    open_portfolio,
    quick_check,
    set_aside,
)

__all__ = [
    "BackupError",
    "BackupInfo",
    "DamagedDatabaseError",
    "DatabaseError",
    "Portfolio",
    "backup_file",
    "newest_verified_backup",
    "open_portfolio",
    "quick_check",
    "set_aside",
]
