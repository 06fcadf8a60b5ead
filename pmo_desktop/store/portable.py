"""Portable JSON: a versioned, readable dump of the whole portfolio that round-trips exactly.

Document shape (version 1)::

    {
      "format": "pmo-desktop-portfolio",
      "version": 1,
      "schema": "<schema revision>",
      "tables": {
        "<table>": [ {"<column>": <value>, ...}, ... ],   # every table, rows by primary key
        ...
      }
    }

Values: integers and floats as JSON numbers, text as strings, booleans as ``true``/``false``,
dates as ``"YYYY-MM-DD"``, timestamps as UTC ``"YYYY-MM-DDTHH:MM:SS.ffffffZ"``, money as
integer cents, enumerations as their code (``"active"``, ``"PM"``), absent values as ``null``.
Tables are written parent-first, so the file also reads top-down. The dump is generated from
the schema itself, so every table a later area adds is covered without extra code.

An import refuses, in one line naming the place (``tables.project[3].program_id: …``), any
file the app could not later use, and writes nothing then. Beyond each value's type and
every reference, ``portable_checks`` holds the rules: dates and timestamps in the years
1900–2200 (``MIN_DATE``–``MAX_DATE``; years are always written with four digits), weeks on a
Monday, periods as the app writes them (``2026-H1``), no loop of managers, and status report
snapshot payloads of the shape the report PDF reads. A file that is not JSON, is nested too
deep or holds a number too long to read is refused the same way.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store.base import EnumText, UTCDateTime
from pmo_desktop.store.portable_checks import check_content, check_day, parse_day
from pmo_desktop.store.portable_checks import show as _show
from pmo_desktop.store.schema import HEAD_REVISION, metadata, sync_id_sequences

FORMAT = "pmo-desktop-portfolio"
VERSION = 1

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any, str], Any]

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", re.ASCII)


def tables() -> list[Table]:
    """Every portfolio table, parents before children."""
    return list(metadata().sorted_tables)


# --------------------------------------------------------------------------- export


def dump(conn: Connection) -> dict[str, Any]:
    """The whole portfolio as a JSON-ready document."""
    body: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        encoders = [(col.name, _encoder(col)) for col in table.columns]
        order = [col for col in table.primary_key.columns]
        rows = conn.execute(select(*table.columns).order_by(*order))
        body[table.name] = [
            {name: enc(value) for (name, enc), value in zip(encoders, row, strict=True)}
            for row in rows
        ]
    return {"format": FORMAT, "version": VERSION, "schema": HEAD_REVISION, "tables": body}


def dumps(conn: Connection) -> bytes:
    """The portfolio as UTF-8 JSON bytes, deterministic for the same data."""
    text = json.dumps(dump(conn), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _encoder(col: Column[Any]) -> Encoder:
    kind = col.type
    if isinstance(kind, UTCDateTime):
        return _encode_timestamp
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, EnumText):
        return lambda v: None if v is None else (v.value if isinstance(v, Enum) else v)
    return lambda v: v


def _encode_timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    # isoformat, not strftime: strftime writes year 1 as "1", which no parser reads back.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


# --------------------------------------------------------------------------- import


def loads(data: bytes | str) -> dict[str, Any]:
    """Parse a portable JSON document, refusing anything malformed with a located message."""
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"not UTF-8 text (byte {exc.start})") from exc
    try:
        doc = json.loads(data, parse_constant=_refuse_constant)
    except ValidationError:
        raise
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except ValueError as exc:  # Python reads integers of at most 4,300 digits
        raise ValidationError("not a portfolio file: it holds a number too long to read") from exc
    except RecursionError as exc:
        raise ValidationError("not a portfolio file: it is nested too deep to read") from exc
    _check_header(doc)
    return doc  # type: ignore[no-any-return]


def _refuse_constant(name: str) -> Any:
    raise ValidationError(f"not valid JSON: {name} is not a number JSON allows")


def _check_header(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise ValidationError("not a PMO Desktop portfolio file (the top level is not an object)")
    if doc.get("format") != FORMAT:
        raise ValidationError(f'not a PMO Desktop portfolio file ("format" is not "{FORMAT}")')
    version = doc.get("version")
    if type(version) is not int or version != VERSION:  # not True, which equals 1
        raise ValidationError(
            f"portfolio file version {_show(version)} is not supported (this build reads {VERSION})"
        )
    if doc.get("schema") != HEAD_REVISION:
        raise ValidationError(
            f"portfolio file has schema {doc.get('schema')!r}; this build reads {HEAD_REVISION!r}"
            " (export it again from a matching version)"
        )
    extra = set(doc) - {"format", "version", "schema", "tables"}
    if extra:
        raise ValidationError(f"unknown top-level field {sorted(extra)[0]!r}")
    if not isinstance(doc.get("tables"), dict):
        raise ValidationError('"tables" must be an object of table name → list of rows')


def decode_rows(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Check every table, row and value of a parsed document; return Python values.

    References are checked too, and what the rest of the app relies on
    (``portable_checks.check_content``), so an import either loads everything or nothing,
    and a refusal names the exact place (``tables.project[3].program_id``).
    """
    known = {t.name: t for t in tables()}
    given: dict[str, Any] = doc["tables"]
    for name in given:
        if name not in known:
            raise ValidationError(f"tables.{name}: unknown table")
    decoded: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        rows = given.get(table.name, [])
        if not isinstance(rows, list):
            raise ValidationError(f"tables.{table.name}: must be a list of rows")
        decoded[table.name] = _decode_table(table, rows)
    _check_references(decoded)
    check_content(decoded)
    return decoded


