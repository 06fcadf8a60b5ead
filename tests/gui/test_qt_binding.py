"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 returns ``None`` from every void method without taking a reference to it.
Before Python 3.12 (where ``None`` became immortal) each such call drops ``None``'s count by
one, and the app dies ("deallocating None") after some tens of thousands of painter or
setter calls: a few minutes of scrolling a board. pyproject.toml keeps that release out.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 500


def test_void_qt_calls_leave_the_reference_count_of_none_alone(qapp: QApplication) -> None:
    font = QFont()
    label = QLabel()
    image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    red = QColor("red")
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        font.setBold(True)
        painter.setPen(red)
        painter.save()
        painter.restore()
        label.setText("x")
    painter.end()
    assert sys.getrefcount(None) >= before - 10  # not -CALLS × 5
