"""Kill -9 harness: a forked child commits random transactions, the parent kills it and checks.

Each transaction works on one *batch*: a client named ``batch <k>`` whose ``industry`` holds
its size n, with n programs all carrying the same ``description`` (the batch's version) and
one project each. A transaction inserts a batch, rewrites the version of every program of a
batch, or deletes a batch (the programs and projects go by ON DELETE CASCADE). So a partial
transaction is visible: a batch with the wrong number of programs or projects, or mixed
versions.

The child writes ``intent`` (inside the transaction, before COMMIT) and ``done`` (after
COMMIT) records to a pipe. After the kill the database must hold exactly the state of every
``done`` operation, plus possibly the one operation whose intent was sent but not its done.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from pmo_desktop.store import cipher
from pmo_desktop.store.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]
KEY_ENV = "PMO_CRASH_HARNESS_KEY"  # the passphrase of an encrypted file, for the fork server
State = dict[int, tuple[int, int]]  # batch k -> (size n, version)


@dataclass
class Findings:
    """What the parent saw across every kill."""

    kills: int = 0
    commits_reported: int = 0
    killed_mid_transaction: int = 0  # rounds whose last record was an intent without its done
    integrity_failures: list[str] = field(default_factory=list)
    foreign_key_violations: list[str] = field(default_factory=list)
    partial_batches: list[str] = field(default_factory=list)
    lost_or_unexpected: list[str] = field(default_factory=list)
    child_errors: list[str] = field(default_factory=list)  # a child that stopped by itself
    last_state: State = field(default_factory=dict)

    @property
    def problems(self) -> int:
        """Every problem found in the database (a child's own failure is not counted)."""
        return (
            len(self.integrity_failures)
            + len(self.foreign_key_violations)
            + len(self.partial_batches)
            + len(self.lost_or_unexpected)
        )


def unsafe_engine(file: Path) -> Engine:
    """No journal, no syncing, a tiny page cache: a transaction spills straight to the file."""
    engine = create_engine(f"sqlite+pysqlite:///{file}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        for pragma in (
            "PRAGMA journal_mode=OFF",
            "PRAGMA synchronous=OFF",
            "PRAGMA foreign_keys=ON",
            "PRAGMA cache_size=8",
        ):
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def zygote_main() -> None:
    """The fork server (``python -c``): a small process that has imported only the store.

    Reads ``first_k seed big`` lines on stdin; for each, forks a child that runs
    ``child_loop`` writing records to the inherited pipe fd ``argv[3]``, prints
    ``pid <n>``, waits for the child and prints ``exit <status>``.
    """
    import sys

    file, unsafe, fd = Path(sys.argv[1]), sys.argv[2] == "1", int(sys.argv[3])
    key = os.environ.get(KEY_ENV)
    warm = unsafe_engine(file) if unsafe else make_engine(file, passphrase=key)
    with warm.connect():  # loads the dialect modules once, before any fork
        pass
    warm.dispose()
    for command in sys.stdin:
        first_k, seed, big = (int(x) for x in command.split())
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                engine = unsafe_engine(file) if unsafe else make_engine(file, passphrase=key)

                def send(record: dict[str, Any]) -> None:
                    os.write(fd, (json.dumps(record) + "\n").encode())  # < PIPE_BUF: whole

                child_loop(engine, send, first_k, seed, bool(big))
            except BaseException:
                status = 3
            finally:
                os._exit(status)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        print(f"exit {'killed' if killed else status}", flush=True)


def child_loop(
    engine: Engine, send: Callable[[dict[str, Any]], None], first_k: int, seed: int, big: bool
) -> None:
    """Commit random batch transactions forever, reporting each."""
    rng = random.Random(seed)
    k = first_k
    with engine.connect():
        pass  # connected, pragmas set
    send({"ready": True})
    while True:
        with engine.begin() as conn:
            existing = [row[0] for row in conn.exec_driver_sql("SELECT id FROM client")]
            choice = rng.random()
            if choice < 0.5 or not existing:
                k += 1
                n = rng.randint(20, 120) if big else rng.randint(1, 12)
                version = rng.randint(1, 10**9)
                send({"intent": ["insert", k, n, version]})
                client_id = conn.exec_driver_sql(
                    "INSERT INTO client (name, industry) VALUES (?, ?) RETURNING id",
                    (f"batch {k}", str(n)),
                ).scalar_one()
                for i in range(n):
                    program_id = conn.exec_driver_sql(
                        "INSERT INTO program (client_id, name, description) VALUES (?, ?, ?)"
                        " RETURNING id",
                        (client_id, f"program {i} " + "x" * (400 if big else 20), str(version)),
                    ).scalar_one()
                    conn.exec_driver_sql(
                        "INSERT INTO project (program_id, name, stage, win_probability,"
                        " budget_cents, priority, billable) VALUES (?, ?, 'active', 100, 0, 3, 1)",
                        (program_id, f"project {i}"),
                    )
            else:
                client_id = rng.choice(existing)
                name = conn.exec_driver_sql(
                    "SELECT name FROM client WHERE id = ?", (client_id,)
                ).scalar_one()
                target = int(name.split()[1])
                if choice < 0.8:
                    version = rng.randint(1, 10**9)
                    send({"intent": ["update", target, version]})
                    conn.exec_driver_sql(
                        "UPDATE program SET description = ? WHERE client_id = ?",
                        (str(version), client_id),
                    )
                else:
                    send({"intent": ["delete", target]})
                    conn.exec_driver_sql("DELETE FROM client WHERE id = ?", (client_id,))
        send({"done": True})


def apply(state: State, op: list[Any]) -> State:
    """The model: ``state`` after one operation."""
    new = dict(state)
    if op[0] == "insert":
        new[op[1]] = (op[2], op[3])
    elif op[0] == "update":
        new[op[1]] = (new[op[1]][0], op[2])
    else:
        del new[op[1]]
    return new


def read_state(file: Path, findings: Findings, key: str | None = None) -> State | None:
    """Recover the database (plain sqlite3 or, with ``key``, SQLCipher, as a restart would)
    and read the batches back."""
    conn = cipher.connect(file, key) if key is not None else sqlite3.connect(file)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            findings.integrity_failures.append("; ".join(integrity[:3]))
            return None
        violations = conn.execute("PRAGMA foreign_key_check").fetchall()
        if violations:
            findings.foreign_key_violations.append(repr(violations[:3]))
        state: State = {}
        clients = conn.execute("SELECT id, name, industry FROM client").fetchall()
        for client_id, name, industry in clients:
            k, n = int(name.split()[1]), int(industry)
            rows = conn.execute(
                "SELECT p.description, (SELECT count(*) FROM project j WHERE j.program_id = p.id)"
                " FROM program p WHERE p.client_id = ?",
                (client_id,),
            ).fetchall()
            versions = {row[0] for row in rows}
            if len(rows) != n or len(versions) != 1 or any(row[1] != 1 for row in rows):
                findings.partial_batches.append(f"batch {k}: {len(rows)}/{n} programs")
                continue
            state[k] = (n, int(versions.pop()))
        return state
    except cipher.driver_errors() as exc:
        findings.integrity_failures.append(str(exc))
        return None
    finally:
        conn.close()


def run_kills(
    file: Path,
    kills: int,
    *,
    seed: int,
    unsafe: bool = False,
    max_delay: float = 0.03,
    big: bool = False,
    key: str | None = None,
) -> Findings:
    """Start a child, let it commit for a random moment, SIGKILL it, check; ``kills`` times.

    Children are forked by a small fork server (``zygote_main``), so each start stays cheap
    however big the test process has grown.
    """
    rng = random.Random(seed)
    findings = Findings()
    state: State = {}
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    zygote = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tests.reliability.crash_harness import zygote_main; zygote_main()",
            str(file),
            "1" if unsafe else "0",
            str(write_fd),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        pass_fds=(write_fd,),
        cwd=ROOT,
        text=True,
        env={**os.environ, KEY_ENV: key} if key is not None else None,
    )
    os.close(write_fd)
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for round_no in range(kills):
            zygote.stdin.write(f"{round_no * 100_000} {seed * 7919 + round_no} {int(big)}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            buffer = b""
            if rng.random() < 0.8:  # most kills once the child is connected; some at start-up
                buffer = _read_until_line(read_fd)
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)
            exit_line = zygote.stdout.readline().split()[1]
            buffer += _read_available(read_fd)
            findings.kills += 1
            if exit_line != "killed":
                findings.child_errors.append(f"round {round_no}: child ended with {exit_line}")
                return findings
            if not _check_round(file, findings, buffer, round_no, state, key):
                return findings
            state = findings.last_state
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        os.close(read_fd)
    return findings


