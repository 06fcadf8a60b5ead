"""People use cases for onboarding: the 30-60-90 template new plans are made from, a
person's plan with its checklist (the review at day 90), ticking items, and taking a plan
away and back with the same ids (for undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.people import DEFAULT_ONBOARDING
from pmo_desktop.services.people.one_on_ones import clean_text
from pmo_desktop.services.people.team import person_header
from pmo_desktop.store.models import Person
from pmo_desktop.store.models_people import OnboardingItem, OnboardingPlan, OnboardingTemplateItem


@dataclass(frozen=True, slots=True)
class TemplateItem:
    """An item of the onboarding template."""

    id: int
    title: str
    due_offset_days: int


@dataclass(frozen=True, slots=True)
class OnboardingItemRow:
    """A checklist item of a person's onboarding plan, with its due date."""

    id: int
    title: str
    due_offset_days: int
    due_date: date
    done: bool


@dataclass(frozen=True, slots=True)
class OnboardingRow:
    """A person's onboarding plan."""

    id: int
    person_id: int
    buddy_id: int | None
    buddy: str | None
    start_date: date
    review_date: date
    items: tuple[OnboardingItemRow, ...]

    @property
    def done(self) -> int:
        """Items ticked done."""
        return sum(1 for item in self.items if item.done)


def onboarding_template(session: Session) -> list[TemplateItem]:
    """The editable template (the built-in default until someone edits it)."""
    rows = session.execute(
        select(
            OnboardingTemplateItem.id,
            OnboardingTemplateItem.title,
            OnboardingTemplateItem.due_offset_days,
        ).order_by(OnboardingTemplateItem.due_offset_days, OnboardingTemplateItem.position)
    ).all()
    if rows:
        return [TemplateItem(*r) for r in rows]
    return [TemplateItem(0, title, offset) for title, offset in DEFAULT_ONBOARDING]


def set_onboarding_template(
    session: Session, items: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    """Replace the template; returns the previous items (for undo)."""
    previous = [(t.title, t.due_offset_days) for t in onboarding_template(session)]
    cleaned = []
    for title, offset in items:
        text = clean_text(title, "title", "An onboarding item", required=True)
        assert text is not None
        if not 0 <= offset <= 365:
            raise ValidationError("an item is due 0 to 365 days after the start", "offset")
        cleaned.append((text, offset))
    session.execute(delete(OnboardingTemplateItem))
    for position, (title, offset) in enumerate(cleaned):
        session.add(OnboardingTemplateItem(position=position, title=title, due_offset_days=offset))
    return previous


def onboarding(session: Session, person_id: int) -> OnboardingRow | None:
    """A person's onboarding plan, or None."""
    head = session.execute(
        select(
            OnboardingPlan.id,
            OnboardingPlan.person_id,
            OnboardingPlan.buddy_id,
            Person.name,
            OnboardingPlan.start_date,
            OnboardingPlan.review_date,
        )
        .outerjoin(Person, OnboardingPlan.buddy_id == Person.id)
        .where(OnboardingPlan.person_id == person_id)
    ).one_or_none()
    if head is None:
        return None
    start = head[4]
    items = tuple(
        OnboardingItemRow(iid, title, offset, start + timedelta(days=offset), done)
        for iid, title, offset, done in session.execute(
            select(
                OnboardingItem.id,
                OnboardingItem.title,
                OnboardingItem.due_offset_days,
                OnboardingItem.done,
            )
            .where(OnboardingItem.plan_id == head[0])
            .order_by(OnboardingItem.due_offset_days, OnboardingItem.position)
        )
    )
    return OnboardingRow(*head, items)


def start_onboarding(
    session: Session, person_id: int, start: date, buddy_id: int | None = None
) -> int:
    """Create a 30-60-90 plan from the template with the review at day 90; returns its id."""
    person_header(session, person_id)
    if buddy_id == person_id:
        raise ValidationError("a buddy is someone else", "buddy")
    if onboarding(session, person_id) is not None:
        raise ValidationError("this person already has an onboarding plan", "person")
    plan = OnboardingPlan(
        person_id=person_id,
        buddy_id=buddy_id,
        start_date=start,
        review_date=start + timedelta(days=90),
    )
    session.add(plan)
    session.flush()
    for position, item in enumerate(onboarding_template(session)):
        session.add(
            OnboardingItem(
                plan_id=plan.id,
                position=position,
                title=item.title,
                due_offset_days=item.due_offset_days,
                done=False,
            )
        )
    return plan.id


def delete_onboarding(session: Session, plan_id: int) -> None:
    """Remove an onboarding plan with its items."""
    session.execute(delete(OnboardingPlan).where(OnboardingPlan.id == plan_id))


def tick_onboarding_item(session: Session, item_id: int, done: bool) -> bool:
    """Tick or untick an onboarding item; returns the previous state."""
    item = session.get(OnboardingItem, item_id)
    if item is None:
        raise ValidationError("this onboarding item no longer exists", "done")
    previous = item.done
    item.done = done
    return previous


def delete_onboarding_plan(session: Session, person_id: int) -> OnboardingRow:
    """Remove a person's onboarding plan; returns it for ``restore_onboarding``."""
    plan = onboarding(session, person_id)
    if plan is None:
        raise ValidationError("this person has no onboarding plan", "person")
    delete_onboarding(session, plan.id)
    return plan


def restore_onboarding(session: Session, plan: OnboardingRow) -> None:
    """Put back an onboarding plan with the same ids for it and its items."""
    session.add(
        OnboardingPlan(
            id=plan.id,
            person_id=plan.person_id,
            buddy_id=plan.buddy_id,
            start_date=plan.start_date,
            review_date=plan.review_date,
        )
    )
    session.flush()
    for position, item in enumerate(plan.items):
        session.add(
            OnboardingItem(
                id=item.id,
                plan_id=plan.id,
                position=position,
                title=item.title,
                due_offset_days=item.due_offset_days,
                done=item.done,
            )
        )
    session.flush()
