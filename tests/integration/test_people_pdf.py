"""Evaluation PDFs end to end: CLI, text read back, hostile text, encryption, team export."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.people import EvidenceKind, FeedbackKind
from pmo_desktop.domain.rating import EvaluationKind, EvaluationStatus
from pmo_desktop.reports.pdf.common import MISSING_GLYPH_MARKER
from pmo_desktop.reports.pdf.evaluation import export_team, render_evaluation
from pmo_desktop.services.people import evaluations as ev
from pmo_desktop.services.people import growth
from pmo_desktop.services.people import one_on_ones as svc
from pmo_desktop.services.people.evidence import evidence_panel
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store.models import Person

HOSTILE_NAME = 'Zoë <b>O\'Brien</b> & "AT&T" <img src="/etc/passwd"/>'
CJK = "项目经理"
RTL = "שלום עולם مرحبا"
EMOJI = "🚀"
LONG_WORD = "x" * 10_000


def _squash(text: str) -> str:
    """Text without whitespace or the bidi embedding marks pdftotext adds around RTL runs."""
    return re.sub(r"[\s\u202a-\u202e]+", "", text)


def _body(text: str) -> str:
    """The text without the running footers, so text broken across pages joins up."""
    keep = [
        line
        for line in text.splitlines()
        if not line.startswith("Confidential —") and not re.fullmatch(r"Page \d+ of \d+", line)
    ]
    return "\n".join(keep)


def _pdftotext(path: Path, password: str | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password:
        args += ["-upw", password]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _qpdf_ok(path: Path, password: str | None = None) -> None:
    args = ["qpdf", "--check"] + ([f"--password={password}"] if password else []) + [str(path)]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _run(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in-process (fast); ``_cli`` runs it as a real subprocess."""
    import contextlib
    import io

    from pmo_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = {key: os.environ.get(key) for key in env or {}}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", str(db), *args])
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def _cli(
    db: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A portfolio with one rated, evidenced, shared evaluation with hostile text in it."""
    path = tmp_path_factory.mktemp("people") / "p.sqlite"
    portfolio = open_portfolio(path)
    try:
        with unit_of_work(portfolio.sessions) as s:
            s.add(Person(id=1, name="Dana Reyes", role=Role.AD, weekly_hours=40))
            s.add(Person(id=2, name=HOSTILE_NAME, role=Role.PM, weekly_hours=40, manager_id=1))
        with unit_of_work(portfolio.sessions) as s:
            meeting = svc.start_one_on_one(s, 2, date(2026, 3, 2))
            svc.update_one_on_one(s, meeting.id, notes=f"Plan agreed {RTL}. Then {CJK} {EMOJI}")
            growth.add_feedback(
                s,
                2,
                growth.FeedbackInput(
                    date(2026, 4, 1),
                    FeedbackKind.PRAISE,
                    "Flagged the vendor risk & fixed it",
                    "In the <RAID> review",
                    "Kept the date",
                ),
            )
            eid = ev.create_evaluation(s, 2, "2026-H1", EvaluationKind.MID_YEAR)
            panel = evidence_panel(s, 2, "2026-H1")
            ratings = ev.evaluation(s, eid).ratings
            for i, row in enumerate(ratings):
                ev.rate(s, row.id, 1 + i % 5, f"Comment {i} on {row.name}: a<b && c>d")
                ev.attach_evidence(s, row.id, panel[i % len(panel)])
            ev.attach_evidence(
                s, ratings[0].id, ev.EvidenceItem(EvidenceKind.NOTE, None, LONG_WORD)
            )
            ev.update_fields(
                s,
                eid,
                ev.EvaluationFields(
                    3,
                    2,
                    f"Strong {RTL}. Calm {EMOJI}",
                    "Delegate more; <script>x</script>",
                    f"Lead the QBR {CJK}",
                ),
            )
            ev.set_status(s, eid, EvaluationStatus.FINAL)
            ev.set_status(s, eid, EvaluationStatus.SHARED)
            ev.set_status(
                s,
                eid,
                EvaluationStatus.DRAFT,
                "Client feedback arrived late",
                datetime(2026, 7, 3, 8, 0, tzinfo=UTC),
            )
            ev.set_status(s, eid, EvaluationStatus.FINAL)
    finally:
        portfolio.close()
    return path


def test_cli_pdf_holds_every_rating_comment_and_evidence_item(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "eval.pdf"
    result = _cli(db, "export", "evaluation", str(out), "--person", "2", "--period", "2026-h1")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert "U+9879" in result.stderr  # the CJK characters are reported, not dropped silently
    _qpdf_ok(out)
    text = _pdftotext(out)
    flat = _squash(_body(text))
    portfolio = open_portfolio(db, create=False)
    try:
        with unit_of_work(portfolio.sessions) as s:
            detail = ev.evaluation(s, ev.find_evaluation(s, 2, "2026-H1") or 0)
    finally:
        portfolio.close()
    for row in detail.ratings:
        assert row.rating is not None and row.comment is not None
        assert _squash(f"{row.name} — {row.rating}/5") in flat
        assert _squash(row.comment) in flat
        for item in row.evidence:
            expected = item.label.replace(CJK, MISSING_GLYPH_MARKER * len(CJK))
            expected = expected.replace(EMOJI, MISSING_GLYPH_MARKER)
            assert _squash(expected) in flat, item.label[:80]
    assert _squash(HOSTILE_NAME) in flat
    assert "Confidential" in text and "Page 1 of" in text
    assert "Client feedback arrived late" in text
    assert _squash(f"Strong {RTL}. Calm {MISSING_GLYPH_MARKER}") in flat  # RTL: logical order
    assert _squash(LONG_WORD) in flat
    assert "Signatures" in text and "Evidence appendix" in text


def test_cli_refuses_unknown_extension_person_and_period(db: Path, tmp_path: Path) -> None:
    cases = [
        (
            [
                "export",
                "evaluation",
                str(tmp_path / "x.docx"),
                "--person",
                "2",
                "--period",
                "2026-H1",
            ],
            "use .pdf",
        ),
        (
            [
                "export",
                "evaluation",
                str(tmp_path / "x.pdf"),
                "--person",
                "Nobody",
                "--period",
                "2026-H1",
            ],
            "no person",
        ),
        (
            [
                "export",
                "evaluation",
                str(tmp_path / "x.pdf"),
                "--person",
                "2",
                "--period",
                "2025-H1",
            ],
            "no evaluation",
        ),
        (
            ["export", "evaluation", str(tmp_path / "x.pdf"), "--person", "2", "--period", "H1"],
            "period",
        ),
    ]
    for args, message in cases:
        result = _run(db, *args)
        assert result.returncode == 2
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "x.pdf").exists()


def test_password_protected_pdf_needs_the_password(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "locked.pdf"
    result = _run(
        db,
        "export",
        "evaluation",
        str(out),
        "--person",
        "2",
        "--period",
        "2026-H1",
        "--password-env",
        "EVAL_PW",
        env={"EVAL_PW": "s3cret"},
    )
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == pypdf.PasswordType.NOT_DECRYPTED
    assert reader.decrypt("s3cret") != pypdf.PasswordType.NOT_DECRYPTED
    _qpdf_ok(out, "s3cret")
    assert "Confidential" in _pdftotext(out, "s3cret")


def test_a_one_megabyte_note_splits_across_pages_without_loss(tmp_path: Path) -> None:
    lines = [
        f"Line {i}: the vendor delivered the test data late again & again." for i in range(16_000)
    ]
    note = "\n".join(lines)
    assert len(note) > 1_000_000
    detail = _detail(strengths=note)
    pdf = render_evaluation(detail)
    path = tmp_path / "big.pdf"
    path.write_bytes(pdf.data)
    _qpdf_ok(path)
    text = _pdftotext(path)
    assert _squash(note) in _squash(_body(text))
    assert len(pypdf.PdfReader(path).pages) > 100


def test_team_export_writes_one_file_per_evaluated_member_with_progress(
    db: Path, tmp_path: Path
) -> None:
    calls: list[tuple[int, int, str]] = []
    portfolio = open_portfolio(db, create=False)
    try:
        with unit_of_work(portfolio.sessions) as s:
            done = export_team(
                s,
                "2026-H1",
                tmp_path / "team",
                progress=lambda i, n, name: calls.append((i, n, name)) or True,
            )
    finally:
        portfolio.close()
    assert len(done) == 1 and done[0].path.exists()
    assert done[0].path.name.startswith("evaluation-2026-H1-") and set(CJK) <= done[0].missing
    assert calls == [(0, 1, HOSTILE_NAME), (1, 1, "")]


# ------------------------------------------------------------------- arbitrary text


def _detail(**texts: str) -> ev.EvaluationDetail:
    def t(key: str, default: str) -> str:
        return texts.get(key, default)

    evidence = (ev.EvidenceItem(EvidenceKind.FEEDBACK, date(2026, 2, 1), t("evidence", "E")),)
    ratings = tuple(
        ev.RatingRow(
            i,
            f"k{i}",
            t("competency", f"Competency {i}"),
            t("description", "D"),
            (t("rubric", "R1"), "R2", "R3", "R4", "R5"),
            1 + i % 5,
            t("comment", "C"),
            evidence,
        )
        for i in range(6)
    )
    return ev.EvaluationDetail(
        id=1,
        person_id=2,
        person=t("person", "Ana"),
        role=Role.SPM,
        manager=t("manager", "Dana"),
        period="2026-H1",
        kind=EvaluationKind.ANNUAL,
        status=EvaluationStatus.FINAL,
        fields=ev.EvaluationFields(
            4, 3, t("strengths", "S"), t("development", "D"), t("next_goals", "G")
        ),
        ratings=ratings,
        reopenings=(
            ev.Reopening(
                datetime(2026, 7, 1, tzinfo=UTC), EvaluationStatus.FINAL, t("reason", "R")
            ),
        ),
        previous_ratings={"k0": 3},
        previous_overall=3,
    )


FIELDS = (
    "person",
    "manager",
    "competency",
    "description",
    "rubric",
    "comment",
    "evidence",
    "strengths",
    "development",
    "next_goals",
    "reason",
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(FIELDS), st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
    )
)
def test_arbitrary_text_in_every_field_renders(texts: dict[str, str]) -> None:
    pdf = render_evaluation(_detail(**texts))
    assert pdf.data.startswith(b"%PDF")


def test_cli_exports_the_one_on_one_schedule_as_ics(db: Path, tmp_path: Path) -> None:
    import icalendar

    out = tmp_path / "schedule.ics"
    result = _run(db, "export", "schedule", str(out))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == [f"1:1 with {HOSTILE_NAME}"]
    again = tmp_path / "again.ics"
    assert _run(db, "export", "schedule", str(again)).returncode == 0
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in events]
    bad = _run(db, "export", "schedule", str(tmp_path / "schedule.csv"))
    assert bad.returncode == 2 and "use .ics" in bad.stderr
