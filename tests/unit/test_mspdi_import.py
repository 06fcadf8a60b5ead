"""MS Project XML in: a file written the way MS Project writes it (namespace, baselines,
actuals, a null resource, work as durations) and a ProjectLibre/GanttProject-style one the
test builds; milestones with baseline, forecast and actual; resources matched to people by
email or name and the rest listed; work spread onto the staffing grid; one undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pmo_desktop.domain.enums import MilestoneStatus
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.people import roster as people_roster
from pmo_desktop.services.people.roster import PersonData
from pmo_desktop.services.pipeline import edit as pipeline_edit
from pmo_desktop.services.pipeline import mspdi_import
from pmo_desktop.services.transfer import export_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "mspdi" / "ms-project-2019.xml"


def libre(tasks: str, resources: str = "", assignments: str = "") -> bytes:
    """An MSPDI file as ProjectLibre and GanttProject write it: no namespace prefix games,
    few elements, dates without seconds."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>Web Relaunch</Name>'
        "<StartDate>2026-04-06T08:00</StartDate><FinishDate>2026-06-26T17:00</FinishDate>"
        f"<Tasks>{tasks}</Tasks><Resources>{resources}</Resources>"
        f"<Assignments>{assignments}</Assignments></Project>"
    ).encode()


def test_a_file_written_by_ms_project_imports_with_its_milestones_and_people(
    portfolio: Portfolio,
) -> None:
    with unit_of_work(portfolio.sessions) as session:
        ana = people_roster.add_person(
            session, PersonData(name="A. García", email="ANA@example.org")
        )
    read = mspdi_import.read_mspdi(SAMPLE.read_bytes(), SAMPLE.name)
    assert read.name == "Data Centre Migration" and read.tasks == 4
    assert [m.name for m in read.milestones] == ["Design sign-off", "Cutover weekend"]
    signoff, cutover = read.milestones
    assert signoff.baseline_date == date(2026, 3, 13)  # baseline 0, not baseline 1
    assert signoff.forecast_date == date(2026, 3, 16)
    assert signoff.actual_date == date(2026, 3, 18) and signoff.status is MilestoneStatus.DONE
    assert cutover.baseline_date == date(2026, 7, 4) and cutover.actual_date is None
    before = export_json_bytes(portfolio)
    with unit_of_work(portfolio.sessions) as session:
        preview = mspdi_import.preview_mspdi(session, read, "Borealis Bank", "Infrastructure")
        assert preview.matched == {"Ana García": ana}  # by email, whatever the name says
        assert preview.unmatched == ("Contractor (network)",)
        assert sum(c.hours for c in preview.cells) == pytest.approx(40)
        assert "create “Data Centre Migration” in Borealis Bank / Infrastructure" in (
            preview.summary()
        )
        done = mspdi_import.import_mspdi(session, preview)
    with unit_of_work(portfolio.sessions) as session:
        bundle = pipeline_edit.get_project(session, done.project_id)
    assert (bundle.start_date, bundle.end_date) == (date(2026, 2, 2), date(2026, 7, 31))
    assert [m.name for m in bundle.milestones] == ["Design sign-off", "Cutover weekend"]
    assert len(done.staffing.after) == 2  # 20 h in each of two weeks
    with unit_of_work(portfolio.sessions) as session:
        mspdi_import.undo_mspdi(session, done)
    assert export_json_bytes(portfolio) == before


def test_a_projectlibre_file_updates_the_project_it_names(portfolio: Portfolio) -> None:
    tasks = (
        "<Task><UID>1</UID><Name>Go-live</Name><Milestone>1</Milestone>"
        "<Start>2026-06-19T08:00</Start><Finish>2026-06-19T08:00</Finish></Task>"
        "<Task><UID>2</UID><Name>Build</Name><Milestone>0</Milestone></Task>"
    )
    first = mspdi_import.read_mspdi(libre(tasks), "relaunch.xml")
    with unit_of_work(portfolio.sessions) as session:
        done = mspdi_import.import_mspdi(
            session, mspdi_import.preview_mspdi(session, first, "Acme", "Web")
        )
    moved = tasks.replace("2026-06-19", "2026-06-24")
    second = mspdi_import.read_mspdi(libre(moved), "relaunch.xml")
    with unit_of_work(portfolio.sessions) as session:
        preview = mspdi_import.preview_mspdi(session, second, "Acme", "Web")
        assert preview.project_id == done.project_id
        mspdi_import.import_mspdi(session, preview)
        bundle = pipeline_edit.get_project(session, done.project_id)
    (golive,) = bundle.milestones
    assert golive.forecast_date == date(2026, 6, 24) and golive.baseline_date == date(2026, 6, 24)


def test_a_baseline_before_the_files_start_is_kept_and_the_project_spans_it(
    portfolio: Portfolio,
) -> None:
    tasks = (
        "<Task><UID>1</UID><Name>Kick-off</Name><Milestone>1</Milestone>"
        "<Start>2026-04-06T08:00</Start><Finish>2026-04-06T08:00</Finish>"
        "<Baseline><Number>0</Number><Finish>2026-03-30T08:00</Finish></Baseline></Task>"
    )
    read = mspdi_import.read_mspdi(libre(tasks), "relaunch.xml")
    with unit_of_work(portfolio.sessions) as session:
        done = mspdi_import.import_mspdi(
            session, mspdi_import.preview_mspdi(session, read, "Acme", "Web")
        )
        bundle = pipeline_edit.get_project(session, done.project_id)
    assert bundle.milestones[0].baseline_date == date(2026, 3, 30)  # not moved
    assert bundle.start_date == date(2026, 3, 30) and bundle.end_date == date(2026, 6, 26)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<Project><Tasks>", "is not XML"),
        (b"<Workbook/>", "not an MS Project XML file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project>&a;</Project>',
            "declares XML entities",
        ),
    ],
)
def test_what_is_not_an_mspdi_file_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        mspdi_import.read_mspdi(data, "plan.xml")
