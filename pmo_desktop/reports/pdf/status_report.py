"""The client status report PDF, rendered from a payload alone (see
``services.reporting_status``): the same payload always gives the same bytes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from pmo_desktop.reports.charting import RAG_COLOURS
from pmo_desktop.reports.pdf.common import (
    FONT,
    FONT_BOLD,
    canvas_with_footer,
    cell,
    clip,
    para,
    paras,
    printable,
    register_fonts,
    styles,
    write_pdf,
)

_GRID = colors.HexColor("#c9d1db")
_HEAD = colors.HexColor("#e8edf3")
#: Longest title printed in the running footer, so the date after it stays on the page.
FOOTER_NAME = 60
_DIMENSIONS = (
    ("overall", "Overall"),
    ("budget", "Budget"),
    ("timeline", "Timeline"),
    ("scope", "Scope"),
)


def rag_text(rag: str | None) -> str:
    """``Green``/``Amber``/``Red`` or ``Not assessed``."""
    return rag.capitalize() if rag else "Not assessed"


def _rag_colour(rag: str | None) -> Any:
    return colors.HexColor(RAG_COLOURS[rag]) if rag in RAG_COLOURS else colors.HexColor("#9aa5b1")


def _day(text: str | None) -> str:
    return date.fromisoformat(text).strftime("%d %b %Y") if text else "—"


def _table(data: list[list[Any]], widths: list[float], extra: list[Any] | None = None) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
                ("GRID", (0, 0), (-1, -1), 0.25, _GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *(extra or []),
            ]
        )
    )
    return table


def _narrative(text: str, bullets: bool, st: dict[str, Any]) -> list[Any]:
    """Narrative text: several lines become bullets; empty text says so."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [para("Nothing recorded for this report.", st["muted"])]
    if bullets and len(lines) > 1:
        return [para(f"• {line}", st["body"]) for line in lines]
    return paras(text.strip(), st["body"])


