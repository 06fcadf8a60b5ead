"""The composition root: the Qt application, the open portfolio, the undo stack, the window.

Two entry points, called by the command line (``pmo_desktop.cli``):

- ``run_gui(db_target)`` opens the desktop app on a portfolio and returns its exit status;
- ``screenshot(db_target, view, out)`` renders a view offscreen to a PNG.

Start-up stays lean: area pages are imported on first visit, and matplotlib, ReportLab,
openpyxl and Alembic are never imported here (Alembic only when a migration is pending).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The headless layers (and SQLAlchemy's SQLite dialect, otherwise loaded by the first engine)
# load before PySide6: once imported, PySide6 reads the source of every module imported after
# it (to look for ``__feature__`` use), which makes importing SQLAlchemy half again slower.
import sqlalchemy.dialects.sqlite  # noqa: F401

import pmo_desktop.services.workspace  # noqa: F401

# isort: split
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QImageWriter, QUndoStack
from PySide6.QtWidgets import QApplication

from pmo_desktop import APP_NAME, ORG_NAME, __version__
from pmo_desktop.fileio import atomic_path
from pmo_desktop.gui.areas import default_areas
from pmo_desktop.gui.failures import install as show_failures
from pmo_desktop.gui.icons import app_icon
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.opening import open_interactive, open_workspace
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.gui.theme import follow_color_scheme
from pmo_desktop.paths import data_dir
from pmo_desktop.startup import resume_collection

EXIT_REFUSED = 2
SETTLE_ROUNDS = 5
#: The full integrity check starts this long after the window is shown.
INTEGRITY_DELAY_MS = 1500
#: zlib effort for screenshots: twice as fast as Qt's default, and no larger for UI pictures.
PNG_QUALITY = 80


def application() -> QApplication:
    """The process's QApplication, created (named, iconed, themed) on first call."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])  # the CLI has parsed the arguments already
    app.setWindowIcon(app_icon())
    follow_color_scheme(app)
    return app


def run_gui(db_target: str) -> int:
    """Open the desktop app on ``db_target`` (a path or URL); return the exit status.

    The caller has set the umask. Returns 2 without opening anything when the portfolio is
    locked by another instance, damaged (and no backup restored) or cannot be opened.
    From here on every failure is shown in a dialog and logged in the data folder's
    ``logs/`` (``gui.failures``).
    """
    app = application()
    show_failures(data_dir())
    workspace = open_interactive(None, db_target)
    if workspace is None:
        return EXIT_REFUSED
    undo_stack = QUndoStack(app)
    settings = AppSettings(QSettings())
    window = MainWindow(workspace, default_areas(), undo_stack, settings)
    window.show()
    QTimer.singleShot(0, resume_collection)  # once the first screen is painted
    QTimer.singleShot(INTEGRITY_DELAY_MS, window.check_integrity)  # the full check, off-thread
    try:
        return app.exec()
    finally:
        window.release()
        settings.sync()


def screenshot(
    db_target: str,
    view: str,
    out: Path,
    width: int = 1400,
    height: int = 900,
    passphrase: str | None = None,
) -> None:
    """Render ``view`` of the portfolio at ``db_target`` offscreen and save it as a PNG.

    The window is laid out at ``width``×``height`` but never shown on screen; the PNG is
    written atomically. Raises ``ValueError`` for an unknown view or a size the window
    cannot be laid out at, and ``DatabaseError`` when the portfolio does not exist or
    cannot be opened.
    """
    registry = default_areas()
    registry.resolve(view)  # refuse an unknown view before touching anything
    if width <= 0 or height <= 0:
        raise ValueError(f"screenshot size must be positive, not {width}×{height}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    workspace = open_workspace(
        db_target, lock=False, create=False, passphrase=passphrase, readonly=True
    )
    window: MainWindow | None = None
    try:
        window = MainWindow(
            workspace, registry, QUndoStack(), AppSettings.none(), initial_view=view
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(width, height)
        # Polished and laid out, but never mapped to a screen, and not painted until the grab:
        # the picture is rendered once.
        window.setUpdatesEnabled(False)
        window.show()
        for _ in range(SETTLE_ROUNDS):
            app.processEvents()
        window.setUpdatesEnabled(True)
        if window.size() != QSize(width, height):
            least = window.minimumSize().expandedTo(window.minimumSizeHint())
            raise ValueError(
                f"the window cannot be laid out at {width}×{height}; "
                f"the {view} view needs at least {least.width()}×{least.height()}"
            )
        image = window.grab().toImage()
        if image.size() != QSize(width, height):  # a high-DPI screen renders more pixels
            image = image.scaled(
                width,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        with atomic_path(out) as tmp:
            writer = QImageWriter(str(tmp), b"png")  # the temp name has no .png suffix
            writer.setQuality(PNG_QUALITY)
            if not writer.write(image):
                raise OSError(f"could not write a PNG to {out}: {writer.errorString()}")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        workspace.close()
        resume_collection()
