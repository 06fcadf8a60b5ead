"""A staffing sheet in, as people keep it and as we export it: our own CSV and XLSX exports
re-import to the same plan; a sheet of person × project rows with week columns in the user's
date order imports; a bad cell refuses the whole file; undo puts the plan back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.weeks import monday_of
from pmo_desktop.reports.staffing_export import export_staffing, staffing_csv, staffing_plan
from pmo_desktop.services.sheets import read_csv, read_sheet
from pmo_desktop.services.staffing import sheet_import as staffing_import
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Allocation
from tests.conftest import make_demo_file, opened_copy

TODAY = date(2026, 11, 25)
FIRST = monday_of(TODAY) - timedelta(weeks=4)
WEEKS = 12


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("staffing-import"), today=TODAY)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with opened_copy(demo_file, tmp_path) as opened:
        yield opened


def plan_csv(portfolio: Portfolio) -> bytes:
    with unit_of_work(portfolio.sessions) as session:
        return staffing_csv(staffing_plan(session, FIRST, WEEKS))


def clear_plan(portfolio: Portfolio) -> None:
    last = FIRST + timedelta(weeks=WEEKS - 1)
    with unit_of_work(portfolio.sessions) as session:
        session.execute(delete(Allocation).where(Allocation.week >= FIRST, Allocation.week <= last))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_own_export_reimports_to_the_same_plan(
    demo: Portfolio, tmp_path: Path, suffix: str
) -> None:
    before = plan_csv(demo)
    out = tmp_path / f"plan{suffix}"
    with unit_of_work(demo.sessions) as session:
        export_staffing(session, out, FIRST, WEEKS)
    clear_plan(demo)
    assert plan_csv(demo) != before
    sheet = read_sheet(out)
    with unit_of_work(demo.sessions) as session:
        preview = staffing_import.preview_staffing(session, sheet)
        assert preview.ok, preview.problems[:3]
        assert len(preview.weeks) == WEEKS
        changes = staffing_import.import_staffing(session, preview)
    assert plan_csv(demo) == before
    with unit_of_work(demo.sessions) as session:
        staffing_import.undo_staffing(session, changes)
    assert plan_csv(demo) != before


def a_person_and_project(portfolio: Portfolio) -> tuple[str, str, str]:
    with unit_of_work(portfolio.sessions) as session:
        plan = staffing_plan(session, FIRST, WEEKS)
    line = plan.lines[0]
    return line.person, line.client, line.project


def test_a_sheet_as_people_keep_it_imports_and_replaces_its_weeks(demo: Portfolio) -> None:
    person, client, project = a_person_and_project(demo)
    w1, w2 = FIRST, FIRST + timedelta(weeks=1)
    text = (
        f"Resource;Customer;Project;{w1:%d/%m/%Y};{(w2 + timedelta(days=2)):%d/%m/%Y};Notes\n"
        f"{person};{client};{project};7,5;;ignored\n"
    )
    sheet = read_csv(text.encode("cp1252", errors="replace"), "sheet.csv")
    with unit_of_work(demo.sessions) as session:
        preview = staffing_import.preview_staffing(session, sheet, decimal_comma=True)
        assert preview.ok, preview.problems
        assert preview.weeks == (w1, w2)  # a Wednesday names its week
        assert sorted(c.hours for c in preview.cells) == [0.0, 7.5]
        staffing_import.import_staffing(session, preview)
    with unit_of_work(demo.sessions) as session:
        plan = staffing_plan(session, FIRST, WEEKS)
    line = next(ln for ln in plan.lines if ln.person == person and ln.project == project)
    assert line.hours[0] == 7.5 and line.hours[1] == 0


def test_any_bad_row_refuses_the_whole_sheet(demo: Portfolio) -> None:
    person, _client, project = a_person_and_project(demo)
    before = plan_csv(demo)
    text = (
        f"Person,Project,{FIRST.isoformat()}\n"
        f"{person},{project},8\n"
        f"Nobody Here,{project},8\n"
        f"{person},No Such Project,8\n"
        f"{person},{project},lots\n"
    )
    with unit_of_work(demo.sessions) as session:
        preview = staffing_import.preview_staffing(session, read_csv(text.encode(), "bad.csv"))
        assert not preview.ok
        problems = "\n".join(preview.problems)
        assert "row 3, column “Person”: no person “Nobody Here”" in problems
        assert "row 4, column “Project”: no project “No Such Project”" in problems
        assert "row 5: the same person and project as row 2" in problems
        with pytest.raises(ValidationError, match="nothing imported"):
            staffing_import.import_staffing(session, preview)
    assert plan_csv(demo) == before
    with unit_of_work(demo.sessions) as session:
        refused = staffing_import.preview_staffing(
            session, read_csv(b"Person,Project,Total\nA,B,1\n", "x.csv")
        )
    assert refused.problems == ("no week columns (a date naming each week, e.g. 2026-11-23)",)
