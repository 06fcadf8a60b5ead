"""``export raid`` end to end: XLSX and CSV hold user text as text, never as a formula."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.cli import main
from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.risk import RaidKind
from pmo_desktop.reports.tables import read_csv_rows, unprotect
from pmo_desktop.services.raid import edits as raid
from pmo_desktop.services.raid.register import RaidData
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import open_portfolio
from pmo_desktop.store.models import Client, Person, Program

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1",
    "@SUM(A1:A9)",
    "-2",
    '=HYPERLINK("http://x","y")',
    "-2+3",
    "'quoted",
    "Plain & <safe> 🙂",
]


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("raid") / "p.sqlite"
    portfolio = open_portfolio(path)
    try:
        with unit_of_work(portfolio.sessions) as s:
            s.add(Person(id=1, name="=Owner()", role=Role.PM, weekly_hours=40, active=True))
            s.add(Client(id=1, name="@Client"))
            s.flush()
            s.add(Program(id=1, client_id=1, name="-Program"))
            s.flush()
            for title in HOSTILE:
                raid.create_item(
                    s,
                    RaidData(
                        kind=RaidKind.RISK,
                        title=title,
                        raised_date=date(2026, 5, 1),
                        owner_id=1,
                        program_id=1,
                    ),
                    who="+who",
                )
    finally:
        portfolio.close()
    return path


def test_xlsx_export_holds_no_formula_built_from_user_text(
    hostile_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "raid.xlsx"
    assert main(["--db", str(hostile_db), "export", "raid", str(out)]) == 0
    assert "8 entries" in capsys.readouterr().out
    sheet = load_workbook(out).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [t for t in texts if t.startswith(("=", "+", "-", "@", "\t"))]
    titles = [unprotect(sheet.cell(row=r, column=3).value) for r in range(2, sheet.max_row + 1)]
    assert titles == HOSTILE
    assert {sheet.cell(row=2, column=c).value for c in (4, 5, 7)} == {
        "'@Client",
        "'-Program",
        "'=Owner()",
    }


def test_csv_export_protects_cells_and_reverses_exactly(hostile_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "raid.csv"
    assert main(["--db", str(hostile_db), "export", "raid", str(out)]) == 0
    rows = read_csv_rows(out.read_bytes())
    assert rows[0][:3] == ["ID", "Kind", "Title"]
    assert [unprotect(r[2]) for r in rows[1:]] == HOSTILE
    assert not [c for r in rows[1:] for c in r if c.startswith(("=", "+", "@", "\t"))]


def test_unknown_extension_is_refused_in_one_line(
    hostile_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(hostile_db), "export", "raid", str(tmp_path / "raid.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "use .csv or .xlsx" in err[0]
    assert not (tmp_path / "raid.pdf").exists()
