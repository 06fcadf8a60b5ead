"""The client roadmap: model under the model tester, drag to another quarter at model level
and through the view, add / move / delete undone and redone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.pipeline import Quarter
from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.gui.pipeline.roadmap_view import (
    RoadmapItemEditor,
    RoadmapModel,
    RoadmapPanel,
    quarter_span,
)
from pmo_desktop.services.pipeline import roadmap
from pmo_desktop.services.pipeline.roadmap import RoadmapData, RoadmapRow
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

from .conftest import make_window

NOW = Quarter.of(date.today())


def _rows() -> list[RoadmapRow]:
    return [
        RoadmapRow(1, 1, "Acme", "Web", RoadmapData(1, "Portal", NOW)),
        RoadmapRow(2, 1, "Acme", None, RoadmapData(1, "Data platform", NOW.shifted(2))),
    ]


def test_roadmap_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RoadmapModel()
    model.set_items(_rows(), quarter_span(NOW, _rows()))
    qtmodeltester.check(model)
    assert model.columnCount() == 6
    assert model.data(model.index(0, 1)) == "Portal"  # last quarter is column 0
    assert model.data(model.index(0, 2)) is None


def test_dragging_an_initiative_to_another_quarter_asks_for_the_move() -> None:
    model = RoadmapModel()
    model.set_items(_rows(), quarter_span(NOW, _rows()))
    asked: list[tuple[int, Quarter]] = []
    model.move_requested.connect(lambda i, q: asked.append((i, q)))
    mime = model.mimeData([model.index(0, 1)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 4))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 1))  # same
    assert asked == [(1, NOW.shifted(3))]


def _panel(qtbot: QtBot, portfolio: Portfolio) -> tuple[object, RoadmapPanel]:
    window = make_window(qtbot, portfolio)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    window.show_view("client-roadmap")
    panel = page.panel("roadmap")
    assert isinstance(panel, RoadmapPanel)
    return window, panel


def test_add_move_by_drop_and_delete_are_undoable(qtbot: QtBot, populated: Portfolio) -> None:
    window, panel = _panel(qtbot, populated)
    stack = window.undo_stack  # type: ignore[attr-defined]

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, RoadmapItemEditor)
        dialog.ui.titleEdit.setText("Customer self-service portal")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.editor_hooks.run = fill
    panel.add_item()
    assert panel.model.rowCount() == 1
    item = panel.model.item_at(0)
    assert item.data.quarter == NOW.shifted(1)
    # Drag it through the view onto the last column.
    view = panel.table
    source = panel.model.index(0, panel.model.quarters().index(item.data.quarter))
    mime = panel.model.mimeData([source])
    target = view.visualRect(panel.model.index(0, panel.model.columnCount() - 1)).center()
    where = QPointF(target)
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(where.toPoint(), *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(where.toPoint(), *args))
    QApplication.sendEvent(viewport, QDropEvent(where, *args))
    last = panel.model.quarters()[-1]
    assert panel.model.item_at(0).data.quarter == last
    stack.undo()
    assert panel.model.item_at(0).data.quarter == NOW.shifted(1)
    stack.redo()
    assert panel.model.item_at(0).data.quarter == last
    view.setCurrentIndex(panel.model.index(0, panel.model.columnCount() - 1))
    panel.delete_selected()
    assert panel.model.rowCount() == 0
    stack.undo()
    assert panel.model.rowCount() == 1 and panel.model.item_at(0).id == item.id
    with unit_of_work(populated.sessions) as session:
        assert len(roadmap.list_roadmap(session)) == 1
    stack.undo()  # the move
    stack.undo()  # the add
    assert panel.model.rowCount() == 0
    window.release()  # type: ignore[attr-defined]


def test_editor_refuses_an_empty_title_next_to_the_field(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, panel = _panel(qtbot, populated)
    seen: list[QDialog] = []

    def fill(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.editor_hooks.run = fill
    panel.add_item()
    (dialog,) = seen
    assert "cannot be empty" in dialog.ui.titleError.text()  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 0  # type: ignore[attr-defined]
    window.release()  # type: ignore[attr-defined]
