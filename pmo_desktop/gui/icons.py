"""Line icons from the resources, tinted to the palette so they read in light and dark."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from pmo_desktop.gui import resources_rc  # noqa: F401  (registers :/icons)

DEVICE_PIXEL_RATIOS = (1.0, 2.0)


def tinted_pixmap(resource: str, size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """The SVG at ``resource`` rendered at ``size`` logical pixels and filled with ``color``."""
    pixmap = QIcon(resource).pixmap(QSize(size, size), ratio)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), color)
    painter.end()
    return pixmap


def tinted_icon(resource: str, normal: QColor, selected: QColor, size: int = 22) -> QIcon:
    """An icon drawn in ``normal``, and in ``selected`` when its item is selected."""
    icon = QIcon()
    for ratio in DEVICE_PIXEL_RATIOS:
        icon.addPixmap(tinted_pixmap(resource, size, normal, ratio), QIcon.Mode.Normal)
        icon.addPixmap(tinted_pixmap(resource, size, selected, ratio), QIcon.Mode.Selected)
    return icon


def app_icon() -> QIcon:
    """The application icon."""
    return QIcon(":/icons/app.svg")
