"""The evaluation PDF: a confidential record of one person's evaluation for one period.

Header, ratings table, a chart against last period, competency comments with their
rubric, strengths / development / next goals, the reopening log, an evidence appendix and
signature lines; "Confidential" and "Page X of Y" on every page. Every user string goes
through ``paras`` (escaped, long words broken, long text split); characters DejaVu Sans
cannot draw are marked and reported in the result, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from pmo_desktop.domain.rating import POTENTIAL_LABELS, RATING_LABELS, period_range
from pmo_desktop.reports.pdf.bidi import visual_order
from pmo_desktop.reports.pdf.common import (
    FONT,
    FONT_BOLD,
    build_pdf,
    clip,
    missing_glyphs,
    printable,
    styles,
    write_pdf,
)
from pmo_desktop.reports.pdf.common import paras as _paras
from pmo_desktop.services.people.evaluations import (
    EvaluationDetail,
    evaluation,
    find_evaluation,
)
from pmo_desktop.services.people.evidence import EvidenceItem
from pmo_desktop.services.people.team import team_ids

INK = colors.HexColor("#1f2a36")
MUTED = colors.HexColor("#5f6b7a")
GRID = colors.HexColor("#e3e7ec")
LAST = colors.HexColor("#b9c3cf")
ACCENT_BAR = colors.HexColor("#3b6ea8")
RULE = colors.HexColor("#c9d1db")
BAND = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1f3b5c")
#: Longest name printed in the running footer (the name is in the header, up to ``MAX_NAME``).
FOOTER_NAME = 50
CONTENT_WIDTH = 180 * mm


@dataclass(frozen=True)
class EvaluationPdf:
    """A rendered evaluation and the characters the font could not draw (marked in it)."""

    data: bytes
    missing: frozenset[str]


@dataclass(frozen=True)
class ExportedEvaluation:
    """One evaluation written to a file."""

    path: Path
    person: str
    missing: frozenset[str]


def paras(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as safe paragraphs, right-to-left runs in drawing order."""
    return _paras(visual_order(text), style)


def _texts(detail: EvaluationDetail) -> Iterable[str]:
    yield from (detail.person, detail.manager or "", detail.period)
    f = detail.fields
    yield from (f.strengths or "", f.development or "", f.next_goals or "")
    for r in detail.ratings:
        yield from (r.name, r.comment or "", r.description, *r.rubric)
        yield from (e.label for e in r.evidence)
    yield from (x.reason for x in detail.reopenings)


def _cell(text: str, style: ParagraphStyle) -> list[Flowable]:
    return paras(text, style) or [Paragraph("", style)]


def _header(detail: EvaluationDetail, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    start, end = period_range(detail.period)
    overall = detail.fields.overall_rating
    overall_text = f"{overall} of 5 — {RATING_LABELS[overall]}" if overall else "Not rated"
    potential = detail.fields.potential
    label = ParagraphStyle("label", parent=st["muted"], fontSize=7.5, leading=9.5)
    value = ParagraphStyle(
        "value", parent=st["cell"], fontName=FONT_BOLD, fontSize=9.5, leading=12.5
    )
    pairs = [
        ("Person", clip(detail.person)),
        ("Role", detail.role.full_title),
        ("Period", f"{detail.period} ({start:%d %b %Y} – {end:%d %b %Y})"),
        ("Manager", clip(detail.manager or "—")),
        ("Evaluation", f"{detail.kind.label}, {detail.status.label.lower()}"),
        ("Overall rating", overall_text),
    ]
    if potential:
        pairs.append(("Potential", POTENTIAL_LABELS.get(potential, str(potential))))
    cells = [
        [_cell(k, label) + _cell(v, value) for k, v in pairs[i : i + 3]]
        for i in range(0, len(pairs), 3)
    ]
    for row in cells:
        row.extend([[Paragraph("", label)]] * (3 - len(row)))
    grid = Table(cells, colWidths=[CONTENT_WIDTH / 3] * 3, splitInRow=1)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
            ]
        )
    )
    title = ParagraphStyle("evtitle", parent=st["title"], textColor=ACCENT)
    return [
        Paragraph("CONFIDENTIAL — PERFORMANCE EVALUATION", st["muted"]),
        Paragraph(f"{detail.kind.label} evaluation", title),
        Spacer(1, 2 * mm),
        grid,
    ]


