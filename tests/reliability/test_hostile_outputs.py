"""Exports that must not break on hostile text (each case failed on the code before the fix):

* a name holding a code point XML 1.0 cannot carry (U+FFFE, U+FFFF) made every XLSX export
  (staffing, RAID, pipeline, health) a file Excel and LibreOffice refuse or cut short: every
  XML part now parses with a strict parser, the character shown as U+FFFD;
* the staffing People sheet summed with SUMIF on the person's name, so two people called the
  same doubled and ``*``, ``?``, ``~`` or a leading ``<`` matched other names: its formulas
  sum on the person's id and give each person's hours, evaluated the way a spreadsheet does;
* a 10,000-character name (one word) stopped the status report, staffing and retrospective
  PDFs with "Flowable too large on page": the PDF is made and shows the start of the name.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pmo_desktop.cli import main
from pmo_desktop.reports.tables import xlsx_text
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from tests.conftest import make_demo_file, opened_copy
from tests.reliability.test_hostile_exports import MONDAY, assert_strict_xlsx

#: Appended to every name: two code points XML 1.0 forbids, two Unicode non-characters.
XML_HOSTILE = " \ufffe\uffff\ufdd0\U0001fffe"
NAMED = (
    ("person", "name"),
    ("client", "name"),
    ("program", "name"),
    ("project", "name"),
    ("raid_item", "title"),
)
#: One word of 10,000 characters (no space anywhere).
LONG_NAME = ("Wolfeschlegelsteinhausenbergerdorff" * 300)[:10_000]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("hostile-outputs"))


def _cli(*args: str | Path) -> None:
    """Run the command line in-process; it must succeed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    assert code == 0, err.getvalue()


def _rename(demo: Path, folder: Path, template: str) -> Path:
    """A copy of the demo where every name is ``template`` formatted with the old name and id."""
    with opened_copy(demo, folder) as portfolio, portfolio.engine.begin() as conn:
        for table, column in NAMED:
            rows = conn.exec_driver_sql(f"SELECT id, {column} FROM {table}").all()
            for row_id, old in rows:
                conn.exec_driver_sql(
                    f"UPDATE {table} SET {column} = ? WHERE id = ?",
                    (template.format(old=old, id=row_id), row_id),
                )
    return folder / "copy.sqlite"


def _xml_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
        )


# --- 1. XML-illegal code points ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["staffing", "raid", "pipeline", "health"])
def test_every_xlsx_export_is_well_formed_xml_with_xml_illegal_names(
    demo: Path, tmp_path: Path, kind: str
) -> None:
    db = _rename(demo, tmp_path, "{old}" + XML_HOSTILE)
    out = tmp_path / f"{kind}.xlsx"
    _cli("--db", db, "export", kind, out)
    data = out.read_bytes()
    assert_strict_xlsx(data)
    text = _xml_text(data)
    assert not {ch for ch in XML_HOSTILE.strip() if ch in text}
    assert " \ufffd\ufffd\ufffd\ufffd" in text  # visibly replaced, not dropped

    from openpyxl import load_workbook

    assert load_workbook(io.BytesIO(data)).worksheets


#: C0 controls, lone surrogates, non-characters (BMP block, end of the BMP, of planes 1 and 16).
ILLEGAL = "\x00 \x08 \x0b \x0c \x1f \ud800 \udfff \ufdd0 \ufdef \ufffe \uffff"
ILLEGAL += " \U0001fffe \U0001ffff \U0010fffe \U0010ffff"


@pytest.mark.parametrize("bad", ILLEGAL.split(" "))
def test_xlsx_text_replaces_what_a_spreadsheet_cannot_hold(bad: str) -> None:
    assert xlsx_text(f"a{bad}b") == "a\ufffdb"
    assert xlsx_text(f"={bad}") == "'=\ufffd"  # the formula guard still applies


def test_xlsx_text_keeps_tabs_line_breaks_and_the_neighbours_of_illegal_ranges() -> None:
    assert xlsx_text("a\tb\nc\r\nd\re") == "a\tb\nc\nd\ne"
    legal = "\ufdcf\ufdf0\ufffc\ufffd\U0001fffd\U00020000\U0010fffd\u00e9\u4e2d\x7f"
    assert xlsx_text(legal) == legal


def test_a_workbook_of_cleaned_text_saves_as_strict_xml_even_with_lone_surrogates() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for i, bad in enumerate(["\ud800", "x\udfffy", "\ufffe", "\U0010ffff", "\x01"], start=1):
        sheet.cell(row=i, column=1, value=xlsx_text(bad))
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert_strict_xlsx(buffer.getvalue())


# --- 2. People totals that cannot collide --------------------------------------------------

