"""Status reports end to end: CLI export, text read back, snapshots reproduce the bytes."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmo_desktop.domain.reporting import ReportScope
from pmo_desktop.reports.pdf.status_report import rag_text, render_status_report
from pmo_desktop.services.demo import generate
from pmo_desktop.services.reports import drafts as reporting
from pmo_desktop.services.reports import status
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio

HOSTILE = 'Sign the CR <b>now</b> & "AT&T" <img src="/etc/passwd"/>'


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("status") / "demo.sqlite"
    portfolio = open_portfolio(path)
    generate(portfolio.engine, size="small", seed=1, today=date.today())
    portfolio.close()
    return path


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def _qpdf_ok(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_cli_status_report_holds_program_rags_with_reasons_milestones_and_risks(
    demo_db: Path, tmp_path: Path
) -> None:
    portfolio = open_portfolio(demo_db, create=False)
    with unit_of_work(portfolio.sessions) as s:
        target = status.find_program(s, "Digital Banking Refresh")
        reporting.save_report_draft(
            s,
            ReportScope.PROGRAM,
            target,
            reporting.ReportText("Steady progress.", "Login shipped.", "Pilot.", HOSTILE),
        )
        expected = status.build_payload(s, ReportScope.PROGRAM, target, date.today())
    portfolio.close()
    out = tmp_path / "report.pdf"
    result = _cli(
        demo_db, "export", "status-report", str(out), "--program", "Digital Banking Refresh"
    )
    assert result.returncode == 0, result.stderr
    _qpdf_ok(out)
    text = _text(out)
    squashed = _squash(text)
    assert "Digital Banking Refresh" in text
    for key in ("overall", "budget", "timeline", "scope"):
        verdict = expected["health"][key]
        assert rag_text(verdict["rag"]) in text
        assert _squash(verdict["why"]) in squashed
    assert expected["milestones"], "the demo program has milestones in the window"
    for milestone in expected["milestones"]:
        assert _squash(milestone["name"]) in squashed
    assert expected["risks"], "the demo program has open risks"
    for risk in expected["risks"]:
        assert _squash(risk["title"]) in squashed
    assert _squash(HOSTILE) in squashed  # escaped: printed as typed, not parsed as markup

    snapshot = re.search(r"snapshot (\d+)", result.stdout)
    assert snapshot is not None
    again = tmp_path / "again.pdf"
    result = _cli(demo_db, "export", "status-report", str(again), "--snapshot", snapshot[1])
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == out.read_bytes()


def test_snapshot_reproduces_identical_bytes_after_the_data_changed(demo_db: Path) -> None:
    portfolio = open_portfolio(demo_db, create=False)
    with unit_of_work(portfolio.sessions) as s:
        client = status.find_client(s, "1")
        payload = status.build_payload(s, ReportScope.CLIENT, client, date(2026, 1, 5))
        first = render_status_report(payload)
        snapshot = status.issue_report(s, payload)
    with unit_of_work(portfolio.sessions) as s:
        reporting.save_report_draft(
            s, ReportScope.CLIENT, client, reporting.ReportText("Changed since")
        )
        stored = status.snapshot_payload(s, snapshot)
        history = status.build_payload(s, ReportScope.CLIENT, client, date.today())["history"]
    portfolio.close()
    assert render_status_report(stored) == first
    assert {"date": "2026-01-05", "rag": payload["health"]["overall"]["rag"]} in history


def test_demo_programs_have_six_monthly_reports_whose_health_moves(demo_db: Path) -> None:
    portfolio = open_portfolio(demo_db, create=False)
    with unit_of_work(portfolio.sessions) as s:
        month_ago = date.today() - timedelta(days=20)  # other tests issue reports for today
        issued = [
            r for r in status.list_snapshots(s, ReportScope.PROGRAM) if r.issued_on < month_ago
        ]
        programs = {r.program_id for r in issued}
        assert len(programs) == 4
        program = min(p for p in programs if p is not None)
        mine = [r for r in issued if r.program_id == program]
        newest = status.snapshot_payload(s, mine[0].id)
        pdf = render_status_report(newest)
        again = render_status_report(status.snapshot_payload(s, mine[0].id))
    portfolio.close()
    days = sorted(r.issued_on for r in mine)
    assert len(days) == 6 and days[-1] < date.today()
    assert all(20 <= (b - a).days <= 35 for a, b in itertools.pairwise(days))
    rags = [h["rag"] for h in newest["history"]] + [newest["health"]["overall"]["rag"]]
    assert len(rags) == 6 and len(set(rags)) > 1, "the health-over-time chart has a real line"
    assert newest["health"]["overall"]["overridden"] and newest["text"]["executive_summary"]
    assert pdf == again
    assert "Health over time" in _pdf_text(pdf)


def _pdf_text(data: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def test_cli_refuses_unknown_targets_and_extensions_in_one_line(
    demo_db: Path, tmp_path: Path
) -> None:
    result = _cli(demo_db, "export", "status-report", str(tmp_path / "x.pdf"), "--client", "Nope")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no client" in result.stderr
    result = _cli(demo_db, "export", "status-report", str(tmp_path / "x.docx"), "--program", "1")
    assert result.returncode == 2 and "use .pdf" in result.stderr


def test_demo_reports_are_the_same_bytes_for_the_same_seed_and_day(
    demo_db: Path, tmp_path: Path
) -> None:
    import sqlite3

    again = tmp_path / "again.sqlite"
    made = open_portfolio(again)
    generate(made.engine, size="small", seed=1, today=date.today())
    made.close()

    def demo_reports(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with sqlite3.connect(path) as conn:
            rows = conn.execute(
                "SELECT id, scope, program_id, title, issued_on, issued_at, overall_rag, "
                "executive_summary, payload FROM status_report_snapshot ORDER BY id"
            ).fetchall()
            overrides = conn.execute("SELECT * FROM health_override ORDER BY id").fetchall()
        # other tests of this module issue reports of their own, timed now
        return [r for r in rows if str(r[5]).endswith("16:30:00.000000")], overrides

    (first, overrides), (second, overrides_again) = demo_reports(demo_db), demo_reports(again)
    assert len(first) == 24 and first == second
    assert overrides == overrides_again, "the months' overrides are gone again"
