"""The staffing grid: model checks, drag and drop at model level and on the view, undo/redo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from pytestqt.qtbot import QtBot

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.staffing.appearance import BAND_ROLE, TENTATIVE_ROLE, Display
from pmo_desktop.gui.staffing.controller import StaffingController
from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.gui.staffing.grid_view import StaffingGridView
from pmo_desktop.gui.staffing.mime import MIME_TYPE, encode_person
from pmo_desktop.gui.staffing.roster import RosterModel, RosterProxy
from pmo_desktop.gui.staffing.rows import GroupBy, RowKind
from pmo_desktop.services.staffing import grid as svc
from pmo_desktop.services.staffing.edits import OverLimitError
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project
from pmo_desktop.store.models_staffing import Placeholder

W0 = date(2026, 3, 2)
WEEKS = [W0 + timedelta(weeks=i) for i in range(4)]
W1, W2 = WEEKS[1], WEEKS[2]
LABEL = "Project Coordinator — TBD"


class Setup:
    """Model, controller and undo stack over a small team."""

    def __init__(self, portfolio: Portfolio) -> None:
        with portfolio.sessions.begin() as s:
            ana = Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0)
            ben = Person(name="Ben Okafor", role=Role.PC, weekly_hours=40.0)
            client = Client(name="Acme Retail")
            program = Program(name="Web", client=client)
            live = Project(name="Checkout", program=program, stage=Stage.ACTIVE)
            lead = Project(name="Search", program=program, stage=Stage.PROPOSAL)
            s.add_all([ana, ben, client, program, live, lead])
            s.flush()
            s.add_all(
                [
                    Allocation(person_id=ana.id, project_id=live.id, week=W0, hours=24.0),
                    Allocation(person_id=ana.id, project_id=live.id, week=W1, hours=24.0),
                    Allocation(person_id=ben.id, project_id=live.id, week=W2, hours=8.0),
                    Allocation(
                        person_id=ana.id, project_id=lead.id, week=W0, hours=8.0, tentative=True
                    ),
                    Placeholder(project_id=live.id, role=Role.PC, label=LABEL, week=W1, hours=30.0),
                ]
            )
            self.ana, self.ben, self.live, self.lead = ana.id, ben.id, live.id, lead.id
        self.portfolio = portfolio
        self.stack = QUndoStack()
        self.model = StaffingGridModel()
        self.controller = StaffingController(AreaContext(portfolio, self.stack), self.model)
        self.asked: list[OverLimitError] = []
        self.answer = True

        def confirm(error: OverLimitError) -> bool:
            self.asked.append(error)
            return self.answer

        self.controller.confirm_over = confirm
        self.reload()

    def reload(self) -> None:
        with unit_of_work(self.portfolio.sessions) as s:
            self.model.load(svc.read_grid(s, WEEKS))

    def db_cells(self) -> dict[tuple[int, int, date], tuple[float, bool]]:
        with unit_of_work(self.portfolio.sessions) as s:
            return svc.read_grid(s, WEEKS).cells

    def db_placeholders(self) -> dict[tuple[int, str, date], tuple[Role, float]]:
        with unit_of_work(self.portfolio.sessions) as s:
            return svc.read_grid(s, WEEKS).placeholders

    def row(self, kind: RowKind, person: int | None = None, project: int | None = None) -> int:
        for i, row in enumerate(self.model.rows):
            if (
                row.kind is kind
                and (person is None or row.person_id == person)
                and (project is None or row.project_id == project)
            ):
                return i
        raise AssertionError(f"no {kind} row")

    def cell(self, row: int, week: date) -> QModelIndex:
        column = self.model.column_of(week)
        assert column is not None
        return self.model.index(row, column)

    def drop(self, mime: QMimeData, target: QModelIndex, copy: bool = False) -> bool:
        action = Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction
        return self.model.dropMimeData(mime, action, -1, -1, target)

    def check_undo_redo(self, before: dict, after: dict) -> None:  # type: ignore[type-arg]
        assert self.db_cells() == after
        assert self.model.grid.cells == after
        self.stack.undo()
        assert self.db_cells() == before
        assert self.model.grid.cells == before
        self.stack.redo()
        assert self.db_cells() == after
        assert self.model.grid.cells == after


@pytest.fixture
def setup(portfolio: Portfolio) -> Setup:
    return Setup(portfolio)


def person_mime(person_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, encode_person(person_id))
    return mime


def test_grid_model_passes_qtmodeltester_in_every_grouping(qtmodeltester, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(setup.model)
    setup.model.set_group_by(GroupBy.PROJECT)
    setup.model.set_display(Display.PERCENT)
    qtmodeltester.check(setup.model)
    setup.model.toggle(0 + 1)
    setup.model.set_display(Display.FTE)
    qtmodeltester.check(setup.model)


def test_person_rows_show_exact_over_allocation_and_tentative(setup: Setup) -> None:
    model = setup.model
    ana_row = setup.row(RowKind.PERSON, setup.ana)
    assert model.data(setup.cell(ana_row, W0)) == "32"
    tentative = setup.cell(setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.lead), W0)
    assert model.data(tentative, TENTATIVE_ROLE) is True
    model.set_include_tentative(False)
    assert model.data(setup.cell(ana_row, W0)) == "24"
    assert setup.controller.set_hours(setup.ana, setup.live, W0, 44)  # 52 of 40 h → 130%
    model.set_include_tentative(True)
    assert model.data(setup.cell(ana_row, W0)) == "52 (130%)"
    assert str(model.data(setup.cell(ana_row, W0), BAND_ROLE)) == "over"
    model.set_display(Display.PERCENT)
    assert model.data(setup.cell(ana_row, W0)) == "130%"
    model.set_display(Display.FTE)
    assert model.data(setup.cell(ana_row, W0)) == "1.30 (130%)"


def test_drop_person_on_project_row_creates_allocation_with_free_hours(setup: Setup) -> None:
    setup.model.set_group_by(GroupBy.PROJECT)
    before = setup.db_cells()
    target = setup.cell(setup.row(RowKind.PROJECT, project=setup.lead), W1)
    assert setup.drop(person_mime(setup.ben), target)
    after = dict(before)
    after[(setup.ben, setup.lead, W1)] = (40.0, True)  # all of Ben's free hours, tentative
    setup.check_undo_redo(before, after)
    assert setup.stack.count() == 1


def test_drop_person_on_selected_range_allocates_each_week(setup: Setup) -> None:
    setup.model.set_group_by(GroupBy.PROJECT)
    row = setup.row(RowKind.PROJECT, project=setup.lead)
    setup.controller.selected_weeks = lambda r, c: [W1, W2] if r == row else []
    assert setup.drop(person_mime(setup.ana), setup.cell(row, W1))
    cells = setup.db_cells()
    assert cells[(setup.ana, setup.lead, W1)] == (16.0, True)  # 40 − 24 already on Checkout
    assert cells[(setup.ana, setup.lead, W2)] == (40.0, True)
    assert setup.stack.count() == 1


def test_drag_cell_to_another_week_moves_it(setup: Setup) -> None:
    before = setup.db_cells()
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    mime = setup.model.mimeData([setup.cell(row, W1)])
    assert setup.drop(mime, setup.cell(row, W2))
    after = dict(before)
    del after[(setup.ana, setup.live, W1)]
    after[(setup.ana, setup.live, W2)] = (24.0, False)
    setup.check_undo_redo(before, after)
    assert setup.stack.undoText() == "Move allocation"


def test_drag_cell_to_another_person_reassigns_it(setup: Setup) -> None:
    setup.model.set_group_by(GroupBy.PROJECT)
    before = setup.db_cells()
    source = setup.cell(setup.row(RowKind.PROJECT_PERSON, setup.ana, setup.live), W0)
    target = setup.cell(setup.row(RowKind.PROJECT_PERSON, setup.ben, setup.live), W0)
    assert setup.drop(setup.model.mimeData([source]), target)
    after = dict(before)
    del after[(setup.ana, setup.live, W0)]
    after[(setup.ben, setup.live, W0)] = (24.0, False)
    setup.check_undo_redo(before, after)
    assert setup.stack.undoText() == "Reassign allocation"


def test_ctrl_drag_copies_the_cell(setup: Setup) -> None:
    before = setup.db_cells()
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    mime = setup.model.mimeData([setup.cell(row, W1)])
    assert setup.drop(mime, setup.cell(row, WEEKS[3]), copy=True)
    after = dict(before)
    after[(setup.ana, setup.live, WEEKS[3])] = (24.0, False)
    setup.check_undo_redo(before, after)


def test_multi_cell_drag_is_one_undo_step(setup: Setup) -> None:
    before = setup.db_cells()
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    mime = setup.model.mimeData([setup.cell(row, W0), setup.cell(row, W1)])
    assert setup.drop(mime, setup.cell(row, W2))  # anchor W0 → W2: both shift 2 weeks
    after = dict(before)
    del after[(setup.ana, setup.live, W0)]
    del after[(setup.ana, setup.live, W1)]
    after[(setup.ana, setup.live, W2)] = (24.0, False)
    after[(setup.ana, setup.live, WEEKS[3])] = (24.0, False)
    assert setup.stack.count() == 1
    setup.check_undo_redo(before, after)


def test_drop_person_on_placeholder_fills_it_and_keeps_the_rest(setup: Setup) -> None:
    before = setup.db_cells()
    row = setup.row(RowKind.PLACEHOLDER)
    setup.controller.set_hours(setup.ben, setup.live, W1, 20)  # Ben has 20 h free in W1
    setup.stack.clear()
    before = setup.db_cells()
    assert setup.drop(person_mime(setup.ben), setup.cell(row, W1))
    assert setup.db_placeholders() == {(setup.live, LABEL, W1): (Role.PC, 10.0)}
    after = dict(before)
    after[(setup.ben, setup.live, W1)] = (40.0, False)
    setup.check_undo_redo(before, after)
    setup.stack.undo()
    assert setup.db_placeholders() == {(setup.live, LABEL, W1): (Role.PC, 30.0)}
    assert setup.model.grid.placeholders == setup.db_placeholders()


def test_over_limit_drop_asks_with_percent_and_respects_the_answer(setup: Setup) -> None:
    before = setup.db_cells()
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    mime = setup.model.mimeData([setup.cell(row, W0)])
    target = setup.cell(row, W1)  # 24 + 24 = 48 h of 40 → 120%: at the limit, no question
    setup.controller.limit = 110
    setup.answer = False
    assert not setup.drop(mime, target, copy=True)
    assert setup.asked[0].over[0].percent == pytest.approx(120)
    assert setup.db_cells() == before
    assert setup.stack.count() == 0
    setup.answer = True
    assert setup.drop(mime, target, copy=True)
    after = dict(before)
    after[(setup.ana, setup.live, W1)] = (48.0, False)
    setup.check_undo_redo(before, after)


def test_typing_hours_sets_and_delete_clears(qtbot: QtBot, setup: Setup) -> None:
    view = StaffingGridView()
    qtbot.addWidget(view)
    view.setModel(setup.model)
    view.clear_requested = setup.controller.clear
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    assert setup.model.setData(setup.cell(row, W2), "12")
    assert setup.db_cells()[(setup.ana, setup.live, W2)] == (12.0, False)
    assert not setup.model.setData(setup.cell(row, W2), "lots")
    view.select_cell(row, setup.model.column_of(W0) or 0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert (setup.ana, setup.live, W0) not in setup.db_cells()
    setup.stack.undo()
    assert setup.db_cells()[(setup.ana, setup.live, W0)] == (24.0, False)


def _drop_event(view: StaffingGridView, index: QModelIndex, mime: QMimeData, copy: bool) -> None:
    point = view.visualRect(index).center()
    modifiers = Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.NoModifier
    event = QDropEvent(
        QPointF(QPoint(point)),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        modifiers,
    )
    # What a real drag started by the view proposes: Move, or Copy with Ctrl held.
    event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
    view.dropEvent(event)


def test_synthetic_drop_events_on_the_view(qtbot: QtBot, setup: Setup) -> None:
    view = StaffingGridView()
    qtbot.addWidget(view)
    view.setModel(setup.model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    mime = setup.model.mimeData([setup.cell(row, W1)])
    _drop_event(view, setup.cell(row, W2), mime, copy=False)  # move
    assert (setup.ana, setup.live, W1) not in setup.db_cells()
    assert setup.db_cells()[(setup.ana, setup.live, W2)] == (24.0, False)
    mime = setup.model.mimeData([setup.cell(row, W2)])
    _drop_event(view, setup.cell(row, WEEKS[3]), mime, copy=True)  # copy
    assert setup.db_cells()[(setup.ana, setup.live, W2)] == (24.0, False)
    assert setup.db_cells()[(setup.ana, setup.live, WEEKS[3])] == (24.0, False)
    setup.model.set_group_by(GroupBy.PROJECT)
    target = setup.cell(setup.row(RowKind.PROJECT, project=setup.live), W0)
    _drop_event(view, target, person_mime(setup.ben), copy=False)  # create
    assert setup.db_cells()[(setup.ben, setup.live, W0)] == (40.0, False)
    assert setup.stack.count() == 3
    for _ in range(3):
        setup.stack.undo()
    assert (setup.ben, setup.live, W0) not in setup.db_cells()
    assert setup.db_cells()[(setup.ana, setup.live, W1)] == (24.0, False)


def test_roster_sorted_by_free_hours_filtered_by_role(qtmodeltester, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    roster = RosterModel()
    proxy = RosterProxy()
    proxy.setSourceModel(roster)
    roster.refresh(setup.model.figures, WEEKS)
    qtmodeltester.check(roster)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    names = [proxy.index(i, 0).data() for i in range(proxy.rowCount())]
    assert names == ["Ben Okafor", "Ana Lima"]  # 152 h free vs 88 h free
    assert proxy.index(0, 2).data() == "152"
    proxy.set_role(Role.PM)
    assert proxy.rowCount() == 1 == sum(1 for r in roster.rows if r.role is Role.PM)
    mime = roster.mimeData([roster.index(0, 0)])
    assert mime.hasFormat(MIME_TYPE)


def test_month_zoom_sums_weeks_and_is_read_only(qtmodeltester, setup: Setup) -> None:  # type: ignore[no-untyped-def]
    model = setup.model
    model.set_by_month(True)
    qtmodeltester.check(model)
    assert model.columnCount() == 2  # March 2026 + Total
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mar\n2026"
    row = setup.row(RowKind.PERSON_PROJECT, setup.ana, setup.live)
    assert model.data(model.index(row, 0)) == "48"
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsDropEnabled
    model.set_by_month(False)
    assert model.columnCount() == len(WEEKS) + 1
