"""What every command-line verb shares: the one-line refusal, the parser that exits with
status 2, and opening the portfolio of ``--db`` read-only or, for a writing verb, under its
single-instance lock (with the passphrase of an encrypted file)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from pmo_desktop.paths import resolve_database

EXIT_ERROR = 2
PROG = "pmo-desktop"
STDIO = "-"  # a file argument naming standard input or output


class CliError(Exception):
    """A refusal to report as one line on stderr."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see --help)\n")


def open_existing(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, write: bool = False, create: bool = False
):
    """Open the portfolio of ``--db`` for a verb: read-only, or with the lock to ``write``
    (``create``: a new, empty portfolio where there is none yet, as the app's first start).

    A reading verb opens the file with ``mode=ro``, so it never checkpoints, rewrites or
    removes anything under a portfolio open elsewhere. A writing verb takes the portfolio's
    single-instance lock first (refused in one line while the app has it open); the lock is
    given back when the portfolio is closed. A file that needs a migration is upgraded
    first, under the lock, as the app would.
    """
    from pmo_desktop.services.workspace import UpgradeNeededError, open_portfolio

    target = resolve_database(args.db)
    passphrase = portfolio_passphrase(args, target)
    if write:
        lock = portfolio_lock(target)
        try:
            portfolio = open_portfolio(target, create=create, passphrase=passphrase)
        except BaseException:
            lock.release()
            raise
        portfolio.release_on_close(lock.release)
        try:
            portfolio.verify_integrity()  # the full check: a damaged file is not written to
        except BaseException:
            portfolio.close()
            raise
        return portfolio
    try:
        return open_portfolio(target, create=False, passphrase=passphrase, readonly=True)
    except UpgradeNeededError:
        open_existing(args, write=True).close()  # migrates, after a verified backup
        return open_portfolio(target, create=False, passphrase=passphrase, readonly=True)


def portfolio_lock(target: str):  # type: ignore[no-untyped-def]
    """The single-instance lock of ``target``'s file, taken (or ``CliError`` naming who has it)."""
    from pmo_desktop.instance import InstanceLock, InstanceLockedError, database_file

    lock = InstanceLock(database_file(target))
    try:
        lock.acquire()
    except InstanceLockedError as exc:
        raise CliError(f"{exc}; close it there first (nothing was changed)") from None
    return lock


def portfolio_passphrase(args: argparse.Namespace, target: str) -> str | None:
    """The passphrase of an encrypted portfolio: ``--passphrase-env``, else a prompt on a tty.

    None for a plain portfolio (or a server database). Never echoed, logged or stored; the
    variable is removed from the environment once read, so no child process inherits it.
    """
    from pmo_desktop.services.workspace import header_is_blank, is_encrypted, portfolio_file

    file = portfolio_file(target)
    if file is None or not is_encrypted(file) or header_is_blank(file):
        return None  # plain, or damaged (opening says which)
    if args.passphrase_env:
        return secret_from_env(args, args.passphrase_env, "passphrase")
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Passphrase for {file.name}: ")
    raise CliError(f"{file.name} is protected by a passphrase; give it with --passphrase-env VAR")


def secret_from_env(args: argparse.Namespace, variable: str, what: str) -> str:
    """The secret held in ``variable``, which is then removed from the environment.

    Read once per command (a verb may open the portfolio twice) and kept on ``args``;
    ``CliError`` when unset or empty.
    """
    read: dict[str, str] = args.__dict__.setdefault("_secrets_read", {})
    if variable not in read:
        value = os.environ.pop(variable, "")
        if not value:
            raise CliError(f"the environment variable {variable} holds no {what}")
        read[variable] = value
    return read[variable]
