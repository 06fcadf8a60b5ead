"""Passphrases in the GUI: asking for one to open a portfolio, setting, changing, removing it.

The passphrase typed here goes to the services and stays in memory (``Portfolio``); it is
never written to QSettings, a log or a message. Everything SQLCipher is imported only when
a passphrase is in play.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QMessageBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.widgets import ERROR_STYLE
from pmo_desktop.services.failures import describe_failure

if TYPE_CHECKING:
    from pmo_desktop.gui.backups.auto import AutoBackup
    from pmo_desktop.gui.opening import OpenPortfolio
    from pmo_desktop.gui.settings import AppSettings
    from pmo_desktop.services.passphrase import PassphraseChange
    from pmo_desktop.services.workspace import Portfolio


class Mode(Enum):
    """What the passphrase dialog is for."""

    ENTER = "enter"  # open an encrypted portfolio
    SET = "set"  # protect a plain portfolio
    CHANGE = "change"
    REMOVE = "remove"


class PassphraseDialog(QDialog):
    """One Designer form for the four uses; only the fields a ``mode`` needs are shown.

    ``check`` validates on OK (raising ``ValidationError`` with ``field`` ``current``,
    ``new`` or ``confirm``); the message appears in red under the fields and the dialog
    stays open, so nothing is half done.
    """

    def __init__(
        self,
        mode: Mode,
        message: str,
        parent: QWidget | None = None,
        check: Callable[[PassphraseDialog], object] | None = None,
        plain_backups: int = 0,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.mode = mode
        self._check = check
        ui = self.ui
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.messageLabel.setText(message)
        titles = {
            Mode.ENTER: "Portfolio passphrase",
            Mode.SET: "Protect with passphrase",
            Mode.CHANGE: "Change passphrase",
            Mode.REMOVE: "Remove passphrase",
        }
        self.setWindowTitle(titles[mode])
        asks_current = mode in (Mode.ENTER, Mode.CHANGE, Mode.REMOVE)
        asks_new = mode in (Mode.SET, Mode.CHANGE)
        if mode is not Mode.ENTER:
            ui.currentLabel.setText("&Current passphrase:")
        for widget in (ui.currentLabel, ui.currentEdit):
            widget.setVisible(asks_current)
        for widget in (ui.newLabel, ui.newEdit, ui.confirmLabel, ui.confirmEdit):
            widget.setVisible(asks_new)
        offer_delete = mode is Mode.SET and plain_backups > 0
        ui.deletePlainCheck.setVisible(offer_delete)
        ui.plainNoteLabel.setVisible(offer_delete)
        if offer_delete:
            noun = "backup" if plain_backups == 1 else "backups"
            ui.deletePlainCheck.setText(f"&Delete the {plain_backups} unencrypted {noun}")
            ui.plainNoteLabel.setText(
                f"The {plain_backups} {noun} taken so far are not encrypted: kept on disk, they "
                "would give the portfolio's data away to anyone who gets hold of them, "
                "passphrase or not. An encrypted backup of the portfolio is kept either way."
            )
        for edit in (ui.currentEdit, ui.newEdit, ui.confirmEdit):
            edit.textEdited.connect(lambda _text: self.ui.errorLabel.clear())
        (ui.currentEdit if asks_current else ui.newEdit).setFocus()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(self.width(), self.sizeHint().height())  # no empty band under the fields

    @property
    def current(self) -> str:
        """The current passphrase typed (ENTER, CHANGE, REMOVE)."""
        return self.ui.currentEdit.text()

    @property
    def new(self) -> str:
        """The new passphrase typed (SET, CHANGE)."""
        return self.ui.newEdit.text()

    @property
    def confirm(self) -> str:
        """The new passphrase typed a second time."""
        return self.ui.confirmEdit.text()

    @property
    def delete_plain_backups(self) -> bool:
        """True when the manager chose to delete the unencrypted backups (SET)."""
        check = self.ui.deletePlainCheck
        return not check.isHidden() and check.isChecked()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show ``message`` in red and put the cursor in the field it is about."""
        self.ui.errorLabel.setText(message[:1].upper() + message[1:])
        edits: dict[str | None, QLineEdit] = {
            "current": self.ui.currentEdit,
            "new": self.ui.newEdit,
            "confirm": self.ui.confirmEdit,
        }
        edit = edits.get(field)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def fill(self, current: str = "", new: str = "", confirm: str | None = None) -> None:
        """Type into the fields (as the manager would; tests use it)."""
        self.ui.currentEdit.setText(current)
        self.ui.newEdit.setText(new)
        self.ui.confirmEdit.setText(new if confirm is None else confirm)

    def accept(self) -> None:
        """Validate, then close; a refusal is shown in the dialog, which stays open."""
        if self.mode is Mode.ENTER and not self.current:
            self.show_error("type the passphrase", "current")
            return
        if self._check is not None:
            try:
                self._check(self)
            except ValidationError as exc:
                self.show_error(exc.message, exc.field)
                return
        super().accept()

    def clear_secrets(self) -> None:
        """Empty the fields once their text has been taken."""
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.confirmEdit):
            edit.clear()


