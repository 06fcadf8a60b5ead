"""Shared ReportLab pieces: an embedded Unicode font, safe paragraphs, page furniture.

Traps handled here once for every document:
* ``Paragraph`` parses markup: every user string goes through ``para``/``safe_markup``
  (escaped, newlines → ``<br/>``), so ``a<b``, ``AT&T`` and ``<img src=…>`` print as typed.
* Helvetica silently prints ■ outside Latin-1: DejaVu Sans (TrueType, shipped in
  ``pmo_desktop/assets/fonts``) is registered and embedded; characters it cannot draw are
  replaced by a visible marker and reported through ``missing_glyphs``.
* One huge paragraph is slow and a row taller than a page raises LayoutError: long text is
  split into many paragraphs, words longer than a line are broken, and tables split in rows.
  ReportLab's split inside a row still fails in some tables ("Flowable too large on page"
  for a 10,000-character name), so a table cell never holds more than ``MAX_CELL_HEIGHT``
  points of text (``cell``) and names in cells, titles and footers are cut with an ellipsis
  (``clip``, and the footer to the page's width).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from pmo_desktop.fileio import atomic_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
MISSING_GLYPH_MARKER = "\ufffd"
#: Paragraph size limit: longer text is split into several paragraphs (speed, page breaks).
MAX_PARAGRAPH = 2000
#: Longest name shown in a title or a table cell; a longer one is cut and ends in ``…``.
MAX_NAME = 200
#: Tallest table cell of user text, in points (under a third of an A4 page); more is cut with ``…``.
MAX_CELL_HEIGHT = 250.0
ELLIPSIS = "…"
#: ReportLab's default cell padding, left plus right, in points.
_CELL_PADDING = 12.0

_registered = False
_charset: frozenset[int] | None = None


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab, once."""
    global _registered, _charset
    if _registered:
        return
    fonts = resources.files("pmo_desktop.assets") / "fonts"
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        with resources.as_file(fonts / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    face = pdfmetrics.getFont(FONT).face
    _charset = frozenset(face.charToGlyph.keys())
    _registered = True


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the embedded font cannot draw (whitespace ignored)."""
    register_fonts()
    assert _charset is not None
    return {ch for ch in text if not ch.isspace() and ord(ch) not in _charset}


def printable(text: str) -> str:
    """``text`` with undrawable characters replaced by a visible marker (never dropped)."""
    register_fonts()
    assert _charset is not None
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(" ")
        elif ch.isspace() or ord(ch) in _charset:
            out.append(ch)
        else:
            out.append(MISSING_GLYPH_MARKER if ord(MISSING_GLYPH_MARKER) in _charset else "?")
    return "".join(out)


def safe_markup(text: str) -> str:
    """User text as Paragraph markup: glyph-safe, escaped, newlines kept.

    A word wider than the line is broken where the line ends by ReportLab itself
    (``splitLongWords``, on in every style here), so nothing is inserted into the text and
    a 10,000-character name copies out of the PDF as it was typed.
    """
    lines = printable(text).split("\n")
    return "<br/>".join(escape(line) for line in lines)


def paras(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as a list of Paragraphs, split at newlines and every ``MAX_PARAGRAPH`` chars."""
    flowables: list[Flowable] = []
    chunk: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > MAX_PARAGRAPH:
            flowables.extend(_flush(chunk, style))
            chunk, size = [], 0
            flowables.append(Paragraph(safe_markup(line[:MAX_PARAGRAPH]), style))
            line = line[MAX_PARAGRAPH:]
        if size + len(line) > MAX_PARAGRAPH:
            flowables.extend(_flush(chunk, style))
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    flowables.extend(_flush(chunk, style))
    return flowables


def _flush(chunk: list[str], style: ParagraphStyle) -> list[Flowable]:
    if not chunk:
        return []
    return [Paragraph(safe_markup("\n".join(chunk)), style)]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One Paragraph of user text (short fields: names, titles, table cells)."""
    return Paragraph(safe_markup(text), style)


def clip(text: str, limit: int = MAX_NAME) -> str:
    """``text`` in at most ``limit`` characters: cut with an ellipsis when longer."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def cell(
    text: str, style: ParagraphStyle, width: float, max_height: float = MAX_CELL_HEIGHT
) -> Paragraph:
    """User text for a table cell of a column ``width`` points wide, never taller than
    ``max_height``: text that would be is cut where it still fits, with an ellipsis."""
    inner = max(width - _CELL_PADDING, 1.0)
    # Cheap bound first: two wrapped lines in a row hold more than one line's width (else the
    # next word would have fitted), so there are fewer than 2 × width ÷ line + 1 lines.
    drawn = stringWidth(printable(text), style.fontName, style.fontSize)
    lines = 2 * drawn / inner + text.count("\n") + 1
    if lines * style.leading <= max_height:
        return para(text, style)
    if _height(text, style, inner) <= max_height:
        return para(text, style)
    # The most characters that still fit with the ellipsis, by bisection; characters are at
    # least a fifth of the font size wide (zero-width marks aside), which bounds the search.
    per_line = inner / (0.2 * style.fontSize) + 1
    low, high = 0, min(len(text), int((max_height / style.leading + 1) * per_line))
    while low < high:
        middle = (low + high + 1) // 2
        if _height(text[:middle] + ELLIPSIS, style, inner) <= max_height:
            low = middle
        else:
            high = middle - 1
    return para(text[:low] + ELLIPSIS, style)


def _height(text: str, style: ParagraphStyle, width: float) -> float:
    _, height = para(text, style).wrap(width, 1e9)
    return float(height)


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document uses, on the embedded font."""
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT, splitLongWords=1
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle(
            "muted", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#5f6b7a")
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=4
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=5,
            textColor=colors.HexColor("#1f3b5c"),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
    }


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that knows the page count, for "Page X of Y" footers."""

    footer_left = ""
    footer_right_prefix = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        right = f"{self.footer_right_prefix}Page {self._pageNumber} of {total}"
        room = width - 30 * mm - stringWidth(right, FONT, 7.5) - 6 * mm
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.HexColor("#5f6b7a"))
        self.drawString(15 * mm, 9 * mm, fit_width(self.footer_left, FONT, 7.5, room))
        self.drawRightString(width - 15 * mm, 9 * mm, right)
        self.restoreState()


def fit_width(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis so that one line of it is at most ``room`` points wide."""
    if stringWidth(text, font, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS


def canvas_with_footer(footer_left: str) -> type[NumberedCanvas]:
    """A NumberedCanvas class whose footer reads ``footer_left`` … ``Page X of Y``."""
    register_fonts()
    return type("FooterCanvas", (NumberedCanvas,), {"footer_left": printable(footer_left)})


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str = "PMO Desktop",
    footer: str = "",
    pagesize: tuple[float, float] = A4,
    encrypt: str | None = None,
) -> bytes:
    """Lay out ``story`` into PDF bytes with margins, metadata and a numbered footer."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=printable(clip(title)),
        author=author,
        encrypt=encrypt,
    )
    doc.build(list(story), canvasmaker=canvas_with_footer(footer))
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes) -> None:
    """Write PDF bytes atomically with owner-only permissions."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def all_text(parts: Iterable[str]) -> str:
    """Join pieces of user text for a glyph check."""
    return "\n".join(parts)
