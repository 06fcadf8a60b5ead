"""Encrypted portfolios: no plaintext on disk, clear refusals, and lossless passphrase changes.

SQLCipher derives each connection's key with a deliberately slow KDF (PBKDF2, 256,000
iterations, a fraction of a second each). The leak test runs with it as shipped; the others
use ``fast_kdf``, which lowers SQLCipher's process-wide default iteration count for the
test's duration only (the app never changes it).
"""

from __future__ import annotations

import io
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_desktop import cli
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services import passphrase as service
from pmo_desktop.services.backups import auto_backup, list_backups, restore_backup
from pmo_desktop.services.integrity_check import check_portfolio
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.workspace import (
    PassphraseRequiredError,
    Portfolio,
    WrongPassphraseError,
    backup_file,
    is_encrypted,
    open_portfolio,
    quick_check,
)
from pmo_desktop.store.backup import backups_dir, verify_backup
from pmo_desktop.store.models import Client, Person, Program

SECRET = 'correct horse ‘battery’ "staple" it\'s ünïcode 🐎'  # quotes survive every path
OTHER = "a different passphrase"
CANARY = "Zq7Canary"  # distinctive: never produced by SQLite or SQLCipher by chance


@pytest.fixture
def fast_kdf() -> Iterator[None]:
    """Cheaper key derivation for every SQLCipher connection opened during the test."""
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    conn = dbapi2.connect(":memory:")
    shipped = conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
    conn.execute("PRAGMA cipher_default_kdf_iter = 4000")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(shipped)}")
        conn.close()


def _canaries(batch: str) -> list[str]:
    return [f"{CANARY}-{batch}-{what}" for what in ("client", "notes", "person", "email", "prog")]


def _write_canaries(portfolio: Portfolio, batch: str) -> list[str]:
    client, notes, person, email, program = _canaries(batch)
    with portfolio.sessions.begin() as session:
        owner = Client(name=client, notes=notes)
        session.add(owner)
        session.add(Person(name=person, email=f"{email}@example.com", role=Role.PM))
        session.add(Program(name=program, client=owner, description=f"{program} description"))
    return _canaries(batch)


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock")]


