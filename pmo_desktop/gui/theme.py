"""Follow the OS light/dark scheme and apply the app's restrained stylesheet."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pmo_desktop.gui import resources_rc  # noqa: F401  (registers :/style and :/icons)

STYLESHEET = ":/style/app.qss"


def load_stylesheet() -> str:
    """The QSS from the resources (empty if missing, so a bad build still starts)."""
    file = QFile(STYLESHEET)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        return ""
    try:
        return bytes(file.readAll().data()).decode("utf-8")
    finally:
        file.close()


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A plain dark palette, for platforms that report a dark scheme but keep a light one."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#232427",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2c2f",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.ToolTipBase: "#2b2c2f",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Highlight: "#3b6fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#3c3d41",
        QPalette.ColorRole.Midlight: "#303134",
        QPalette.ColorRole.Mid: "#45474b",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    return palette


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Match the palette to ``scheme`` (default: the OS scheme) and re-apply the stylesheet."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()):
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(load_stylesheet())


def follow_color_scheme(app: QApplication) -> None:
    """Apply the theme now and again whenever the OS switches between light and dark."""
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: apply_theme(app, scheme))
