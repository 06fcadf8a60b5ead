"""How the staffing grid shows its figures: for each Qt role, a cell's text (hours, percent
of capacity or FTE), tooltip, capacity band colour, tentative hatching and font, and the
texts of the week and row headers. The model computes the figures; these functions only
present them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pmo_desktop.domain.capacity import Band, band, fte, utilization
from pmo_desktop.gui.plain_text import literal
from pmo_desktop.gui.staffing.figures import Figure
from pmo_desktop.gui.staffing.rows import Row, RowKind
from pmo_desktop.services.staffing.tables import PersonInfo, ProjectInfo

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``RowKind`` of a cell's row."""
TENTATIVE_ROLE = Qt.ItemDataRole.UserRole + 2
"""True when the cell's hours are (all) tentative: the delegate hatches it."""
BAND_ROLE = Qt.ItemDataRole.UserRole + 3
"""The ``Band`` of a person-week or team-week cell, else None."""
HOURS_ROLE = Qt.ItemDataRole.UserRole + 4
"""The cell's hours as a float (0.0 when empty)."""

BAND_COLOURS = {
    Band.LIGHT: "#eef3f8",
    Band.NORMAL: "#cfe8d6",
    Band.FULL: "#f6dd9a",
    Band.OVER: "#e8847c",
}
#: Open demand (placeholders) is written in italic amber-brown.
PLACEHOLDER_COLOUR = "#8a5a00"

#: The roles whose answer depends on the cell's figures.
FIGURE_ROLES = frozenset(
    int(role)
    for role in {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        TENTATIVE_ROLE,
        BAND_ROLE,
        HOURS_ROLE,
    }
)

_HATCH: list[QBrush] = []
_FONTS: dict[tuple[bool, bool], QFont] = {}


def font(*, bold: bool = False, italic: bool = False) -> QFont:
    """A bold or italic font, made once: building one per cell calls void setters, and each
    such call from Python leaks a reference to None with the PySide6 build in use."""
    font = _FONTS.get((bold, italic))
    if font is None:
        font = _FONTS[(bold, italic)] = QFont()
        font.setBold(bold)
        font.setItalic(italic)
    return font


def hatch() -> QBrush:
    """Diagonal hatching of tentative hours (made once, after the application exists)."""
    if not _HATCH:
        _HATCH.append(QBrush(QColor(90, 110, 140, 150), Qt.BrushStyle.BDiagPattern))
    return _HATCH[0]


class Display(Enum):
    """What the cells show."""

    HOURS = "Hours"
    PERCENT = "% capacity"
    FTE = "FTE"


def cell_data(row: Row, role: int, figure: Figure, display: Display) -> Any:
    """What a cell of ``row`` with these figures answers for ``role`` (one of
    ``FIGURE_ROLES`` but the tooltip, ``cell_tooltip``)."""
    hours, cap, tentative = figure
    if role == HOURS_ROLE:
        return hours
    if role == TENTATIVE_ROLE:
        return tentative and hours > 0
    banded = row.kind in (RowKind.TEAM, RowKind.PERSON)
    if role == BAND_ROLE:
        return band(hours, cap) if banded and cap is not None else None
    if role == Qt.ItemDataRole.DisplayRole:
        return cell_text(row, hours, cap, display)
    if role == Qt.ItemDataRole.EditRole:
        return f"{hours:g}" if row.is_cell_row else None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(Qt.AlignmentFlag.AlignCenter)
    if role == Qt.ItemDataRole.BackgroundRole and tentative and hours > 0 and not banded:
        return hatch()
    if role == Qt.ItemDataRole.BackgroundRole and banded and cap is not None:
        if hours == 0 and cap == 0:
            return None
        return QBrush(QColor(BAND_COLOURS[band(hours, cap)]))
    if role == Qt.ItemDataRole.ForegroundRole and banded and cap is not None:
        if band(hours, cap) is Band.OVER:
            return QBrush(QColor("#4a0d08"))
        return QBrush(QColor("#1d2733"))
    if role == Qt.ItemDataRole.FontRole and (banded or row.kind is RowKind.PROJECT):
        return font(bold=True)
    if role == Qt.ItemDataRole.ForegroundRole and row.kind is RowKind.PLACEHOLDER:
        return QBrush(QColor(PLACEHOLDER_COLOUR))
    if role == Qt.ItemDataRole.FontRole and row.kind is RowKind.PLACEHOLDER:
        return font(italic=True)
    return None


