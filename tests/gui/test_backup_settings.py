"""File → Backup Settings: generation counts are a validated setting that thinning obeys."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.backups.settings_dialog import BackupSettingsDialog
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.services.backups import Generations, list_backups
from pmo_desktop.services.workspace import Portfolio, backup_file
from tests.gui.conftest import make_window


def test_the_dialog_refuses_keeping_no_backup_at_all_and_restores_defaults(qtbot: QtBot) -> None:
    dialog = BackupSettingsDialog(Generations(3, 2, 1))
    qtbot.addWidget(dialog)
    assert (dialog.ui.dailySpin.value(), dialog.ui.monthlySpin.value()) == (3, 1)
    assert dialog.ui.dailySpin.minimum() == 0
    for spin in (dialog.ui.dailySpin, dialog.ui.weeklySpin, dialog.ui.monthlySpin):
        spin.setValue(0)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "at least one" in dialog.ui.errorLabel.text()
    assert dialog.generations() == Generations(3, 2, 1)
    dialog.ui.weeklySpin.setValue(4)
    assert dialog.ui.errorLabel.text() == ""
    dialog.accept()
    assert dialog.generations() == Generations(0, 4, 0)
    dialog.set_counts(Generations())
    assert dialog.ui.dailySpin.value() == 12


def test_unreadable_or_invalid_stored_counts_fall_back_to_the_defaults(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("backups/daily", "many")
    assert AppSettings(store).backup_generations() == Generations()
    store.setValue("backups/daily", -3)
    assert AppSettings(store).backup_generations() == Generations()
    assert AppSettings.none().backup_generations() == Generations(12, 10, 9)


def test_a_non_default_setting_is_kept_and_thinning_keeps_exactly_those_generations(
    qtbot: QtBot,
    populated: Portfolio,
    settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    file = populated.file
    assert file is not None
    window = make_window(qtbot, populated, settings)

    def choose(dialog: BackupSettingsDialog) -> int:
        dialog.ui.dailySpin.setValue(2)
        dialog.ui.weeklySpin.setValue(1)
        dialog.ui.monthlySpin.setValue(3)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BackupSettingsDialog, "exec", choose)
    assert window.data_menu.edit_backup_settings()
    stored = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert stored.backup_generations() == Generations(2, 1, 3)
    assert window.auto_backup.generations == Generations(2, 1, 3)

    # Half a year of automatic backups, one every other day.
    seed = backup_file(file, reason="manual").path
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(0, 180, 2):
        stamp = (start + timedelta(days=day)).strftime("%Y%m%dT%H%M%S%fZ")
        shutil.copyfile(seed, seed.with_name(f"p-{stamp}-auto.sqlite"))
    with populated.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM project")  # a change, so the timer backs up
    window.auto_backup.run("auto")
    automatic = [e for e in list_backups(file) if e.reason == "auto"]
    assert len(automatic) == 2 + 1 + 3
    window.file_actions.backup_now()  # Backup now thins with the same setting
    reasons = sorted(e.reason for e in list_backups(file))
    assert reasons == ["auto"] * 6 + ["manual"] * 2
    window.release()
