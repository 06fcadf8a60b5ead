"""Shared ReportLab pieces: an embedded Unicode font, safe paragraphs, page furniture.

Traps handled here once for every document:
* ``Paragraph`` parses markup: every user string goes through ``para``/``safe_markup``
  (escaped, newlines → ``<br/>``), so ``a<b``, ``AT&T`` and ``<img src=…>`` print as typed.
* Helvetica silently prints ■ outside Latin-1: DejaVu Sans (TrueType, shipped in
  ``pmo_desktop/assets/fonts``) is registered and embedded; characters it cannot draw are
  replaced by a visible marker and reported through ``missing_glyphs``.
* One huge paragraph is slow and a row taller than a page raises LayoutError: long text is
  split into many paragraphs, words longer than a line are broken, and tables split in rows.
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
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from pmo_desktop.fileio import atomic_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
MISSING_GLYPH_MARKER = "\ufffd"
#: Longest unbroken run printed before a break is forced (a 10,000-character word wraps).
MAX_WORD = 60
#: Paragraph size limit: longer text is split into several paragraphs (speed, page breaks).
MAX_PARAGRAPH = 2000

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


def _break_long_words(line: str) -> str:
    words = line.split(" ")
    pieces = []
    for word in words:
        if len(word) > MAX_WORD:
            word = " ".join(word[i : i + MAX_WORD] for i in range(0, len(word), MAX_WORD))
        pieces.append(word)
    return " ".join(pieces)


def safe_markup(text: str) -> str:
    """User text as Paragraph markup: glyph-safe, escaped, long words broken, newlines kept."""
    lines = printable(text).split("\n")
    return "<br/>".join(escape(_break_long_words(line)) for line in lines)


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


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document uses, on the embedded font."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
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
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.HexColor("#5f6b7a"))
        self.drawString(15 * mm, 9 * mm, self.footer_left)
        self.drawRightString(
            width - 15 * mm, 9 * mm, f"{self.footer_right_prefix}Page {self._pageNumber} of {total}"
        )
        self.restoreState()


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
        title=printable(title),
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
