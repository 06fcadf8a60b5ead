"""The staffing plan as CSV, XLSX or PDF: one row per person × project, a column per week.

* CSV: numbers as numbers, a Total column and a totals row, text protected from formulas.
* XLSX: the same on an "Allocations" sheet with real ``SUM`` formulas for every total and a
  "Person ID" column, a "People" sheet of hours per person and week (``SUMIF`` over
  Allocations on the person's id: on the name, two people called the same would double and
  a name holding ``*``, ``?``, ``~`` or a leading ``<`` would match other names, as SUMIF
  reads them as wildcards and comparisons) next to their capacity, conditional formatting
  that turns over-allocated weeks red, frozen headers.
* PDF: landscape pages of people × weeks (13 weeks per table), person totals banded with the
  exact utilization, and the team utilization chart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pmo_desktop.domain.capacity import Band, band, utilization
from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.reports.tables import csv_bytes, save_workbook, xlsx_text
from pmo_desktop.services.staffing import grid as svc
from pmo_desktop.services.staffing.grid import StaffingGrid

FORMATS = (".csv", ".xlsx", ".pdf")
PDF_WEEKS_PER_TABLE = 13


@dataclass(frozen=True)
class PlanLine:
    """One person × project line of the export."""

    person_id: int
    person: str
    role: str
    client: str
    project: str
    tentative: bool
    hours: tuple[float, ...]

    @property
    def total(self) -> float:
        """Hours over every week of the export."""
        return sum(self.hours)


@dataclass(frozen=True)
class StaffingPlan:
    """What every export format shows."""

    weeks: tuple[date, ...]
    lines: tuple[PlanLine, ...]
    grid: StaffingGrid

    def week_totals(self) -> list[float]:
        """Hours per week over every line."""
        return [sum(line.hours[i] for line in self.lines) for i in range(len(self.weeks))]


def staffing_plan(
    session: Session, first: date | None = None, weeks: int | None = None
) -> StaffingPlan:
    """Read the plan of record over ``weeks`` weeks from ``first`` (default: the whole plan)."""
    week_list = svc.plan_weeks(session, first, weeks)
    grid = svc.read_grid(session, week_list)
    col = {w: i for i, w in enumerate(grid.weeks)}
    by_pair: dict[tuple[int, int], list[float]] = {}
    tentative: dict[tuple[int, int], bool] = {}
    n_weeks = len(grid.weeks)
    for (pid, jid, week), (hours, tent) in grid.cells.items():
        key = (pid, jid)
        row = by_pair.get(key)
        if row is None:
            row = by_pair[key] = [0.0] * n_weeks
            tentative[key] = tent
        elif tent:
            tentative[key] = True
        row[col[week]] = hours
    people = {p.id: p for p in grid.people}
    lines = []
    for (person_id, project_id), week_hours in by_pair.items():
        person = people.get(person_id)
        project = grid.projects.get(project_id)
        if person is None or project is None:
            continue
        lines.append(
            PlanLine(
                person_id,
                person.name,
                person.role.value,
                project.client,
                project.name,
                tentative[(person_id, project_id)],
                tuple(week_hours),
            )
        )
    lines.sort(key=lambda x: (x.person.casefold(), x.person_id, x.client.casefold(), x.project))
    return StaffingPlan(grid.weeks, tuple(lines), grid)


def _header(plan: StaffingPlan) -> list[str]:
    return (
        ["Person", "Role", "Client", "Project", "Tentative"]
        + [w.isoformat() for w in plan.weeks]
        + ["Total"]
    )


def staffing_csv(plan: StaffingPlan) -> bytes:
    """CSV bytes of the plan with a Total column and an "All people" totals row."""
    rows: list[list[Any]] = []
    for line in plan.lines:
        rows.append(
            [
                line.person,
                line.role,
                line.client,
                line.project,
                "yes" if line.tentative else "no",
                *[_num(h) for h in line.hours],
                _num(line.total),
            ]
        )
    totals = plan.week_totals()
    rows.append(["All people", "", "", "", "", *[_num(h) for h in totals], _num(sum(totals))])
    return csv_bytes(_header(plan), rows)


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)


def staffing_workbook(plan: StaffingPlan) -> Any:
    """An openpyxl Workbook (write-only, streamed) of the plan: formulas for every total,
    a People sheet with conditional formatting for over-allocation, frozen headers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Allocations")
    people = book.create_sheet("People")
    capacity = book.create_sheet("Capacity")

    def header_row(ws: Any, values: Sequence[Any]) -> list[Any]:
        cells = []
        for value in values:
            cell = WriteOnlyCell(ws, value=value)
            cell.font = bold
            cells.append(cell)
        return cells

    n_weeks = len(plan.weeks)
    first_week_col = 6
    total_col = first_week_col + n_weeks
    key_letter = get_column_letter(total_col + 1)  # the person's id: what People sums by
    sheet.freeze_panes = f"{get_column_letter(first_week_col)}2"
    for letter, width in (("A", 24), ("B", 6), ("C", 22), ("D", 30), ("E", 9)):
        sheet.column_dimensions[letter].width = width
    for c in range(first_week_col, total_col + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 11
    sheet.column_dimensions[key_letter].width = 10
    sheet.append(header_row(sheet, [*_header(plan), "Person ID"]))
    first_letter = get_column_letter(first_week_col)
    last_week_letter = get_column_letter(total_col - 1)
    for r, line in enumerate(plan.lines, start=2):
        sheet.append(
            [
                xlsx_text(line.person),
                line.role,
                xlsx_text(line.client),
                xlsx_text(line.project),
                "yes" if line.tentative else "no",
                *[h if h else None for h in line.hours],
                f"=SUM({first_letter}{r}:{last_week_letter}{r})",
                line.person_id,
            ]
        )
    last_row = len(plan.lines) + 1
    footer: list[Any] = ["All people", None, None, None, None]
    for c in range(first_week_col, total_col + 1):
        letter = get_column_letter(c)
        footer.append(f"=SUM({letter}2:{letter}{last_row})")
    sheet.append(header_row(sheet, footer))

    grid = plan.grid
    head = ["Person", "Role"] + [w.isoformat() for w in plan.weeks]
    for ws in (people, capacity):
        ws.freeze_panes = "C2"
        ws.column_dimensions["A"].width = 24
    if grid.people and n_weeks:
        span = f"C2:{get_column_letter(2 + n_weeks)}{len(grid.people) + 1}"
        red = PatternFill(start_color="E8847C", end_color="E8847C", fill_type="solid")
        people.conditional_formatting.add(
            span, FormulaRule(formula=["C2>Capacity!C2"], fill=red, font=Font(bold=True))
        )
    people.append(header_row(people, head))
    capacity.append(header_row(capacity, head))
    letters = [get_column_letter(first_week_col + c) for c in range(n_weeks)]
    keys = f"Allocations!${key_letter}$2:${key_letter}${last_row}"
    for person in grid.people:
        name = xlsx_text(person.name)
        people.append(
            [name, person.role.value]
            + [
                f"=SUMIF({keys},{person.id},Allocations!{letter}$2:{letter}${last_row})"
                for letter in letters
            ]
        )
        capacity.append(
            [name, person.role.value]
            + [round(grid.capacity.get((person.id, w), 0.0), 2) for w in plan.weeks]
        )
    return book


def staffing_pdf(plan: StaffingPlan, today: date | None = None) -> bytes:
    """Landscape PDF: team utilization chart, then people × weeks tables, 13 weeks each."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Spacer, Table, TableStyle

    from pmo_desktop.domain.billability import WeekBillability
    from pmo_desktop.reports.charting import figure_png
    from pmo_desktop.reports.pdf.common import FONT, FONT_BOLD, build_pdf, cell, clip, para, styles
    from pmo_desktop.reports.staffing_charts import team_utilization_figure
    from pmo_desktop.services.staffing.actuals import TeamBillability

    st = styles()
    grid = plan.grid
    story: list[Any] = []
    span = f"{plan.weeks[0]:%d %b %Y} – {plan.weeks[-1]:%d %b %Y}" if plan.weeks else ""
    story.append(para("Staffing plan", st["title"]))
    story.append(
        para(
            f"{span} · {len(grid.people)} people · {len(plan.lines)} person × project lines. "
            "Person rows show total hours; above 100% of capacity the exact utilization is "
            "given and the cell is red. Tentative lines (projects not yet approved) are "
            "marked (T).",
            st["muted"],
        )
    )
    # Team utilization (allocated ÷ capacity) per week, drawn with the billability chart.
    weeks_util = []
    for w in plan.weeks:
        hours = sum(h for (p, _, wk), (h, _) in grid.cells.items() if wk == w)
        cap = sum(grid.capacity.get((p.id, w), 0.0) for p in grid.people)
        weeks_util.append(WeekBillability(w, hours, cap, False))
    report = TeamBillability((), tuple(weeks_util), 100.0)
    figure = team_utilization_figure(report, 10.0, 2.8)
    figure.axes[0].set_title("Team allocation as % of capacity by week (100% = full)")
    figure.axes[0].set_ylabel("Allocated %")
    png = figure_png(figure, dpi=130)
    story.append(Image(io.BytesIO(png), width=230 * mm, height=64 * mm))
    band_colour = {
        Band.LIGHT: colors.HexColor("#eef3f8"),
        Band.NORMAL: colors.HexColor("#cfe8d6"),
        Band.FULL: colors.HexColor("#f6dd9a"),
        Band.OVER: colors.HexColor("#e8847c"),
    }
    by_person: dict[int, list[PlanLine]] = defaultdict(list)
    for line in plan.lines:
        by_person[line.person_id].append(line)
    for start in range(0, len(plan.weeks), PDF_WEEKS_PER_TABLE):
        chunk = range(start, min(start + PDF_WEEKS_PER_TABLE, len(plan.weeks)))
        if start:
            story.append(PageBreak())
        head = ["Person / project"] + [f"{plan.weeks[i]:%d %b}" for i in chunk]
        # 62 + 13 × 15.4 mm fits between the margins of a landscape A4 page.
        widths = [62 * mm] + [15.4 * mm] * len(chunk)
        data: list[list[Any]] = [head]
        style: list[Any] = [
            ("FONT", (0, 0), (-1, -1), FONT, 7.5),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1db")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("REPEATROWS", (0, 0), (-1, 0)),
        ]
        for person in grid.people:
            r = len(data)
            name = f"{clip(person.name)} ({person.role.value})"
            row: list[Any] = [cell(name, st["cell_bold"], widths[0])]
            for c, i in enumerate(chunk, start=1):
                week = plan.weeks[i]
                hours = sum(line.hours[i] for line in by_person.get(person.id, ()))
                cap = grid.capacity.get((person.id, week), 0.0)
                pct = utilization(hours, cap)
                text = f"{hours:g}"
                if (pct is not None and pct > 100.0 + 1e-9) or (pct is None and hours > 0):
                    text += f"\n{pct:.0f}%" if pct is not None else "\nno cap."
                row.append(text)
                style.append(("BACKGROUND", (c, r), (c, r), band_colour[band(hours, cap)]))
            style.append(("FONT", (1, r), (-1, r), FONT_BOLD, 7.5))
            data.append(row)
            for line in by_person.get(person.id, ()):
                if not any(line.hours[i] for i in chunk):
                    continue
                mark = " (T)" if line.tentative else ""
                what = f"    {clip(line.client)} · {clip(line.project)}{mark}"
                label = cell(what, st["small"], widths[0])
                data.append(
                    [label] + [f"{line.hours[i]:g}" if line.hours[i] else "" for i in chunk]
                )
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(style))
        story.append(
            para(
                f"Weeks {plan.weeks[chunk[0]]:%d %b %Y} – {plan.weeks[chunk[-1]]:%d %b %Y}",
                st["h2"],
            )
        )
        story.append(Spacer(1, 2 * mm))
        story.append(table)
    stamp = f"Staffing plan {span}"
    return build_pdf(story, title="Staffing plan", footer=stamp, pagesize=landscape(A4))


def export_staffing(
    session: Session, path: Path, first: date | None = None, weeks: int | None = None
) -> StaffingPlan:
    """Write the plan to ``path`` in the format its extension names (.csv, .xlsx, .pdf)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"cannot export staffing as {suffix or 'a file without extension'}: "
            "use .csv, .xlsx or .pdf",
            "path",
        )
    plan = staffing_plan(session, first, weeks)
    if suffix == ".csv":
        from pmo_desktop.fileio import atomic_path

        data = staffing_csv(plan)
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
    elif suffix == ".xlsx":
        save_workbook(staffing_workbook(plan), path)
    else:
        from pmo_desktop.reports.pdf.common import write_pdf

        write_pdf(path, staffing_pdf(plan))
    return plan


def plan_total(plan: StaffingPlan) -> float:
    """Every hour of the export (for checks)."""
    return sum(line.total for line in plan.lines)


def week_labels(weeks: Sequence[date]) -> list[str]:
    """ISO dates of the week columns."""
    return [w.isoformat() for w in weeks]
