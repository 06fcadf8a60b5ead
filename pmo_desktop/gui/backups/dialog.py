"""File → Restore: pick a backup from the list, confirm, restore it (Designer form)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QPushButton, QWidget

from pmo_desktop.gui.backups.model import BackupListModel
from pmo_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from pmo_desktop.gui.widgets import ERROR_STYLE
from pmo_desktop.services.backups import BackupEntry, list_backups


class RestoreDialog(QDialog):
    """Lists the backups of ``file``; ``chosen()`` is the backup to restore after ``accept``."""

    def __init__(
        self, file: Path, parent: QWidget | None = None, passphrase: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.model = BackupListModel(list_backups(file, passphrase))
        self.ui.backupTable.setModel(self.model)
        header = self.ui.backupTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # "Why" takes the slack
        self.ui.backupTable.verticalHeader().setVisible(False)
        self.restore_button: QPushButton = self.ui.buttonBox.addButton(
            "Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.backupTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.backupTable.doubleClicked.connect(lambda _index: self._accept_if_chosen())
        if self.model.rowCount() == 0:
            self.ui.errorLabel.setText(
                "There are no backups of this portfolio yet. They are taken automatically "
                "when it changes, on exit, and before imports and upgrades."
            )

    def select_row(self, row: int) -> None:
        """Select the backup on ``row`` (as a click would)."""
        self.ui.backupTable.selectRow(row)

    def chosen(self) -> BackupEntry | None:
        """The selected backup, if any."""
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()
