"""File → Import/Export portfolio JSON from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.home import HomePage
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from tests.gui.conftest import SAMPLE, make_window


def _projects_shown(window: object) -> str:
    home = window.pages["home"]  # type: ignore[attr-defined]
    assert isinstance(home, HomePage)
    return home.cards["projects"].value_label.text()


def test_export_then_import_into_an_empty_portfolio(
    qtbot: QtBot, populated: Portfolio, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    source = make_window(qtbot, populated)
    assert source.file_actions.export_to(out)
    assert out.is_file()

    empty = open_portfolio(tmp_path / "empty.sqlite")
    try:
        target = make_window(qtbot, empty)
        assert target.file_actions.import_from(out)
        assert _projects_shown(target) == str(len(SAMPLE))
        assert "Imported" in target.ui.statusBar.currentMessage()
    finally:
        empty.close()


def test_import_into_a_non_empty_portfolio_asks_first(
    qtbot: QtBot, populated: Portfolio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.json"
    window = make_window(qtbot, populated)
    assert window.file_actions.export_to(out)

    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.file_actions.import_from(out)
    assert "Replace" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.file_actions.import_from(out)
    assert _projects_shown(window) == str(len(SAMPLE))


def test_a_refused_import_is_explained(
    window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert not window.file_actions.import_from(bad)  # type: ignore[attr-defined]
    assert shown and "bad.json" in shown[0]
