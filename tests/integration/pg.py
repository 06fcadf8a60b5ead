"""A throwaway PostgreSQL cluster on a unix socket, for the tests of the team edition.

Skipped where no PostgreSQL server binaries (``initdb``, ``pg_ctl``) are installed. As
root, the cluster runs as the ``postgres`` user (PostgreSQL refuses root).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _server_command(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(args)]


def cluster() -> Iterator[str]:
    """Start a cluster; yields a URL template with ``{}`` where the database name goes."""
    if not (shutil.which("initdb") and shutil.which("pg_ctl")):
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    if os.geteuid() == 0 and not (shutil.which("su") and _has_user("postgres")):
        pytest.skip("running as root without a postgres user: PostgreSQL will not run as root")
    root = Path(tempfile.mkdtemp(prefix="pmo-pg-"))
    root.chmod(0o777)  # the postgres user creates the cluster and its socket in here
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    sock.chmod(0o777)

    def run(*args: str) -> None:
        cmd = _server_command(list(args))
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stdout + result.stderr

    run("initdb", "-D", str(data), "-A", "trust", "-U", "pmo", "--no-sync")
    opts = f"'-k {sock} -c listen_addresses= -c fsync=off'"
    run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg://pmo@/{{}}?host={sock}"
    finally:
        run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def new_database(server: str, name: str) -> str:
    result = subprocess.run(
        _server_command(["createdb", "-h", server.split("host=")[1], "-U", "pmo", name]),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return server.format(name)
