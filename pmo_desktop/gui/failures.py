"""The GUI never fails silently: every failure is shown in a dialog and written to the log.

- ``install`` (called by ``app.run_gui``) opens the failure log of the data folder (see
  ``services.failures``) and replaces ``sys.excepthook``, which PySide6 calls for an
  exception raised in a slot, a timer callback or a virtual method called from Qt, and
  ``threading.excepthook``;
- ``report_failure`` logs a failure and shows what failed, in one plain line without SQL or
  row values, and what was kept or lost. Dialogs never block the code that failed (they are
  opened from the event loop, window-modal) and never pile up: one at a time, later failures
  are logged and counted in the open dialog;
- ``GuardedCommand`` is the base of every QUndoCommand: a ``redo`` or ``undo`` that raises is
  reported, and the command marks itself obsolete so the undo stack drops it instead of
  claiming the edit was made (or undone).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.failures import (
    describe_failure,
    log_failure,
    start_failure_log,
    stop_failure_log,
)

TITLE = "Something went wrong"
SAFE = (
    "Everything saved before is safe: each change is written to the portfolio as it is "
    "made, and a change that fails is not written at all."
)
#: Failures logged in full while a dialog is open; later ones are only counted.
LOGGED_WHILE_OPEN = 20
#: PySide6 prefixes an exception raised in a virtual method called from C++ with this.
_OVERRIDE_PREFIX = re.compile(r"^Error calling Python override of [\w:~]+\(\):\s*")

_log = logging.getLogger("pmo_desktop.gui.failures")


def plain_message(exc: BaseException) -> str:
    """What failed, as one plain sentence (capitalised, no SQL, no parameters)."""
    text = _OVERRIDE_PREFIX.sub("", describe_failure(exc)) or type(exc).__name__
    return text[:1].upper() + text[1:]


class FailureReporter(QObject):
    """Shows failures one dialog at a time and logs each of them."""

    #: A failure raised in another thread, to be reported in the GUI thread.
    failed_elsewhere = Signal(object, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.box: QMessageBox | None = None
        self._pending: tuple[str, str, str] | None = None
        self._more = 0
        self._unlogged = 0
        self.failed_elsewhere.connect(self._report_elsewhere)

    @property
    def busy(self) -> bool:
        """Whether a failure dialog is open or about to open."""
        return self.box is not None or self._pending is not None

    def report(
        self,
        exc: BaseException,
        *,
        context: str,
        what: str | None = None,
        outcome: str = SAFE,
        level: int = logging.ERROR,
    ) -> None:
        """Log ``exc`` under ``context`` (no user text) and show ``what`` failed and why.

        ``outcome`` says what was kept or lost. While a dialog is open, the failure is
        logged (the first ``LOGGED_WHILE_OPEN`` in full) and counted in that dialog.
        """
        if self.busy:
            self._more += 1
            if self._more <= LOGGED_WHILE_OPEN:
                log_failure(exc, context, level=level)
            else:
                self._unlogged += 1
            self._update_count()
            return
        log_failure(exc, context, level=level)
        if os.environ.get("PMO_DEBUG"):
            traceback.print_exception(exc, file=sys.stderr)
        header = f"{what or 'The last action'} did not work."
        self._pending = (header, plain_message(exc), outcome)
        if QApplication.instance() is None:  # no event loop to show it in
            print(f"pmo-desktop: {header} {self._pending[1]}", file=sys.stderr)
            self._pending = None
            return
        QTimer.singleShot(0, self._show_pending)

    def excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: an exception nobody caught (a slot, a timer, a virtual)."""
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc, context=f"unhandled {kind.__name__}")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: reported in the GUI thread."""
        exc = args.exc_value
        if exc is None or not isinstance(exc, Exception):
            threading.__excepthook__(args)
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.failed_elsewhere.emit(exc, f"unhandled {type(exc).__name__} in {name}")

    def _report_elsewhere(self, exc: BaseException, context: str) -> None:
        self.report(exc, context=context)

    def _show_pending(self) -> None:
        if self._pending is None:
            return
        header, sentence, outcome = self._pending
        self._pending = None
        box = QMessageBox(_dialog_parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(TITLE)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{header}\n\n{sentence}.")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setProperty("outcome", outcome)
        box.finished.connect(self._closed)
        self.box = box
        self._update_count()
        box.open()

    def _update_count(self) -> None:
        box = self.box
        if box is None:
            return
        outcome = str(box.property("outcome"))
        more = ""
        if self._more:
            plural = "s" if self._more > 1 else ""
            more = f"\n\n{self._more} more failure{plural} happened since; they are in the log."
        where = f"\n\nDetails are in the log: {self.log_path}" if self.log_path else ""
        box.setInformativeText(literal(f"{outcome}{more}{where}"))

    def _closed(self) -> None:
        if self._unlogged:
            _log.error(
                "%d more failures were not logged while a failure dialog was open", self._unlogged
            )
        self.box = None
        self._more = 0
        self._unlogged = 0


def _dialog_parent() -> QWidget | None:
    active = QApplication.activeWindow()
    if active is not None:
        return active
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow() and not isinstance(widget, QMessageBox):
            return widget
    return None


class _Installed:
    reporter: FailureReporter | None = None
    hooks: tuple[Any, Any] | None = None


def reporter() -> FailureReporter:
    """The reporter ``install`` set up (or one that only shows dialogs, made on first use)."""
    if _Installed.reporter is None:
        _Installed.reporter = FailureReporter(None, QApplication.instance())
    return _Installed.reporter


def report_failure(
    exc: BaseException,
    *,
    context: str,
    what: str | None = None,
    outcome: str = SAFE,
    level: int = logging.ERROR,
) -> None:
    """Log and show a failure (see ``FailureReporter.report``)."""
    reporter().report(exc, context=context, what=what, outcome=outcome, level=level)


def install(data_folder: Path) -> FailureReporter:
    """Log failures under ``data_folder/logs`` and show every uncaught exception in a dialog.

    A data folder that cannot be written leaves the log out, never the dialogs.
    """
    log_path: Path | None
    try:
        log_path = start_failure_log(data_folder)
    except OSError as exc:
        log_path = None
        print(f"pmo-desktop: no failure log: {describe_failure(exc)}", file=sys.stderr)
    old = _Installed.reporter
    if old is not None and old.box is None:
        old.deleteLater()
    shown = FailureReporter(log_path, QApplication.instance())
    _Installed.reporter = shown
    if _Installed.hooks is None:
        _Installed.hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = shown.excepthook
    threading.excepthook = shown.thread_excepthook
    return shown


def uninstall() -> None:
    """Put the previous hooks back and close the log (tests)."""
    if _Installed.hooks is not None:
        sys.excepthook, threading.excepthook = _Installed.hooks
        _Installed.hooks = None
    _Installed.reporter = None
    stop_failure_log()


# --------------------------------------------------------------------------- commands

REDO_LOST = (
    "Nothing of it was saved, and it is not on the undo list. Everything saved before is safe."
)
UNDO_KEPT = (
    "Nothing was changed: the edit stays as it is, and it was taken off the undo list. "
    "Everything saved before is safe."
)


def _guard(method: Callable[[Any], None], undoing: bool) -> Callable[[Any], None]:
    @functools.wraps(method)
    def guarded(command: QUndoCommand) -> None:
        try:
            method(command)
        except Exception as exc:
            command.setObsolete(True)  # the stack drops it: it never claims what failed
            verb = "Undo of" if undoing else ""
            report_failure(
                exc,
                context=f"{type(command).__name__}.{'undo' if undoing else 'redo'}",
                what=f"{verb} “{command.text()}”".strip(),
                outcome=UNDO_KEPT if undoing else REDO_LOST,
                level=logging.WARNING if isinstance(exc, ValidationError) else logging.ERROR,
            )

    guarded.__dict__["_guarded"] = True
    return guarded


class GuardedCommand(QUndoCommand):
    """A QUndoCommand whose ``redo`` and ``undo`` (in every subclass) never fail silently.

    A failure is logged and shown, and the command marks itself obsolete: QUndoStack then
    deletes it (from ``push``, ``undo`` or ``redo``), so the stack never counts an edit that
    was not made, nor offers to redo one that could not be undone.
    """

    _guarded_methods: ClassVar[tuple[str, ...]] = ("redo", "undo")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in cls._guarded_methods:
            method = cls.__dict__.get(name)
            if callable(method) and not getattr(method, "_guarded", False):
                setattr(cls, name, _guard(method, undoing=name == "undo"))
