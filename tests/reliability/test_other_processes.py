"""Other processes on an open portfolio never cost it a commit.

A process (the app, or anything holding the engine) backs up its open portfolio; then other
programs open and close the same file: this app's reading verbs, its writing verbs (refused
by the lock), Python's sqlite3 as a sync client or shell would. The first process commits
again and is killed with -9. Every commit must be there afterwards: before the fix, the
backup read the live file with ``open()``, closing that descriptor dropped the process's
POSIX locks, the other program took itself for the last user and deleted the WAL, and every
later commit went to an unlinked file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store import cipher

HOLDER = Path(__file__).with_name("holder.py")
KEY_ENV = "PMO_TEST_HOLDER_KEY"
SECRET = "correct horse battery staple"


class Holder:
    """A holder process (``holder.py``) driven line by line."""

    def __init__(self, file: Path, *, gui: bool = False, passphrase: str | None = None) -> None:
        args = [sys.executable, str(HOLDER), str(file)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if gui:
            args.append("--gui")
        if passphrase is not None:
            args += ["--passphrase-env", KEY_ENV]
            env[KEY_ENV] = passphrase
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        """Send one command; return its answer (the test fails on an error answer)."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self._line()
        assert answer.startswith("ok"), answer
        return answer

    def kill(self) -> None:
        """``kill -9``: no clean close, no checkpoint, no exit backup."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


def _cli(file: Path, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    pre: list[str] = []
    if passphrase is not None:
        env[KEY_ENV] = passphrase
        pre = ["--passphrase-env", KEY_ENV]
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", "--db", str(file), *pre, *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def _other_programs(
    file: Path, out: Path, passphrase: str | None = None, *, locked: bool = False
) -> None:
    """Open and close ``file`` as other programs do, each in a process of its own.

    ``locked``: the app has the file open (its single-instance lock is held).
    """
    for verb in (["check"], ["export", "json", str(out / "p.json")], ["backup"]):
        result = _cli(file, *verb, passphrase=passphrase)
        assert result.returncode == 0, result.stderr
    export = _cli(file, "export", "raid", str(out / "raid.csv"), passphrase=passphrase)
    assert export.returncode == 0, export.stderr
    if locked:  # a writing verb is refused while the app has it open, in one line
        timesheet = out / "t.csv"
        timesheet.write_text("person,week,project,hours,billable\nA,2026-11-30,P,8,yes\n")
        for verb in (
            ["import", "timesheet", str(timesheet)],
            ["import", "json", str(out / "p.json"), "--replace"],
            ["export", "status-report", str(out / "s.pdf"), "--client", "1"],  # keeps a snapshot
        ):
            refused = _cli(file, *verb)
            assert refused.returncode == 2
            assert refused.stderr.count("\n") == 1, refused.stderr
            assert "already open" in refused.stderr, refused.stderr
    if passphrase is None:  # a sqlite3 shell or a sync client opening and closing the file
        script = f"import sqlite3; c = sqlite3.connect({str(file)!r}); c.execute('SELECT 1')"
        subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def _client_names(file: Path, passphrase: str | None = None) -> list[str]:
    opened = open_portfolio(file, create=False, passphrase=passphrase)
    try:
        with opened.engine.connect() as conn:
            return list(conn.exec_driver_sql("SELECT name FROM client ORDER BY id").scalars())
    finally:
        opened.close()


@pytest.fixture
def empty_file(tmp_path: Path) -> Iterator[Path]:
    file = tmp_path / "p.sqlite"
    open_portfolio(file).close()
    yield file


@pytest.mark.parametrize("passphrase", [None, SECRET], ids=["plain", "encrypted"])
def test_commits_after_a_backup_survive_other_processes_and_kill_9(
    empty_file: Path, tmp_path: Path, passphrase: str | None
) -> None:
    if passphrase is not None:
        cipher.rekey_file(empty_file, None, passphrase)
    holder = Holder(empty_file, passphrase=passphrase)
    try:
        holder.ask("commit before the backup")
        holder.ask("backup")
        holder.ask("commit after the backup")
        _other_programs(empty_file, tmp_path, passphrase)
        holder.ask("commit after the others")
        _other_programs(empty_file, tmp_path, passphrase)
        holder.ask("commit at the end")
    finally:
        holder.kill()
    assert _client_names(empty_file, passphrase) == [
        "before the backup",
        "after the backup",
        "after the others",
        "at the end",
    ]


def test_commits_in_the_app_survive_its_backup_timer_other_processes_and_kill_9(
    empty_file: Path, tmp_path: Path
) -> None:
    app = Holder(empty_file, gui=True)
    try:
        app.ask("commit before the timer")
        answer = app.ask("timer")
        assert "-auto.sqlite" in answer, answer  # the timer's backup was taken
        app.ask("commit after the timer")
        _other_programs(empty_file, tmp_path, locked=True)
        app.ask("commit after the others")
        _other_programs(empty_file, tmp_path, locked=True)
        app.ask("commit at the end")
    finally:
        app.kill()
    assert _client_names(empty_file) == [
        "before the timer",
        "after the timer",
        "after the others",
        "at the end",
    ]


def test_an_open_portfolio_file_is_never_read_outside_sqlite(
    empty_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the portfolio is open, the app's own backups never open the file with ``open()``."""
    import builtins

    from pmo_desktop.services.backups import auto_backup, backup_now

    real_open = builtins.open
    touched: list[str] = []

    def watching_open(file: object, *args: object, **kwargs: object) -> object:
        name = os.fspath(file) if isinstance(file, str | os.PathLike) else ""
        if str(name).startswith(str(empty_file)):
            touched.append(str(name))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    opened = open_portfolio(empty_file)
    try:
        monkeypatch.setattr(builtins, "open", watching_open)
        backup_now(empty_file)
        auto_backup(empty_file)
        assert cipher.is_encrypted(empty_file) is False
    finally:
        monkeypatch.undo()
        opened.close()
    assert touched == []
    assert sqlite3.connect(empty_file).execute("PRAGMA quick_check").fetchone() == ("ok",)
