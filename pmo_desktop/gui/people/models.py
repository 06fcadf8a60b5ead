"""The People area's models: the columns of every People table and list, in the manager's
words (each shown by a ``RowModel``), and the roster's sorting and search proxy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from pmo_desktop.domain.goals import okr_band
from pmo_desktop.domain.rating import RATING_LABELS
from pmo_desktop.domain.search import matches, words
from pmo_desktop.gui.row_model import RAG_TEXT, SORT_ROLE, Column, RowModel
from pmo_desktop.services.people.evaluations import RatingRow
from pmo_desktop.services.people.evidence import EvidenceItem
from pmo_desktop.services.people.growth import FeedbackRow, GoalRow, KeyResultRow, ObjectiveRow
from pmo_desktop.services.people.onboarding import OnboardingItemRow
from pmo_desktop.services.people.one_on_ones import ActionRow, OneOnOneRow, PointRow
from pmo_desktop.services.people.team import RosterRow

#: A row of the team OKR table: an objective (key result None) or one of its key results.
OkrRow = tuple[ObjectiveRow, KeyResultRow | None]


def _day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"


def _ord(value: date | None) -> int:
    return value.toordinal() if value else 0


def tenure(days: int | None) -> str:
    """Tenure in years and months (or weeks for new joiners)."""
    if days is None:
        return "—"
    if days < 60:
        return f"{max(days, 0) // 7} wk"
    months = days * 12 // 365
    years, months = divmod(months, 12)
    return f"{years} y {months} m" if years else f"{months} m"


def _goals_text(r: RosterRow) -> str:
    if not r.goals_total and not r.goals_done:
        return "—"
    parts = [f"{r.goals_on_track} on track"] if r.goals_on_track else []
    if r.goals_at_risk:
        parts.append(f"{r.goals_at_risk} at risk")
    if r.goals_off_track:
        parts.append(f"{r.goals_off_track} off track")
    if r.goals_done:
        parts.append(f"{r.goals_done} done")
    return ", ".join(parts)


def _goals_colour(r: RosterRow) -> str | None:
    status = r.goals_status
    return RAG_TEXT[status.rag.value] if status else None


def _billable(r: RosterRow) -> str:
    if r.billable_pct is None:
        return "—"
    return f"{r.billable_pct:.0f}% / {r.billable_target}%"


def _billable_colour(r: RosterRow) -> str | None:
    if r.billable_pct is None or r.billable_target is None:
        return None
    gap = r.billable_pct - r.billable_target
    return RAG_TEXT["green"] if gap >= -5 else RAG_TEXT["amber"] if gap >= -15 else RAG_TEXT["red"]


def _onboarding(r: RosterRow) -> str:
    if not r.onboarding_total:
        return "—"
    pct = 100 * (r.onboarding_done or 0) // r.onboarding_total
    return f"{r.onboarding_done}/{r.onboarding_total} ({pct}%)"


ROSTER: list[Column[RosterRow]] = [
    Column("Name", lambda r: r.name),
    Column("Role", lambda r: r.role.value, tooltip=lambda r: r.role.full_title),
    Column(
        "Tenure", lambda r: tenure(r.tenure_days), sort=lambda r: r.tenure_days or 0, right=True
    ),
    Column(
        "Next 1:1",
        lambda r: "Due now" if r.one_on_one_overdue else _day(r.next_one_on_one),
        sort=lambda r: _ord(r.next_one_on_one),
        colour=lambda r: RAG_TEXT["red"] if r.one_on_one_overdue else None,
        tooltip=lambda r: f"{r.cadence.label}; last 1:1 {_day(r.last_one_on_one)}",
    ),
    Column(
        "Open actions", lambda r: str(r.open_actions), sort=lambda r: r.open_actions, right=True
    ),
    Column(
        "Goals",
        _goals_text,
        sort=lambda r: (r.goals_off_track, r.goals_at_risk),
        colour=_goals_colour,
    ),
    Column(
        "Onboarding",
        _onboarding,
        sort=lambda r: (r.onboarding_done or 0) / (r.onboarding_total or 1),
    ),
    Column(
        "Billable (month) / target",
        _billable,
        sort=lambda r: r.billable_pct or -1.0,
        right=True,
        colour=_billable_colour,
    ),
    Column(
        "Allocation (month)",
        lambda r: "—" if r.allocation_pct is None else f"{r.allocation_pct:.0f}%",
        sort=lambda r: r.allocation_pct or -1.0,
        right=True,
        colour=lambda r: RAG_TEXT["red"] if (r.allocation_pct or 0) > 100.5 else None,
    ),
]

TIMELINE: list[Column[OneOnOneRow]] = [
    Column(
        "1:1",
        lambda r: f"{_day(r.day)} — {r.summary}" if r.summary else _day(r.day),
        tooltip=lambda r: r.summary or None,
    ),
]

POINTS: list[Column[PointRow]] = [
    Column(
        "Talking point",
        lambda r: r.text + ("  ↪ carried over" if r.carried_from_id else ""),
        checked=lambda r: r.done,
    ),
]

ACTIONS: list[Column[ActionRow]] = [
    Column(
        "Action",
        lambda r: r.text,
        checked=lambda r: r.done,
        tooltip=lambda r: "Carried over from an earlier 1:1" if r.carried_from_id else None,
    ),
    Column("Owner", lambda r: r.owner.label),
    Column("Due", lambda r: _day(r.due_date), sort=lambda r: _ord(r.due_date)),
]

GOALS: list[Column[GoalRow]] = [
    Column("Goal", lambda r: r.title, tooltip=lambda r: r.result),
    Column("Measure → target", lambda r: f"{r.measure or '—'} → {r.target or '—'}"),
    Column("Due", lambda r: _day(r.due_date), sort=lambda r: _ord(r.due_date)),
    Column("Progress", lambda r: f"{r.progress}%", sort=lambda r: r.progress, right=True),
    Column("Status", lambda r: r.status.label, colour=lambda r: RAG_TEXT[r.status.rag.value]),
]

FEEDBACK: list[Column[FeedbackRow]] = [
    Column("Date", lambda r: _day(r.day), sort=lambda r: _ord(r.day)),
    Column(
        "Kind",
        lambda r: r.kind.label,
        colour=lambda r: RAG_TEXT["green"] if r.kind.value == "praise" else RAG_TEXT["amber"],
    ),
    Column("Project", lambda r: r.project or "—"),
    Column("Situation", lambda r: r.situation or "—", tooltip=lambda r: r.situation),
    Column("Behaviour", lambda r: r.behaviour, tooltip=lambda r: r.behaviour),
    Column("Impact", lambda r: r.impact or "—", tooltip=lambda r: r.impact),
]

ONBOARDING: list[Column[OnboardingItemRow]] = [
    Column("Item", lambda r: r.title, checked=lambda r: r.done),
    Column(
        "Due",
        lambda r: f"Day {r.due_offset_days} · {_day(r.due_date)}",
        sort=lambda r: r.due_offset_days,
    ),
]

RATINGS: list[Column[RatingRow]] = [
    Column("Competency", lambda r: r.name, tooltip=lambda r: r.description or None),
    Column(
        "Rating",
        lambda r: f"{r.rating}/5" if r.rating else "—",
        right=True,
        tooltip=lambda r: RATING_LABELS.get(r.rating or 0),
    ),
    Column("Evidence", lambda r: str(len(r.evidence)), right=True),
    Column("Comment", lambda r: " ".join((r.comment or "").split())[:120]),
]

EVIDENCE: list[Column[EvidenceItem]] = [
    Column(
        "Evidence",
        lambda e: f"{_day(e.day)} · {e.kind.label} · {e.label}",
        tooltip=lambda e: e.label,
    ),
]


def _okr_score(row: OkrRow) -> str:
    objective, kr = row
    score = kr.score if kr else objective.score
    return "—" if score is None else f"{score:.2f}"


def _okr_colour(row: OkrRow) -> str | None:
    objective, kr = row
    score = kr.score if kr else objective.score
    return None if score is None else RAG_TEXT[okr_band(score).value]


OKRS: list[Column[OkrRow]] = [
    Column("Objective / key result", lambda r: r[0].title if r[1] is None else f"    {r[1].title}"),
    Column("Score", _okr_score, right=True, colour=_okr_colour),
    Column("Owner", lambda r: (r[0].owner or "—") if r[1] is None else ""),
]


def model(columns: list[Column], parent: QObject | None = None) -> RowModel:  # type: ignore[type-arg]
    """A RowModel over ``columns``."""
    return RowModel(columns, parent)


class RosterProxy(QSortFilterProxyModel):
    """Sorts the roster by each column's sort value and keeps the people whose columns
    hold every word typed (name, role, …)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: tuple[str, ...] = ()

    def set_search_text(self, text: str) -> None:
        """Keep the people whose columns hold every word of ``text``."""
        self.beginFilterChange()
        self._words = words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        fields = (
            str(model.index(source_row, column).data() or "")
            for column in range(model.columnCount())
        )
        return matches(self._words, fields)
