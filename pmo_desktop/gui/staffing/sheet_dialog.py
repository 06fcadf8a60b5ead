"""The preview of a staffing sheet before it is imported: every row with its person,
project and hours, and what the import replaces."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.services.staffing.sheet_import import StaffingPreview

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StaffingSheetDialog(QDialog):
    """Row by row, what the sheet will write; Import or Cancel."""

    def __init__(self, source: str, preview: StaffingPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Import staffing · {source}")
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = plain_label(
            f"{preview.summary()}. Its cells replace the plan's for its rows and weeks (an "
            "empty cell clears the week); everything else stays. Ctrl+Z takes the whole "
            "import back."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(preview.lines), 4)
        self.table.setHorizontalHeaderLabels(["Row", "Person", "Project", "Hours"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for at, line in enumerate(preview.lines):
            for column, text in enumerate(
                (str(line.row), line.person, line.project, f"{line.hours:,.1f}")
            ):
                item = QTableWidgetItem(text)
                if column in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(at, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
