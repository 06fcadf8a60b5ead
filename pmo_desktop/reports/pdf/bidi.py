"""Right-to-left text for ReportLab, which draws every line left to right.

``visual_order`` reverses each run of Hebrew/Arabic text (with the spaces and punctuation
between its letters) so it reads correctly on the page, and PDF text extraction gives the
logical order back. Simplified on purpose: numbers inside an RTL run are reversed with it,
an RTL run that wraps over several lines keeps its lines top to bottom, and Arabic letters
are not joined (ReportLab does no shaping).
"""

from __future__ import annotations

import unicodedata

_RTL = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S"})


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _RTL


def visual_line(line: str) -> str:
    """One line with every RTL run reversed into drawing order."""
    if not any(_is_rtl(ch) for ch in line):
        return line
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        if not _is_rtl(line[i]):
            out.append(line[i])
            i += 1
            continue
        j = last = i
        while j < n and (_is_rtl(line[j]) or unicodedata.bidirectional(line[j]) in _NEUTRAL):
            if _is_rtl(line[j]):
                last = j
            j += 1
        out.append(line[i : last + 1][::-1])
        i = last + 1
    return "".join(out)


def visual_order(text: str) -> str:
    """``text`` with each line's RTL runs in drawing order (newlines kept)."""
    return "\n".join(visual_line(line) for line in text.split("\n"))
