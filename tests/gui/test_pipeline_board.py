"""The pipeline board: models under the model tester, drag and drop between stages at
model level and with synthetic drop events, undo/redo of moves, the move dialog, health."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.domain.rag import Dimension, Override
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.pipeline.board_model import (
    MIME_TYPE,
    BoardModel,
    CardFilter,
    StageProxy,
    decode_cards,
)
from pmo_desktop.gui.pipeline.dialogs import MoveDetails, StageMoveDialog
from pmo_desktop.gui.pipeline.health_model import HealthFilterProxy, HealthTableModel
from pmo_desktop.gui.pipeline.page import PipelinePage
from pmo_desktop.services.pipeline.board import PipelineCard
from pmo_desktop.services.workspace import Portfolio

from .conftest import make_window


def _card(pid: int, name: str, stage: Stage, client: str = "Acme", health: Rag | None = None):
    return PipelineCard(
        pid, name, 1, client, 1, "Web", stage, None, "Ana Lima", None, None, 100_00, 50, 3,
        health, "why",
    )  # fmt: skip


CARDS = [
    _card(1, "Checkout", Stage.ACTIVE, health=Rag.RED),
    _card(2, "Search", Stage.PROPOSAL),
    _card(3, "Vault", Stage.ACTIVE, "Borealis", Rag.GREEN),
    _card(4, "Onboarding", Stage.LEAD, "Borealis"),
]


@pytest.fixture
def board() -> BoardModel:
    model = BoardModel()
    model.set_cards(CARDS)
    return model


def _proxy(board: BoardModel, stage: Stage) -> StageProxy:
    proxy = StageProxy(stage)
    proxy.setSourceModel(board.stage_model(stage))
    return proxy


def test_board_models_pass_the_model_tester(qtmodeltester: ModelTester, board: BoardModel) -> None:
    qtmodeltester.check(board.stage_model(Stage.ACTIVE))
    qtmodeltester.check(_proxy(board, Stage.ACTIVE))


def test_a_card_tip_gives_the_win_probability_until_the_work_is_approved(
    board: BoardModel,
) -> None:
    def tip(stage: Stage) -> str:
        model = board.stage_model(stage)
        return str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))

    assert "Win probability: 50 %" in tip(Stage.LEAD)
    assert "Win probability: 50 %" in tip(Stage.PROPOSAL)
    assert "Win probability" not in tip(Stage.ACTIVE)
    assert "Health: why" in tip(Stage.ACTIVE)


def test_stage_proxies_split_the_cards_and_follow_updates(board: BoardModel) -> None:
    proxies = {stage: _proxy(board, stage) for stage in Stage}
    counts = {s: p.rowCount() for s, p in proxies.items()}
    assert counts[Stage.ACTIVE] == 2 and counts[Stage.LEAD] == 1
    assert sum(counts.values()) == board.rowCount()
    with_signals = board.stage_model(Stage.APPROVED)
    inserted: list[int] = []
    with_signals.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))
    board.update_card(_card(2, "Search", Stage.APPROVED))
    assert inserted == [0]
    assert proxies[Stage.PROPOSAL].rowCount() == 0
    assert proxies[Stage.APPROVED].rowCount() == 1
    assert sum(p.rowCount() for p in proxies.values()) == board.rowCount()
    proxies[Stage.ACTIVE].set_filter(CardFilter(client="Borealis"))
    assert proxies[Stage.ACTIVE].rowCount() == 1
    proxies[Stage.ACTIVE].set_filter(CardFilter(health="red"))
    assert proxies[Stage.ACTIVE].rowCount() == 1


def test_drag_payload_round_trips_and_a_drop_asks_for_the_move(board: BoardModel) -> None:
    source = _proxy(board, Stage.ACTIVE)
    target = _proxy(board, Stage.CLOSING)
    mime = source.mimeData([source.index(0, 0)])
    assert mime.hasFormat(MIME_TYPE)
    assert decode_cards(mime) == [(1, Stage.ACTIVE)]
    asked: list[tuple[int, Stage]] = []
    target.move_requested.connect(lambda pid, stage: asked.append((pid, stage)))
    action = Qt.DropAction.MoveAction
    assert target.canDropMimeData(mime, action, 0, 0, target.index(0, 0).parent())
    target.dropMimeData(mime, action, -1, -1, target.index(0, 0).parent())
    assert asked == [(1, Stage.CLOSING)]


def test_a_drop_on_its_own_stage_or_foreign_data_asks_nothing(board: BoardModel) -> None:
    proxy = _proxy(board, Stage.ACTIVE)
    asked: list[object] = []
    proxy.move_requested.connect(lambda *a: asked.append(a))
    own = proxy.mimeData([proxy.index(0, 0)])
    assert not proxy.canDropMimeData(own, Qt.DropAction.MoveAction, 0, 0, proxy.index(0, 0))
    proxy.dropMimeData(own, Qt.DropAction.MoveAction, -1, -1, proxy.index(0, 0).parent())
    foreign = QMimeData()
    foreign.setText("hello")
    proxy.dropMimeData(foreign, Qt.DropAction.MoveAction, -1, -1, proxy.index(0, 0).parent())
    assert asked == []


# ---- on the page, against a real portfolio ------------------------------------------------


def _page(qtbot: QtBot, portfolio: Portfolio) -> tuple[MainWindow, PipelinePage]:
    window = make_window(qtbot, portfolio)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    return window, page


def _drop(page: PipelinePage, card: PipelineCard, stage: Stage) -> None:
    """Send a synthetic drop of ``card`` onto the column of ``stage``."""
    column = page.board.columns[stage]
    if column.collapsed:
        column.set_collapsed(False)
    source = page.board.columns[card.stage].proxy
    row = next(r for r in range(source.rowCount()) if source.index(r, 0).data() == card.name)
    mime = source.mimeData([source.index(row, 0)])
    viewport = column.list.viewport()
    assert viewport.height() > 20
    where = QPointF(10, viewport.height() - 10)
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # As a real drag does: enter, move over the column, then drop.
    QApplication.sendEvent(viewport, QDragEnterEvent(where.toPoint(), *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(where.toPoint(), *args))
    QApplication.sendEvent(viewport, QDropEvent(where, *args))


def _card_named(page: PipelinePage, name: str) -> PipelineCard:
    return next(c for c in page.board_model.cards() if c.name == name)


def test_dropping_a_card_on_another_column_moves_it_undoably(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    page.ask_details = lambda *_: MoveDetails()
    card = _card_named(page, "Document Vault")
    assert card.stage is Stage.ACTIVE
    closing = page.board.columns[Stage.CLOSING].proxy
    before = closing.rowCount()
    _drop(page, card, Stage.CLOSING)
    assert _card_named(page, "Document Vault").stage is Stage.CLOSING
    assert closing.rowCount() == before + 1
    stack = window.undo_stack
    assert stack.count() == 1 and "Closing" in stack.undoText()
    stack.undo()
    assert _card_named(page, "Document Vault").stage is Stage.ACTIVE
    assert closing.rowCount() == before
    stack.redo()
    assert _card_named(page, "Document Vault").stage is Stage.CLOSING
    page.refresh()  # what was saved, read back
    assert _card_named(page, "Document Vault").stage is Stage.CLOSING
    window.release()


def test_moving_to_lost_asks_a_reason_and_cancel_changes_nothing(
    qtbot: QtBot, populated: Portfolio
) -> None:
    window, page = _page(qtbot, populated)
    asked: list[Stage] = []

    def cancel(name: str, stage: Stage, today: date, parent: object) -> MoveDetails | None:
        asked.append(stage)
        return None

    page.ask_details = cancel
    _drop(page, _card_named(page, "Search Upgrade"), Stage.LOST)
    assert asked == [Stage.LOST]
    assert _card_named(page, "Search Upgrade").stage is Stage.PROPOSAL
    assert window.undo_stack.count() == 0
    page.ask_details = lambda *_: MoveDetails(reason="Client chose to build it in-house")
    _drop(page, _card_named(page, "Search Upgrade"), Stage.LOST)
    lost = _card_named(page, "Search Upgrade")
    assert lost.stage is Stage.LOST
    assert lost.stage_reason == "Client chose to build it in-house"
    window.undo_stack.undo()
    assert _card_named(page, "Search Upgrade").stage_reason is None
    window.release()


def test_the_move_dialog_refuses_to_close_without_what_it_needs(qtbot: QtBot) -> None:
    dialog = StageMoveDialog("Search Upgrade", Stage.ON_HOLD, date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "needs a reason" in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    dialog.ui.reasonEdit.setPlainText("Budget frozen")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    approved = StageMoveDialog("Search Upgrade", Stage.APPROVED, date(2026, 3, 2))
    qtbot.addWidget(approved)
    assert approved.details().sow_signed == date(2026, 3, 2)
    assert not approved.ui.reasonEdit.isVisibleTo(approved)


def test_filters_narrow_board_and_table_alike(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    page.ui.searchEdit.setText("ana lima")
    assert page.board.shown_count() == 2
    assert page.proxy.rowCount() == 2
    page.ui.searchEdit.setText("borealis vault")  # every word, in any field and order
    assert page.board.shown_count() == page.proxy.rowCount() == 1
    page.ui.searchEdit.setText("")
    index = page.ui.clientFilter.findData("Borealis Bank")
    page.ui.clientFilter.setCurrentIndex(index)
    assert page.board.shown_count() == page.proxy.rowCount() == 2
    assert page.count_text() == "2 of 5 projects"
    page.show_view("table")
    assert page.ui.contentStack.currentWidget() is page.ui.projectTable
    window.release()


def test_health_view_lists_projects_and_undoes_an_override(
    qtbot: QtBot, populated: Portfolio, qtmodeltester: ModelTester
) -> None:
    window, page = _page(qtbot, populated)
    window.show_view("health")
    panel = page.panel("health")
    model = panel.model  # type: ignore[attr-defined]
    assert isinstance(model, HealthTableModel)
    qtmodeltester.check(model)
    proxy = panel.proxy  # type: ignore[attr-defined]
    assert isinstance(proxy, HealthFilterProxy)
    assert proxy.rowCount() == model.rowCount() > 0
    proxy.set_kind("program")
    assert proxy.rowCount() == sum(
        1 for r in range(model.rowCount()) if model.row_at(r).kind == "program"
    )
    proxy.set_kind(None)
    row = next(
        model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).kind == "project"
    )
    panel.push_override(row, Dimension.OVERALL, Override(Rag.RED, "Client escalation"))  # type: ignore[attr-defined]
    assert page.health is not None and page.health.overall(row.id) is Rag.RED
    assert page.health.projects[row.id].health.health.overall.overridden
    window.undo_stack.undo()
    assert page.health.overall(row.id) is row.health.overall.rag
    assert not page.health.projects[row.id].health.health.overall.overridden
    window.undo_stack.redo()
    assert page.health.overall(row.id) is Rag.RED
    window.release()


def test_charts_view_draws_the_three_charts(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    window.show_view("pipeline-charts")
    panel = page.panel("charts")
    assert page.ui.contentStack.currentWidget() is page.ui.chartsPage
    weighted = panel.weighted.figure  # type: ignore[attr-defined]
    assert weighted.axes and weighted.axes[0].patches
    assert panel.totals.rowCount() == 2  # type: ignore[attr-defined]  # Cobalt: closed only
    assert panel.burn.figure.axes  # type: ignore[attr-defined]
    window.release()


def test_a_card_menu_moves_it_without_dragging(qtbot: QtBot, populated: Portfolio) -> None:
    window, page = _page(qtbot, populated)
    page.ask_details = lambda *_: MoveDetails(reason="Budget frozen until April")
    card = _card_named(page, "Checkout Rebuild")
    menu = page.board.card_menu(card)
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    labels = [a.text() for a in move.actions()]
    assert Stage.ACTIVE.label not in labels and "On hold" in labels
    next(a for a in move.actions() if a.text() == "On hold").trigger()
    moved = _card_named(page, "Checkout Rebuild")
    assert moved.stage is Stage.ON_HOLD and moved.stage_reason == "Budget frozen until April"
    window.undo_stack.undo()
    assert _card_named(page, "Checkout Rebuild").stage is Stage.ACTIVE
    window.release()


def test_health_view_shows_a_programs_top_risks_and_escalations(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pmo_desktop.services.demo import generate
    from pmo_desktop.services.raid.analysis import program_risk
    from pmo_desktop.services.uow import unit_of_work
    from pmo_desktop.services.workspace import open_portfolio

    demo = open_portfolio(tmp_path / "demo.sqlite")
    generate(demo.engine, size="small", seed=3)
    with unit_of_work(demo.sessions) as session:
        exposed = program_risk(session)[0]
    window, page = _page(qtbot, demo)
    window.show_view("health")
    panel = page.panel("health")
    model, proxy = panel.model, panel.proxy  # type: ignore[attr-defined]
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_at(r).kind == "program" and model.row_at(r).id == exposed.program_id
    )
    panel.table.selectRow(proxy.mapFromSource(model.index(row, 0)).row())  # type: ignore[attr-defined]
    text = panel.why.toPlainText()  # type: ignore[attr-defined]
    assert f"Exposure {exposed.exposure}" in text
    assert exposed.top_risks[0].title in text
    window.release()
    demo.close()


def _paint_card(delegate, card: PipelineCard, width: int = 220):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    model = BoardModel()
    model.set_cards([card])
    index = model.stage_model(card.stage).index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(delegate.view)
    option.rect = QRect(0, 0, width, 110)
    image = QImage(width, 110, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_cards_are_painted_once_per_look_and_repainted_when_they_change(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListView

    from pmo_desktop.gui.pipeline.board import CardDelegate

    view = QListView()
    qtbot.addWidget(view)
    delegate = CardDelegate(view)
    red = _card(1, "Checkout", Stage.ACTIVE, health=Rag.RED)
    first = _paint_card(delegate, red)
    again = _paint_card(delegate, red)
    assert first == again and len(delegate._pictures) == 1  # the second paint is a blit
    green = _paint_card(delegate, _card(1, "Checkout", Stage.ACTIVE, health=Rag.GREEN))
    renamed = _paint_card(delegate, _card(1, "Checkout v2", Stage.ACTIVE, health=Rag.RED))
    assert green != first and renamed != first and len(delegate._pictures) == 3
    assert _paint_card(delegate, red, width=260).width() == 260  # a wider column: new picture
    assert len(delegate._pictures) == 4
