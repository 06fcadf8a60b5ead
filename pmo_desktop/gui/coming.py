"""The honest page of an area that is not built yet: what it will do, and no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmo_desktop.gui.areas import AreaContext, AreaPage, AreaSpec
from pmo_desktop.gui.plain_text import plain_label

NOT_BUILT = "Not built yet"


class ComingPage(AreaPage):
    """The area's title, one paragraph of what it will do, and the words "Not built yet"."""

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(context, spec, parent)
        self.title_label = plain_label(spec.title)
        self.title_label.setProperty("role", "title")
        self.badge_label = plain_label(NOT_BUILT)
        self.badge_label.setProperty("role", "badge")
        self.summary_label = plain_label(spec.summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setMaximumWidth(640)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.badge_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
