"""Reading the spreadsheets people keep: CSV (comma or semicolon, UTF-8, UTF-16 or cp1252)
and XLSX (the first sheet), into a header and rows of cells; and reading a cell as a date
the way spreadsheets write them (ISO, 23/11/2026 or 11/23/2026 by the user's order, an Excel
serial number, a real date cell) or as a number ("1.250,50" only when the user's locale
writes decimals with a comma)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store.portable_checks import MAX_DATE, MIN_DATE

#: Excel's day 0 (serial 1 is 1900-01-01, counting its phantom 29 February 1900).
EXCEL_EPOCH = date(1899, 12, 30)
MAX_ROWS = 100_000
MAX_CELL = 100_000


@dataclass(frozen=True, slots=True)
class Sheet:
    """A header and its rows; a cell is text, a number, a date, or None when empty."""

    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    source: str

    def column(self, name: str) -> int | None:
        """The position of a column by its header (case and spacing ignored)."""
        key = _key(name)
        for at, found in enumerate(self.header):
            if _key(found) == key:
                return at
        return None


def normalized(text: object) -> str:
    """A header or value as compared: spacing, case, ``_`` and ``-`` ignored."""
    return " ".join(str(text or "").replace("_", " ").replace("-", " ").split()).casefold()


def guess_columns(
    header: Sequence[str], fields: Mapping[str, tuple[str, tuple[str, ...]]]
) -> dict[str, str]:
    """Field → the header column that holds it, by the field's label and usual names."""
    found: dict[str, str] = {}
    taken: set[str] = set()
    for name, (label, words) in fields.items():
        options = {normalized(w) for w in (*words, label, name)}
        for column in header:
            if column and column not in taken and normalized(column) in options:
                found[name] = column
                taken.add(column)
                break
    return found


def problems_line(problems: Sequence[str]) -> str:
    """The first problem and how many more, as one line ("row 3 …: … (and 2 more)")."""
    if not problems:
        return "nothing to import"
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more)" if more > 0 else "")


def refuse(problems: Sequence[str]) -> ValidationError:
    """The refusal of a whole file: nothing imported, the first problem, how many more."""
    return ValidationError(f"nothing imported: {problems_line(problems)}", "file")


def _key(text: str) -> str:
    return re.sub(r"[\s_\-./]+", " ", str(text)).strip().casefold()


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes, source: str = "file") -> Sheet:
    """A CSV file: the delimiter (comma, semicolon or tab) from the header line."""
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise ValidationError(f"{source} is not valid CSV ({error})", "file") from None
    return _sheet([[cell.strip() or None for cell in line] for line in lines], source)


def read_xlsx(data: bytes, source: str = "file") -> Sheet:
    """The first sheet of an XLSX workbook (values, not formulas)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not XLSX
        raise ValidationError(f"{source} is not an XLSX workbook ({error})", "file") from None
    try:
        sheet = book.worksheets[0]
        lines = []
        for row in sheet.iter_rows(values_only=True):
            lines.append([_cell(value) for value in row])
            if len(lines) > MAX_ROWS + 1:
                break
    finally:
        book.close()
    return _sheet(lines, source)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, datetime):
        return value.date()
    return value


def _sheet(lines: list[list[Any]], source: str) -> Sheet:
    while lines and all(cell is None for cell in lines[-1]):
        lines.pop()
    while lines and all(cell is None for cell in lines[0]):
        lines.pop(0)
    if not lines:
        raise ValidationError(f"{source} is empty", "file")
    if len(lines) > MAX_ROWS + 1:
        raise ValidationError(f"{source} has more than {MAX_ROWS:,} rows", "file")
    header = tuple("" if cell is None else str(cell).strip() for cell in lines[0])
    while header and not header[-1]:
        header = header[:-1]
    width = len(header)
    rows = []
    for line in lines[1:]:
        if all(cell is None for cell in line):
            continue
        for cell in line:
            if isinstance(cell, str) and len(cell) > MAX_CELL:
                raise ValidationError(f"{source} has a cell longer than {MAX_CELL:,}", "file")
        rows.append(tuple(line[:width]) + (None,) * (width - len(line)))
    return Sheet(header, tuple(rows), source)


def read_sheet(path: Path) -> Sheet:
    """A .csv or .xlsx file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".txt"):
        raise ValidationError(f"cannot read {path.name}: use a .csv or .xlsx file", "file")
    if not path.is_file():
        raise ValidationError(f"no file at {path}", "file")
    data = path.read_bytes()
    return read_xlsx(data, path.name) if suffix == ".xlsx" else read_csv(data, path.name)


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_day(value: Any, *, day_first: bool = True) -> date:
    """A cell as a date; ValueError with the reason when it is not one."""
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 200_000:
            raise ValueError(f"{value!r} is not a date")
        found = EXCEL_EPOCH + timedelta(days=int(value))
    else:
        text = str(value).strip()
        iso = _ISO.match(text)
        dmy = _DMY.match(text)
        try:
            if iso:
                found = date(int(iso[1]), int(iso[2]), int(iso[3]))
            elif dmy:
                a, b, year = int(dmy[1]), int(dmy[2]), int(dmy[3])
                day, month = (a, b) if day_first else (b, a)
                found = date(year, month, day)
            elif text.isdigit():
                return parse_day(int(text), day_first=day_first)
            else:
                raise ValueError
        except ValueError:
            order = "DD/MM/YYYY" if day_first else "MM/DD/YYYY"
            raise ValueError(f"“{text}” is not a date (YYYY-MM-DD or {order})") from None
    if not MIN_DATE <= found <= MAX_DATE:
        raise ValueError(f"{found} is outside {MIN_DATE.year}–{MAX_DATE.year}")
    return found


def parse_number(value: Any, *, decimal_comma: bool = False) -> float:
    """A cell as a number: a number cell, or text with grouping and a decimal mark as the
    user's locale writes them ("1,250.50"; with ``decimal_comma``, "1.250,50"). Text that
    another locale would read differently ("37,5" where the comma groups) is refused, never
    read as another number."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    return float(parse_decimal(str(value), decimal_comma=decimal_comma))


def parse_decimal(text: str, *, decimal_comma: bool = False) -> Decimal:
    """Typed or written text as an exact decimal, by the rules of ``parse_number``; a
    currency sign, a percent or an ``h`` around it is ignored."""
    cleaned = text.strip().replace("\u00a0", " ")
    for symbol in ("$", "€", "£", "¥", "%", "h"):
        cleaned = cleaned.replace(symbol, "")
    cleaned = cleaned.strip()
    decimal, group = (",", ".") if decimal_comma else (".", ",")
    d, g = re.escape(decimal), re.escape(group)
    plain = rf"[+-]?\d+(?:{d}\d+)?"
    grouped = rf"[+-]?\d{{1,3}}(?:(?:{g}|[ \u202f])\d{{3}})+(?:{d}\d+)?"
    if not re.fullmatch(plain, cleaned, re.ASCII) and not re.fullmatch(grouped, cleaned, re.ASCII):
        raise ValueError(f"“{text.strip()}” is not a number")
    digits = cleaned.replace(" ", "").replace("\u202f", "").replace(group, "")
    return Decimal(digits.replace(decimal, "."))
