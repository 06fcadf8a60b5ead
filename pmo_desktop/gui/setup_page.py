"""The first start: an empty portfolio opens on "Set up your team" instead of an empty Home.

Three steps, each skippable: the team (add people one by one, or import a people list), the
work (a first client, program and project), or a look at the demo portfolio first. Each step
says what is there already; the page gives way to Home once the portfolio has people and a
project, or when the manager skips it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.services.portfolio import PortfolioSummary


def needs_setup(counts: PortfolioSummary) -> bool:
    """True until the portfolio has at least one person and one project."""
    return counts.people == 0 or counts.projects == 0


class SetupStep(QFrame):
    """One numbered step: a title, what it does, its buttons and what is done already."""

    def __init__(self, number: int, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "tile")
        layout = QVBoxLayout(self)
        self.title = plain_label(f"{number} · {title}")
        self.title.setProperty("role", "section")
        self.text = plain_label(text)
        self.text.setWordWrap(True)
        self.state = plain_label("")
        self.state.setProperty("role", "note")
        self.buttons = QHBoxLayout()
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(self.buttons)
        layout.addWidget(self.state)

    def button(self, text: str, signal: SignalInstance) -> QPushButton:
        """Add a button that emits ``signal``."""
        button = QPushButton(text)
        button.clicked.connect(signal.emit)
        self.buttons.addWidget(button)
        return button

    def finish(self) -> None:
        self.buttons.addStretch(1)


class SetupPage(QWidget):
    """The "Set up your team" page; its signals ask the window to open what the step needs."""

    add_person = Signal()
    import_people = Signal()
    add_client = Signal()
    add_program = Signal()
    import_projects = Signal()
    add_project = Signal()
    open_demo = Signal()
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = plain_label("Set up your team")
        heading.setProperty("role", "title")
        intro = plain_label(
            "This portfolio is new. Three steps make the staffing grid, billability, 1:1s and "
            "evaluations work for your own team; each can be skipped and done later from the "
            "People and Pipeline areas."
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "note")
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.team = SetupStep(
            1,
            "Your team",
            "Add the people you lead, with their role, contracted hours, start date and the "
            "public holidays that apply to them — or import the list you keep in a spreadsheet "
            "(CSV or XLSX).",
        )
        self.team.button("Add a person…", self.add_person)
        self.team.button("Import a people list…", self.import_people)
        self.team.finish()
        self.work = SetupStep(
            2,
            "Your work",
            "Add a first client, program and project, or import your project list (CSV or "
            "XLSX: client, program, project, stage, dates, budget, PM); staff them on the grid "
            "by dragging people onto them.",
        )
        self.work.button("Add a client…", self.add_client)
        self.work.button("Add a program…", self.add_program)
        self.work.button("Add a project…", self.add_project)
        self.work.button("Import a project list…", self.import_projects)
        self.work.finish()
        self.demo = SetupStep(
            3,
            "Or look around first",
            "The demo portfolio is a 12-person team with 30 projects, in its own file: "
            "nothing you do there touches this portfolio.",
        )
        self.demo.button("Open the demo portfolio", self.open_demo)
        self.demo.finish()
        for step in (self.team, self.work, self.demo):
            layout.addWidget(step)
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip = QPushButton("Skip: show Home")
        skip.setFlat(True)
        skip.clicked.connect(self.skipped.emit)
        skip_row.addWidget(skip)
        layout.addLayout(skip_row)
        layout.addStretch(1)

    def show_counts(self, counts: PortfolioSummary) -> None:
        """Say what each step has done already."""
        self.team.state.setText(
            f"✓ {counts.people} {'person' if counts.people == 1 else 'people'} so far"
            if counts.people
            else "No one yet."
        )
        done = [
            f"{n} {word if n == 1 else word + 's'}"
            for n, word in (
                (counts.clients, "client"),
                (counts.programs, "program"),
                (counts.projects, "project"),
            )
            if n
        ]
        self.work.state.setText("✓ " + ", ".join(done) if done else "No projects yet.")
