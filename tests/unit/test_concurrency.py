"""Two managers on the same records: field-level merge, conflicts, deletions, added children.

"Theirs" is written by a second unit of work between the editor's snapshot and its save, as a
colleague's app would; "mine" is the edit the service makes.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from pmo_desktop.domain.enums import MilestoneStatus, Stage
from pmo_desktop.domain.errors import ConflictError
from pmo_desktop.services.concurrency import children, merged, row, snapshot
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio
from pmo_desktop.store.models import Client, Milestone, Program, Project

DAY = date(2026, 5, 4)


def _project(portfolio: Portfolio) -> int:
    with unit_of_work(portfolio.sessions) as session:
        client = Client(name="Acme")
        program = Program(client=client, name="Cloud")
        project = Project(program=program, name="Portal", stage=Stage.ACTIVE, budget_cents=100)
        project.milestones.append(
            Milestone(
                name="Kick-off",
                baseline_date=DAY,
                forecast_date=DAY,
                status=MilestoneStatus.PLANNED,
            )
        )
        session.add(project)
        session.flush()
        return project.id


def _edit(portfolio: Portfolio, project_id: int, **values: object) -> None:
    with unit_of_work(portfolio.sessions) as session:
        project = session.get(Project, project_id)
        assert project is not None
        for name, value in values.items():
            setattr(project, name, value)


def _seen(portfolio: Portfolio, project_id: int):  # type: ignore[no-untyped-def]
    with unit_of_work(portfolio.sessions) as session:
        return snapshot(
            session, [row("project", project_id), children("milestone", "project_id", project_id)]
        )


def _save(portfolio: Portfolio, base, step, choices=None):  # type: ignore[no-untyped-def]
    with unit_of_work(portfolio.sessions) as session:
        return merged(session, base, step, choices)


def _read(portfolio: Portfolio, project_id: int) -> Project:
    with unit_of_work(portfolio.sessions) as session:
        project = session.get(Project, project_id)
        assert project is not None
        session.expunge(project)
        return project


def test_changes_to_different_fields_are_both_kept(portfolio: Portfolio) -> None:
    pid = _project(portfolio)
    base = _seen(portfolio, pid)
    _edit(portfolio, pid, name="Portal v2")  # a colleague renames it

    def mine(session: Session) -> None:  # my editor still shows the old name
        project = session.get(Project, pid)
        assert project is not None
        project.name, project.budget_cents = "Portal", 250

    _result, after, kept = _save(portfolio, base, mine)
    project = _read(portfolio, pid)
    assert (project.name, project.budget_cents) == ("Portal v2", 250)
    assert kept and after.rows[row("project", pid)][pid]["name"] == "Portal v2"


def test_the_same_field_changed_by_both_is_refused_then_resolved_by_choice(
    portfolio: Portfolio,
) -> None:
    pid = _project(portfolio)
    base = _seen(portfolio, pid)
    _edit(portfolio, pid, budget_cents=300)

    def mine(session: Session) -> None:
        project = session.get(Project, pid)
        assert project is not None
        project.budget_cents = 250

    with pytest.raises(ConflictError) as refused:
        _save(portfolio, base, mine)
    (conflict,) = refused.value.changes
    assert (conflict.column, conflict.base, conflict.theirs, conflict.mine) == (
        "budget_cents",
        100,
        300,
        250,
    )
    assert _read(portfolio, pid).budget_cents == 300  # nothing was written
    _save(portfolio, base, mine, {conflict.choice_key: "theirs"})
    assert _read(portfolio, pid).budget_cents == 300
    _save(portfolio, base, mine, {conflict.choice_key: "mine"})
    assert _read(portfolio, pid).budget_cents == 250


def test_a_milestone_a_colleague_added_survives_my_save_of_the_list(portfolio: Portfolio) -> None:
    pid = _project(portfolio)
    base = _seen(portfolio, pid)
    with unit_of_work(portfolio.sessions) as session:
        session.add(
            Milestone(
                project_id=pid,
                name="Go-live",
                baseline_date=DAY,
                forecast_date=DAY,
                status=MilestoneStatus.PLANNED,
            )
        )

    def mine(session: Session) -> None:  # a save that replaces the project's milestones
        for milestone in session.scalars(select(Milestone).where(Milestone.project_id == pid)):
            session.delete(milestone)
        session.flush()
        session.add(
            Milestone(
                project_id=pid,
                name="Kick-off (moved)",
                baseline_date=DAY,
                forecast_date=DAY,
                status=MilestoneStatus.PLANNED,
            )
        )

    _save(portfolio, base, mine)
    with unit_of_work(portfolio.sessions) as session:
        names = sorted(session.scalars(select(Milestone.name)))
    assert names == ["Go-live", "Kick-off (moved)"]


def test_saving_a_record_someone_deleted_does_not_recreate_it(portfolio: Portfolio) -> None:
    pid = _project(portfolio)
    base = _seen(portfolio, pid)
    with unit_of_work(portfolio.sessions) as session:
        session.delete(session.get(Project, pid))

    def mine(session: Session) -> None:  # a save that writes the project it was given
        session.merge(Project(id=pid, program_id=1, name="Portal", stage=Stage.ACTIVE))

    with pytest.raises(ConflictError, match="was deleted by someone else"):
        _save(portfolio, base, mine)
    with unit_of_work(portfolio.sessions) as session:
        assert session.get(Project, pid) is None


def test_nothing_changed_meanwhile_is_a_plain_save(portfolio: Portfolio) -> None:
    pid = _project(portfolio)
    base = _seen(portfolio, pid)

    def mine(session: Session) -> str:
        project = session.get(Project, pid)
        assert project is not None
        project.name = "Renamed"
        return "done"

    result, after, kept = _save(portfolio, base, mine)
    assert (result, kept) == ("done", False)
    assert after.rows[row("project", pid)][pid]["name"] == "Renamed"