def _decode_table(table: Table, rows: list[Any]) -> list[dict[str, Any]]:
    decoders = {col.name: (col, _decoder(col)) for col in table.columns}
    out: list[dict[str, Any]] = []
    seen_keys: set[tuple[Any, ...]] = set()
    pk_names = [c.name for c in table.primary_key.columns]
    for index, row in enumerate(rows):
        where = f"tables.{table.name}[{index}]"
        if not isinstance(row, dict):
            raise ValidationError(f"{where}: must be an object")
        unknown = set(row) - set(decoders)
        if unknown:
            raise ValidationError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        values: dict[str, Any] = {}
        for name, (col, decode) in decoders.items():
            if name not in row:
                raise ValidationError(f"{where}.{name}: missing")
            raw = row[name]
            if raw is None:
                if not col.nullable:
                    raise ValidationError(f"{where}.{name}: required, got null")
                values[name] = None
            else:
                values[name] = decode(raw, f"{where}.{name}")
        key = tuple(values[k] for k in pk_names)
        if key in seen_keys:
            raise ValidationError(f"{where}: duplicate id {key[0] if len(key) == 1 else key}")
        seen_keys.add(key)
        out.append(values)
    return out


def _decoder(col: Column[Any]) -> Decoder:
    kind = col.type
    if isinstance(kind, UTCDateTime):
        return _decode_timestamp
    if isinstance(kind, Date):
        return _decode_date
    if isinstance(kind, EnumText):
        return _enum_decoder(kind.enum_type)
    if isinstance(kind, Boolean):
        return _expect(bool, "true or false")
    if isinstance(kind, Integer):
        return _decode_int
    if isinstance(kind, Float):
        return _decode_float
    if isinstance(kind, String | Text):
        return _decode_text
    raise TypeError(f"portable JSON has no rule for column type {kind!r} of {col}")


def _expect(kind: type, label: str) -> Decoder:
    def decode(value: Any, where: str) -> Any:
        if not isinstance(value, kind):
            raise ValidationError(f"{where}: expected {label}, got {_show(value)}")
        return value

    return decode


def _decode_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{where}: expected a whole number, got {_show(value)}")
    if not -(2**63) <= value < 2**63:
        raise ValidationError(f"{where}: number out of range")
    return value


def _decode_float(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{where}: expected a number, got {_show(value)}")
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(f"{where}: number out of range")
    return result


def _decode_text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{where}: expected text, got {_show(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(f"{where}: text holds an unpaired surrogate") from exc
    return value


def _decode_date(value: Any, where: str) -> date:
    return parse_day(value, where)


def _decode_timestamp(value: Any, where: str) -> datetime:
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise ValidationError(
            f"{where}: expected a UTC timestamp like 2026-01-31T09:00:00.000000Z,"
            f" got {_show(value)}"
        )
    try:
        parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError as exc:
        raise ValidationError(f"{where}: not a real timestamp: {_show(value)}") from exc
    check_day(parsed.date(), where)
    return parsed.replace(tzinfo=UTC)


def _enum_decoder(enum_type: type[Enum]) -> Decoder:
    allowed = [str(m.value) for m in enum_type]

    def decode(value: Any, where: str) -> Any:
        if value not in allowed:
            raise ValidationError(
                f"{where}: expected one of {', '.join(allowed)}; got {_show(value)}"
            )
        return enum_type(value)

    return decode


def _check_references(decoded: dict[str, list[dict[str, Any]]]) -> None:
    ids: dict[tuple[str, str], set[Any]] = {}
    for table in tables():
        for fk in table.foreign_keys:
            target = fk.column
            key = (target.table.name, target.name)
            if key not in ids:
                ids[key] = {row[target.name] for row in decoded[target.table.name]}
            for index, row in enumerate(decoded[table.name]):
                value = row[fk.parent.name]
                if value is not None and value not in ids[key]:
                    raise ValidationError(
                        f"tables.{table.name}[{index}].{fk.parent.name}: refers to"
                        f" {target.table.name} {value}, which is not in the file"
                    )


def is_empty(conn: Connection) -> bool:
    """True when no table of the portfolio holds a row."""
    return all(conn.execute(select(t).limit(1)).first() is None for t in tables())


def load(conn: Connection, decoded: dict[str, list[dict[str, Any]]], *, replace: bool) -> None:
    """Write decoded rows into the portfolio on ``conn`` (inside the caller's transaction).

    Without ``replace`` the portfolio must be empty. Self-references (a person's manager) are
    written after every row of the table exists, so any database enforces them.
    """
    if not replace and not is_empty(conn):
        raise ValidationError(
            "this portfolio already holds data; import into an empty portfolio or replace it"
        )
    if replace:
        for table in reversed(tables()):
            conn.execute(delete(table))
    for table in tables():
        rows = decoded[table.name]
        if not rows:
            continue
        self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        first_pass = [{**row, **dict.fromkeys(self_refs)} for row in rows] if self_refs else rows
        for chunk in _chunks(first_pass, 2000):
            conn.execute(insert(table), chunk)
        if self_refs:
            pk = next(iter(table.primary_key.columns))
            for row in rows:
                refs = {name: row[name] for name in self_refs if row[name] is not None}
                if refs:
                    conn.execute(update(table).where(pk == row[pk.name]).values(**refs))
    sync_id_sequences(conn)


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
