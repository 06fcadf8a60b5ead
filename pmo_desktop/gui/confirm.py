"""The one confirmation before a deletion: what goes, that Ctrl+Z brings it back, Cancel first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_confirmation(title: str, text: str, parent: QWidget | None) -> bool:
    """Ask before deleting; Cancel is the default button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the names in it are user text
    box.setText(text)
    box.setInformativeText("Edit → Undo (Ctrl+Z) brings everything back.")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText("Delete")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