def _ratings_table(
    detail: EvaluationDetail, st: dict[str, ParagraphStyle], refs: dict[int, list[str]]
) -> Table:
    head = st["cell_bold"]
    cell = st["cell"]
    rows: list[list[object]] = [
        [Paragraph(t, head) for t in ("Competency", "Rating", "Meaning", "Last period", "Evidence")]
    ]
    for r in detail.ratings:
        before = detail.previous_ratings.get(r.key)
        rows.append(
            [
                _cell(clip(r.name), cell),
                Paragraph(f"{r.rating}/5" if r.rating else "—", head),
                Paragraph(RATING_LABELS[r.rating] if r.rating else "Not rated", cell),
                Paragraph(f"{before}/5" if before else "—", cell),
                Paragraph(", ".join(refs.get(r.id, [])) or "—", cell),
            ]
        )
    overall = detail.fields.overall_rating
    rows.append(
        [
            Paragraph("Overall", head),
            Paragraph(f"{overall}/5" if overall else "—", head),
            Paragraph(RATING_LABELS[overall] if overall else "Not rated", head),
            Paragraph(f"{detail.previous_overall}/5" if detail.previous_overall else "—", cell),
            Paragraph("", cell),
        ]
    )
    table = Table(
        rows,
        colWidths=[52 * mm, 16 * mm, 48 * mm, 20 * mm, 44 * mm],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("BACKGROUND", (0, -1), (-1, -1), BAND),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _chart(detail: EvaluationDetail) -> Drawing | None:
    """Ratings this period beside last period's, as vector bars (ReportLab graphics)."""
    if not any(r.rating for r in detail.ratings):
        return None
    label_w, bar_w, row_h = 48 * mm, 110 * mm, 6.2 * mm
    n = len(detail.ratings)
    top_pad, bottom_pad = 9 * mm, 8 * mm
    height = top_pad + n * row_h + bottom_pad
    drawing = Drawing(CONTENT_WIDTH, height)
    x0 = label_w
    unit = bar_w / 5
    y_axis = bottom_pad
    for tick in range(6):
        x = x0 + tick * unit
        drawing.add(Line(x, y_axis, x, y_axis + n * row_h, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(
            String(
                x,
                y_axis - 3.2 * mm,
                str(tick),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    any_before = bool(detail.previous_ratings)
    for i, r in enumerate(detail.ratings):
        y = y_axis + (n - 1 - i) * row_h
        name = visual_order(printable(" ".join(r.name.split())))
        if len(name) > 30:
            name = name[:29] + "…"
        drawing.add(
            String(
                x0 - 2 * mm,
                y + row_h / 2 - 1.2 * mm,
                name,
                fontName=FONT,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="end",
            )
        )
        before = detail.previous_ratings.get(r.key)
        if before:
            drawing.add(
                Rect(
                    x0,
                    y + row_h * 0.52,
                    before * unit,
                    row_h * 0.3,
                    fillColor=LAST,
                    strokeColor=None,
                )
            )
        if r.rating:
            bar_y = y + row_h * 0.16 if any_before else y + row_h * 0.25
            bar_h = row_h * 0.34 if any_before else row_h * 0.5
            drawing.add(
                Rect(x0, bar_y, r.rating * unit, bar_h, fillColor=ACCENT_BAR, strokeColor=None)
            )
            drawing.add(
                String(
                    x0 + r.rating * unit + 1.2 * mm,
                    bar_y + bar_h / 2 - 1.1 * mm,
                    str(r.rating),
                    fontName=FONT_BOLD,
                    fontSize=7,
                    fillColor=INK,
                )
            )
    legend_y = height - 5 * mm
    items = [(ACCENT_BAR, detail.period)] + ([(LAST, "Last period")] if any_before else [])
    x = x0
    for colour, text in items:
        drawing.add(Rect(x, legend_y, 3 * mm, 2.4 * mm, fillColor=colour, strokeColor=None))
        drawing.add(
            String(
                x + 4.2 * mm,
                legend_y + 0.3 * mm,
                printable(text),
                fontName=FONT,
                fontSize=7,
                fillColor=INK,
            )
        )
        x += 30 * mm
    return drawing


def _section(title: str, text: str | None, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    body = (
        paras(text, st["body"])
        if text and text.strip()
        else [Paragraph("Nothing written.", st["muted"])]
    )
    return [CondPageBreak(30 * mm), Paragraph(title, st["h1"]), *body]


def _signatures(detail: EvaluationDetail, st: dict[str, ParagraphStyle]) -> Flowable:
    line = "_" * 38
    cell = st["cell"]
    rows = [
        [Paragraph("Employee", st["cell_bold"]), Paragraph("Manager", st["cell_bold"])],
        [Spacer(1, 10 * mm), Spacer(1, 10 * mm)],
        [Paragraph(line, cell), Paragraph(line, cell)],
        [_cell(detail.person[:200], cell), _cell((detail.manager or "")[:200], cell)],
        [
            Paragraph("Date: ____________________", cell),
            Paragraph("Date: ____________________", cell),
        ],
    ]
    table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Paragraph("Signatures", st["h1"]), table])


def evaluation_story(detail: EvaluationDetail) -> list[Flowable]:
    """The flowables of an evaluation PDF."""
    st = styles()
    refs: dict[int, list[str]] = {}
    appendix: list[tuple[str, str, EvidenceItem]] = []
    for r in detail.ratings:
        for e in r.evidence:
            ref = f"E{len(appendix) + 1}"
            refs.setdefault(r.id, []).append(ref)
            appendix.append((ref, r.name, e))

    story: list[Flowable] = _header(detail, st)
    story += [Paragraph("Ratings", st["h1"]), _ratings_table(detail, st, refs)]
    chart = _chart(detail)
    if chart is not None:
        story += [Spacer(1, 3 * mm), chart]
    story += [CondPageBreak(40 * mm), Paragraph("Competency comments", st["h1"])]
    muted = st["muted"]
    for r in detail.ratings:
        name = clip(r.name)
        heading = (
            f"{name} — {r.rating}/5 · {RATING_LABELS[r.rating]}"
            if r.rating
            else f"{name} — not rated"
        )
        story += [CondPageBreak(25 * mm), *paras(heading, st["h2"])]
        if r.rating and len(r.rubric) >= r.rating:
            story += paras(f"Rubric: {r.rubric[r.rating - 1]}", muted)
        story += paras(r.comment, st["body"]) if r.comment else [Paragraph("No comment.", muted)]
        if refs.get(r.id):
            story.append(Paragraph(f"Evidence: {', '.join(refs[r.id])}", muted))
    story += _section("Strengths", detail.fields.strengths, st)
    story += _section("Development areas", detail.fields.development, st)
    story += _section("Goals for the next period", detail.fields.next_goals, st)
    if detail.reopenings:
        story += [CondPageBreak(25 * mm), Paragraph("Reopenings", st["h1"])]
        for x in detail.reopenings:
            story += paras(
                f"{x.at:%Y-%m-%d %H:%M} UTC, from {x.from_status.label.lower()}: {x.reason}",
                st["body"],
            )
    story.append(_signatures(detail, st))
    story += [CondPageBreak(30 * mm), Paragraph("Evidence appendix", st["h1"])]
    if not appendix:
        story.append(Paragraph("No evidence attached.", muted))
    entry = ParagraphStyle("entry", parent=st["body"], leftIndent=6 * mm)
    for ref, competency, e in appendix:
        day = e.day.isoformat() if isinstance(e.day, date) else "undated"
        story += paras(f"{ref} · {day} · {e.kind.label} · {clip(competency)}", st["cell_bold"])
        story += paras(e.label, entry)
        story.append(Spacer(1, 1.5 * mm))
    return story


def render_evaluation(detail: EvaluationDetail, password: str | None = None) -> EvaluationPdf:
    """The evaluation as PDF bytes (encrypted when a password is given)."""
    name = " ".join(detail.person.split())
    if len(name) > FOOTER_NAME:
        name = name[: FOOTER_NAME - 1] + "…"
    data = build_pdf(
        evaluation_story(detail),
        title=f"Evaluation {detail.period} — {name}",
        footer=f"Confidential — {name} — {detail.period}",
        encrypt=password or None,
    )
    missing = frozenset().union(*(missing_glyphs(t) for t in _texts(detail)))
    return EvaluationPdf(data, missing)


def export_evaluation(
    session: Session, evaluation_id: int, path: Path, password: str | None = None
) -> ExportedEvaluation:
    """Write one evaluation to ``path`` atomically with owner-only permissions."""
    detail = evaluation(session, evaluation_id)
    pdf = render_evaluation(detail, password)
    write_pdf(path, pdf.data)
    return ExportedEvaluation(path, detail.person, pdf.missing)


def team_file_name(detail: EvaluationDetail) -> str:
    """A safe, unique file name for one person's evaluation in a team export."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in detail.person)
    safe = "-".join(part for part in safe.split("-") if part)[:60] or "person"
    return f"evaluation-{detail.period}-{safe}-{detail.person_id}.pdf"


def export_team(
    session: Session,
    period: str,
    folder: Path,
    password: str | None = None,
    progress: Callable[[int, int, str], bool] | None = None,
) -> list[ExportedEvaluation]:
    """Write every team member's evaluation of ``period`` into ``folder``.

    ``progress(done, total, name)`` is called before each file; returning False stops.
    People without an evaluation for the period are skipped.
    """
    folder.mkdir(parents=True, exist_ok=True)
    ids = [(pid, find_evaluation(session, pid, period)) for pid in team_ids(session)]
    todo = [eid for _, eid in ids if eid is not None]
    done: list[ExportedEvaluation] = []
    for index, eid in enumerate(todo):
        detail = evaluation(session, eid)
        if progress is not None and not progress(index, len(todo), detail.person):
            break
        pdf = render_evaluation(detail, password)
        path = folder / team_file_name(detail)
        write_pdf(path, pdf.data)
        done.append(ExportedEvaluation(path, detail.person, pdf.missing))
    if progress is not None and len(done) == len(todo):
        progress(len(todo), len(todo), "")
    return done