def cell_text(row: Row, hours: float, cap: float | None, display: Display) -> str:
    """A cell's text: its hours (or percent, or FTE), "off" for a week without capacity,
    and the exact percent where a person or the team is over-allocated."""
    if hours == 0 and row.kind not in (RowKind.TEAM, RowKind.PERSON):
        return ""
    if row.kind is RowKind.PERSON and hours == 0 and cap == 0:
        return "off"  # a week of leave or holidays (or before the start date)
    percent = utilization(hours, cap) if cap is not None else None
    if display is Display.PERCENT and cap is not None:
        return "—" if percent is None else f"{percent:.0f}%"
    text = f"{fte(hours):.2f}" if display is Display.FTE else f"{hours:g}"
    if row.kind in (RowKind.TEAM, RowKind.PERSON) and cap is not None:
        if percent is None and hours > 0:
            return f"{text} (off)"  # hours in a week they cannot work: over
        if percent is not None and percent > 100.0 + 1e-9:
            return f"{text} ({percent:.0f}%)"
    return text


def cell_tooltip(
    row: Row,
    span: tuple[date, ...] | None,
    figure: Figure,
    days_off: Callable[[int, date], str],
) -> str:
    """A cell's tooltip: its hours over its week, month or all weeks, of what capacity,
    over-allocated (with the ``days_off`` of a person's week) or tentative."""
    hours, cap, tentative = figure
    if span is None:
        when = "all loaded weeks"
    elif len(span) == 1:
        when = f"week of {span[0]:%d %b %Y}"
    else:
        when = f"{span[0]:%B %Y} ({len(span)} weeks)"
    text = f"{row.title}, {when}: {hours:g} h"
    if cap is not None:
        percent = utilization(hours, cap)
        share = "no capacity" if percent is None else f"{percent:.0f}% of capacity"
        text += f" of {cap:g} h capacity ({share})"
        if hours > 0 and (percent is None or percent > 100.0 + 1e-9):
            text += " — over-allocated: more hours than they can work"
            if span is not None and len(span) == 1 and row.person_id is not None:
                days = days_off(row.person_id, span[0])
                text += f" ({days})" if days else ""
    if tentative:
        text += " — tentative (project not yet approved)"
    return text


def week_header(
    role: int,
    week: date | None,
    span: tuple[date, ...] | None,
    *,
    by_month: bool,
    this_week: date,
    holidays: Callable[[date], list[str]],
) -> Any:
    """A column header: the week (marked ✱ with its holidays), the month, or "Total"."""
    if by_month and span is not None:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{span[0]:%b}\n{span[0]:%Y}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{len(span)} weeks from Monday {span[0]:%d %B %Y}"
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        if week is None:
            return "Total"
        mark = " ✱" if holidays(week) else ""
        return f"{week:%d %b}{mark}\n" + ("this week" if week == this_week else f"{week:%Y}")
    if role == Qt.ItemDataRole.FontRole and week == this_week:
        return font(bold=True)
    if role == Qt.ItemDataRole.ToolTipRole and week is not None:
        days = holidays(week)
        text = f"Week of Monday {week:%d %B %Y}"
        if days:
            text += "\n✱ Not worked (deducted from the capacity of those it applies to):"
            text += "".join(f"\n{line}" for line in days)
        return text
    return None


def row_header(
    row: Row,
    role: int,
    *,
    collapsed: bool,
    person: PersonInfo | None,
    project: ProjectInfo | None,
) -> Any:
    """A row header: indented title with its expand mark (a person with their role), bold
    totals, italic amber open roles, and the client › program › project tooltip."""
    if role == Qt.ItemDataRole.DisplayRole:
        indent = "    " * row.depth
        mark = ("▸ " if collapsed else "▾ ") if row.expandable else "  "
        subtitle = ""
        if row.kind is RowKind.PERSON and person is not None:
            subtitle = f"  ({person.role.value})"
        return f"{indent}{mark}{row.title}{subtitle}"
    if role == Qt.ItemDataRole.FontRole and row.kind in (
        RowKind.TEAM,
        RowKind.PERSON,
        RowKind.CLIENT,
        RowKind.OPEN_ROLES,
    ):
        return font(bold=True)
    if role == Qt.ItemDataRole.ForegroundRole and row.kind is RowKind.PLACEHOLDER:
        return QBrush(QColor(PLACEHOLDER_COLOUR))
    if role == Qt.ItemDataRole.FontRole and row.kind is RowKind.PLACEHOLDER:
        return font(italic=True)
    if role == Qt.ItemDataRole.ToolTipRole:
        where = project
        context = f"{where.client} › {where.program} › {where.name}" if where else row.title
        return literal(context + (" — click to expand or collapse" if row.expandable else ""))
    return None
