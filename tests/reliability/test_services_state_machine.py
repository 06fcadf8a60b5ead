"""A hypothesis state machine over the core services, checked against an in-memory model:
create and delete clients, programs, projects and people, allocate and clear hours, undo an
allocation with the returned changes, refuse bad input without a trace, and round-trip the
whole portfolio through portable JSON."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from pmo_desktop.domain.enums import Role, Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.portfolio import list_people, list_projects, summary
from pmo_desktop.services.staffing import edits as staffing
from pmo_desktop.services.transfer import export_json_bytes, import_json_bytes
from pmo_desktop.services.uow import unit_of_work
from pmo_desktop.services.workspace import Portfolio, open_portfolio
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project

# SQLite's length() stops at a NUL, so a name starting with one fails the "name required"
# check: such a name is refused by the database (reported to the owners of the editors).
names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20).filter(
    lambda s: not s.startswith("\x00")
)
MONDAY = date(2026, 3, 2)
weeks = st.integers(0, 5).map(lambda n: MONDAY + timedelta(weeks=n))
hours = st.sampled_from([0.0, 4.0, 8.0, 12.5, 20.0, 40.0])


_SHARED: list[tuple[Portfolio, bytes]] = []


def _shared_portfolio() -> tuple[Portfolio, bytes]:
    """One in-memory portfolio for every run (migrating one per example would be slow)."""
    if not _SHARED:
        portfolio = open_portfolio("sqlite://")
        _SHARED.append((portfolio, export_json_bytes(portfolio)))
    return _SHARED[0]


class PortfolioMachine(RuleBasedStateMachine):
    """The real portfolio (in memory, through the services) against plain dictionaries."""

    clients = Bundle("clients")
    programs = Bundle("programs")
    projects = Bundle("projects")
    people = Bundle("people")

    def __init__(self) -> None:
        super().__init__()
        self.portfolio, empty = _shared_portfolio()
        import_json_bytes(self.portfolio, empty, replace=True)  # a fresh, empty portfolio
        self.m_clients: dict[int, str] = {}
        self.m_programs: dict[int, tuple[int, str]] = {}
        self.m_projects: dict[int, tuple[int, str]] = {}
        self.m_people: dict[int, str] = {}
        self.m_cells: dict[tuple[int, int, date], float] = {}
        self.serial = 0

    def _unique(self, name: str) -> str:
        self.serial += 1
        return f"{name} #{self.serial}"

    # ------------------------------------------------------------------ creating

    @rule(target=clients, name=names)
    def add_client(self, name: str) -> int:
        name = self._unique(name)
        with unit_of_work(self.portfolio.sessions) as session:
            client = Client(name=name)
            session.add(client)
            session.flush()
            new_id = client.id
        self.m_clients[new_id] = name
        return new_id

    @rule(target=programs, client=clients, name=names)
    def add_program(self, client: int, name: str) -> int:
        if client not in self.m_clients:
            return -1
        name = self._unique(name)  # a client's program names are unique
        with unit_of_work(self.portfolio.sessions) as session:
            program = Program(client_id=client, name=name)
            session.add(program)
            session.flush()
            new_id = program.id
        self.m_programs[new_id] = (client, name)
        return new_id

    @rule(target=projects, program=programs, name=names, stage=st.sampled_from(list(Stage)))
    def add_project(self, program: int, name: str, stage: Stage) -> int:
        if program not in self.m_programs:
            return -1
        with unit_of_work(self.portfolio.sessions) as session:
            project = Project(
                program_id=program, name=name, stage=stage, win_probability=50, priority=2
            )
            session.add(project)
            session.flush()
            new_id = project.id
        self.m_projects[new_id] = (program, name)
        return new_id

    @rule(target=people, name=names, role=st.sampled_from(list(Role)))
    def add_person(self, name: str, role: Role) -> int:
        with unit_of_work(self.portfolio.sessions) as session:
            person = Person(name=name, role=role, weekly_hours=40.0)
            session.add(person)
            session.flush()
            new_id = person.id
        self.m_people[new_id] = name
        return new_id

    # ------------------------------------------------------------------ allocating

    @rule(person=people, project=projects, week=weeks, amount=hours)
    def allocate(self, person: int, project: int, week: date, amount: float) -> None:
        alive = person in self.m_people and project in self.m_projects
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                staffing.allocate(session, person, project, [week], amount)
        except ValidationError:
            assert not alive, "a valid allocation was refused"
            return
        assert alive, "an allocation to a deleted person or project was accepted"
        key = (person, project, week)
        if amount:
            self.m_cells[key] = amount
        else:
            self.m_cells.pop(key, None)

    @rule(person=people, project=projects, week=weeks, amount=hours)
    def allocate_then_undo(self, person: int, project: int, week: date, amount: float) -> None:
        if person not in self.m_people or project not in self.m_projects:
            return
        with unit_of_work(self.portfolio.sessions) as session:
            changes = staffing.allocate(session, person, project, [week], amount)
        with unit_of_work(self.portfolio.sessions) as session:
            staffing.apply_changes(session, changes.inverse())

    @rule(person=people, project=projects, amount=st.sampled_from([-1.0, 169.0, 1e9]))
    def bad_hours_are_refused_without_a_trace(
        self, person: int, project: int, amount: float
    ) -> None:
        if person not in self.m_people or project not in self.m_projects:
            return
        try:
            with unit_of_work(self.portfolio.sessions) as session:
                staffing.allocate(session, person, project, [MONDAY], amount)
        except ValidationError:
            return
        raise AssertionError(f"{amount} hours were accepted")

    # ------------------------------------------------------------------ deleting

    def _delete(self, model: type[Any], row_id: int) -> None:
        with unit_of_work(self.portfolio.sessions) as session:
            row = session.get(model, row_id)
            assert row is not None
            session.delete(row)

    @rule(client=consumes(clients))
    def delete_client(self, client: int) -> None:
        if client not in self.m_clients:
            return
        self._delete(Client, client)
        del self.m_clients[client]
        for program in [p for p, (c, _) in self.m_programs.items() if c == client]:
            self._forget_program(program)

    @rule(project=consumes(projects))
    def delete_project(self, project: int) -> None:
        if project not in self.m_projects:
            return
        self._delete(Project, project)
        self._forget_project(project)

    @rule(person=consumes(people))
    def delete_person(self, person: int) -> None:
        if person not in self.m_people:
            return
        self._delete(Person, person)
        del self.m_people[person]
        self.m_cells = {k: v for k, v in self.m_cells.items() if k[0] != person}

    def _forget_program(self, program: int) -> None:
        del self.m_programs[program]
        for project in [j for j, (p, _) in self.m_projects.items() if p == program]:
            self._forget_project(project)

    def _forget_project(self, project: int) -> None:
        del self.m_projects[project]
        self.m_cells = {k: v for k, v in self.m_cells.items() if k[1] != project}

    # ------------------------------------------------------------------ whole portfolio

    @precondition(lambda self: self.serial > 0)
    @rule()
    def json_round_trip(self) -> None:
        exported = export_json_bytes(self.portfolio)
        import_json_bytes(self.portfolio, exported, replace=True)
        assert export_json_bytes(self.portfolio) == exported

    @rule(data=st.binary(max_size=40))
    def junk_import_is_refused(self, data: bytes) -> None:
        try:
            import_json_bytes(self.portfolio, data, replace=True)
        except ValidationError:
            return  # the invariant then checks nothing changed
        raise AssertionError("junk was imported")

    # ------------------------------------------------------------------ the model holds

    @invariant()
    def services_agree_with_the_model(self) -> None:
        with unit_of_work(self.portfolio.sessions) as session:
            counts = summary(session)
            assert counts.clients == len(self.m_clients)
            assert counts.programs == len(self.m_programs)
            assert counts.projects == len(self.m_projects)
            assert counts.people == len(self.m_people)
            assert counts.allocations == len(self.m_cells)
            assert {p.id: p.name for p in list_projects(session)} == {
                j: name for j, (_, name) in self.m_projects.items()
            }
            assert {p.id: p.name for p in list_people(session, active_only=False)} == (
                self.m_people
            )
            cells = session.execute(
                select(
                    Allocation.person_id, Allocation.project_id, Allocation.week, Allocation.hours
                )
            )
            assert {(p, j, w): h for p, j, w, h in cells} == self.m_cells


PortfolioMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=25, deadline=None
)
test_services_agree_with_an_in_memory_model = PortfolioMachine.TestCase
