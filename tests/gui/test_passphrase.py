"""Passphrases in the GUI: the prompt when opening, and File → Protect / Change / Remove."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pmo_desktop.gui import passphrase as gui_passphrase
from pmo_desktop.gui.home import HomePage
from pmo_desktop.gui.opening import open_interactive
from pmo_desktop.gui.passphrase import Mode, PassphraseDialog
from pmo_desktop.gui.settings import AppSettings
from pmo_desktop.instance import InstanceLock
from pmo_desktop.services import passphrase as service
from pmo_desktop.services.backups import list_backups
from pmo_desktop.services.workspace import Portfolio, backup_file, is_encrypted, open_portfolio
from tests.gui.conftest import SAMPLE, make_window

SECRET = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fast_kdf() -> Iterator[None]:
    """Cheaper SQLCipher key derivation during these tests only (the shipped cost is exercised
    by tests/reliability/test_encryption.py)."""
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    conn = dbapi2.connect(":memory:")
    shipped = conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
    conn.execute("PRAGMA cipher_default_kdf_iter = 4000")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(shipped)}")
        conn.close()


OTHER = "another long passphrase"


def test_opening_an_encrypted_portfolio_asks_until_the_passphrase_is_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    file = tmp_path / "p.sqlite"
    open_portfolio(file, passphrase=SECRET).close()
    before = file.read_bytes()
    typed = iter(["not the passphrase", SECRET])
    errors: list[str | None] = []

    def ask(_parent: object, asked: Path, error: str | None = None) -> str | None:
        assert asked == file
        errors.append(error)
        return next(typed)

    monkeypatch.setattr(gui_passphrase, "ask_passphrase", ask)
    opened = open_interactive(None, str(file))
    assert opened is not None
    try:
        assert opened.passphrase == SECRET and opened.lock.is_held
        assert errors[0] is None
        assert errors[1] is not None and "wrong passphrase" in errors[1]
        assert "not the passphrase" not in errors[1]
    finally:
        opened.close()

    monkeypatch.setattr(gui_passphrase, "ask_passphrase", lambda *_a, **_k: None)
    assert open_interactive(None, str(file)) is None  # cancelled: nothing opened or kept
    lock = InstanceLock(file)
    lock.acquire()
    lock.release()
    assert file.read_bytes()[:100] == before[:100]


def test_the_dialog_refuses_a_short_or_mismatched_passphrase_next_to_the_fields(
    qtbot: QtBot,
) -> None:
    dialog = PassphraseDialog(
        Mode.SET,
        "Protect",
        check=lambda d: service.validate_new_passphrase(d.new, d.confirm),
        plain_backups=2,
    )
    qtbot.addWidget(dialog)
    assert not dialog.ui.deletePlainCheck.isHidden() and dialog.delete_plain_backups
    assert "2 unencrypted backups" in dialog.ui.deletePlainCheck.text()
    assert "give the portfolio's data away" in dialog.ui.plainNoteLabel.text()
    assert dialog.ui.currentEdit.isHidden()
    dialog.fill(new="short")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "at least 8" in dialog.ui.errorLabel.text()
    dialog.fill(new="long enough passphrase", confirm="long enough passphrasE")
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "The two passphrases are not the same"
    dialog.fill(new="long enough passphrase")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def _projects_shown(window: object) -> str:
    home = window.pages["home"]  # type: ignore[attr-defined]
    assert isinstance(home, HomePage)
    return home.cards["projects"].value_label.text()


def _answer(monkeypatch: pytest.MonkeyPatch, current: str = "", new: str = "") -> None:
    def exec_(dialog: PassphraseDialog) -> int:
        dialog.fill(current=current, new=new)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def test_protect_and_remove_from_the_file_menu_keep_the_data_and_store_no_passphrase(
    qtbot: QtBot,
    populated: Portfolio,
    settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    file = populated.file
    assert file is not None
    backup_file(file, reason="manual")  # plain: offered for deletion
    window = make_window(qtbot, populated, settings)
    menu = window.data_menu
    assert menu.protect_action.isEnabled() and not menu.change_action.isEnabled()

    _answer(monkeypatch, new=SECRET)
    menu.protect_action.trigger()
    assert window.workspace.passphrase == SECRET and is_encrypted(file)
    assert "protected by a passphrase" in window.ui.statusBar.currentMessage()
    assert "1 unencrypted backup(s) deleted" in window.ui.statusBar.currentMessage()
    assert [e.encrypted for e in list_backups(file, SECRET)] == [True]  # the safety backup
    assert _projects_shown(window) == str(len(SAMPLE))
    menu.update_state()
    assert not menu.protect_action.isEnabled() and menu.change_action.isEnabled()

    _answer(monkeypatch, current="a wrong guess", new=OTHER)  # refused in the dialog
    assert menu.change() is None
    assert window.workspace.passphrase == SECRET

    # A successful change is covered by tests/reliability/test_encryption.py.
    _answer(monkeypatch, current=SECRET)
    menu.remove_action.trigger()
    assert window.workspace.passphrase is None and not is_encrypted(file)
    assert _projects_shown(window) == str(len(SAMPLE))
    window.release()

    settings_files = [tmp_path / "settings.ini"]
    folder = Path(QSettings().fileName()).parent
    settings_files += [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
    for path in settings_files:
        text = path.read_bytes() if path.is_file() else b""
        assert SECRET.encode() not in text and OTHER.encode() not in text
    assert SECRET not in caplog.text and OTHER not in caplog.text
