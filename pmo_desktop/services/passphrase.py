"""Protecting a portfolio with a passphrase: set, change or remove it (SQLCipher).

Every change goes the same way: a verified backup of the current state → every connection
closed → the file copied with ``sqlcipher_export`` under the new key (or none) into a
verified temp file beside it → the copy swapped in atomically, with no old -wal/-shm left
behind → the backups re-keyed to match → the portfolio reopened with the new key.

The passphrase is only ever held in memory (``Portfolio.passphrase``); nothing here writes
it to a file or a log, or puts it in a message.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store import backup as store_backup
from pmo_desktop.store import cipher
from pmo_desktop.store.database import (
    DatabaseError,
    PassphraseRequiredError,
    Portfolio,
    WrongPassphraseError,
    open_portfolio,
)

MIN_LENGTH = 8


@dataclass(frozen=True)
class PassphraseChange:
    """The reopened portfolio and what happened to its backups."""

    portfolio: Portfolio
    safety_backup: Path  # taken before the change, then re-keyed with the new passphrase
    rekeyed: list[Path] = field(default_factory=list)  # backups now under the new key
    deleted: list[Path] = field(default_factory=list)  # plain backups deleted on request
    left_plain: list[Path] = field(default_factory=list)  # plain backups the manager kept
    not_converted: list[Path] = field(default_factory=list)  # backups the old key did not open


def validate_new_passphrase(new: str, confirm: str | None = None) -> str:
    """A new passphrase, checked: at least ``MIN_LENGTH`` characters, typed the same twice."""
    if len(new) < MIN_LENGTH:
        raise ValidationError(f"use at least {MIN_LENGTH} characters", "new")
    if "\x00" in new:
        raise ValidationError("a passphrase cannot contain a NUL character", "new")
    if confirm is not None and confirm != new:
        raise ValidationError("the two passphrases are not the same", "confirm")
    return new


def check_current(portfolio: Portfolio, typed: str) -> None:
    """Refuse (field ``current``) unless ``typed`` is the open portfolio's passphrase."""
    if portfolio.passphrase is None or typed != portfolio.passphrase:
        raise ValidationError("that is not the current passphrase", "current")


def plain_backups(file: Path) -> list[Path]:
    """Backups of ``file`` stored without encryption (they would leak once it is protected)."""
    return [b.path for b in store_backup.backup_files(file) if not cipher.is_encrypted(b.path)]


def set_passphrase(
    portfolio: Portfolio, new: str, *, delete_plain_backups: bool = False
) -> PassphraseChange:
    """Protect a plain portfolio with ``new``; see ``change_passphrase``."""
    if portfolio.passphrase is not None:
        raise ValidationError("this portfolio already has a passphrase; change it instead")
    return change_passphrase(
        portfolio, validate_new_passphrase(new), delete_plain_backups=delete_plain_backups
    )


def remove_passphrase(portfolio: Portfolio) -> PassphraseChange:
    """Store an encrypted portfolio (and its backups) without encryption again."""
    if portfolio.passphrase is None:
        raise ValidationError("this portfolio has no passphrase")
    return change_passphrase(portfolio, None)


def change_passphrase(
    portfolio: Portfolio, new: str | None, *, delete_plain_backups: bool = False
) -> PassphraseChange:
    """Re-encrypt the portfolio file with ``new`` (None: no encryption); reopen it.

    ``portfolio`` is closed whatever happens. On a ``ValidationError`` the file is as it was
    (old key) unless the message says the swap happened; ``reopen`` opens it either way.
    Backups: those under the old key are re-keyed (a backup the old key does not open is
    left as it is and listed); plain ones are deleted when ``delete_plain_backups`` (once
    the portfolio is protected they would leak it), else kept and listed. The backup taken
    before the change always ends under the new key.
    """
    file = portfolio.file
    if file is None:
        raise ValidationError("only a portfolio file can be protected with a passphrase")
    old = portfolio.passphrase
    if new is not None:
        validate_new_passphrase(new)
    if new == old:
        raise ValidationError("the new passphrase is the same as the current one", "new")
    try:
        safety = store_backup.backup_file(file, reason="before-passphrase", passphrase=old).path
    except store_backup.BackupError as exc:
        raise ValidationError(f"nothing was changed: {exc}") from exc
    portfolio.close()
    try:
        cipher.rekey_file(file, old, new)
    except cipher.driver_errors(RuntimeError) as exc:
        raise ValidationError(f"nothing was changed: {exc}") from exc
    result = _rekey_backups(file, old, new, safety, delete_plain_backups)
    try:
        reopened = open_portfolio(file, create=False, passphrase=new)
    except DatabaseError as exc:
        raise ValidationError(f"the passphrase was changed but reopening failed: {exc}") from exc
    return PassphraseChange(portfolio=reopened, safety_backup=safety, **result)


def _rekey_backups(
    file: Path, old: str | None, new: str | None, safety: Path, delete_plain: bool
) -> dict[str, list[Path]]:
    """Bring the backups in line with the re-keyed portfolio ``file`` (``change_passphrase``)."""
    outcome: dict[str, list[Path]] = {
        "rekeyed": [],
        "deleted": [],
        "left_plain": [],
        "not_converted": [],
    }
    todo: list[tuple[Path, str | None]] = []
    for item in store_backup.backup_files(file):
        path = item.path
        encrypted = cipher.is_encrypted(path)
        if not encrypted and new is None:
            continue  # already as the portfolio now is
        if encrypted and old is None:
            outcome["not_converted"].append(path)  # under a key this change does not know
        elif not encrypted and path != safety and old is None:
            if delete_plain:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                outcome["deleted"].append(path)
            else:
                outcome["left_plain"].append(path)
        else:
            todo.append((path, old if encrypted else None))
    failed = set(cipher.rekey_backups(file, new, todo)) if todo else set()
    outcome["rekeyed"] = [path for path, _key in todo if path not in failed]
    outcome["not_converted"] += [path for path, _key in todo if path in failed]
    return outcome


def reopen(file: Path, *passphrases: str | None) -> Portfolio:
    """Open ``file`` with the first of ``passphrases`` that opens it (after a failed change)."""
    last: DatabaseError | None = None
    for passphrase in dict.fromkeys(passphrases):
        try:
            return open_portfolio(file, create=False, passphrase=passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            last = exc
    raise last or DatabaseError(f"cannot reopen {file.name}")
