"""The pipeline's New… menu, the hook its editors run through and what they open with.

The editors (three Designer forms and their models) are imported when one is opened, not
when the page is built: the menu is on every start-up's first screen, an editor rarely is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QMenu, QWidget

from pmo_desktop.domain.errors import ValidationError

ErrorSink = Callable[[ValidationError], None]


@dataclass
class EditorHooks:
    """How an editor is run; tests replace ``run`` to fill and accept it."""

    run: Any = None  # Callable[[QDialog], bool]; default: dialog.exec() == Accepted

    def exec(self, dialog: QDialog) -> bool:
        """Run ``dialog``; True when it was accepted."""
        if self.run is not None:
            return bool(self.run(dialog))
        return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class EditorHost:
    """Where an editor opens: its parent, how it is run, where a refusal is said, today."""

    parent: QWidget
    hooks: EditorHooks
    show_error: ErrorSink
    today: date


def new_menu(
    parent: QWidget,
    *,
    add_project: Callable[[], None],
    add_program: Callable[[], None],
    add_client: Callable[[], None],
    health_rules: Callable[[], None],
) -> QMenu:
    """The New… button's menu: client, program, project, and the health rules."""
    menu = QMenu(parent)
    menu.addAction("New &project…", add_project)
    menu.addAction("New p&rogram…", add_program)
    menu.addAction("New &client…", add_client)
    menu.addSeparator()
    menu.addAction("Health &rules…", health_rules)
    return menu
