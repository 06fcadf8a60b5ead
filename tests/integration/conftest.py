"""Fixtures of the integration tests: a PostgreSQL cluster per module that asks for one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.pg import cluster


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A PostgreSQL cluster for this module; a URL template (``{}``: the database name)."""
    yield from cluster()
