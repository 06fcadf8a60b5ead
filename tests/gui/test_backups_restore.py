"""File → Restore from Backup, and the automatic backups the window takes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.backups import restore as restore_flow
from pmo_desktop.gui.backups.dialog import RestoreDialog
from pmo_desktop.gui.backups.model import BackupListModel, size_text
from pmo_desktop.gui.home import HomePage
from pmo_desktop.services.backups import auto_backup, list_backups
from pmo_desktop.services.workspace import Portfolio, backup_file
from tests.gui.conftest import SAMPLE, make_window


def _projects_shown(window: object) -> str:
    home = window.pages["home"]  # type: ignore[attr-defined]
    assert isinstance(home, HomePage)
    return home.cards["projects"].value_label.text()


def _delete_projects(portfolio: Portfolio) -> None:
    with portfolio.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM project")


def test_backup_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, populated: Portfolio
) -> None:
    assert populated.file is not None
    backup_file(populated.file, reason="manual")
    _delete_projects(populated)
    auto_backup(populated.file)
    model = BackupListModel(list_backups(populated.file))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    newest = model.entry(0)
    assert newest.counts["project"] == 0
    assert model.entry(1).counts["project"] == len(SAMPLE)
    assert model.index(1, 1).data() == "Backup now"
    assert model.index(1, 5).data() == str(len(SAMPLE))


def test_sizes_read_as_kilobytes_and_megabytes() -> None:
    assert size_text(800) == "1 KB"
    assert size_text(860_160) == "840 KB"
    assert size_text(12 * 1024 * 1024 + 512 * 1024) == "12.5 MB"


def test_restore_dialog_enables_restore_once_a_backup_is_chosen(
    qtbot: QtBot, populated: Portfolio
) -> None:
    assert populated.file is not None
    backup_file(populated.file, reason="manual")
    dialog = RestoreDialog(populated.file)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()
    assert dialog.chosen() is not None


def test_restoring_a_backup_brings_the_data_back_and_saves_the_current_state(
    qtbot: QtBot, populated: Portfolio, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert populated.file is not None
    backup_file(populated.file, reason="manual")
    window = make_window(qtbot, populated)
    _delete_projects(window.workspace.portfolio)
    window.refresh()
    assert _projects_shown(window) == "0"

    def choose_oldest(dialog: RestoreDialog) -> int:
        dialog.select_row(dialog.model.rowCount() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_oldest)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()

    assert _projects_shown(window) == str(len(SAMPLE))
    assert "Restored" in window.ui.statusBar.currentMessage()
    reasons = [e.reason for e in list_backups(populated.file)]
    assert "before-restore" in reasons
    saved = next(e for e in list_backups(populated.file) if e.reason == "before-restore")
    assert saved.counts["project"] == 0
    window.release()


def test_a_failed_restore_says_why_and_keeps_the_portfolio_open(
    qtbot: QtBot, populated: Portfolio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert populated.file is not None
    info = backup_file(populated.file, reason="manual")
    info.path.write_bytes(b"not a database at all" * 100)
    window = make_window(qtbot, populated)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    entry = list_backups(populated.file)[0]
    assert restore_flow.restore_entry(window, window, entry) is None
    assert warned and "not a readable database" in warned[0]
    window.refresh()
    assert _projects_shown(window) == str(len(SAMPLE))
    window.release()


def test_the_window_backs_up_a_changed_portfolio_on_exit_and_on_its_timer(
    qtbot: QtBot, populated: Portfolio
) -> None:
    assert populated.file is not None
    window = make_window(qtbot, populated)
    assert window.auto_backup.timer.isActive()
    assert window.auto_backup.timer.interval() == 30 * 60 * 1000
    with qtbot.wait_signal(window.auto_backup.taken):
        window.auto_backup.timer.timeout.emit()
    assert [e.reason for e in list_backups(populated.file)] == ["auto"]
    window.auto_backup.run("auto")  # unchanged: nothing new
    assert len(list_backups(populated.file)) == 1
    _delete_projects(window.workspace.portfolio)
    window.release()
    assert [e.reason for e in list_backups(populated.file)] == ["exit"]  # thinned: newest of day


def test_switching_to_another_portfolio_backs_up_the_one_being_closed(
    qtbot: QtBot, populated: Portfolio, tmp_path: Path
) -> None:
    assert populated.file is not None
    window = make_window(qtbot, populated)
    assert window.switch_to(str(tmp_path / "other.sqlite"))
    assert [e.reason for e in list_backups(populated.file)] == ["exit"]
    window.release()
