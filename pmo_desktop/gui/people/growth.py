"""Goals, feedback log and onboarding checklist tabs of a person (tables over services);
every change is an edit of ``gui.people.commands``, shown again when the page repaints."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.areas import AreaContext
from pmo_desktop.gui.people import commands, models
from pmo_desktop.gui.people.dialogs import FeedbackDialog, GoalDialog
from pmo_desktop.gui.people.tabs import PersonTab, table_view
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import RowModel
from pmo_desktop.services.people import growth, onboarding
from pmo_desktop.services.people.growth import FeedbackInput, FeedbackRow, GoalInput, GoalRow
from pmo_desktop.services.people.onboarding import OnboardingItemRow


class GoalsPanel(PersonTab):
    """A person's SMART goals with progress and status; add, edit, delete (undoable)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowModel[GoalRow] = RowModel(models.GOALS, self)
        self.view, self.proxy = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addWidget(self.view)
        self.button("Add goal…", self.add)
        self.button("Edit…", self.edit)
        self.button("Delete", self.delete)
        self.layout_.addLayout(self.buttons)

    def refresh(self) -> None:
        pid = self.person_id
        rows = [] if pid is None else self.edits.read(lambda s: growth.goals(s, pid))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.note.setText(f"{len(rows)} goal{'s' if len(rows) != 1 else ''}")

    def selected(self) -> GoalRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def add(self) -> None:
        pid = self.person_id
        if pid is None:
            return

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, GoalInput)
            return commands.add_goal(self.edits, pid, data).error

        GoalDialog(save, parent=self).exec()
        self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        current = GoalInput(
            row.title,
            row.measure,
            row.target,
            row.start_date,
            row.due_date,
            row.progress,
            row.status,
            row.result,
        )

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, GoalInput)
            return commands.edit_goal(self.edits, row.id, data).error

        GoalDialog(save, current, parent=self).exec()
        self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        commands.delete_goal(self.edits, row)


class FeedbackPanel(PersonTab):
    """The feedback log: praise and constructive feedback in SBI form (undoable)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowModel[FeedbackRow] = RowModel(models.FEEDBACK, self)
        self.view, self.proxy = table_view(self.model)
        self.layout_.addWidget(self.view)
        self.button("Log feedback…", self.add)
        self.button("Edit…", self.edit)
        self.button("Delete", self.delete)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addLayout(self.buttons)

    def refresh(self) -> None:
        pid = self.person_id
        rows = [] if pid is None else self.edits.read(lambda s: growth.feedback(s, pid))
        self.model.set_rows(rows)
        for column, width in enumerate((100, 100, 170, 220, 300)):
            self.view.setColumnWidth(column, width)
        praise = sum(1 for r in rows if r.kind.value == "praise")
        self.note.setText(
            f"{len(rows)} entries: {praise} praise, {len(rows) - praise} constructive"
        )

    def add(self) -> None:
        pid = self.person_id
        if pid is None:
            return
        projects = self.edits.read(growth.projects_for_feedback)

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, FeedbackInput)
            return commands.log_feedback(self.edits, pid, data).error

        FeedbackDialog(save, projects, parent=self).exec()
        self.refresh()

    def edit(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        projects = self.edits.read(growth.projects_for_feedback)
        current = FeedbackInput(
            row.day, row.kind, row.behaviour, row.situation, row.impact, row.project_id
        )

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, FeedbackInput)
            return commands.edit_feedback(self.edits, row.id, data).error

        FeedbackDialog(save, projects, current, parent=self).exec()
        self.refresh()

    def delete(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        commands.delete_feedback(self.edits, row)


class OnboardingPanel(PersonTab):
    """The 30-60-90 checklist of a new joiner; tick items done (undoable)."""

    def __init__(self, context: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = plain_label()
        self.header.setProperty("role", "section")
        self.layout_.addWidget(self.header)
        self.model: RowModel[OnboardingItemRow] = RowModel(models.ONBOARDING, self)
        self.view, self.proxy = table_view(self.model, sortable=False)
        self.layout_.addWidget(self.view)
        self.start_button = self.button("Start a 30-60-90 plan from the template", self.start)
        self.button("Edit template…", self.edit_template)
        self.layout_.addLayout(self.buttons)
        self.model.toggle_requested.connect(self.tick)

    def refresh(self) -> None:
        pid = self.person_id
        plan = None if pid is None else self.edits.read(lambda s: onboarding.onboarding(s, pid))
        self.model.set_rows(plan.items if plan else [])
        self.view.setColumnWidth(0, 460)
        self.start_button.setVisible(plan is None and pid is not None)
        if plan is None:
            self.header.setText("No onboarding plan.")
            self.note.setText("")
            return
        self.header.setText(
            f"Started {plan.start_date:%d %b %Y} · buddy: {plan.buddy or '—'} · "
            f"90-day review: {plan.review_date:%d %b %Y}"
        )
        self.note.setText(f"{plan.done} of {len(plan.items)} items done (learn → contribute → own)")

    def tick(self, row: OnboardingItemRow, done: bool) -> None:
        """Tick an item done (or not)."""
        commands.tick_onboarding_item(self.edits, row, done)

    def start(self) -> None:
        """Start a 30-60-90 plan from the template today, with a buddy picked from the team."""
        pid = self.person_id
        if pid is None:
            return
        from PySide6.QtWidgets import QInputDialog

        from pmo_desktop.services.people.team import team_roster

        today = date.today()
        others = [r for r in self.edits.read(lambda s: team_roster(s, today)) if r.id != pid]
        names = ["No buddy"] + [r.name for r in others]
        choice, ok = QInputDialog.getItem(self, "Onboarding", "Buddy", names, 0, False)
        if not ok:
            return
        buddy = next((r.id for r in others if r.name == choice), None)
        self.start_plan(today, buddy)

    def start_plan(self, start: date, buddy_id: int | None) -> None:
        """Create the plan (undo removes it; redo puts back the same rows)."""
        pid = self.person_id
        if pid is None:
            return
        commands.start_onboarding(self.edits, pid, start, buddy_id)

    def edit_template(self) -> None:
        """Edit the onboarding template new plans are made from."""
        from pmo_desktop.gui.people.template import TemplateDialog

        items = [
            (t.title, t.due_offset_days) for t in self.edits.read(onboarding.onboarding_template)
        ]

        def save(new: list[tuple[str, int]]) -> ValidationError | None:
            return commands.set_onboarding_template(self.edits, new).error

        TemplateDialog(items, save, self).exec()
