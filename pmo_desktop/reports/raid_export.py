"""The RAID register as CSV or XLSX (format from the file extension), formula-safe.

Every text cell goes through ``reports.tables`` protection, so a title such as
``=cmd|' /C calc'!A0`` or ``@SUM(A1)`` is stored as text, never as a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.reports.tables import save_workbook, write_csv, write_sheet
from pmo_desktop.services.raid.register import RaidRow

HEADER = (
    "ID",
    "Kind",
    "Title",
    "Client",
    "Program",
    "Project",
    "Owner",
    "Probability",
    "Impact",
    "Score",
    "Band",
    "Response",
    "Status",
    "Raised",
    "Review",
    "Due",
    "Severity",
    "Open actions",
    "Overdue actions",
    "Overdue",
)
FORMATS = (".csv", ".xlsx")


def row_values(row: RaidRow) -> list[Any]:
    """One register row as spreadsheet values (text, numbers and dates)."""
    flags = []
    if row.overdue_actions:
        flags.append(f"{row.overdue_actions} action(s)")
    if row.review_overdue:
        flags.append("review")
    if row.due_overdue:
        flags.append("due date")
    return [
        f"{row.kind.letter}-{row.id}",
        row.kind.label,
        row.title,
        row.client or "",
        row.program or "",
        row.project or "",
        row.owner or "",
        row.probability,
        row.impact,
        row.score,
        row.band.value.capitalize(),
        row.response.label if row.response else "",
        row.status.label,
        row.raised_date,
        row.review_date,
        row.due_date,
        row.severity,
        row.open_actions,
        row.overdue_actions,
        ", ".join(flags),
    ]


def export_register(rows: Sequence[RaidRow], path: Path) -> int:
    """Write ``rows`` to ``path`` as CSV or XLSX; returns how many rows were written."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"cannot export the RAID register as {suffix or 'a file without extension'}: "
            "use .csv or .xlsx",
            "path",
        )
    values = [row_values(row) for row in rows]
    if suffix == ".csv":
        write_csv(
            path, HEADER, [[v.isoformat() if isinstance(v, date) else v for v in r] for r in values]
        )
    else:
        _write_xlsx(path, values)
    return len(values)


def _write_xlsx(path: Path, values: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "RAID register"
    write_sheet(sheet, HEADER, values)
    fills = {
        "Red": PatternFill("solid", fgColor="F3C1C1"),
        "Amber": PatternFill("solid", fgColor="F9E3A6"),
        "Green": PatternFill("solid", fgColor="CDEBD8"),
    }
    for r, row in enumerate(values, start=2):
        sheet.cell(row=r, column=10).fill = fills[row[10]]
    widths = (8, 11, 48, 22, 24, 26, 20, 11, 8, 7, 8, 10, 11, 11, 11, 11, 9, 12, 14, 22)
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = sheet.dimensions
    save_workbook(workbook, path)
