"""The shell: areas, menus, shortcuts, About, status bar, File actions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pmo_desktop.gui.areas import AreaSpec
from pmo_desktop.gui.coming import NOT_BUILT, ComingPage
from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.gui.nav_rail import COMPACT_WIDTH
from pmo_desktop.gui.pipeline.page import EMPTY_PAGE, PipelinePage
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from tests.gui.conftest import SAMPLE, make_window


def test_opens_on_an_empty_portfolio_at_home(window: MainWindow) -> None:
    assert window.current_area() == "home"
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.cards["projects"].value_label.text() == "0"
    assert home.setup.isVisibleTo(home)  # "Set up your team", not an empty Home
    assert not home.empty_label.isVisibleTo(home) and not home.tiles_scroll.isVisibleTo(home)
    assert set(window.pages) == {"home"}  # other areas are built on first visit


def test_empty_pipeline_shows_a_helpful_empty_state(window: MainWindow) -> None:
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    assert page.ui.contentStack.currentIndex() == EMPTY_PAGE
    assert "No projects yet" in page.ui.emptyState.text()
    assert page.ui.countLabel.text() == "0 of 0 projects"


def test_opens_on_a_populated_portfolio(qtbot: QtBot, populated: Portfolio) -> None:
    window = make_window(qtbot, populated)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    assert home.cards["projects"].value_label.text() == str(len(SAMPLE))
    assert not home.empty_label.isVisibleTo(home)
    page = window.show_area("pipeline")
    assert isinstance(page, PipelinePage)
    assert page.ui.contentStack.currentWidget() is page.ui.boardPage  # the board first
    assert page.ui.countLabel.text() == f"{len(SAMPLE)} of {len(SAMPLE)} projects"
    assert page.ui.clientFilter.count() == 1 + len({row[0] for row in SAMPLE})
    page.ui.searchEdit.setText("ana lima")
    assert page.ui.countLabel.text() == f"2 of {len(SAMPLE)} projects"


def test_ctrl_2_switches_to_the_pipeline(qtbot: QtBot, window: MainWindow) -> None:
    assert window.area_actions["pipeline"].shortcut() == QKeySequence("Ctrl+2")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "pipeline"
    assert window.rail.current_key() == "pipeline"


def test_every_area_has_a_numbered_shortcut_and_a_rail_entry(window: MainWindow) -> None:
    keys = [spec.key for spec in window.registry.areas]
    assert keys == ["home", "pipeline", "staffing", "risks", "people", "reports"]
    for number, key in enumerate(keys, start=1):
        assert window.area_actions[key].shortcut() == QKeySequence(f"Ctrl+{number}")
    assert window.ui.navRail.model().rowCount() == len(keys)
    assert window.ui.actionRefresh.shortcut() == QKeySequence("F5")


def test_choosing_an_area_on_the_rail_shows_it(window: MainWindow) -> None:
    rail = window.ui.navRail
    rail.setCurrentIndex(rail.model().index(3, 0))
    assert window.current_area() == "risks"
    assert window.area_actions["risks"].isChecked()


def test_a_narrow_window_keeps_the_rail_to_icons_and_a_wide_one_names_the_areas(
    qtbot: QtBot, window: MainWindow
) -> None:
    rail = window.ui.navRail
    model = rail.model()
    window.resize(1400, 900)
    window.show()
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert not window.rail.compact
    full = rail.width()
    assert model.index(2, 0).data() == "Staffing"

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.rail.compact)
    assert rail.width() == COMPACT_WIDTH < full
    staffing = model.index(2, 0)
    assert staffing.data() == ""  # icons only: the name is in the tip and for screen readers
    assert "Staffing" in staffing.data(Qt.ItemDataRole.ToolTipRole)
    assert staffing.data(Qt.ItemDataRole.AccessibleTextRole) == "Staffing"
    rail.setCurrentIndex(staffing)
    assert window.current_area() == "staffing"

    window.resize(1400, 900)
    qtbot.waitUntil(lambda: not window.rail.compact)
    assert rail.width() == full
    assert model.index(2, 0).data() == "Staffing"


def test_an_area_without_a_page_says_not_built_yet(window: MainWindow) -> None:
    spec = AreaSpec(key="later", title="Later", icon=":/icons/app.svg", summary="Soon.")
    window.registry.register_area(spec)
    page = window.show_area("later")
    assert isinstance(page, ComingPage)
    assert page.badge_label.text() == NOT_BUILT == "Not built yet"
    assert page.title_label.text() == "Later"
    assert page.summary_label.text() == "Soon."


def test_about_shows_the_versions_and_the_database(window: MainWindow) -> None:
    dialog = window.about_dialog()
    assert dialog.ui.sqliteVersionValue.text() == sqlite3.sqlite_version
    assert dialog.ui.appVersionValue.text()
    assert dialog.ui.qtVersionValue.text()
    assert dialog.ui.databaseValue.text() == window.workspace.portfolio.display_name
    dialog.deleteLater()


def test_undo_and_redo_come_from_the_undo_stack_with_the_usual_shortcuts(
    window: MainWindow,
) -> None:
    undo, redo = window.undo_action, window.redo_action
    assert undo in window.ui.menuEdit.actions() and redo in window.ui.menuEdit.actions()
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)) <= set(undo.shortcuts())
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    assert set(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)) <= set(redo.shortcuts())
    assert not undo.isEnabled()
    window.undo_stack.push(QUndoCommand("Rename project"))
    assert undo.isEnabled()
    assert "Rename project" in undo.text()


def test_status_bar_names_the_database_and_the_counts(qtbot: QtBot, populated: Portfolio) -> None:
    window = make_window(qtbot, populated)
    assert window.windowTitle().startswith(populated.display_name)
    assert populated.display_name in window._database_label.text()
    assert f"{len(SAMPLE)} projects" in window._counts_label.text()


def test_backup_now_writes_a_verified_copy_and_says_where(
    window: MainWindow,
) -> None:
    assert window.ui.actionBackupNow.isEnabled()
    path = window.file_actions.backup_now()
    assert path is not None and path.is_file()
    assert str(path) in window.ui.statusBar.currentMessage()


def test_backup_is_disabled_for_a_database_that_is_not_a_file(qtbot: QtBot) -> None:
    memory = open_portfolio("sqlite://")
    try:
        window = make_window(qtbot, memory)
        assert not window.ui.actionBackupNow.isEnabled()
        assert window.file_actions.backup_now() is None
    finally:
        memory.close()


def test_switching_portfolio_clears_undo_and_rebuilds_the_areas(
    window: MainWindow, tmp_path: Path, settings: object
) -> None:
    window.show_area("pipeline")
    old_page = window.pages["pipeline"]
    window.undo_stack.push(QUndoCommand("Something"))
    other = tmp_path / "other.sqlite"
    assert window.file_actions.create_portfolio_at(other)
    assert window.workspace.file == other.resolve()
    assert window.undo_stack.count() == 0
    assert window.current_area() == "pipeline"
    assert window.pages["pipeline"] is not old_page
    assert window.workspace.lock.is_held
    assert window.settings.last_database == str(other.resolve())


def test_new_portfolio_never_replaces_an_existing_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    existing = tmp_path / "other.sqlite"
    open_portfolio(existing).close()
    before = existing.read_bytes()
    assert not window.file_actions.create_portfolio_at(existing)
    assert "already exists" in warnings[0]
    assert existing.read_bytes() == before
    assert window.workspace.file == tmp_path / "p.sqlite"


def test_open_recent_lists_remembered_portfolios_but_not_the_open_one(
    window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    open_portfolio(other).close()
    window.settings.remember_database(str(other))
    window.settings.remember_database(str(window.workspace.file))
    menu = window.ui.menuOpenRecent
    window.file_actions.fill_recent_menu(menu)
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled == {str(window.workspace.file): False, str(other): True}
