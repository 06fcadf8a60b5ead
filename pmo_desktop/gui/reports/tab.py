"""What every tab of the Reports page shares: the area's context (reads and edits go
through ``context.edits``), a refused edit's message under the tab's controls, the
repaint from the ``Change`` of an edit it concerns, and the tables' common set-up."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.edits import Outcome
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.reports.commands import Change
from pmo_desktop.gui.widgets import ERROR_STYLE


def table(
    model: QAbstractItemModel, *, stretch: int | None = None, view: QTableView | None = None
) -> QTableView:
    """A read-only table of whole rows, one selected at a time, sized to its contents
    (column ``stretch`` takes the rest of the width)."""
    view = view or QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    """The model row selected in ``view``, if any."""
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class ReportsTab(QWidget):
    """A tab of the Reports page, built from the area's context."""

    def __init__(self, context: AreaContext) -> None:
        super().__init__()
        self.context = context
        self.error_label = plain_label()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def show_error(self, err: ValidationError) -> None:
        """Show a refused edit's message next to the controls."""
        self.error_label.setText(str(err))
        self.error_label.show()

    def applied(self, outcome: Outcome) -> bool:
        """True when the edit was applied; a refusal is shown under the controls."""
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.error_label.hide()
        return outcome.ok

    def refresh(self) -> None:
        """Re-read from the database."""

    def changed(self, change: Change, undoing: bool) -> None:
        """Repaint after a step of an edit this tab shows (default: re-read)."""
        self.refresh()
