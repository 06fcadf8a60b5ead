"""The shareable retrospective PDF: columns, notes by votes, actions, escaped text."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.reporting import RetroFormat
from pmo_desktop.reports.pdf.retrospective import write_retrospective
from pmo_desktop.services.reports import retrospectives as reporting
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Person, Program, Project

HOSTILE = 'Stop <b>merging</b> on Friday & "AT&T" <img src="x"/>'


def test_retrospective_pdf_reads_back_with_columns_votes_and_actions(
    portfolio: Portfolio, tmp_path: Path
) -> None:
    with unit_of_work(portfolio.sessions) as s:
        owner = Person(name="Ana Lima", role=Role.PM, weekly_hours=40)
        client = Client(name="Acme")
        s.add_all([owner, client])
        s.flush()
        program = Program(client_id=client.id, name="Portal")
        s.add(program)
        s.flush()
        project = Project(program_id=program.id, name="Checkout", stage=Stage.ACTIVE)
        s.add(project)
        s.flush()
        retro = reporting.create_retrospective(
            s,
            reporting.RetroData(
                "Sprint 12 retro", RetroFormat.START_STOP_CONTINUE, date(2026, 11, 20), project.id
            ),
        )
        reporting.add_retro_item(s, retro, "Start", "Pair on QA")
        stop = reporting.add_retro_item(s, retro, "Stop", HOSTILE)
        reporting.vote(s, stop.id, 3)
        reporting.add_retro_action(
            s,
            retro,
            reporting.RetroActionData("Freeze merges after Thursday", owner.id, date(2026, 12, 4)),
        )
        board = reporting.retrospective(s, retro)
    out = tmp_path / "retro.pdf"
    write_retrospective(out, board)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
    ).stdout.decode()
    flat = re.sub(r"\s+", "", text)
    for expected in (
        "Sprint 12 retro",
        "Start",
        "Stop",
        "Continue",
        "Pair on QA",
        "Freeze merges after Thursday",
        "Ana Lima",
        "(3 votes)",
    ):
        assert re.sub(r"\s+", "", expected) in flat
    assert re.sub(r"\s+", "", HOSTILE) in flat
