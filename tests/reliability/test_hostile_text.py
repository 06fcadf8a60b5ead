"""Hostile text (markup, control characters, all of Unicode, huge strings) through every
text path: JSON round trip exact, CSV read back exact, XLSX without formulas and exact or
visibly cut, PDF without an exception."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmo_desktop.reports.tables import (
    TRUNCATION_MARKER,
    XLSX_MAX_TEXT,
    csv_bytes,
    protect,
    read_csv_rows,
    unprotect,
    xlsx_text,
)
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.services.workspace import Portfolio, open_portfolio

HUGE_MAX = 40_000
PDF_MAX = 3_000  # long text in PDFs has its own test in the people area (1 MB note)
CASES = {"json": 0, "csv": 0, "xlsx": 0, "pdf": 0}

MARKUP = [
    "<b>bold</b>",
    "a<b",
    "AT&T",
    "Jane <jane@x.com>",
    '<img src="/etc/passwd"/>',
    "<para>x</para>",
    "&amp;&lt;&#0;&#xD800;",
    "]]><![CDATA[",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "'=1",
    "''",
    "'",
    "$5 vs $10",
    "%s %d {0} {name}",
    "\\x00\\n",
    "Robert'); DROP TABLE person;--",
    "\u202eevil\u202c",
    "\ufeffBOM",
    "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦🏳️‍🌈",
    "مرحبا עברית 中文 日本語 한국어",
    "\x00\x01\x07\x1b[31m\x7f\x85\u2028\u2029",
]
unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
control_text = st.text(st.characters(max_codepoint=0x9F), max_size=40)
pieces = st.one_of(unicode_text, control_text, st.sampled_from(MARKUP))
huge = st.builds(
    lambda s, n: ((s or "x") * n)[:HUGE_MAX],
    st.sampled_from(MARKUP) | unicode_text,
    st.integers(300, 3000),
)
hostile = st.one_of(
    st.lists(pieces, min_size=1, max_size=5).map("".join),
    huge,
)
hostile_batches = st.lists(hostile, min_size=5, max_size=12)


@pytest.fixture(scope="module", autouse=True)
def _count_cases() -> Iterator[None]:
    """Print how many hostile strings each path took (``pytest -s``; the README's figure)."""
    yield
    print(f"\nhostile text cases: {CASES}, total {sum(CASES.values()):,}")


@pytest.fixture(scope="module")
def pair() -> Iterator[tuple[Portfolio, Portfolio]]:
    a, b = open_portfolio("sqlite://"), open_portfolio("sqlite://")
    yield a, b
    a.close()
    b.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=hostile_batches)
def test_hostile_text_survives_the_json_round_trip_exactly(
    pair: tuple[Portfolio, Portfolio], texts: list[str]
) -> None:
    source, target = pair
    with source.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM client")
        for i, text in enumerate(texts):
            conn.exec_driver_sql(
                "INSERT INTO client (name, industry, notes) VALUES (?, ?, ?)",
                (f"{i}{text}", text[:200], text),
            )
    exported = export_json_bytes(source)
    import_json_bytes(target, exported, replace=True)
    assert export_json_bytes(target) == exported
    with target.engine.connect() as conn:
        notes = [row[0] for row in conn.exec_driver_sql("SELECT notes FROM client ORDER BY id")]
    assert notes == texts
    CASES["json"] += len(texts)


@settings(max_examples=120, deadline=None)
@given(texts=hostile_batches)
def test_hostile_text_reads_back_from_csv_exactly(texts: list[str]) -> None:
    rows: list[list[Any]] = [[text, i, text[::-1]] for i, text in enumerate(texts)]
    data = csv_bytes(texts[:3], rows)
    back = read_csv_rows(data)
    assert [unprotect(cell) for cell in back[0]] == texts[:3]
    assert [[unprotect(r[0]), int(r[1]), unprotect(r[2])] for r in back[1:]] == rows
    CASES["csv"] += len(texts) * 2 + 3


def _xlsx_expectation(original: str, stored: str) -> None:
    """What ``xlsx_text`` wrote comes back exactly; it is the original after ``unprotect``
    unless visibly changed.

    Visible changes: U+FFFD for a character a spreadsheet cannot hold, a marker where text
    longer than a cell was cut. Line breaks are written as line feeds (a carriage return would
    come back as one anyway: XML normalises it).
    """
    written = xlsx_text(original)
    assert stored == written
    lines = original.replace("\r\n", "\n").replace("\r", "\n")
    if len(lines) > XLSX_MAX_TEXT:
        assert stored.endswith(TRUNCATION_MARKER)
    elif written == protect(lines):
        assert unprotect(stored) == lines


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(hostile, min_size=5, max_size=12), big=st.booleans())
def test_hostile_text_in_xlsx_is_never_a_formula_and_reads_back(
    texts: list[str], big: bool
) -> None:
    from openpyxl import Workbook, load_workbook

    if big:
        texts = [*texts, "=" + "y" * (XLSX_MAX_TEXT + 10)]
    workbook = Workbook()
    sheet = workbook.active
    for i, text in enumerate(texts, start=1):
        sheet.cell(row=i, column=1, value=xlsx_text(text))
    buffer = io.BytesIO()
    workbook.save(buffer)
    back = load_workbook(io.BytesIO(buffer.getvalue())).active
    for i, text in enumerate(texts, start=1):
        cell = back.cell(row=i, column=1)
        assert cell.data_type != "f", f"formula cell from {text!r}"
        _xlsx_expectation(text, "" if cell.value is None else str(cell.value))
    CASES["xlsx"] += len(texts)


@settings(max_examples=15, deadline=None)
@given(texts=st.lists(hostile.map(lambda t: t[:PDF_MAX]), min_size=4, max_size=8))
def test_hostile_text_lays_out_in_a_pdf_without_an_exception(texts: list[str]) -> None:
    from reportlab.platypus import Table

    from pmo_desktop.reports.pdf.common import build_pdf, para, paras, styles

    style = styles()["body"]
    story: list[Any] = []
    for text in texts:
        story.extend(paras(text, style))
        story.append(para(text, style))
    story.append(
        Table([[para(t[:300], style), para(t[::-1][:300], style)] for t in texts], splitInRow=1)
    )
    data = build_pdf(story, title=texts[0], footer=texts[-1])
    assert data.startswith(b"%PDF-")
    CASES["pdf"] += len(texts) * 3
