"""Opening a portfolio from the GUI: single-instance lock, integrity, recovery from backup."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from pmo_desktop.instance import InstanceLock, InstanceLockedError, database_file
from pmo_desktop.services.workspace import (
    DamagedDatabaseError,
    DatabaseError,
    PassphraseRequiredError,
    Portfolio,
    WrongPassphraseError,
    newest_verified_backup,
    open_portfolio,
    set_aside,
)


@dataclass
class OpenPortfolio:
    """A portfolio open in this window, with the lock that keeps other instances out."""

    target: str
    portfolio: Portfolio
    lock: InstanceLock = field(default_factory=lambda: InstanceLock(None))

    @property
    def file(self) -> Path | None:
        """The database file, or None for a server database."""
        return self.portfolio.file

    @property
    def passphrase(self) -> str | None:
        """The key of an encrypted portfolio (in memory only), or None."""
        return self.portfolio.passphrase

    @property
    def reopen_target(self) -> str | None:
        """What File → Open Recent may store: the absolute file, or a URL without a password.

        A URL with a password is not remembered: QSettings is a plain file.
        """
        if self.file is not None:
            return str(self.file)
        if self.portfolio.url.password:
            return None
        return self.target

    def is_same_database(self, target: str) -> bool:
        """True when ``target`` names the database already open here."""
        file = database_file(target)
        return file == self.file if file is not None else target == self.target

    def close(self) -> None:
        """Release the connections, then the lock (safe to call twice)."""
        self.portfolio.close()
        self.lock.release()


def open_workspace(
    target: str,
    *,
    lock: bool = True,
    create: bool = True,
    passphrase: str | None = None,
    readonly: bool = False,
) -> OpenPortfolio:
    """Take the lock (unless ``lock`` is False) and open ``target``; raise on any refusal.

    With ``create`` False a missing file is refused instead of created empty; ``passphrase``
    opens an encrypted file; ``readonly`` opens it with ``mode=ro`` (nothing is written).

    Raises ``InstanceLockedError`` when another instance holds the file, and
    ``DatabaseError`` (or ``DamagedDatabaseError``) when the database cannot be opened.
    """
    instance = InstanceLock(database_file(target) if lock else None)
    instance.acquire()
    try:
        opened = open_portfolio(target, create=create, passphrase=passphrase, readonly=readonly)
        return OpenPortfolio(target, opened, instance)
    except BaseException:
        instance.release()
        raise


def open_interactive(parent: QWidget | None, target: str) -> OpenPortfolio | None:
    """Open ``target``, explaining any refusal in a message box; None when it did not open."""
    instance = InstanceLock(database_file(target))
    try:
        instance.acquire()
    except InstanceLockedError as exc:
        QMessageBox.warning(
            parent,
            "Portfolio already open",
            f"{exc.database} is already open in {exc.holder.describe()}.\n\n"
            "Close it there first: one portfolio file is edited by one window at a time.",
        )
        return None
    except OSError as exc:
        QMessageBox.critical(parent, "Cannot open portfolio", str(exc))
        return None
    opened: OpenPortfolio | None = None
    passphrase: str | None = None
    while True:
        try:
            opened = OpenPortfolio(target, open_portfolio(target, passphrase=passphrase), instance)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            from pmo_desktop.gui.passphrase import ask_passphrase  # only for encrypted files

            wrong = str(exc) if isinstance(exc, WrongPassphraseError) else None
            passphrase = ask_passphrase(parent, exc.path, wrong)
            if passphrase is not None:
                continue  # try again with what was typed
            if newest_verified_backup(exc.path) is not None:  # plain backups: likely damage
                damage = DamagedDatabaseError(
                    f"{exc.path.name} is not a SQLite file, and no passphrase was given for it: "
                    "if it was never protected by one, it is damaged",
                    exc.path,
                )
                opened = offer_backup(parent, target, damage, instance, None)
        except DamagedDatabaseError as exc:
            opened = offer_backup(parent, target, exc, instance, passphrase)
        except DatabaseError as exc:
            QMessageBox.critical(parent, "Cannot open portfolio", str(exc))
        except Exception as exc:  # a bad URL, a driver error: say what happened, do not crash
            QMessageBox.critical(parent, "Cannot open portfolio", f"{target}: {exc}")
        break
    if opened is None:
        instance.release()
    return opened


def offer_backup(
    parent: QWidget | None,
    target: str,
    error: DamagedDatabaseError,
    lock: InstanceLock,
    passphrase: str | None = None,
) -> OpenPortfolio | None:
    """A damaged file: offer to set it aside and restore the newest verified backup.

    Nothing is written until the manager agrees; declining leaves the file where it is.
    The caller holds ``lock`` throughout, so no other instance opens the file meanwhile.
    ``passphrase`` reads the backups of an encrypted portfolio.
    """
    damaged = error.path
    backup = newest_verified_backup(damaged, passphrase)
    if backup is None:
        QMessageBox.critical(
            parent,
            "Portfolio damaged",
            f"{error}.\n\nNothing was written, and no verified backup of it was found. "
            f"The file is left untouched at {damaged}.",
        )
        return None
    answer = QMessageBox.question(
        parent,
        "Portfolio damaged",
        f"{error}. Nothing was written.\n\n"
        f"Restore the newest verified backup?\n{backup.path}\n\n"
        "The damaged file will be kept beside it, renamed with “.damaged-” and the time.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        moved = set_aside(damaged)
        shutil.copyfile(backup.path, damaged)
        opened = OpenPortfolio(target, open_portfolio(target, passphrase=passphrase), lock)
    except (OSError, DatabaseError) as exc:
        QMessageBox.critical(parent, "Restore failed", str(exc))
        return None
    QMessageBox.information(
        parent,
        "Backup restored",
        f"Restored {backup.path.name}.\nThe damaged file is kept as {moved}.",
    )
    return opened