#: (id, name, hours a week on project 1, on project 2): a name twice, and names SUMIF reads as
#: wildcards (``*``, ``?``, ``~``) or as a comparison (a leading ``<``).
PEOPLE = (
    (1, "Alex Kim", 10.0, 2.5),
    (2, "Alex Kim", 20.0, 0.0),
    (3, "*", 5.0, 0.0),
    (4, "<Zed", 7.0, 1.0),
    (5, "Jo?", 3.0, 0.0),
    (6, "Joe", 4.0, 0.0),
    (7, "a~*", 6.0, 0.0),
    (8, "a*", 8.0, 0.0),
)
WEEKS = 3

_SUMIF = re.compile(
    r"=SUMIF\((?P<sheet>\w+)!\$(?P<col>[A-Z]+)\$(?P<top>\d+):\$(?P=col)\$(?P<bottom>\d+),"
    r"(?P<criterion>[^,]+),"
    r"(?P<sum_sheet>\w+)!(?P<sum_col>[A-Z]+)\$(?P<sum_top>\d+):(?P=sum_col)\$(?P<sum_bottom>\d+)\)"
)


def _criterion_matches(criterion: Any, value: Any) -> bool:
    """Whether SUMIF counts a cell holding ``value`` for ``criterion``, by the spreadsheet
    rules (enough of them for these cells): a number matches an equal number; text may start
    with a comparison (``=``, ``<>``, ``<``, ``<=``, ``>``, ``>=``), and for equality holds
    wildcards (``*`` any run, ``?`` one character, ``~`` takes the next one literally);
    text compares without regard to case."""
    if isinstance(criterion, int | float):
        return isinstance(value, int | float) and value == criterion
    text = str(criterion)
    op = next((o for o in ("<=", ">=", "<>", "<", ">", "=") if text.startswith(o)), "")
    operand = text[len(op) :]
    if op in ("<", "<=", ">", ">="):
        if not isinstance(value, str):
            return False
        a, b = value.casefold(), operand.casefold()
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
    pattern, chars = "", iter(operand)
    for ch in chars:
        if ch == "~":
            pattern += re.escape(next(chars, "~"))
        else:
            pattern += {"*": ".*", "?": "."}.get(ch, re.escape(ch))
    equal = isinstance(value, str) and re.fullmatch(pattern, value, re.I | re.S) is not None
    return not equal if op == "<>" else equal


def _sumif(book: Any, sheet: str, formula: str) -> tuple[float, str, str]:
    """A SUMIF formula of ``sheet`` evaluated as a spreadsheet would, with the header of the
    column it matches on and its criterion as written."""
    m = _SUMIF.fullmatch(formula)
    assert m, f"not a SUMIF over one column: {formula!r}"
    keys, sums = book[m["sheet"]], book[m["sum_sheet"]]
    written = m["criterion"]
    if re.fullmatch(r"\$?[A-Z]+\$?\d+", written):
        criterion = book[sheet][written.replace("$", "")].value
    else:
        criterion = float(written) if re.fullmatch(r"-?\d+(\.\d+)?", written) else written
    assert (m["top"], m["bottom"]) == (m["sum_top"], m["sum_bottom"])
    total = 0.0
    for r in range(int(m["top"]), int(m["bottom"]) + 1):
        if _criterion_matches(criterion, keys[f"{m['col']}{r}"].value):
            hours = sums[f"{m['sum_col']}{r}"].value
            total += hours if isinstance(hours, int | float) else 0.0
    return total, str(keys[f"{m['col']}1"].value), written


