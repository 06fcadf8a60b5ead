"""A people list as people keep it: CSV with commas or semicolons in UTF-8, UTF-16 or cp1252,
XLSX with real date cells and Excel serials; columns guessed and re-mapped; a preview that
says what each row becomes; all or nothing; undo puts the team back."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from pmo_desktop.domain.enums import Role
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.people import roster
from pmo_desktop.services.people import sheet_import as importer
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.sheets import parse_day, parse_number, read_csv, read_xlsx
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

TEAM = (
    "Full Name;Title;E-mail;Reports to;Start Date;Hours;Country;Region;Skills\n"
    "Ana García;SPM;ana@x.org;;06/01/2025;40;ES;MD;Jira:4, SAFe\n"
    "Ben Okafor;Project Manager;ben@x.org;Ana García;23/11/2026;37,5;GB;ENG;\n"
    "Chloé 李 <b>&;PC;chloe@x.org;Ben Okafor;45000;32;FR;;Excel:5\n"
)


def preview(portfolio: Portfolio, sheet: object, **options: bool) -> importer.PeoplePreview:
    with unit_of_work(portfolio.sessions) as session:
        mapping = importer.guess_mapping(sheet.header)  # type: ignore[attr-defined]
        return importer.preview_people(session, sheet, mapping, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_a_semicolon_csv_in_any_usual_encoding_reads_the_same(encoding: str) -> None:
    text = TEAM.replace("李 ", "") if encoding == "cp1252" else TEAM
    sheet = read_csv(text.encode(encoding), "team.csv")
    assert sheet.header[:3] == ("Full Name", "Title", "E-mail")
    assert sheet.rows[0][0] == "Ana García" and sheet.rows[1][5] == "37,5"
    assert importer.guess_mapping(sheet.header) == {
        "name": "Full Name",
        "role": "Title",
        "email": "E-mail",
        "manager": "Reports to",
        "start_date": "Start Date",
        "weekly_hours": "Hours",
        "holiday_country": "Country",
        "holiday_region": "Region",
        "skills": "Skills",
    }


def test_dates_and_numbers_as_spreadsheets_write_them() -> None:
    assert parse_day("2026-11-23") == date(2026, 11, 23)
    assert parse_day("23/11/2026") == date(2026, 11, 23)
    assert parse_day("11/23/2026", day_first=False) == date(2026, 11, 23)
    assert parse_day(46349) == date(2026, 11, 23)  # an Excel serial
    assert parse_day("46349") == date(2026, 11, 23)
    assert parse_day(date(2026, 11, 23)) == date(2026, 11, 23)
    for bad in ("31/02/2026", "next week", "1752-01-01", "23/11/26"):
        with pytest.raises(ValueError):
            parse_day(bad)
    assert parse_number("1,250.50") == 1250.5
    assert parse_number("1.250,50", decimal_comma=True) == 1250.5
    assert parse_number("37,5", decimal_comma=True) == 37.5
    assert parse_number("1 250") == 1250
    # Never silently another number: a comma where this locale groups by threes is refused.
    for bad in ("37,5", "1.250,50", "1,25", "lots", "1e3", "nan", "١٢"):
        with pytest.raises(ValueError):
            parse_number(bad)


def test_a_preview_says_what_each_row_becomes_and_the_import_writes_it(
    portfolio: Portfolio,
) -> None:
    with unit_of_work(portfolio.sessions) as session:
        roster.add_person(session, PersonData(name="Old Name", email="BEN@x.org"))
    sheet = read_csv(TEAM.encode(), "team.csv")
    shown = preview(portfolio, sheet, decimal_comma=True)
    assert shown.ok, shown.problems
    assert [(r.row, r.action, r.name) for r in shown.rows] == [
        (2, "create", "Ana García"),
        (3, "update", "Ben Okafor"),  # matched on the email, whatever its case
        (4, "create", "Chloé 李 <b>&"),
    ]
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        done = importer.import_people(session, shown)
    with unit_of_work(portfolio.sessions) as session:
        people = {p.name: p for p in roster.list_people(session)}
    assert set(people) == {"Ana García", "Ben Okafor", "Chloé 李 <b>&"}
    assert people["Ben Okafor"].manager == "Ana García"
    assert people["Ben Okafor"].weekly_hours == 37.5
    assert people["Ben Okafor"].calendar == "GB-ENG"
    assert people["Chloé 李 <b>&"].start_date == date(2023, 3, 15)
    assert people["Ana García"].role is Role.SPM
    with unit_of_work(portfolio.sessions) as session:
        importer.undo_import(session, done)
    assert export_json_bytes(portfolio) == before


def test_any_bad_row_refuses_the_file_with_one_line_per_problem(portfolio: Portfolio) -> None:
    text = (
        "name,role,start,hours,country,manager,skills\n"
        "Ana,PM,2026-01-05,40,GB,,\n"
        ",PM,2026-01-05,40,GB,,\n"
        "Cy,Wizard,soon,90,XX,,\n"
        "Dee,PM,2026-01-05,40,GB,Nobody,\n"
        "ana,PC,,,,,\n"
        "Eve,PM,,,,,Jira:lots\n"
    )
    shown = preview(portfolio, read_csv(text.encode(), "bad.csv"))
    assert not shown.ok
    assert [r.action for r in shown.rows] == [
        "create",
        "refuse",
        "refuse",
        "refuse",
        "refuse",
        "refuse",
    ]
    problems = "\n".join(shown.problems)
    assert "row 3, column “name”: a person needs a name" in problems
    assert "row 4, column “role”: “Wizard” is not a role" in problems
    assert "row 4, column “start”: “soon” is not a date" in problems
    assert "row 5, column “manager”: no one named “Nobody”" in problems
    assert "row 6: “ana” is also on row 2" in problems
    assert "row 7, column “skills”: “Jira:lots”: a skill is NAME or NAME:LEVEL" in problems
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session, pytest.raises(ValidationError):
        importer.import_people(session, shown)
    assert export_json_bytes(portfolio) == before


def test_an_xlsx_with_date_cells_and_serials_imports(portfolio: Portfolio) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Employee", "Position", "Hire date", "Weekly hours", "Work week"])
    sheet.append(["Dana", "Senior PM", date(2024, 2, 1), 30, "6,6,6,6,6"])
    sheet.append(["Eli", "Coordinator", 46349, 40, None])
    data = io.BytesIO()
    book.save(data)
    read = read_xlsx(data.getvalue(), "team.xlsx")
    mapping = importer.guess_mapping(read.header)
    assert mapping["workweek"] == "Work week" and mapping["start_date"] == "Hire date"
    with unit_of_work(portfolio.sessions) as session:
        shown = importer.preview_people(session, read, mapping)
        assert shown.ok, shown.problems
        importer.import_people(session, shown)
        people = {p.name: p for p in roster.list_people(session)}
    assert people["Dana"].role is Role.SPM and people["Dana"].workweek == "6,6,6,6,6,0,0"
    assert people["Eli"].start_date == date(2026, 11, 23) and people["Eli"].role is Role.PC


def test_a_mapping_can_be_chosen_when_the_guess_is_wrong(portfolio: Portfolio) -> None:
    sheet = read_csv(b"Who,What\nFay,PM\n", "odd.csv")
    assert importer.guess_mapping(sheet.header) == {}
    with unit_of_work(portfolio.sessions) as session:
        refused = importer.preview_people(session, sheet, {})
        assert refused.problems == ("no column is chosen for name",)
        shown = importer.preview_people(session, sheet, {"name": "Who", "role": "What"})
    assert shown.ok and shown.rows[0].data is not None
    assert shown.rows[0].data.role is Role.PM
