"""Goals, feedback log and onboarding checklist tabs of a person (tables over services)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.gui.people import columns
from pmo_desktop.gui.people.commands import PeopleController, short
from pmo_desktop.gui.people.dialogs import FeedbackDialog, GoalDialog
from pmo_desktop.gui.plain_text import plain_label
from pmo_desktop.gui.row_model import SORT_ROLE, RowModel
from pmo_desktop.services.people import growth
from pmo_desktop.services.people.growth import (
    FeedbackInput,
    FeedbackRow,
    GoalInput,
    GoalRow,
    OnboardingItemRow,
)


def _table(model: RowModel, sortable: bool = True) -> tuple[QTableView, QSortFilterProxyModel]:  # type: ignore[type-arg]
    view = QTableView()
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if sortable:
        # Rows arrive in the service's order; sorting starts when a header is clicked, so
        # opening a person with hundreds of entries does not sort them first.
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)

        def sort(column: int) -> None:
            order = (
                Qt.SortOrder.DescendingOrder
                if header.isSortIndicatorShown()
                and header.sortIndicatorSection() == column
                and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicatorShown(True)
            header.setSortIndicator(column, order)
            proxy.sort(column, order)

        header.sectionClicked.connect(sort)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class _Tab(QWidget):
    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.person_id: int | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.buttons = QHBoxLayout()
        self.note = plain_label()
        self.note.setProperty("role", "note")
        self.buttons.addWidget(self.note, 1)

    def button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read from the database."""


class GoalsPanel(_Tab):
    """A person's SMART goals with progress and status; add, edit, delete (undoable)."""

    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model: RowModel[GoalRow] = RowModel(columns.GOALS, self)
        self.view, self.proxy = _table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addWidget(self.view)
        self.button("Add goal…", self.add)
        self.button("Edit…", self.edit)
        self.button("Delete", self.delete)
        self.layout_.addLayout(self.buttons)

    def refresh(self) -> None:
        pid = self.person_id
        rows = [] if pid is None else self.controller.read(lambda s: growth.goals(s, pid))
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
            return self.controller.apply(
                f"Add goal “{short(data.title)}”",
                lambda s: growth.add_goal(s, pid, data),
                lambda s, row: growth.delete_goal(s, row.id),
                lambda s, row: growth.restore_goal(s, row),
            ).error

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
            return self.controller.apply(
                f"Edit goal “{short(data.title)}”",
                lambda s: growth.update_goal(s, row.id, data),
                lambda s, prev: growth.restore_goal(s, prev),
                lambda s, _prev: growth.update_goal(s, row.id, data),
            ).error

        GoalDialog(save, current, parent=self).exec()
        self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.controller.apply(
            f"Delete goal “{short(row.title)}”",
            lambda s: growth.delete_goal(s, row.id),
            lambda s, prev: growth.restore_goal(s, prev),
            lambda s, prev: growth.delete_goal(s, prev.id),
        )


class FeedbackPanel(_Tab):
    """The feedback log: praise and constructive feedback in SBI form (undoable)."""

    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model: RowModel[FeedbackRow] = RowModel(columns.FEEDBACK, self)
        self.view, self.proxy = _table(self.model)
        self.layout_.addWidget(self.view)
        self.button("Log feedback…", self.add)
        self.button("Edit…", self.edit)
        self.button("Delete", self.delete)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.layout_.addLayout(self.buttons)

    def refresh(self) -> None:
        pid = self.person_id
        rows = [] if pid is None else self.controller.read(lambda s: growth.feedback(s, pid))
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
        projects = self.controller.read(growth.projects_for_feedback)

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, FeedbackInput)
            return self.controller.apply(
                f"Log feedback “{short(data.behaviour)}”",
                lambda s: growth.add_feedback(s, pid, data),
                lambda s, fid: growth.delete_feedback(s, fid),
                lambda s, fid: growth.restore_feedback(s, fid, pid, data),
            ).error

        FeedbackDialog(save, projects, parent=self).exec()
        self.refresh()

    def edit(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        projects = self.controller.read(growth.projects_for_feedback)
        current = FeedbackInput(
            row.day, row.kind, row.behaviour, row.situation, row.impact, row.project_id
        )

        def save(data: object) -> ValidationError | None:
            assert isinstance(data, FeedbackInput)
            return self.controller.apply(
                f"Edit feedback “{short(data.behaviour)}”",
                lambda s: growth.update_feedback(s, row.id, data),
                lambda s, prev: growth.update_feedback(s, row.id, prev),
                lambda s, _prev: growth.update_feedback(s, row.id, data),
            ).error

        FeedbackDialog(save, projects, current, parent=self).exec()
        self.refresh()

    def delete(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.controller.apply(
            f"Delete feedback “{short(row.behaviour)}”",
            lambda s: growth.delete_feedback(s, row.id),
            lambda s, kept: growth.restore_feedback(s, row.id, kept[0], kept[1]),
            lambda s, _kept: growth.delete_feedback(s, row.id),
        )


class OnboardingPanel(_Tab):
    """The 30-60-90 checklist of a new joiner; tick items done (undoable)."""

    def __init__(self, controller: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.header = plain_label()
        self.header.setProperty("role", "section")
        self.layout_.addWidget(self.header)
        self.model: RowModel[OnboardingItemRow] = RowModel(columns.ONBOARDING, self)
        self.view, self.proxy = _table(self.model, sortable=False)
        self.layout_.addWidget(self.view)
        self.start_button = self.button("Start a 30-60-90 plan from the template", self.start)
        self.button("Edit template…", self.edit_template)
        self.layout_.addLayout(self.buttons)
        self.model.toggle_requested.connect(self.tick)

    def refresh(self) -> None:
        pid = self.person_id
        plan = None if pid is None else self.controller.read(lambda s: growth.onboarding(s, pid))
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
        self.controller.apply(
            f"{'Tick' if done else 'Untick'} “{short(row.title)}”",
            lambda s: growth.tick_onboarding_item(s, row.id, done),
            lambda s, prev: growth.tick_onboarding_item(s, row.id, prev),
            lambda s, _prev: growth.tick_onboarding_item(s, row.id, done),
        )

    def start(self) -> None:
        """Start a 30-60-90 plan from the template today, with a buddy picked from the team."""
        pid = self.person_id
        if pid is None:
            return
        from PySide6.QtWidgets import QInputDialog

        from pmo_desktop.services.people.one_on_ones import team_roster

        today = date.today()
        others = [r for r in self.controller.read(lambda s: team_roster(s, today)) if r.id != pid]
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
        self.controller.apply(
            "Start onboarding plan",
            lambda s: (growth.start_onboarding(s, pid, start, buddy_id), growth.onboarding(s, pid))[
                1
            ],
            lambda s, plan: growth.delete_onboarding_plan(s, pid),
            lambda s, plan: growth.restore_onboarding(s, plan),
        )

    def edit_template(self) -> None:
        """Edit the onboarding template new plans are made from."""
        from pmo_desktop.gui.people.template import TemplateDialog

        items = [
            (t.title, t.due_offset_days) for t in self.controller.read(growth.onboarding_template)
        ]

        def save(new: list[tuple[str, int]]) -> ValidationError | None:
            return self.controller.apply(
                "Edit onboarding template",
                lambda s: growth.set_onboarding_template(s, new),
                lambda s, previous: growth.set_onboarding_template(s, previous),
                lambda s, _previous: growth.set_onboarding_template(s, new),
            ).error

        TemplateDialog(items, save, self).exec()