def test_people_totals_sum_each_person_by_id_however_they_are_named(
    portfolio: Portfolio,
) -> None:
    from openpyxl import load_workbook

    from pmo_desktop.reports.staffing_export import staffing_plan, staffing_workbook

    with portfolio.engine.begin() as conn:
        run = conn.exec_driver_sql
        run("INSERT INTO client (id, name) VALUES (1, 'Acme')")
        run("INSERT INTO program (id, client_id, name) VALUES (1, 1, 'Portal')")
        for project in (1, 2):
            run(
                "INSERT INTO project (id, program_id, name, stage, win_probability,"
                " budget_cents, priority, billable) VALUES (?, 1, ?, 'active', 100, 0, 2, 1)",
                (project, f"Project {project}"),
            )
        for pid, name, *hours in PEOPLE:
            run(
                "INSERT INTO person (id, name, role, weekly_hours, active)"
                " VALUES (?, ?, 'PM', 40, 1)",
                (pid, name),
            )
            for project, h in enumerate(hours, start=1):
                for week in range(WEEKS if h else 0):
                    run(
                        "INSERT INTO allocation (person_id, project_id, week, hours, tentative)"
                        " VALUES (?, ?, ?, ?, 0)",
                        (pid, project, (MONDAY + timedelta(weeks=week)).isoformat(), h),
                    )
    with unit_of_work(portfolio.sessions) as session:
        plan = staffing_plan(session, MONDAY, WEEKS)
    buffer = io.BytesIO()
    staffing_workbook(plan).save(buffer)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    people = book["People"]
    expected = {pid: [p1 + p2] * WEEKS for pid, _, p1, p2 in PEOPLE}
    names = {pid: name for pid, name, *_ in PEOPLE}

    rows = list(people.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(PEOPLE)
    totals, keyed_by = {}, {}
    for person, row in zip(plan.grid.people, rows, strict=True):
        assert row[0] == xlsx_text(names[person.id])
        results = [_sumif(book, "People", str(formula)) for formula in row[2:]]
        totals[person.id] = [value for value, _, _ in results]
        keyed_by[person.id] = {(header, written) for _, header, written in results}
    # Summed on names, the two Alex Kims and the wildcard names took others' hours.
    assert totals == expected
    assert keyed_by == {pid: {("Person ID", str(pid))} for pid in names}
    # The Allocations sheet's own totals still add up to every hour of the plan.
    allocations = book["Allocations"]
    header = [c.value for c in allocations[1]]
    assert header[-2:] == ["Total", "Person ID"]
    ids = [r[-1] for r in allocations.iter_rows(min_row=2, values_only=True)][:-1]
    assert sorted(set(ids)) == sorted(names)


# --- 3. A 10,000-character name in PDFs ----------------------------------------------------


def _pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext reads it, without any whitespace (wrapped words join)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return re.sub(r"\s+", "", out.stdout.decode("utf-8"))


def _busiest_program(db: Path) -> int:
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as conn:
        (program,) = conn.execute(
            "SELECT p.program_id FROM allocation a JOIN project p ON p.id = a.project_id"
            " WHERE p.stage = 'active' AND a.week >= ?"
            " GROUP BY p.program_id ORDER BY SUM(a.hours) DESC LIMIT 1",
            (date.today().isoformat(),),
        ).fetchone()
    return int(program)


def test_a_status_report_with_10000_character_names_is_made_and_shows_them(
    demo: Path, tmp_path: Path
) -> None:
    db = _rename(demo, tmp_path, LONG_NAME + "{id}")
    out = tmp_path / "status.pdf"
    _cli("--db", db, "export", "status-report", out, "--program", str(_busiest_program(db)))
    assert out.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(out)
    assert f"Statusreport—{LONG_NAME[:150]}" in text  # the title, cut later with "…"
    assert text.count(LONG_NAME[:150]) >= 3  # program, projects, people


def test_a_staffing_pdf_with_10000_character_names_is_made_and_shows_them(
    demo: Path, tmp_path: Path
) -> None:
    db = _rename(demo, tmp_path, LONG_NAME + "{id}")
    out = tmp_path / "staffing.pdf"
    first = date.today() - timedelta(days=date.today().weekday())
    _cli("--db", db, "export", "staffing", out, "--from", first.isoformat(), "--weeks", "13")
    assert out.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(out)
    assert text.count(LONG_NAME[:150]) >= 2  # people and their projects


def test_a_retrospective_with_10000_character_text_is_made_and_shows_it(tmp_path: Path) -> None:
    from pmo_desktop.domain.reporting import RetroFormat
    from pmo_desktop.reports.pdf.retrospective import write_retrospective
    from pmo_desktop.services.reports.retrospectives import (
        RetroActionRow,
        RetroBoard,
        RetroData,
        RetroItemRow,
    )

    data = RetroData(LONG_NAME, RetroFormat.START_STOP_CONTINUE, MONDAY, 1)
    action = RetroActionRow(1, 1, LONG_NAME + " " + LONG_NAME, 1, LONG_NAME, MONDAY, False)
    board = RetroBoard(1, data, LONG_NAME, (RetroItemRow(1, "Start", LONG_NAME, 2),), (action,))
    out = tmp_path / "retro.pdf"
    write_retrospective(out, board)
    assert out.read_bytes().startswith(b"%PDF-")
    assert _pdf_text(out).count(LONG_NAME[:150]) >= 4  # title, scope, note, action, owner


def test_a_table_cell_of_any_length_stays_shorter_than_a_page() -> None:
    from reportlab.lib.units import mm

    from pmo_desktop.reports.pdf.common import ELLIPSIS, MAX_CELL_HEIGHT, cell, styles

    style = styles()["cell"]
    for width in (20 * mm, 60 * mm, 180 * mm):
        for text in (LONG_NAME, "word " * 4000, "a<b & c\n" * 2000):
            paragraph = cell(text, style, width)
            _, height = paragraph.wrap(width - 12, 1e9)
            assert height <= MAX_CELL_HEIGHT
            assert paragraph.getPlainText().endswith(ELLIPSIS)
        short = cell("Ana <Lima> & co", style, width)
        assert short.getPlainText() == "Ana <Lima> & co"
