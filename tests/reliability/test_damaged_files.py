"""A damaged portfolio is never written to, and the way back is always offered.

Two kinds of damage that the start-up ``quick_check`` does not report as such: an index that
disagrees with its table (``quick_check`` passes, the full ``integrity_check`` fails), and a
plain file whose header was zeroed (which looked encrypted, so a passphrase was asked for).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from pmo_desktop.gui.opening import open_interactive
from pmo_desktop.services.backups import backup_now, restore_backup
from pmo_desktop.services.pipeline.edit import ClientData, save_client
from pmo_desktop.services.portfolio import summary
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import (
    BackupError,
    DamagedDatabaseError,
    backup_file,
    open_portfolio,
    quick_check,
)
from tests.conftest import make_demo_file


def _damage_an_index(file: Path) -> None:
    """Point an index at another column: its entries no longer match the table's rows."""
    conn = sqlite3.connect(file, isolation_level=None)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_project_stage ON project (name)'"
        " WHERE name = 'ix_project_stage'"
    )
    conn.close()


@pytest.fixture
def index_damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A demo portfolio with a verified backup, then index damage quick_check does not see."""
    file = make_demo_file(tmp_path)
    good = backup_file(file, reason="manual").path
    _damage_an_index(file)
    assert quick_check(file) == "ok"
    return file, good


def _cli(file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", "--db", str(file), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_command_line_writers_refuse_an_index_damaged_file_and_write_nothing(
    index_damaged: tuple[Path, Path], tmp_path: Path
) -> None:
    file, _good = index_damaged
    before = file.read_bytes()
    timesheet = tmp_path / "t.csv"
    timesheet.write_text("person,week,project,hours,billable\nA,2026-11-30,P,8,yes\n")
    for verb in (
        ["export", "status-report", str(tmp_path / "s.pdf"), "--client", "1"],
        ["import", "timesheet", str(timesheet)],
        ["backup"],
    ):
        result = _cli(file, *verb)
        assert result.returncode == 2, result
        assert result.stderr.count("\n") == 1, result.stderr
        assert "missing from index ix_project_stage" in result.stderr
        assert file.read_bytes() == before, verb
    assert not (tmp_path / "s.pdf").exists()
    assert [p.name for p in (tmp_path / "demo-backups").glob("*.sqlite")] == [_good.name]


def test_a_backup_that_finds_damage_stops_every_later_write_in_the_app(
    index_damaged: tuple[Path, Path],
) -> None:
    file, _good = index_damaged
    portfolio = open_portfolio(file)
    try:
        with pytest.raises(BackupError, match=r"is damaged .*nothing more will be written"):
            backup_now(file)
        before = file.read_bytes()
        with pytest.raises(Exception, match="is damaged"), unit_of_work(portfolio.sessions) as s:
            save_client(s, None, ClientData("written into a damaged file", None, None))
        assert file.read_bytes() == before
    finally:
        portfolio.close()
    assert b"written into a damaged file" not in file.read_bytes()


def test_restoring_a_damaged_portfolio_sets_it_aside_and_brings_the_backup_back(
    index_damaged: tuple[Path, Path],
) -> None:
    file, good = index_damaged
    portfolio = open_portfolio(file)
    with pytest.raises(BackupError):
        backup_now(file)
    result = restore_backup(portfolio, good)
    try:
        assert result.saved_current.name.startswith("demo.sqlite.damaged-")
        with unit_of_work(result.portfolio.sessions) as session:
            save_client(session, None, ClientData("after the restore", None, None))
            assert summary(session).projects == 30
        result.portfolio.verify_integrity()
    finally:
        result.portfolio.close()


def test_a_verified_portfolio_passes_the_full_check(tmp_path: Path) -> None:
    portfolio = open_portfolio(make_demo_file(tmp_path))
    try:
        portfolio.verify_integrity()
        with unit_of_work(portfolio.sessions) as session:
            save_client(session, None, ClientData("still writable", None, None))
    finally:
        portfolio.close()


def _zero_the_header(file: Path) -> None:
    with open(file, "r+b") as handle:
        handle.write(bytes(100))


def test_a_zeroed_header_is_damage_not_a_passphrase(tmp_path: Path) -> None:
    file = make_demo_file(tmp_path)
    _zero_the_header(file)
    with pytest.raises(DamagedDatabaseError, match="header is blank"):
        open_portfolio(file)
    result = _cli(file, "check")
    assert result.returncode == 2
    assert "damaged" in result.stderr and "passphrase" not in result.stderr


def test_the_app_offers_the_backup_of_a_file_with_a_zeroed_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    file = make_demo_file(tmp_path)
    backup_file(file, reason="manual")
    _zero_the_header(file)
    asked: list[str] = []

    def answer_yes(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(
        "pmo_desktop.gui.passphrase.ask_passphrase",
        lambda *a, **k: pytest.fail("asked for a passphrase for a damaged plain file"),
    )
    opened = open_interactive(None, str(file))
    assert opened is not None
    try:
        with unit_of_work(opened.portfolio.sessions) as session:
            assert summary(session).projects == 30
    finally:
        opened.close()
    assert "header is blank" in asked[0]


def test_an_unreadable_file_whose_passphrase_prompt_is_cancelled_offers_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    file = make_demo_file(tmp_path)
    backup_file(file, reason="manual")
    with open(file, "r+b") as handle:
        handle.write(os.urandom(100))  # random: looks encrypted
    offered: list[str] = []

    def answer_no(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        offered.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    monkeypatch.setattr("pmo_desktop.gui.passphrase.ask_passphrase", lambda *a, **k: None)
    assert open_interactive(None, str(file)) is None
    assert offered and "damaged" in offered[0]


def test_the_app_checks_in_the_background_and_offers_the_backup_of_a_damaged_file(
    index_damaged: tuple[Path, Path], qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack

    from pmo_desktop.gui.areas import default_areas
    from pmo_desktop.gui.main_window import MainWindow
    from pmo_desktop.gui.opening import open_workspace
    from pmo_desktop.gui.settings import AppSettings

    file, _good = index_damaged
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(
        open_workspace(str(file)), default_areas(), QUndoStack(), AppSettings.none()
    )
    try:
        with qtbot.waitSignal(window.integrity_watch.damaged, timeout=20_000):  # type: ignore[attr-defined]
            window.check_integrity()
        qtbot.waitUntil(lambda: bool(shown))  # type: ignore[attr-defined]
        assert "missing from index ix_project_stage" in shown[0]
        with (
            pytest.raises(Exception, match="is damaged"),
            unit_of_work(window.workspace.portfolio.sessions) as session,
        ):
            save_client(session, None, ClientData("after the check", None, None))
    finally:
        window.release()
        window.close()
