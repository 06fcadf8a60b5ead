"""Timesheet import dialog (preview, refusal, undo) and the open-role dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.staffing.controller import StaffingController
from pmo_desktop.gui.staffing.dialogs import PlaceholderDialog, TimesheetDialog
from pmo_desktop.gui.staffing.grid_model import StaffingGridModel
from pmo_desktop.services.staffing import grid as svc
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project
from pmo_desktop.store.models_staffing import TimesheetActual

W0 = date(2026, 3, 2)


def _team(portfolio: Portfolio) -> None:
    with portfolio.sessions.begin() as s:
        program = Program(name="Web", client=Client(name="Acme Retail"))
        s.add_all(
            [
                Person(name="Ana Lima", role=Role.PM, weekly_hours=40.0),
                Project(name="Checkout", code="ACM-01", program=program, stage=Stage.ACTIVE),
            ]
        )


def _count(portfolio: Portfolio) -> int:
    with unit_of_work(portfolio.sessions) as s:
        return int(s.scalar(select(func.count()).select_from(TimesheetActual)) or 0)


def test_bad_timesheet_is_refused_in_the_dialog_with_lines_and_nothing_imported(
    qtbot: QtBot, portfolio: Portfolio, tmp_path: Path
) -> None:
    _team(portfolio)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "person,date,project,hours\nAna Lima,2026-03-02,ACM-01,8\nNobody,2026-03-02,ACM-01,8\n",
        encoding="utf-8",
    )
    dialog = TimesheetDialog(AreaContext(portfolio, QUndoStack()))
    qtbot.addWidget(dialog)
    dialog.load(bad)
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "line 3: unknown person 'Nobody'" in dialog.ui.errorLabel.text()
    assert _count(portfolio) == 0
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b'person,date,project,hours\n"Ana,2026-03-02,ACM-01,8\n')
    dialog.load(broken)
    assert "not valid CSV" in dialog.ui.errorLabel.text()


def test_good_timesheet_previews_imports_and_undoes(
    qtbot: QtBot, portfolio: Portfolio, tmp_path: Path
) -> None:
    _team(portfolio)
    good = tmp_path / "good.csv"
    good.write_bytes(
        "\ufeffperson,week,project,hours,billable\r\nAna Lima,2026-03-02,ACM-01,30,yes\r\n".encode()
    )
    stack = QUndoStack()
    dialog = TimesheetDialog(AreaContext(portfolio, stack))
    qtbot.addWidget(dialog)
    dialog.load(good)
    assert dialog.preview.rowCount() == 1
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.imported is not None and _count(portfolio) == 1
    stack.undo()
    assert _count(portfolio) == 0
    stack.redo()
    assert _count(portfolio) == 1


def test_open_role_dialog_adds_an_undoable_placeholder(qtbot: QtBot, portfolio: Portfolio) -> None:
    _team(portfolio)
    model = StaffingGridModel()
    with unit_of_work(portfolio.sessions) as s:
        model.load(svc.read_grid(s, [W0]))
    stack = QUndoStack()
    controller = StaffingController(AreaContext(portfolio, stack), model)
    dialog = PlaceholderDialog(list(model.grid.projects.values()), W0)
    qtbot.addWidget(dialog)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.SPM))
    dialog.ui.weeksSpin.setValue(1)
    project, role, label, hours, weeks = dialog.values()
    assert controller.add_placeholder(project, role, weeks, hours, label)
    assert model.grid.placeholders == {
        (project, "Senior Project Manager — TBD", W0): (Role.SPM, 20.0)
    }
    stack.undo()
    assert model.grid.placeholders == {}
