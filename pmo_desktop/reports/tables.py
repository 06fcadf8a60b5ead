"""CSV and XLSX writing that is safe for any user text.

* Formula injection: a text cell starting with ``= + - @ \\t \\r`` gets a leading ``'``; a
  text starting with ``'`` gets one more, so ``unprotect`` reverses it exactly.
* XLSX: every text cell goes through ``xlsx_text`` (directly or through ``write_sheet``),
  the one place that cleans it. Code points XML 1.0 cannot hold (C0 controls but tab, line
  feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) and the other Unicode
  non-characters (U+FDD0–U+FDEF, U+nFFFE/U+nFFFF) are replaced by U+FFFD: openpyxl writes
  them as they are, and one of them in any cell makes Excel and LibreOffice refuse the whole
  file or cut it short. Text over Excel's 32,767 characters is cut with a visible marker
  instead of being silently truncated. Line breaks are written as line feeds: XML turns a
  carriage return into one when the file is read, and the ``_x000D_`` escape that would
  keep it shows literally in LibreOffice.
* Files are written atomically (temp file, fsync, rename) with owner-only permissions.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pmo_desktop.fileio import atomic_path

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_TEXT = 32_767
TRUNCATION_MARKER = "… [cut: longer than a spreadsheet cell holds]"
_NONCHARACTERS = "".join(
    chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0x10000, 0x110000, 0x10000)
)
#: What a spreadsheet's XML cannot hold or must not: C0 controls (but tab, LF, CR), unpaired
#: surrogates and the 66 Unicode non-characters. One compiled class, applied to text only.
_ILLEGAL_XLSX = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + _NONCHARACTERS + "]"
)


def protect(text: str) -> str:
    """Neutralise a text cell so no spreadsheet reads it as a formula."""
    if text.startswith(DANGEROUS_PREFIXES) or text.startswith("'"):
        return "'" + text
    return text


def unprotect(text: str) -> str:
    """Reverse ``protect`` exactly (for importers)."""
    if text.startswith("'") and (
        text[1:].startswith(DANGEROUS_PREFIXES) or text[1:].startswith("'")
    ):
        return text[1:]
    return text


def csv_cell(value: Any) -> Any:
    """A value ready for csv.writer: text protected, numbers as they are."""
    if isinstance(value, str):
        return protect(value)
    return "" if value is None else value


def xlsx_text(value: str) -> str:
    """A text cell openpyxl will store as text, exactly (line breaks as line feeds) or visibly
    cut."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n")
    text = protect(_ILLEGAL_XLSX.sub("\ufffd", lines))
    if len(text) > XLSX_MAX_TEXT:
        text = text[: XLSX_MAX_TEXT - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
    return text


def write_sheet(sheet: Any, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Fill an openpyxl worksheet (normal mode, not write-only): a bold header row, then
    ``rows`` with every text cell cleaned and typed as text (never parsed as a formula) and
    dates shown as ``yyyy-mm-dd``."""
    from openpyxl.styles import Font

    sheet.append([xlsx_text(h) for h in header])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = xlsx_text(value)
                cell.data_type = "s"
            else:
                cell.value = value
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A UTF-8 CSV (with BOM, so spreadsheet apps detect the encoding) of protected cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a protected CSV atomically."""
    data = csv_bytes(header, rows)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def read_csv_rows(data: bytes) -> list[list[str]]:
    """Read CSV bytes strictly (an unbalanced quote is an error, not a swallowed file)."""
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))


def save_workbook(workbook: Any, path: Path) -> None:
    """Save an openpyxl Workbook atomically."""
    with atomic_path(path) as tmp:
        workbook.save(tmp)
