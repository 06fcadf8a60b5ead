"""A shareable retrospective PDF: the board by column (most voted first) and the actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from pmo_desktop.reports.pdf.common import (
    FONT,
    FONT_BOLD,
    build_pdf,
    cell,
    clip,
    para,
    styles,
    write_pdf,
)
from pmo_desktop.services.reports.retrospectives import RetroBoard

#: Longest title printed in the running footer.
FOOTER_NAME = 80


def render_retrospective(board: RetroBoard) -> bytes:
    """The retrospective as PDF bytes."""
    st = styles()
    data = board.data
    story: list[Any] = [
        para(clip(data.title), st["title"]),
        para(
            f"{data.format.label} retrospective · {clip(board.scope)}"
            f" · held {data.held_on:%d %b %Y}",
            st["muted"],
        ),
        Spacer(1, 3 * mm),
    ]
    for column in data.format.columns:
        story.append(para(column, st["h1"]))
        notes = board.column(column)
        if not notes:
            story.append(para("No notes.", st["muted"]))
        for note in notes:
            votes = f"  ({note.votes} vote{'s' if note.votes != 1 else ''})" if note.votes else ""
            story.append(para(f"• {note.text}{votes}", st["body"]))
    story.append(para("Actions", st["h1"]))
    if board.actions:
        rows: list[list[Any]] = [["Action", "Owner", "Due", "Done"]]
        widths = [95 * mm, 40 * mm, 27 * mm, 18 * mm]
        for action in board.actions:
            rows.append(
                [
                    cell(action.text, st["cell"], widths[0]),
                    cell(clip(action.owner or "—"), st["cell"], widths[1]),
                    f"{action.due_date:%d %b %Y}" if action.due_date else "—",
                    "yes" if action.done else "no",
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1db")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    else:
        story.append(para("No actions agreed.", st["muted"]))
    return build_pdf(
        story,
        title=f"Retrospective — {clip(data.title)}",
        footer=f"Retrospective — {clip(data.title, FOOTER_NAME)}",
    )


def write_retrospective(path: Path, board: RetroBoard) -> None:
    """Write the retrospective PDF atomically."""
    write_pdf(path, render_retrospective(board))
