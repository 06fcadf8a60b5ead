"""`pmo-desktop export staffing` end to end: CSV, XLSX (read back) and PDF, and refusals."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.integration.test_cli import assert_refused, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("staffing") / "demo.sqlite"
    assert run("demo", path).returncode == 0
    return path


def db_hours(path: Path, first: str, last: str) -> float:
    with sqlite3.connect(path) as conn:
        (total,) = conn.execute(
            "SELECT SUM(a.hours) FROM allocation a JOIN person p ON p.id = a.person_id "
            "WHERE p.active AND a.week >= ? AND a.week <= ?",
            (first, last),
        ).fetchone()
    return float(total)


def first_week(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        (week,) = conn.execute("SELECT MIN(week) FROM allocation").fetchone()
    return str(week)


def test_xlsx_totals_are_formulas_and_match_the_database(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    start = first_week(demo)
    result = run("--db", demo, "export", "staffing", out, "--from", start, "--weeks", "10")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    sheet = book["Allocations"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Person", "Role", "Client", "Project", "Tentative"]
    assert header[5] == start and header[-2:] == ["Total", "Person ID"] and len(header) == 17
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    body, totals = rows[:-1], rows[-1]
    numbers = [v for row in body for v in row[5:15] if v is not None]
    assert all(isinstance(v, int | float) for v in numbers)
    last = (date.fromisoformat(start) + timedelta(weeks=9)).isoformat()
    assert sum(numbers) == pytest.approx(db_hours(demo, start, last))
    assert totals[0] == "All people"
    assert all(str(v).startswith("=SUM(F2:") or str(v).startswith("=SUM(") for v in totals[5:16])
    assert str(body[0][15]).startswith("=SUM(F2:O2")
    assert sheet.freeze_panes == "F2"
    people = book["People"]
    assert str(people["C2"].value).startswith("=SUMIF(Allocations!")
    assert people.conditional_formatting  # over-allocation turns red


def test_csv_has_a_row_per_person_and_project_and_totals(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    start = first_week(demo)
    assert (
        run("--db", demo, "export", "staffing", out, "--from", start, "--weeks", "4").returncode
        == 0
    )
    text = out.read_bytes().decode("utf-8-sig").splitlines()
    assert text[0].split(",")[-1] == "Total"
    last = text[-1].split(",")
    assert last[0] == "All people"
    end = (date.fromisoformat(start) + timedelta(weeks=3)).isoformat()
    assert float(last[-1]) == pytest.approx(db_hours(demo, start, end))


def test_pdf_is_landscape_with_people_and_chart(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert run("--db", demo, "export", "staffing", out, "--weeks", "13").returncode == 0
    reader = PdfReader(out)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Staffing plan" in text and "Page 1 of" in text
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_unknown_extension_and_bad_date_are_refused(demo: Path, tmp_path: Path) -> None:
    assert_refused(run("--db", demo, "export", "staffing", tmp_path / "x.txt"), "use .csv")
    assert_refused(
        run("--db", demo, "export", "staffing", tmp_path / "x.csv", "--from", "March"),
        "--from must be a date",
    )
