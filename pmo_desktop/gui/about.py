"""Help → About: the versions of everything the app stands on, and the open database."""

from __future__ import annotations

import platform
import sqlite3

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from pmo_desktop import APP_NAME, __version__
from pmo_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from pmo_desktop.gui.icons import app_icon

ICON_SIZE = 56


def versions() -> dict[str, str]:
    """What the dialog reports, by field: app, Qt, PySide6, SQLite and Python versions."""
    return {
        "app": __version__,
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
    }


class AboutDialog(QDialog):
    """The About box (Designer form ``ui/about_dialog.ui``)."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"About {APP_NAME}")
        self.ui.titleLabel.setText(APP_NAME)
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.iconLabel.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        found = versions()
        self.ui.appVersionValue.setText(found["app"])
        self.ui.qtVersionValue.setText(found["qt"])
        self.ui.pysideVersionValue.setText(found["pyside"])
        self.ui.sqliteVersionValue.setText(found["sqlite"])
        self.ui.pythonVersionValue.setText(found["python"])
        self.ui.databaseValue.setText(database)
