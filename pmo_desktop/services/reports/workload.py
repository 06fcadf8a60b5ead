"""The team's workload: its projects in priority order (a stored ranking first, then
priority, end date and id) with hours asked and staffed per week, and reordering them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from pmo_desktop.domain.enums import Stage
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.services.reports.adherence import RUNNING_STAGES
from pmo_desktop.store.models import Allocation, Client, Person, Program, Project
from pmo_desktop.store.models_reporting import ProjectRank
from pmo_desktop.store.models_staffing import Placeholder

#: Stages of the team's workload list (running work and what may start soon).
WORKLOAD_STAGES: tuple[Stage, ...] = (*RUNNING_STAGES, Stage.PROPOSAL, Stage.LEAD)


@dataclass(frozen=True, slots=True)
class WorkloadRow:
    """A project of the team's workload, in rank order, with demand vs supply per week."""

    project_id: int
    rank: int
    priority: int
    name: str
    client: str
    stage: Stage
    pm: str | None
    #: Hours asked per week: people allocated plus open placeholders.
    demand: tuple[float, ...]
    #: Hours of named people allocated per week.
    supply: tuple[float, ...]

    @property
    def gap(self) -> float:
        """Hours asked but not staffed over the weeks shown."""
        return sum(self.demand) - sum(self.supply)


def ranked_project_ids(session: Session) -> list[int]:
    """Workload projects in rank order: ranked first, then by priority, end date and id."""
    ranks = dict(session.execute(select(ProjectRank.project_id, ProjectRank.rank)).all())
    rows = list(
        session.execute(
            select(Project.id, Project.priority, Project.end_date).where(
                Project.stage.in_(WORKLOAD_STAGES)
            )
        ).all()
    )
    far = date.max
    rows.sort(key=lambda r: (ranks.get(r[0], 10**9), r[1], r[2] or far, r[0]))
    return [r[0] for r in rows]


def workload(session: Session, weeks: Sequence[date]) -> list[WorkloadRow]:
    """The team's projects by rank with staffed hours and open demand per week."""
    order = ranked_project_ids(session)
    weeks = tuple(sorted(weeks))
    index = {w: i for i, w in enumerate(weeks)}
    supply: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
    demand: dict[int, list[float]] = defaultdict(lambda: [0.0] * len(weeks))
    if weeks:
        for pid, week, hours in session.execute(
            select(Allocation.project_id, Allocation.week, func.sum(Allocation.hours))
            .where(Allocation.week >= weeks[0], Allocation.week <= weeks[-1])
            .group_by(Allocation.project_id, Allocation.week)
        ):
            if week in index:
                supply[pid][index[week]] += float(hours or 0)
                demand[pid][index[week]] += float(hours or 0)
        for pid, week, hours in session.execute(
            select(Placeholder.project_id, Placeholder.week, func.sum(Placeholder.hours))
            .where(Placeholder.week >= weeks[0], Placeholder.week <= weeks[-1])
            .group_by(Placeholder.project_id, Placeholder.week)
        ):
            if week in index:
                demand[pid][index[week]] += float(hours or 0)
    pm = aliased(Person)
    info = {
        row[0]: row[1:]
        for row in session.execute(
            select(Project.id, Project.priority, Project.name, Client.name, Project.stage, pm.name)
            .join(Program, Project.program_id == Program.id)
            .join(Client, Program.client_id == Client.id)
            .outerjoin(pm, Project.pm_id == pm.id)
            .where(Project.stage.in_(WORKLOAD_STAGES))
        )
    }
    zero = [0.0] * len(weeks)
    result = []
    for rank, pid in enumerate(order, start=1):
        priority, name, client, stage, pm_name = info[pid]
        result.append(
            WorkloadRow(
                pid,
                rank,
                priority,
                name,
                client,
                stage,
                pm_name,
                tuple(demand.get(pid, zero)),
                tuple(supply.get(pid, zero)),
            )
        )
    return result


def set_ranking(session: Session, project_ids: Sequence[int]) -> list[int]:
    """Store the workload order (first = rank 1); returns the order before, for undo."""
    before = ranked_project_ids(session)
    if len(set(project_ids)) != len(project_ids):
        raise ValidationError("a project appears twice in the order", "rank")
    known = set(session.scalars(select(Project.id).where(Project.id.in_(list(project_ids)))))
    missing = [pid for pid in project_ids if pid not in known]
    if missing:
        raise ValidationError("a project of the order no longer exists", "rank")
    session.execute(delete(ProjectRank))
    session.add_all(
        ProjectRank(project_id=pid, rank=rank) for rank, pid in enumerate(project_ids, start=1)
    )
    session.flush()
    return before


def move_in_ranking(order: Sequence[int], moved: Sequence[int], before_row: int) -> list[int]:
    """``order`` with the ``moved`` ids taken out and inserted before position ``before_row``
    of the original order (``len(order)`` appends): what a drag and drop does."""
    moving = [pid for pid in order if pid in set(moved)]
    anchor = order[before_row] if 0 <= before_row < len(order) else None
    while anchor is not None and anchor in moving:
        before_row += 1
        anchor = order[before_row] if before_row < len(order) else None
    rest = [pid for pid in order if pid not in set(moved)]
    at = rest.index(anchor) if anchor is not None else len(rest)
    return rest[:at] + moving + rest[at:]