def _leaks(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for each canary found in any file, as UTF-8 or UTF-16 text."""
    found = []
    for path in _files(folder):
        data = path.read_bytes()
        for needle in needles:
            forms = (needle.encode(), needle.encode("utf-16-le"), needle.encode("utf-16-be"))
            if any(form in data for form in forms):
                found.append((path.name, needle))
    return found


def test_with_a_passphrase_no_canary_is_in_the_database_its_wal_or_any_backup(
    tmp_path: Path,
) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file, passphrase=SECRET)
    try:
        first = _write_canaries(portfolio, "checkpointed")
        raw = portfolio.engine.raw_connection()  # outside a transaction, as checkpoints need
        try:
            assert raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        finally:
            raw.close()
        auto_backup(file, passphrase=SECRET)
        second = _write_canaries(portfolio, "in-wal")  # left in the WAL: no checkpoint
        wal = file.with_name(file.name + "-wal")
        assert wal.stat().st_size > 0
        backup_file(file, reason="manual", passphrase=SECRET)
        backups = list(backups_dir(file).glob("*.sqlite"))
        assert len(backups) == 2
        assert _leaks(tmp_path, first + second) == []
        # The data is there, and the backups hold it: only the key reads it.
        assert {e.readable for e in list_backups(file, SECRET)} == {True}
        assert {e.readable for e in list_backups(file)} == {False}
        assert verify_backup(sorted(backups)[-1], SECRET).row_counts["client"] == 2
        foreign = open_portfolio(tmp_path / "foreign" / "p.sqlite", passphrase=OTHER)
        foreign.close()
        stranger = backups_dir(file) / "p-29990101T000000000000Z-manual.sqlite"
        shutil.copyfile(tmp_path / "foreign" / "p.sqlite", stranger)  # under another key
        listed = {e.path.name: e.readable for e in list_backups(file, SECRET)}
        assert listed.pop(stranger.name) is False and set(listed.values()) == {True}
        stranger.unlink()
        assert SECRET.encode() not in b"".join(p.read_bytes() for p in _files(tmp_path))
    finally:
        portfolio.close()
    # Control: the same writes without a passphrase are found, so the scan can see them.
    plain = open_portfolio(tmp_path / "plain" / "p.sqlite")
    try:
        needles = _write_canaries(plain, "plain")
    finally:
        plain.close()
    assert {n for _f, n in _leaks(tmp_path / "plain", needles)} == set(needles)


@pytest.fixture
def encrypted(fast_kdf: None, tmp_path: Path) -> Iterator[Path]:
    """A closed encrypted portfolio file holding one batch of canaries (cheaper KDF)."""
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file, passphrase=SECRET)
    _write_canaries(portfolio, "one")
    portfolio.close()
    yield file


def test_a_wrong_or_missing_passphrase_is_refused_clearly_and_the_file_is_untouched(
    encrypted: Path,
) -> None:
    before = encrypted.read_bytes()
    assert is_encrypted(encrypted)
    with pytest.raises(PassphraseRequiredError, match=r"p\.sqlite is protected by a passphrase"):
        open_portfolio(encrypted, create=False)
    with pytest.raises(WrongPassphraseError, match="wrong passphrase") as refused:
        open_portfolio(encrypted, create=False, passphrase="not it at all")
    assert "not it at all" not in str(refused.value)
    assert encrypted.read_bytes() == before
    assert not encrypted.with_name("p.sqlite-wal").exists()
    assert quick_check(encrypted, SECRET) == "ok"
    assert "passphrase" in quick_check(encrypted, "not it at all")
    report = check_portfolio(str(encrypted), "not it at all")
    assert not report.ok and report.problem and "wrong passphrase" in report.problem


def test_set_change_remove_round_trip_keeps_every_row_and_leaves_no_plaintext(
    fast_kdf: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from pmo_desktop.services.demo import generate

    caplog.set_level(logging.DEBUG)
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    generate(portfolio.engine, size="small", seed=3)
    needles = _write_canaries(portfolio, "round-trip")
    auto_backup(file)  # a plain backup: it would leak once the portfolio is protected
    original = export_json_bytes(portfolio)

    with pytest.raises(ValidationError, match="at least 8"):
        service.set_passphrase(portfolio, "short")
    changed = service.set_passphrase(portfolio, SECRET, delete_plain_backups=True)
    portfolio = changed.portfolio
    assert portfolio.passphrase == SECRET and is_encrypted(file)
    assert len(changed.deleted) == 1 and changed.left_plain == []
    assert export_json_bytes(portfolio) == original
    assert _leaks(tmp_path, needles) == []  # no plaintext file, WAL, SHM or backup left
    assert not [p for p in tmp_path.rglob("*pmo-tmp*")]

    changed = service.change_passphrase(portfolio, OTHER)
    portfolio = changed.portfolio
    assert export_json_bytes(portfolio) == original
    assert [e.readable for e in list_backups(file, OTHER)] == [True, True]
    assert _leaks(tmp_path, needles) == []

    changed = service.remove_passphrase(portfolio)
    portfolio = changed.portfolio
    try:
        assert portfolio.passphrase is None and not is_encrypted(file)
        assert export_json_bytes(portfolio) == original
        assert all(not e.encrypted and e.readable for e in list_backups(file))
    finally:
        portfolio.close()
    for secret in (SECRET, OTHER):
        assert secret not in caplog.text


def test_a_plain_backup_restored_into_an_encrypted_portfolio_stays_encrypted(
    fast_kdf: None, tmp_path: Path
) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = open_portfolio(file)
    needles = _write_canaries(portfolio, "old")
    old = backup_file(file, reason="manual").path
    changed = service.set_passphrase(portfolio, SECRET)  # keeps the plain backup
    assert changed.left_plain == [old]
    restored = restore_backup(changed.portfolio, old)
    try:
        assert restored.portfolio.passphrase == SECRET
        assert is_encrypted(file)
        with restored.portfolio.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM client").scalars().all()
        assert names == [needles[0]]
    finally:
        restored.portfolio.close()
    old.unlink()
    assert _leaks(tmp_path, needles) == []


def test_cli_opens_an_encrypted_portfolio_with_passphrase_env_and_refuses_a_wrong_one(
    encrypted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PMO_TEST_PASSPHRASE", SECRET)
    monkeypatch.setenv("PMO_TEST_WRONG", "wrong passphrase 123")
    monkeypatch.setattr("sys.stdin", io.StringIO())  # not a terminal: no prompt
    db = ["--db", str(encrypted)]
    out = tmp_path / "out.json"
    argv = [*db, "--passphrase-env", "PMO_TEST_PASSPHRASE", "export", "json", str(out)]
    assert cli.main(argv) == 0
    assert capsys.readouterr().err == ""
    assert f"{CANARY}-one-client" in out.read_text()
    # Once read, the variable is gone: no child process (fc-list, a PDF viewer) inherits it.
    assert "PMO_TEST_PASSPHRASE" not in os.environ

    before = encrypted.read_bytes()
    for argv in (
        [*db, "--passphrase-env", "PMO_TEST_WRONG", "check"],
        [*db, "check"],
        [*db, "--passphrase-env", "PMO_TEST_WRONG", "backup"],
    ):
        monkeypatch.setenv("PMO_TEST_WRONG", "wrong passphrase 123")
        assert cli.main(argv) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("pmo-desktop: error: "), err
        assert "wrong passphrase" in err or "--passphrase-env" in err
        assert "wrong passphrase 123" not in err
    assert encrypted.read_bytes() == before
    monkeypatch.setenv("PMO_TEST_PASSPHRASE", SECRET)
    assert cli.main([*db, "--passphrase-env", "PMO_TEST_PASSPHRASE", "check"]) == 0
    assert "protected by a passphrase" in capsys.readouterr().out
    # In a terminal, without --passphrase-env, it is asked for (not echoed).
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or SECRET)
    assert cli.main([*db, "check"]) == 0
    assert prompts == ["Passphrase for p.sqlite: "]
    capsys.readouterr()


def test_a_damaged_encrypted_file_is_reported_and_its_encrypted_backup_restores(
    encrypted: Path, tmp_path: Path
) -> None:
    from pmo_desktop.services.workspace import DamagedDatabaseError, newest_verified_backup

    backup = backup_file(encrypted, reason="manual", passphrase=SECRET)
    plain = open_portfolio(tmp_path / "other.sqlite")
    plain.close()
    newer_plain = backups_dir(encrypted) / "p-29990101T000000000000Z-manual.sqlite"
    shutil.copyfile(tmp_path / "other.sqlite", newer_plain)  # never chosen for it
    data = bytearray(encrypted.read_bytes())
    data[4096 + 100 : 4096 + 400] = os.urandom(300)  # inside page 2
    encrypted.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        open_portfolio(encrypted, create=False, passphrase=SECRET)
    found = newest_verified_backup(encrypted, SECRET)
    assert found is not None and found.path == backup.path
    shutil.copyfile(found.path, encrypted)
    open_portfolio(encrypted, create=False, passphrase=SECRET).close()


def test_a_passphrase_change_rekeys_every_backup_and_lists_the_one_it_cannot_open(
    fast_kdf: None, tmp_path: Path
) -> None:
    file = tmp_path / "p.sqlite"
    portfolio = service.set_passphrase(open_portfolio(file), SECRET).portfolio
    needles = _write_canaries(portfolio, "rekey")
    taken = [backup_file(file, reason=f"r{n}", passphrase=SECRET).path for n in range(7)]
    stranger = taken[3]  # a backup under a key this change does not know
    other = tmp_path / "other" / "o.sqlite"
    open_portfolio(other, passphrase=OTHER).close()
    shutil.copyfile(other, stranger)
    third = "a third passphrase"

    changed = service.change_passphrase(portfolio, third)
    changed.portfolio.close()

    assert changed.not_converted == [stranger]
    assert set(taken) - {stranger} <= set(changed.rekeyed)
    entries = {e.path: e for e in list_backups(file, third)}
    assert [p for p, e in entries.items() if not e.readable] == [stranger]
    assert all(e.encrypted for e in entries.values())
    assert _leaks(tmp_path, needles) == []
    assert not [p for p in tmp_path.rglob("*pmo-tmp*")]
