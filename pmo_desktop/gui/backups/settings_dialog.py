"""File → Backup Settings…: how many automatic backups to keep (Designer form)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.forms.ui_backup_settings_dialog import Ui_BackupSettingsDialog
from pmo_desktop.gui.widgets import ERROR_STYLE
from pmo_desktop.services.backups import Generations, generations_from


class BackupSettingsDialog(QDialog):
    """Edit the daily/weekly/monthly counts; ``generations()`` is the result after ``accept``.

    The spin boxes only take whole numbers 0–999; keeping none at all is refused next to
    the fields, and nothing is kept until the counts are valid.
    """

    def __init__(self, current: Generations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupSettingsDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self._result = current
        self.set_counts(current)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        defaults = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.set_counts(Generations()))
        for spin in (self.ui.dailySpin, self.ui.weeklySpin, self.ui.monthlySpin):
            spin.valueChanged.connect(lambda _value: self.ui.errorLabel.clear())

    def set_counts(self, generations: Generations) -> None:
        """Show ``generations`` in the fields."""
        self.ui.dailySpin.setValue(generations.daily)
        self.ui.weeklySpin.setValue(generations.weekly)
        self.ui.monthlySpin.setValue(generations.monthly)

    def generations(self) -> Generations:
        """The counts accepted (the current ones until the dialog is accepted)."""
        return self._result

    def accept(self) -> None:
        """Validate, then close; an invalid entry is explained next to the fields."""
        try:
            self._result = generations_from(
                self.ui.dailySpin.value(), self.ui.weeklySpin.value(), self.ui.monthlySpin.value()
            )
        except ValidationError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        super().accept()
