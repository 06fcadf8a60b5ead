"""File → Restore from Backup: choose, confirm, restore, and put the window on the result."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.backups.dialog import RestoreDialog
from pmo_desktop.gui.opening import OpenPortfolio
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.widgets import busy
from pmo_desktop.services.backups import BackupEntry, RestoreResult, restore_backup
from pmo_desktop.services.failures import describe_failure
from pmo_desktop.services.workspace import DatabaseError, Portfolio, open_portfolio


class RestoreHost(Protocol):
    """What a restore needs from the window holding the portfolio."""

    @property
    def workspace(self) -> OpenPortfolio: ...  # the portfolio open now

    def replace_portfolio(self, portfolio: Portfolio) -> None: ...  # same file, new contents

    def show_status(self, message: str) -> None: ...  # a transient status bar message


def choose_and_restore(parent: QWidget, host: RestoreHost) -> RestoreResult | None:
    """Show the backups, and restore the chosen one once the manager confirms."""
    file = host.workspace.file
    if file is None:
        return None
    dialog = RestoreDialog(file, parent, host.workspace.portfolio.passphrase)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    entry = dialog.chosen()
    if entry is None:
        return None
    answer = QMessageBox.question(
        parent,
        "Restore backup?",
        f"Replace the portfolio with the backup taken {entry.taken_at.astimezone():%d %b %Y %H:%M}?"
        "\n\nThe portfolio as it is now is backed up first, and undo history is cleared.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_entry(parent, host, entry)


def restore_entry(parent: QWidget, host: RestoreHost, entry: BackupEntry) -> RestoreResult | None:
    """Restore ``entry`` without asking (the dialogs' last step; tests call it directly)."""
    portfolio = host.workspace.portfolio
    try:
        with busy():
            result = restore_backup(portfolio, entry.path)
    except (ValidationError, OSError) as exc:
        _reopen_after_failure(parent, host, portfolio)
        QMessageBox.warning(parent, "Restore failed", literal(describe_failure(exc)))
        return None
    host.replace_portfolio(result.portfolio)
    host.show_status(
        f"Restored the backup of {entry.taken_at.astimezone():%d %b %Y %H:%M}; "
        f"the previous state is saved as {result.saved_current.name}"
    )
    return result


def _reopen_after_failure(parent: QWidget, host: RestoreHost, old: Portfolio) -> None:
    if old.file is None:
        return
    try:
        host.replace_portfolio(open_portfolio(old.file, create=False, passphrase=old.passphrase))
    except DatabaseError as exc:
        QMessageBox.critical(parent, "Cannot reopen portfolio", literal(describe_failure(exc)))
