"""A project list in: clients and programs created as needed, projects matched by code or
name, stages as people write them, budgets in the user's number format, any bad row refusing
the file; our own pipeline export re-imports as updates; undo takes all of it back."""

from __future__ import annotations

from datetime import date

import pytest

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.people import roster as people_roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.pipeline import sheet_import as pipeline_import
from pmo_desktop.services.portfolio import list_projects
from pmo_desktop.services.sheets import read_csv
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

LIST = (
    "Client;Program;Project;Code;Status;Start;End;Budget;Project Manager\n"
    "Acme Retail;Web Replatform;Checkout <Rebuild> & Co;ACM-1;In progress;05/01/2026;26/06/2026;"
    "120.000,50;Ben\n"
    "Acme Retail;Web Replatform;Search;ACM-2;Proposal;02/03/2026;30/09/2026;45000;\n"
    "Borealis 銀行;KYC;Onboarding Flow;;Won;02/03/2026;31/12/2026;250000;\n"
)


def preview(portfolio: Portfolio, text: str, **options: bool) -> pipeline_import.ProjectsPreview:
    sheet = read_csv(text.encode(), "projects.csv")
    with unit_of_work(portfolio.sessions) as session:
        mapping = pipeline_import.guess_mapping(sheet.header)
        return pipeline_import.preview_projects(session, sheet, mapping, **options)


def test_a_project_list_creates_clients_programs_and_projects(portfolio: Portfolio) -> None:
    with unit_of_work(portfolio.sessions) as session:
        people_roster.add_person(session, PersonData(name="Ben"))
    shown = preview(portfolio, LIST, decimal_comma=True)
    assert shown.ok, shown.problems
    assert shown.summary() == "3 projects to create, 0 to update, 2 new clients, 2 new programs"
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        done = pipeline_import.import_projects(session, shown)
    with unit_of_work(portfolio.sessions) as session:
        rows = {r.name: r for r in list_projects(session)}
    checkout = rows["Checkout <Rebuild> & Co"]
    assert checkout.stage is Stage.ACTIVE and checkout.client == "Acme Retail"
    assert checkout.budget_cents == 120_000_50 and checkout.pm == "Ben"
    assert checkout.start_date == date(2026, 1, 5)
    assert rows["Onboarding Flow"].stage is Stage.APPROVED
    assert rows["Onboarding Flow"].client == "Borealis 銀行"
    assert rows["Search"].stage is Stage.PROPOSAL

    # The same list again updates (matched by code, else name) and keeps the stages.
    again = LIST.replace("250000", "260000").replace("In progress", "Closed")
    second = preview(portfolio, again, decimal_comma=True)
    assert [r.action for r in second.rows] == ["update", "update", "update"]
    with unit_of_work(portfolio.sessions) as session:
        updated = pipeline_import.import_projects(session, second)
    with unit_of_work(portfolio.sessions) as session:
        rows = {r.name: r for r in list_projects(session)}
    assert rows["Onboarding Flow"].budget_cents == 260_000_00
    assert rows["Checkout <Rebuild> & Co"].stage is Stage.ACTIVE
    with unit_of_work(portfolio.sessions) as session:
        pipeline_import.undo_projects(session, updated)
        pipeline_import.undo_projects(session, done)
    assert export_json_bytes(portfolio) == before


def test_any_bad_row_refuses_the_list_naming_row_and_column(portfolio: Portfolio) -> None:
    text = (
        "client,program,project,stage,start,end,budget,pm\n"
        "Acme,Web,Ok,Lead,2026-01-05,2026-02-01,1000,\n"
        "Acme,,No program,Lead,,,,\n"
        "Acme,Web,Bad stage,Someday,,,,\n"
        "Acme,Web,Bad dates,Lead,2026-05-01,2026-01-01,,\n"
        "Acme,Web,Bad money,Lead,,,lots,\n"
        "Acme,Web,Nobody,Lead,,,,Ghost\n"
        "Acme,Web,Ok,Lead,,,,\n"
    )
    shown = preview(portfolio, text)
    assert not shown.ok
    problems = "\n".join(shown.problems)
    assert "row 3, column “program”: a program name is required" in problems
    assert "row 4, column “stage”: “Someday” is not a stage" in problems
    assert "row 5: " in problems and "end" in problems.split("row 5: ")[1].split("\n")[0]
    assert "row 6, column “budget”: “lots” is not a number" in problems
    assert "row 7, column “pm”: no one named “Ghost”" in problems
    assert "row 8: the same project as row 2" in problems
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session, pytest.raises(ValidationError):
        pipeline_import.import_projects(session, shown)
    assert export_json_bytes(portfolio) == before
