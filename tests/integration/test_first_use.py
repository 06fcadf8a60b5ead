"""The paths a new user takes, and the ones other programs near their files take.

A first start on a new account, a portfolio in a read-only folder, reading verbs beside a
portfolio whose journal still holds commits, leftovers of a killed backup, and the secrets
a passphrase leaves in the process.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pmo_desktop.fileio import TEMP_MARKER
from pmo_desktop.services.workspace import open_portfolio
from tests.conftest import make_demo_file, run_app_briefly

ROOT = Path(__file__).resolve().parents[2]


def _fresh_env(home: Path) -> dict[str, str]:
    """The environment of a new account: a home with nothing in it, no app variables."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PMO_")) and key != "HOME"
    }
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_first_start_on_a_new_account_creates_the_folder_and_opens_an_empty_portfolio(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _fresh_env(home)
    gui = run_app_briefly(env=env, cwd=ROOT)
    assert gui.returncode == 0, gui.stderr
    assert gui.stderr == ""
    portfolio = home / ".local" / "share" / "PMO Desktop" / "portfolio.sqlite"
    assert portfolio.is_file()
    assert not portfolio.with_name("portfolio.sqlite.lock").exists()  # given back at exit
    check = _cli("check", env=env)
    assert check.returncode == 0, check.stderr
    assert "0 people, 0 clients" in check.stdout


def _read_only_mount_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount --bind -o ro / / 2>/dev/null || exit 1"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _read_only_mount_works(), reason="needs a private read-only bind mount (unshare -m)"
)
def test_a_portfolio_in_a_read_only_folder_is_called_read_only_not_damaged(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    file = make_demo_file(folder)
    before = file.read_bytes()
    script = (
        f"mount --bind -o ro '{folder}' '{folder}' && "
        f"exec '{sys.executable}' -m pmo_desktop --db '{file}' \"$@\""
    )
    for verb in (["check"], ["export", "json", str(tmp_path / "p.json")], ["backup"]):
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, "sh", *verb],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 2, result
        assert result.stderr.count("\n") == 1, result.stderr
        assert "read-only" in result.stderr, result.stderr
        assert "integrity" not in result.stderr and "damaged" not in result.stderr
    assert file.read_bytes() == before


def _leave_commits_in_the_wal(file: Path) -> int:
    """Commit through a connection that is then abandoned: the WAL keeps the commits."""
    script = textwrap.dedent(
        f"""
        import os, sqlite3
        c = sqlite3.connect({str(file)!r}, isolation_level=None)
        c.execute("PRAGMA wal_autocheckpoint=0")
        for k in range(20):
            c.execute("INSERT INTO client(name) VALUES (?)", (f"left in the WAL {{k}}",))
        os._exit(0)  # no close: nothing checkpointed
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    wal = file.with_name(file.name + "-wal")
    assert wal.stat().st_size > 0
    return wal.stat().st_size


def test_reading_verbs_never_checkpoint_or_remove_the_journal(tmp_path: Path) -> None:
    """``mode=ro``: a reading verb leaves the file and its WAL exactly as they were."""
    file = tmp_path / "p.sqlite"
    open_portfolio(file).close()
    wal_size = _leave_commits_in_the_wal(file)
    main_before = file.read_bytes()
    for verb in (
        ["check"],
        ["export", "json", str(tmp_path / "p.json")],
        ["export", "raid", str(tmp_path / "r.csv")],
        ["export", "pipeline", str(tmp_path / "p.csv")],
        ["export", "staffing", str(tmp_path / "s.csv")],
        ["export", "schedule", str(tmp_path / "s.ics")],
    ):
        result = _cli("--db", str(file), *verb)
        assert result.returncode == 0, (verb, result.stderr)
        assert file.read_bytes() == main_before, verb
        assert file.with_name(file.name + "-wal").stat().st_size == wal_size, verb
    assert "left in the WAL 19" in (tmp_path / "p.json").read_text()


def test_a_reading_verb_upgrades_an_older_portfolio_first_under_the_lock(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema_0001_core.sqlite", old)
    result = _cli("--db", str(old), "export", "json", str(tmp_path / "old.json"))
    assert result.returncode == 0, result.stderr
    backups = list((tmp_path / "old-backups").glob("*-before-*.sqlite"))
    assert len(backups) == 1  # the upgrade's verified backup
    assert not old.with_name("old.sqlite.lock").exists()


def test_copies_left_by_a_killed_backup_are_swept_at_start(tmp_path: Path) -> None:
    file = tmp_path / "p.sqlite"
    open_portfolio(file).close()
    folder = tmp_path / "p-backups"
    folder.mkdir()
    leftover = folder / f".p-20261203T101010000000Z-auto.sqlite{TEMP_MARKER}x1y2"
    leftover.write_bytes(b"a full-size copy of the data")
    kept = folder / "p-20261203T101010000000Z-manual.sqlite"
    shutil.copy(file, kept)
    open_portfolio(file).close()
    assert not leftover.exists()
    assert kept.exists()


def test_a_passphrase_in_memory_forbids_core_dumps(tmp_path: Path) -> None:
    file = tmp_path / "secret.sqlite"
    script = textwrap.dedent(
        f"""
        import resource
        from pmo_desktop.services.workspace import open_portfolio
        before = resource.getrlimit(resource.RLIMIT_CORE)
        open_portfolio({str(file)!r}, passphrase="correct horse battery").close()
        print(before[0] != 0 or before[1] != 0, resource.getrlimit(resource.RLIMIT_CORE))
        """
    )
    shell = f"ulimit -c unlimited 2>/dev/null || ulimit -c 1000; exec '{sys.executable}' -c \"$0\""
    result = subprocess.run(
        ["sh", "-c", shell, script],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=ROOT,
    )
    allowed_before, after = result.stdout.split(" ", 1)
    assert allowed_before == "True"
    assert after.strip() == "(0, 0)"
    assert sqlite3.connect(":memory:")  # the test process itself is untouched
