"""The unit of work: one short transaction per use case, retried when the server asks.

On a shared PostgreSQL server two transactions can collide: a deadlock (SQLSTATE 40P01) or a
serialization failure (40001) means the server rolled one of them back and it can simply run
again. ``transact`` runs a step in a unit of work and retries such a collision a few times
(with a short, growing pause), then refuses with ``BusyError`` — a message, never a
traceback. A SQLite file that stays locked past its ``busy_timeout`` is treated the same.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from pmo_desktop.domain.errors import BusyError

T = TypeVar("T")

#: SQLSTATEs a server uses for "run it again": serialization failure, deadlock detected.
RETRY_SQLSTATES = frozenset({"40001", "40P01"})
ATTEMPTS = 6
FIRST_PAUSE_S = 0.02


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back whole on any error."""
    session = sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_transient(error: BaseException) -> bool:
    """True for a collision the database resolves by rolling one transaction back."""
    if not isinstance(error, DBAPIError):
        return False
    code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if code in RETRY_SQLSTATES:
        return True
    return "database is locked" in str(error.orig)


def transact(
    sessions: sessionmaker[Session], step: Callable[[Session], T], *, attempts: int = ATTEMPTS
) -> T:
    """Run ``step`` in a unit of work, again (up to ``attempts`` times) after a collision."""
    pause, attempt = FIRST_PAUSE_S, 1
    while True:
        try:
            with unit_of_work(sessions) as session:
                return step(session)
        except DBAPIError as error:
            if not is_transient(error):
                raise
            if attempt >= attempts:
                raise BusyError(
                    "the shared database stayed busy with other users' changes: nothing was "
                    "saved; try again in a moment"
                ) from error
        time.sleep(pause * (1 + random.random()))  # jitter: colliding clients spread out
        pause, attempt = pause * 2, attempt + 1


def read(sessions: sessionmaker[Session], step: Callable[[Session], T]) -> T:
    """Run a reading ``step`` on one consistent snapshot of the database.

    An editor reads what it shows and the snapshot its save is checked against in one
    step; on a server both must come from the same moment, or a commit landing between the
    two reads would look like this user's change and be overwritten. SQLite gives every
    transaction one snapshot already; on PostgreSQL the step runs REPEATABLE READ.
    """

    def consistent(session: Session) -> T:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return step(session)

    return transact(sessions, consistent)