def _read_until_line(fd: int) -> bytes:
    data = b""
    deadline = time.monotonic() + 10
    while b"\n" not in data and time.monotonic() < deadline:
        data += _read_available(fd)
        if b"\n" not in data:
            time.sleep(0.0005)
    return data


def _read_available(fd: int) -> bytes:
    data = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return data
        if not chunk:
            return data
        data += chunk


def _check_round(
    file: Path, findings: Findings, data: bytes, round_no: int, state: State, key: str | None
) -> bool:
    """Check the database after one kill; False when a problem ends the run."""
    pending: list[Any] | None = None
    for line in data.decode().splitlines():
        record = json.loads(line)
        if "ready" in record:
            continue
        if "intent" in record:
            pending = record["intent"]
        else:
            assert pending is not None
            state = apply(state, pending)
            findings.commits_reported += 1
            pending = None
    if pending is not None:
        findings.killed_mid_transaction += 1
    actual = read_state(file, findings, key)
    if actual is not None:
        candidates = [state] if pending is None else [state, apply(state, pending)]
        if actual not in candidates:
            missing = set(state) - set(actual)
            findings.lost_or_unexpected.append(f"round {round_no}: missing {missing}")
    if actual is None or findings.problems:
        return False  # a damaged file cannot be carried into the next round
    findings.last_state = actual
    return True
