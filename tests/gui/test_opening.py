"""Opening a damaged portfolio: nothing is written unless the manager restores a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from pmo_desktop.gui.opening import open_interactive
from pmo_desktop.services.portfolio import summary
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import backup_file, open_portfolio
from tests.gui.conftest import populate


def _damaged_with_backup(tmp_path: Path) -> tuple[Path, bytes]:
    db = tmp_path / "p.sqlite"
    portfolio = open_portfolio(db)
    populate(portfolio)
    backup_file(db, reason="manual")
    portfolio.close()
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    db.write_bytes(bytes(data))
    return db, bytes(data)


def test_declining_the_backup_leaves_the_damaged_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db, damaged = _damaged_with_backup(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert open_interactive(None, str(db)) is None
    assert db.read_bytes() == damaged
    assert not list(tmp_path.glob("*.damaged-*"))


def test_accepting_restores_the_newest_verified_backup_and_keeps_the_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db, damaged = _damaged_with_backup(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    opened = open_interactive(None, str(db))
    assert opened is not None
    try:
        assert opened.lock.is_held
        with unit_of_work(opened.portfolio.sessions) as session:
            assert summary(session).projects > 0
    finally:
        opened.close()
    aside = tmp_path.glob("p.sqlite.damaged-*")
    (kept,) = (p for p in aside if not p.name.endswith(("-shm", "-wal")))
    assert kept.read_bytes() == damaged


def test_an_unopenable_database_is_explained_not_crashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(str(a[2])))
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    assert open_interactive(None, str(folder)) is None
    assert shown and "not a file" in shown[0]
