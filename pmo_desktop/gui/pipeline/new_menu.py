"""The pipeline's New… menu and the hook its editors run through.

The editors (three Designer forms and their models) are imported when one is opened, not
when the page is built: the menu is on every start-up's first screen, an editor rarely is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from pmo_desktop.gui.pipeline.page import PipelinePage


@dataclass
class EditorHooks:
    """How the page runs an editor; tests replace ``run`` to fill and accept it."""

    run: Any = None  # Callable[[QDialog], bool]; default: dialog.exec() == Accepted


def new_menu(page: PipelinePage) -> QMenu:
    """The New… button's menu: client, program, project, and the health rules."""
    menu = QMenu(page)
    menu.addAction("New &project…", lambda: _open(page, "open_project_editor"))
    menu.addAction("New p&rogram…", lambda: _open(page, "open_program_editor"))
    menu.addAction("New &client…", lambda: _open(page, "open_client_editor"))
    menu.addSeparator()
    menu.addAction("Health &rules…", lambda: _open_health_rules(page))
    return menu


def _open(page: PipelinePage, opener: str) -> None:
    from pmo_desktop.gui.pipeline import editors

    getattr(editors, opener)(page, None)


def _open_health_rules(page: PipelinePage) -> None:
    from pmo_desktop.gui.pipeline.health_rules import open_health_rules

    open_health_rules(page)