def story(payload: dict[str, Any]) -> list[Any]:
    """The flowables of a status report."""
    from pmo_desktop.reports.reporting_charts import (
        budget_burn_figure,
        health_history_figure,
        png,
    )

    st = styles()
    out: list[Any] = []
    scope = "Program" if payload["scope"] == "program" else "Client"
    out.append(para(f"Status report — {clip(payload['title'])}", st["title"]))
    subtitle = (
        f"{scope} status report · {clip(payload['client'])} · as of {_day(payload['issued_on'])}"
    )
    out.append(para(subtitle, st["muted"]))
    out.append(Spacer(1, 3 * mm))

    # Health: overall and per dimension, with reasons.
    health = payload["health"]
    rows: list[list[Any]] = [["Dimension", "RAG", "Why"]]
    widths = [28 * mm, 24 * mm, 128 * mm]
    extra: list[Any] = []
    for i, (key, label) in enumerate(_DIMENSIONS, start=1):
        verdict = health.get(key, {})
        rag = verdict.get("rag")
        why = verdict.get("why") or ""
        if verdict.get("overridden"):
            why += " (set by the program lead)"
        rows.append([para(label, st["cell_bold"]), rag_text(rag), cell(why, st["cell"], widths[2])])
        extra.append(("BACKGROUND", (1, i), (1, i), _rag_colour(rag)))
        extra.append(("TEXTCOLOR", (1, i), (1, i), colors.white))
        extra.append(("FONT", (1, i), (1, i), FONT_BOLD, 8.5))
    out.append(para("Health", st["h1"]))
    out.append(_table(rows, widths, extra))

    now = {"date": payload["issued_on"], "rag": health.get("overall", {}).get("rag")}
    history = [*payload["history"], now]
    if len(history) > 1:
        figure = health_history_figure(history)
        width_in, height_in = figure.get_size_inches()
        image = Image(
            io.BytesIO(png(figure)), width=150 * mm, height=150 * mm * height_in / width_in
        )
        out.append(KeepTogether([para("Health over time", st["h2"]), image]))

    text = payload["text"]
    for key, heading in (
        ("executive_summary", "Executive summary"),
        ("accomplishments", "Accomplishments this period"),
        ("next_steps", "Next steps"),
    ):
        out.append(para(heading, st["h1"]))
        out.extend(_narrative(text.get(key) or "", key != "executive_summary", st))

    projects = payload["projects"]
    if projects:
        out.append(para("Projects", st["h1"]))
        rows = [["Project", "PM", "Overall", "Budget", "Timeline", "Scope"]]
        widths = [58 * mm, 38 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm]
        extra = []
        for r, p in enumerate(projects, start=1):
            rows.append(
                [
                    cell(clip(p["name"]), st["cell"], widths[0]),
                    cell(clip(p["pm"] or "—"), st["cell"], widths[1]),
                ]
                + [rag_text(p[key]["rag"]) for key, _ in _DIMENSIONS]
            )
            for c, (key, _) in enumerate(_DIMENSIONS, start=2):
                extra.append(("TEXTCOLOR", (c, r), (c, r), _rag_colour(p[key]["rag"])))
        out.append(_table(rows, widths, extra))
        reasons = [p for p in projects if p["overall"]["rag"] in ("red", "amber")]
        for p in reasons:
            out.append(
                para(
                    f"{clip(p['name'])}: {rag_text(p['overall']['rag'])} — {p['overall']['why']}",
                    st["small"],
                )
            )

    out.append(para("Milestones", st["h1"]))
    milestones = payload["milestones"]
    if milestones:
        rows = [["Milestone", "Project", "Baseline", "Forecast", "Actual", "Slip"]]
        widths = [50 * mm, 44 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm]
        extra = []
        for r, m in enumerate(milestones, start=1):
            slip = m["slip_days"]
            rows.append(
                [
                    cell(clip(m["name"]), st["cell"], widths[0]),
                    cell(clip(m["project"]), st["cell"], widths[1]),
                    _day(m["baseline"]),
                    _day(m["forecast"]),
                    _day(m["actual"]),
                    f"+{slip} d" if slip > 0 else f"{slip} d" if slip < 0 else "on time",
                ]
            )
            if m["late"] or slip > 10:
                extra.append(("TEXTCOLOR", (5, r), (5, r), _rag_colour("red")))
            elif slip > 0:
                extra.append(("TEXTCOLOR", (5, r), (5, r), _rag_colour("amber")))
        out.append(_table(rows, widths, extra))
    else:
        out.append(para("No milestone in the reporting window.", st["body"]))

    figure = budget_burn_figure(payload["budget"])
    width_in, height_in = figure.get_size_inches()
    image = Image(io.BytesIO(png(figure)), width=180 * mm, height=180 * mm * height_in / width_in)
    out.append(KeepTogether([para("Budget burn", st["h1"]), image]))

    for key, heading in (("risks", "Top risks"), ("issues", "Top issues")):
        out.append(para(heading, st["h1"]))
        entries = payload[key]
        if not entries:
            out.append(para(f"No open {key}.", st["body"]))
            continue
        for e in entries:
            level = (
                f"score {e['score']} ({rag_text(e['band'])})"
                if key == "risks"
                else f"severity {e['severity'] or '—'}"
            )
            head = f"{clip(e['title'])} — {level}"
            block = [para(head, st["h2"])]
            who = clip(e["owner"] or "none")
            meta = " · ".join(
                x for x in (clip(e["project"] or ""), f"owner {who}", e["response"]) if x
            )
            block.append(para(meta, st["muted"]))
            mitigations = e["mitigations"]
            if mitigations:
                for m in mitigations:
                    state = "done" if m["done"] else f"due {_day(m['due'])}"
                    owner = f", {clip(m['owner'])}" if m["owner"] else ""
                    block.append(para(f"• {m['text']} ({state}{owner})", st["body"]))
            else:
                block.append(para("No mitigation recorded yet.", st["body"]))
            out.append(KeepTogether(block))

    out.append(para("Staffing", st["h1"]))
    staffing = payload["staffing"]
    weeks = staffing["weeks"]
    people = staffing["people"]
    if people or staffing["open"]:
        rows = [["Person"] + [f"w/c {_day(w)[:6]}" for w in weeks]]
        widths = [60 * mm] + [30 * mm] * len(weeks)
        for p in people:
            rows.append(
                [cell(clip(p["name"]), st["cell"], widths[0])] + [f"{h:g} h" for h in p["hours"]]
            )
        for o in staffing["open"]:
            rows.append(
                [cell(f"Open: {clip(o['name'])}", st["cell_bold"], widths[0])]
                + [f"{h:g} h" if h else "" for h in o["hours"]]
            )
        total = [sum(p["hours"][i] for p in people) for i in range(len(weeks))]
        rows.append(["Team total"] + [f"{h:g} h" for h in total])
        out.append(_table(rows, widths, [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5)]))
        out.append(
            para(
                f"{len(people)} {'person' if len(people) == 1 else 'people'} on the team over "
                f"the next {len(weeks)} weeks; "
                f"{len(staffing['open'])} open roles.",
                st["small"],
            )
        )
    else:
        out.append(para("No one is planned on these projects in the next weeks.", st["body"]))

    out.append(para("Decisions needed", st["h1"]))
    out.extend(_narrative(text.get("decisions_needed") or "", True, st))

    return out


def render_status_report(payload: dict[str, Any]) -> bytes:
    """The report as PDF bytes; identical for an identical payload (invariant mode)."""
    register_fonts()
    buffer = io.BytesIO()
    title = f"Status report — {clip(payload['title'])} — {payload['issued_on']}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=printable(title),
        author="PMO Desktop",
        invariant=1,
    )
    footer = f"{clip(payload['title'], FOOTER_NAME)} — status as of {_day(payload['issued_on'])}"
    # Images stored as binary Flate streams, not ASCII85 text: the pure-Python ASCII85
    # encoder costs ~90 ms per report. Restored after, so other documents are unchanged.
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story(payload), canvasmaker=canvas_with_footer(footer))
    finally:
        rl_config.useA85 = saved
    return buffer.getvalue()


def write_status_report(path: Path, payload: dict[str, Any]) -> None:
    """Write the report atomically."""
    write_pdf(path, render_status_report(payload))
