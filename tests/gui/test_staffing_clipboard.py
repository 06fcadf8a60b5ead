"""The grid as a spreadsheet: Ctrl+Enter fills the selection, Ctrl+C copies it as
tab-separated text, Ctrl+V pastes such text (from Excel or LibreOffice too); each is one
undo step, and a paste with a value that is not hours writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.staffing.page import StaffingPage
from pmo_desktop.services.demo import generate
from pmo_desktop.services.staffing import grid
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio


@pytest.fixture
def page(qtbot: QtBot, portfolio: Portfolio) -> Iterator[StaffingPage]:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    shown = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.controller.confirm_over = lambda _error: True  # going over the limit: go ahead
    yield shown


def _cell_row(page: StaffingPage) -> int:
    model = page.model
    return next(r for r in range(model.rowCount()) if model.cell_key(model.index(r, 1)))


def _select(page: StaffingPage, row: int, first: int, last: int) -> None:
    model = page.model
    selection = QItemSelection(model.index(row, first), model.index(row, last))
    page.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.view.selectionModel().setCurrentIndex(
        model.index(row, first), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _stored(page: StaffingPage, keys: list) -> list[float]:  # type: ignore[type-arg]
    with unit_of_work(page.context.portfolio.sessions) as session:
        found = grid.read_cells(session, keys)
    return [found[k][1] if k in found else 0.0 for k in keys]


def test_ctrl_enter_fills_every_selected_cell_in_one_undo_step(
    qtbot: QtBot, page: StaffingPage
) -> None:
    row = _cell_row(page)
    _select(page, row, 1, 3)
    keys = page.view.selected_cells()
    before = _stored(page, keys)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.view.setFocus()
    page.view.edit(page.model.index(row, 1))
    editor = QGuiApplication.focusObject()
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _stored(page, keys) == [12.0, 12.0, 12.0]
    stack = page.context.undo_stack
    assert stack.undoText() == "Fill 3 cells"
    stack.undo()
    assert _stored(page, keys) == before


def test_copy_then_paste_elsewhere_writes_the_same_block(page: StaffingPage) -> None:
    row = _cell_row(page)
    _select(page, row, 1, 2)
    assert page.view.fill_selection("6")
    source = page.view.selected_cells()
    assert page.view.copy_selection()
    assert QGuiApplication.clipboard().text() == "6\t6\n"
    _select(page, row, 4, 4)
    target = [page.model.cell_key(page.model.index(row, c)) for c in (4, 5)]
    assert page.view.paste_text(QGuiApplication.clipboard().text())
    assert _stored(page, target) == [6.0, 6.0] and _stored(page, source) == [6.0, 6.0]
    assert page.context.undo_stack.undoText() == "Paste 2 cells"


def test_a_paste_from_a_spreadsheet_with_a_word_in_it_writes_nothing(page: StaffingPage) -> None:
    row = _cell_row(page)
    _select(page, row, 1, 1)
    keys = [page.model.cell_key(page.model.index(row, c)) for c in (1, 2, 3)]
    before = _stored(page, keys)
    said: list[str] = []
    page.view.refused = said.append
    depth = page.context.undo_stack.count()
    assert not page.view.paste_text("8\t7,5\tlots\r\n")  # Excel's line end, a decimal comma
    assert _stored(page, keys) == before and page.context.undo_stack.count() == depth
    assert "'lots' is not hours" in said[0]
    assert page.view.paste_text("8\t7,5\t4h\r\n")
    assert _stored(page, keys) == [8.0, 7.5, 4.0]


def test_the_right_click_menu_fills_and_clears_the_selection(
    page: StaffingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    row = _cell_row(page)
    _select(page, row, 1, 2)
    keys = page.view.selected_cells()
    menu = page.cell_menu()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[:5] == ["&Fill Selected Cells…", "&Copy", "Cu&t", "&Paste", "C&lear"]
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *_a, **_k: (9.5, True))
    next(a for a in menu.actions() if a.text().startswith("&Fill")).trigger()
    assert _stored(page, keys) == [9.5, 9.5]
    next(a for a in page.cell_menu().actions() if a.text() == "C&lear").trigger()
    assert _stored(page, keys) == [0.0, 0.0]
    page.context.undo_stack.undo()
    assert _stored(page, keys) == [9.5, 9.5]
