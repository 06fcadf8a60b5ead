"""The staffing page's frame comes from its Designer form; code-built parts sit in it."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.areas import AreaContext, default_areas
from pmo_desktop.gui.staffing.page import StaffingPage
from pmo_desktop.gui.staffing.rows import RowKind
from pmo_desktop.services.area_filter import AreaFilter
from pmo_desktop.services.demo import generate
from pmo_desktop.services.workspace import Portfolio


def test_form_frame_holds_the_grid_legend_side_tabs_and_a_home_filter_bar(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    ui = page.ui
    assert ui.gridLayout.itemAt(0).widget() is page.view  # the grid above its legend
    chips = [ui.legendLayout.itemAt(i).widget().text().strip() for i in range(4)]
    assert chips == ["under 50%", "50–85%", "85–100%", "over 100%"]
    assert [page.side.tabText(i) for i in range(page.side.count())] == [
        "Roster",
        "Open roles",
        "Delta",
        "Billability",
    ]
    assert page.display_combo.count() == 3 and page.limit_spin.value() == 120
    assert ui.titleLabel.text() == "Staffing"

    person = next(r.person_id for r in page.model.rows if r.kind is RowKind.PERSON)
    assert person is not None
    page.apply_filter(AreaFilter("One person", person_ids=frozenset({person})))
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    assert layout.itemAt(2).widget() is page.filter_bar  # under the two toolbar rows
    shown = {
        page.model.rows[i].person_id
        for i in range(page.model.rowCount())
        if not page.view.isRowHidden(i) and page.model.rows[i].person_id is not None
    }
    assert shown == {person}


def test_painting_the_grid_runs_no_python_per_cell_that_leaks_none(
    qtbot: QtBot, portfolio: Portfolio
) -> None:
    # The PySide6 build in use drops a reference to None on every call of a Python override
    # that returns nothing (a delegate's paint, a font's setBold): a grid painted that way
    # crashed the app after a few hundred scroll steps. Tentative hatching is a background
    # brush and the bold and italic fonts are made once.
    import sys

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    generate(portfolio.engine, size="small", seed=1, today=date.today())
    page = StaffingPage(AreaContext(portfolio, QUndoStack()), default_areas().area("staffing"))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    tentative = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount() - 1)
        if model.rows[r].is_cell_row and model.index(r, c).data(Qt.ItemDataRole.UserRole + 2)
    )
    brush = tentative.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.style() is Qt.BrushStyle.BDiagPattern
    before = sys.getrefcount(None)
    for _ in range(20):  # each repaint() call itself costs one reference
        page.view.viewport().repaint()
        page.view.verticalHeader().viewport().repaint()
    assert sys.getrefcount(None) >= before - 100
