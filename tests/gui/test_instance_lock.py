"""One instance per portfolio file: a second holder is refused, a dead holder's lock is taken."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pmo_desktop.app import run_gui
from pmo_desktop.gui.main_window import MainWindow
from pmo_desktop.instance import (
    InstanceLock,
    InstanceLockedError,
    acquire_lock,
    database_file,
    lock_path_for,
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pmo_desktop.instance import acquire_lock
    lock = acquire_lock(Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(120)
    """
)


def test_the_lock_file_sits_beside_the_database(tmp_path: Path) -> None:
    assert lock_path_for(tmp_path / "p.sqlite") == tmp_path / "p.sqlite.lock"
    assert database_file(str(tmp_path / "p.sqlite")) == tmp_path / "p.sqlite"
    assert database_file(f"sqlite:///{tmp_path}/q.sqlite") == tmp_path / "q.sqlite"
    assert database_file("sqlite://") is None
    assert database_file("postgresql+psycopg://u@h/db") is None


def test_a_second_holder_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite"
    first = acquire_lock(db)
    try:
        with pytest.raises(InstanceLockedError) as refused:
            acquire_lock(db)
        assert refused.value.holder.pid == os.getpid()
        assert str(os.getpid()) in str(refused.value)
    finally:
        first.release()
    acquire_lock(db).release()  # free again once released


def test_a_non_file_database_needs_no_lock() -> None:
    lock = acquire_lock(None)
    assert not lock.is_held
    lock.release()


def test_the_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "p.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(InstanceLockedError) as refused:
            acquire_lock(db)
        assert refused.value.holder.pid == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert lock_path_for(db).exists()  # the dead process left its lock file behind
    lock = acquire_lock(db)
    assert lock.is_held
    lock.release()


def test_run_gui_refuses_a_locked_portfolio_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    db = tmp_path / "p.sqlite"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    holder = InstanceLock(db)
    holder.acquire()
    try:
        assert run_gui(str(db)) == 2
    finally:
        holder.release()
    assert shown and str(os.getpid()) in shown[0]
    assert not db.exists()  # nothing was opened or created


def test_run_gui_opens_the_window_and_gives_the_lock_back_at_exit(
    tmp_path: Path, qapp: QApplication
) -> None:
    db = tmp_path / "p.sqlite"
    seen: list[bool] = []

    def look_and_quit() -> None:
        seen.append(any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()))
        with pytest.raises(InstanceLockedError):
            acquire_lock(db)  # held while the app runs
        QApplication.closeAllWindows()
        qapp.quit()

    QTimer.singleShot(0, look_and_quit)
    assert run_gui(str(db)) == 0
    # Closing the last window posts a second Quit event; left queued, it would end the next
    # modal dialog any later test opens.
    QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    assert seen == [True]
    acquire_lock(db).release()  # free again after exit