def ask_passphrase(parent: QWidget | None, file: Path, error: str | None = None) -> str | None:
    """Ask for the passphrase that opens ``file``; None when the manager cancels."""
    dialog = PassphraseDialog(
        Mode.ENTER,
        f"{file.name} is protected by a passphrase (or is not a portfolio file).\n"
        "Type its passphrase to open it.",
        parent,
    )
    if error:
        dialog.show_error(error, "current")
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.current
    finally:
        dialog.clear_secrets()
        dialog.deleteLater()


# ---------------------------------------------------------------------- File menu


class PassphraseHost(Protocol):
    """What the passphrase and backup-settings entries need from the window."""

    @property
    def workspace(self) -> OpenPortfolio: ...  # the portfolio open now

    settings: AppSettings
    auto_backup: AutoBackup

    def replace_portfolio(self, portfolio: Portfolio) -> None: ...  # same file, reopened

    def show_status(self, message: str) -> None: ...  # a transient status bar message


class DataMenu(QObject):
    """File → Backup Settings…, Protect with / Change / Remove Passphrase….

    The entries are inserted after ``after`` in ``menu``; which passphrase entries are
    enabled follows the open portfolio each time the menu opens.
    """

    def __init__(self, parent: QWidget, host: PassphraseHost, menu: QMenu, after: QAction) -> None:
        super().__init__(parent)
        self._parent = parent
        self._host = host
        self.backup_settings_action = QAction("Backup &Settings…", parent)
        self.protect_action = QAction("&Protect with Passphrase…", parent)
        self.change_action = QAction("C&hange Passphrase…", parent)
        self.remove_action = QAction("Remo&ve Passphrase…", parent)
        self.backup_settings_action.triggered.connect(self.edit_backup_settings)
        self.protect_action.triggered.connect(self.protect)
        self.change_action.triggered.connect(self.change)
        self.remove_action.triggered.connect(self.remove)
        entries = menu.actions()
        index = entries.index(after) + 1
        before = entries[index] if index < len(entries) else None
        new = [self.backup_settings_action, self.protect_action, self.change_action]
        for action in [*new, self.remove_action]:
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        menu.insertSeparator(self.protect_action)
        menu.aboutToShow.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        """Enable the entries that apply to the portfolio open now."""
        portfolio = self._host.workspace.portfolio
        is_file = portfolio.file is not None
        self.backup_settings_action.setEnabled(True)
        self.protect_action.setEnabled(is_file and portfolio.passphrase is None)
        self.change_action.setEnabled(is_file and portfolio.passphrase is not None)
        self.remove_action.setEnabled(is_file and portfolio.passphrase is not None)

    # ------------------------------------------------------------------ backup settings

    def edit_backup_settings(self) -> bool:
        """Show the generations dialog; keep the counts when accepted."""
        from pmo_desktop.gui.backups.settings_dialog import BackupSettingsDialog

        dialog = BackupSettingsDialog(self._host.settings.backup_generations(), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        generations = dialog.generations()
        self._host.settings.set_backup_generations(generations)
        self._host.auto_backup.generations = generations
        self._host.show_status(
            f"Automatic backups: the newest of the last {generations.daily} days, "
            f"{generations.weekly} weeks and {generations.monthly} months are kept"
        )
        return True

    # ------------------------------------------------------------------ passphrase

    def protect(self) -> PassphraseChange | None:
        """Ask for a new passphrase (twice) and encrypt the portfolio and its backups."""
        from pmo_desktop.services import passphrase as service

        portfolio = self._host.workspace.portfolio
        if portfolio.file is None or portfolio.passphrase is not None:
            return None
        plain = len(service.plain_backups(portfolio.file))
        dialog = PassphraseDialog(
            Mode.SET,
            f"Encrypt {portfolio.file.name}, its journal and its backups with a passphrase "
            "(SQLCipher). It is asked for each time the portfolio is opened. Keep it safe: "
            "without it the data cannot be recovered by anyone.",
            self._parent,
            check=lambda d: service.validate_new_passphrase(d.new, d.confirm),
            plain_backups=plain,
        )
        return self._run(
            dialog,
            lambda d: service.set_passphrase(
                portfolio, d.new, delete_plain_backups=d.delete_plain_backups
            ),
        )

    def change(self) -> PassphraseChange | None:
        """Ask for the current and a new passphrase; re-encrypt the portfolio and backups."""
        from pmo_desktop.services import passphrase as service

        portfolio = self._host.workspace.portfolio
        if portfolio.file is None or portfolio.passphrase is None:
            return None

        def check(dialog: PassphraseDialog) -> None:
            service.check_current(portfolio, dialog.current)
            service.validate_new_passphrase(dialog.new, dialog.confirm)

        dialog = PassphraseDialog(
            Mode.CHANGE,
            f"Change the passphrase of {portfolio.file.name}. Its backups are re-encrypted "
            "with the new passphrase too.",
            self._parent,
            check=check,
        )
        return self._run(dialog, lambda d: service.change_passphrase(portfolio, d.new))

    def remove(self) -> PassphraseChange | None:
        """Ask for the current passphrase; store the portfolio and backups unencrypted."""
        from pmo_desktop.services import passphrase as service

        portfolio = self._host.workspace.portfolio
        if portfolio.file is None or portfolio.passphrase is None:
            return None
        dialog = PassphraseDialog(
            Mode.REMOVE,
            f"Store {portfolio.file.name} and its backups without encryption? Anyone who "
            "can read the files will then be able to read the portfolio.",
            self._parent,
            check=lambda d: service.check_current(portfolio, d.current),
        )
        return self._run(dialog, lambda _d: service.remove_passphrase(portfolio))

    def _run(
        self,
        dialog: PassphraseDialog,
        change: Callable[[PassphraseDialog], PassphraseChange],
    ) -> PassphraseChange | None:
        from pmo_desktop.gui.widgets import busy
        from pmo_desktop.services import passphrase as service

        portfolio = self._host.workspace.portfolio
        file = portfolio.file
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or file is None:
                return None
            new = dialog.new if dialog.mode in (Mode.SET, Mode.CHANGE) else None
            try:
                with busy():
                    result = change(dialog)
            except ValidationError as exc:
                self._reopen_after_failure(file, portfolio.passphrase, new)
                QMessageBox.warning(self._parent, dialog.windowTitle(), literal(exc.message))
                return None
        finally:
            dialog.clear_secrets()
            dialog.deleteLater()
        self._host.replace_portfolio(result.portfolio)
        self._host.show_status(_summary(result, service.plain_backups(file)))
        return result

    def _reopen_after_failure(self, file: Path, old: str | None, new: str | None) -> None:
        from pmo_desktop.services.passphrase import reopen
        from pmo_desktop.services.workspace import DatabaseError

        try:
            self._host.replace_portfolio(reopen(file, old, new))
        except DatabaseError as exc:
            QMessageBox.critical(
                self._parent, "Cannot reopen portfolio", literal(describe_failure(exc))
            )


def _summary(result: PassphraseChange, plain_left: list[Path]) -> str:
    state = "protected by a passphrase" if result.portfolio.passphrase else "not encrypted"
    parts = [f"The portfolio is now {state}"]
    if result.rekeyed:
        parts.append(f"{len(result.rekeyed)} backup(s) re-encrypted")
    if result.deleted:
        parts.append(f"{len(result.deleted)} unencrypted backup(s) deleted")
    if result.portfolio.passphrase and plain_left:
        parts.append(f"{len(plain_left)} backup(s) are still unencrypted")
    if result.not_converted:
        parts.append(f"{len(result.not_converted)} backup(s) could not be re-encrypted")
    return "; ".join(parts)
