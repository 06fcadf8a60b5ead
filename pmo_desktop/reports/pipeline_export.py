"""The pipeline and the health register as CSV or XLSX (format from the extension).

Text cells go through ``reports.tables`` protection, so a project called ``=HYPERLINK(…)``
stays text in both formats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.domain.rag import Verdict
from pmo_desktop.reports.tables import save_workbook, write_csv, write_sheet
from pmo_desktop.services.pipeline.board import PipelineCard
from pmo_desktop.services.pipeline.health import PortfolioHealth

FORMATS = (".csv", ".xlsx")
PIPELINE_HEADER = (
    "Project",
    "Client",
    "Program",
    "Stage",
    "PM",
    "Start",
    "End",
    "Budget",
    "Win %",
    "Weighted",
    "Health",
)
HEALTH_HEADER = (
    "Level",
    "Name",
    "Client",
    "Program",
    "Overall",
    "Budget",
    "Timeline",
    "Scope",
    "CPI",
    "SPI",
    "Why",
)


def _check(path: Path, what: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"cannot export the {what} as {suffix or 'a file without extension'}: "
            "use .csv or .xlsx",
            "path",
        )
    return suffix


def _rag(verdict: Verdict) -> str:
    text = verdict.rag.value.capitalize() if verdict.rag else "Not assessed"
    return f"{text} (override)" if verdict.overridden else text


def pipeline_rows(cards: Sequence[PipelineCard]) -> list[list[Any]]:
    """Every project as spreadsheet values (money in currency units)."""
    return [
        [
            c.name,
            c.client,
            c.program,
            c.stage.label,
            c.pm or "",
            c.start_date,
            c.end_date,
            c.budget_cents / 100,
            c.win_probability,
            c.weighted_cents / 100,
            c.health.value.capitalize() if c.health else "Not assessed",
        ]
        for c in cards
    ]


def health_rows(health: PortfolioHealth) -> list[list[Any]]:
    """Programs, then projects in delivery, with every colour and the reasons."""
    rows: list[list[Any]] = []
    for p in health.programs:
        h = p.health.health
        if h.overall.rag is None:
            continue
        rows.append(
            ["Program", p.name, p.client, p.name, _rag(h.overall), _rag(h.budget),
             _rag(h.timeline), _rag(h.scope), None, None, h.why]
        )  # fmt: skip
    for r in sorted(health.projects.values(), key=lambda r: (r.client, r.program, r.name)):
        if not r.health.assessed:
            continue
        h = r.health.health
        cpi = round(r.evm.cpi, 2) if r.evm and r.evm.cpi is not None else None
        spi = round(r.evm.spi, 2) if r.evm and r.evm.spi is not None else None
        rows.append(
            ["Project", r.name, r.client, r.program, _rag(h.overall), _rag(h.budget),
             _rag(h.timeline), _rag(h.scope), cpi, spi, h.why]
        )  # fmt: skip
    return rows


def export_table(
    header: Sequence[str], rows: list[list[Any]], path: Path, what: str, sheet: str
) -> int:
    """Write ``rows`` under ``header`` as CSV or XLSX; returns how many rows were written."""
    suffix = _check(path, what)
    if suffix == ".csv":
        write_csv(
            path,
            header,
            [[v.isoformat() if isinstance(v, date) else v for v in row] for row in rows],
        )
        return len(rows)
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    write_sheet(ws, header, rows)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    save_workbook(workbook, path)
    return len(rows)
