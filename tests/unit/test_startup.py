"""Start-up housekeeping: collection is held until the first screen, then resumed once."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from pmo_desktop.startup import hold_collection, resume_collection


@pytest.fixture
def restore_gc() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("restore_gc")
def test_resume_freezes_what_start_up_made_and_collects_again() -> None:
    hold_collection()
    assert not gc.isenabled()
    survivors = [[index] for index in range(1000)]  # long-lived start-up objects
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(survivors)


@pytest.mark.usefixtures("restore_gc")
def test_resume_is_a_no_op_when_collection_is_on() -> None:
    frozen = gc.get_freeze_count()
    resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_headless_verb_runs_with_collection_on() -> None:
    probe = textwrap.dedent(
        """
        import gc, sys
        import pmo_desktop.cli as cli
        def verb(args):
            print("collecting" if gc.isenabled() else "held")
            return 3
        parser = cli.build_parser
        def build():
            p = parser()
            p.set_defaults(handler=verb)
            return p
        cli.build_parser = build
        cli.run()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "collecting"
    assert result.returncode == 3  # main's status is the process's, output flushed first
