"""The areas of the app and the view names that reach them, loaded lazily.

An area is one entry of the navigation rail (Pipeline, Staffing…). Its page class is named
by a ``"module:Class"`` string and imported on first visit, so start-up only pays for the
first view. A view name (``pipeline``, ``health``…) selects an area and, optionally, a view
inside it; the ``screenshot`` command and the shell both resolve names here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from pmo_desktop.gui.edits import Edits
from pmo_desktop.services.workspace import Portfolio

if TYPE_CHECKING:
    from pmo_desktop.services.area_filter import AreaFilter


@dataclass(frozen=True)
class AreaContext:
    """What an area page needs from the shell: the open portfolio, the undo stack and the
    window's ``Edits`` (the one way an edit is made and announced). Without ``edits`` (a
    page built alone, in a test or a benchmark) the context makes its own."""

    portfolio: Portfolio
    undo_stack: QUndoStack
    edits: Edits = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.edits is None:
            object.__setattr__(self, "edits", Edits(self.portfolio, self.undo_stack))


@dataclass(frozen=True)
class AreaSpec:
    """One area of the rail. ``page`` is ``"module:Class"``; None means not built yet."""

    key: str
    title: str
    icon: str
    summary: str
    page: str | None = None


class AreaPage(QWidget):
    """Base of every area page: built from a context, refreshed on demand."""

    #: Re-read after every edit, undo and redo made anywhere while on screen (a summary such
    #: as Home); other pages update themselves for their own edits and re-read when shown.
    follows_every_edit = False

    def __init__(self, context: AreaContext, spec: AreaSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.spec = spec

    def refresh(self) -> None:
        """Re-read what the page shows from the database."""

    def show_view(self, view: str | None) -> None:
        """Switch to a named view inside the area (None: its default view)."""

    def apply_filter(self, area_filter: AreaFilter | None) -> None:
        """Keep only the rows ``area_filter`` names, saying so (None: clear). Areas that
        Home tiles open override this; the default shows everything."""


@dataclass
class AreaRegistry:
    """The areas in rail order and every view name the shell and ``screenshot`` accept."""

    areas: list[AreaSpec] = field(default_factory=list)
    views: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def register_area(self, spec: AreaSpec) -> None:
        """Add an area at the end of the rail; its key becomes a view name."""
        if spec.key in self.views:
            raise ValueError(f"view name {spec.key!r} is already registered")
        self.areas.append(spec)
        self.views[spec.key] = (spec.key, None)

    def register_view(self, name: str, area: str, view: str | None = None) -> None:
        """Make ``name`` reach ``view`` inside ``area`` (e.g. ``health`` in the pipeline)."""
        if name in self.views:
            raise ValueError(f"view name {name!r} is already registered")
        self.area(area)
        self.views[name] = (area, view)

    def area(self, key: str) -> AreaSpec:
        """The area with this key."""
        for spec in self.areas:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def view_names(self) -> list[str]:
        """Every accepted view name, areas first in rail order."""
        return list(self.views)

    def resolve(self, name: str) -> tuple[AreaSpec, str | None]:
        """The area and inner view a view name stands for; ValueError for an unknown name."""
        try:
            area, view = self.views[name]
        except KeyError:
            choices = ", ".join(self.view_names())
            raise ValueError(f"unknown view {name!r}; choose from {choices}") from None
        return self.area(area), view


def page_class(spec: AreaSpec) -> type[AreaPage]:
    """Import the page class of an area (the honest "coming" page when it is not built)."""
    target = spec.page or "pmo_desktop.gui.coming:ComingPage"
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, AreaPage)):
        raise TypeError(f"{target} is not an AreaPage")
    return cls


def default_areas() -> AreaRegistry:
    """The areas of this build, in rail order. New areas and views register here."""
    registry = AreaRegistry()
    for spec in _AREAS:
        registry.register_area(spec)
    registry.register_view("escalations", "risks", "escalations")
    registry.register_view("billability", "staffing", "billability")
    registry.register_view("staffing-projects", "staffing", "projects")
    registry.register_view("health", "pipeline", "health")
    registry.register_view("pipeline-charts", "pipeline", "charts")
    registry.register_view("client-roadmap", "pipeline", "roadmap")
    registry.register_view("calibration", "people", "calibration")
    registry.register_view("evaluation", "people", "evaluation")
    registry.register_view("onboarding", "people", "onboarding")
    registry.register_view("time-off", "people", "time-off")
    for view in (
        "status-reports",
        "retrospectives",
        "adherence",
        "improvements",
        "workload",
        "actions",
    ):
        registry.register_view(view, "reports", view)
    return registry


_AREAS = (
    AreaSpec(
        key="home",
        title="Home",
        icon=":/icons/home.svg",
        summary="What the open portfolio holds, at a glance.",
        page="pmo_desktop.gui.home:HomePage",
    ),
    AreaSpec(
        key="pipeline",
        title="Pipeline",
        icon=":/icons/pipeline.svg",
        summary=(
            "Clients → programs → projects with stage, dates, budget, scope changes and "
            "milestones, and health per dimension (budget, scope, timeline) plus overall."
        ),
        page="pmo_desktop.gui.pipeline.page:PipelinePage",
    ),
    AreaSpec(
        key="staffing",
        title="Staffing",
        icon=":/icons/staffing.svg",
        summary=(
            "A staffing grid of people × weeks with drag-and-drop allocation, placeholders "
            "for unfilled roles, tentative versus confirmed hours, and totals by project, "
            "program and client; billable utilization against each role's target."
        ),
        page="pmo_desktop.gui.staffing.page:StaffingPage",
    ),
    AreaSpec(
        key="risks",
        title="Risks",
        icon=":/icons/risks.svg",
        summary=(
            "The RAID register (risks, assumptions, issues, dependencies) with mitigation "
            "actions, owners and due dates, a 5×5 heatmap, and the escalation log with "
            "root-cause analysis and preventive actions."
        ),
        page="pmo_desktop.gui.raid.page:RaidPage",
    ),
    AreaSpec(
        key="people",
        title="People",
        icon=":/icons/people.svg",
        summary=(
            "1:1 notes whose open action items carry over until done, SMART goals, "
            "evaluations against each role's competency framework with evidence from the "
            "period, onboarding plans, and a calibration view across the team."
        ),
        page="pmo_desktop.gui.people.page:PeoplePage",
    ),
    AreaSpec(
        key="reports",
        title="Reports",
        icon=":/icons/reports.svg",
        summary=(
            "One-click client and program status reports as PDF, dashboard charts, and "
            "exports of staffing and RAID to CSV and Excel."
        ),
        page="pmo_desktop.gui.reports.page:ReportsPage",
    ),
)
