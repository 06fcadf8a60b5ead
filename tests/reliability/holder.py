"""A process that keeps a portfolio open and obeys one command per line on standard input.

Run as ``python holder.py PORTFOLIO [--gui] [--passphrase-env VAR]`` by
``test_other_processes.py``. Commands (each answered by one line, ``ok …`` or ``error …``):

- ``commit NAME``: add a client called NAME in its own committed transaction;
- ``backup``: File → Backup now (the services call the menu makes);
- ``timer``: (``--gui``) let the window's own automatic-backup timer fire once, through the
  Qt event loop, and wait for the backup it takes.

With ``--gui`` the portfolio is opened the way the app opens it (lock, main window,
offscreen) and edits go through the window's open portfolio.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--gui", action="store_true")
    parser.add_argument("--passphrase-env")
    args = parser.parse_args()
    passphrase = os.environ.get(args.passphrase_env) if args.passphrase_env else None

    from pmo_desktop.services.backups import backup_now
    from pmo_desktop.services.pipeline.edit import ClientData, save_client
    from pmo_desktop.services.uow import unit_of_work

    window = None
    if args.gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QUndoStack

        from pmo_desktop.app import application
        from pmo_desktop.gui.areas import default_areas
        from pmo_desktop.gui.main_window import MainWindow
        from pmo_desktop.gui.opening import open_workspace
        from pmo_desktop.gui.settings import AppSettings

        app = application()
        workspace = open_workspace(str(args.file), passphrase=passphrase)
        window = MainWindow(workspace, default_areas(), QUndoStack(), AppSettings.none())
        window.show()
        app.processEvents()
        portfolio = workspace.portfolio
    else:
        from pmo_desktop.services.workspace import open_portfolio

        portfolio = open_portfolio(args.file, passphrase=passphrase)

    print("ready", flush=True)
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        try:
            if command == "commit":
                with unit_of_work(portfolio.sessions) as session:
                    save_client(session, None, ClientData(rest, None, None))
                print(f"ok committed {rest}", flush=True)
            elif command == "backup":
                taken = backup_now(portfolio.file, passphrase=passphrase).taken
                print(f"ok backup {taken}", flush=True)
            elif command == "timer" and window is not None:
                taken: list[str] = []
                failed: list[str] = []
                window.auto_backup.taken.connect(taken.append)
                window.auto_backup.failed.connect(failed.append)
                window.auto_backup.timer.setInterval(10)
                deadline = time.monotonic() + 20
                while not (taken or failed) and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.005)
                window.auto_backup.timer.stop()
                print(f"ok timer {taken} {failed}", flush=True)
            else:
                print(f"error unknown command {command}", flush=True)
        except Exception as exc:  # reported to the test, which fails on it
            print(f"error {type(exc).__name__}: {exc}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
