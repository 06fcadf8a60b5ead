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
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

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

    @property
    def problems(self) -> int:
        """Every problem found in the database (a child's own failure is not counted)."""
        return (
            len(self.integrity_failures)
            + len(self.foreign_key_violations)
            + len(self.partial_batches)
            + len(self.lost_or_unexpected)
        )


def _send(fd: int, record: dict[str, Any]) -> None:
    os.write(fd, (json.dumps(record) + "\n").encode())  # < PIPE_BUF: written whole or not


def child_loop(make: Callable[[], Engine], fd: int, first_k: int, seed: int, big: bool) -> None:
    """Run in the forked child: commit random batch transactions forever, reporting each."""
    rng = random.Random(seed)
    engine = make()
    k = first_k
    with engine.connect():
        pass  # connected, pragmas set
    _send(fd, {"ready": True})
    while True:
        with engine.begin() as conn:
            existing = [row[0] for row in conn.exec_driver_sql("SELECT id FROM client")]
            choice = rng.random()
            if choice < 0.5 or not existing:
                k += 1
                n = rng.randint(20, 120) if big else rng.randint(1, 12)
                version = rng.randint(1, 10**9)
                _send(fd, {"intent": ["insert", k, n, version]})
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
                    _send(fd, {"intent": ["update", target, version]})
                    conn.exec_driver_sql(
                        "UPDATE program SET description = ? WHERE client_id = ?",
                        (str(version), client_id),
                    )
                else:
                    _send(fd, {"intent": ["delete", target]})
                    conn.exec_driver_sql("DELETE FROM client WHERE id = ?", (client_id,))
        _send(fd, {"done": True})


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


def read_state(file: Path, findings: Findings) -> State | None:
    """Recover the database (plain sqlite3, as a restart would) and read the batches back."""
    conn = sqlite3.connect(file)
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
    except sqlite3.DatabaseError as exc:
        findings.integrity_failures.append(str(exc))
        return None
    finally:
        conn.close()


def run_kills(
    file: Path,
    make: Callable[[], Engine],
    kills: int,
    *,
    seed: int,
    max_delay: float = 0.03,
    big: bool = False,
) -> Findings:
    """Fork, let the child commit for a random moment, SIGKILL it, check; ``kills`` times."""
    rng = random.Random(seed)
    findings = Findings()
    state: State = {}
    for round_no in range(kills):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            status = 0
            try:
                os.close(read_fd)
                child_loop(make, write_fd, round_no * 100_000, seed * 7919 + round_no, big)
            except BaseException:
                status = 3
            finally:
                os._exit(status)
        os.close(write_fd)
        data = b""
        if rng.random() < 0.8:  # most kills after the child is connected; some during start-up
            while b"\n" not in data and (chunk := os.read(read_fd, 65536)):
                data += chunk
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_fd, 65536):
            data += chunk
        os.close(read_fd)
        findings.kills += 1
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            findings.child_errors.append(f"round {round_no}: child ended with {status}")
            return findings
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
        actual = read_state(file, findings)
        if actual is not None:
            candidates = [state] if pending is None else [state, apply(state, pending)]
            if actual not in candidates:
                missing = set(state) - set(actual)
                findings.lost_or_unexpected.append(f"round {round_no}: missing {missing}")
        if actual is None or findings.problems:
            return findings  # a damaged file cannot be carried into the next round
        state = actual
    return findings
