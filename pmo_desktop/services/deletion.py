"""Deleting a client, program or project with everything that hangs off it — undoably.

The schema's foreign keys say what goes with a row: ON DELETE CASCADE children are deleted
too (and theirs, recursively); ON DELETE SET NULL references in rows that stay are cleared.
``deletion_impact`` walks that graph from the row and counts, for the confirmation;
``delete_record`` snapshots every row it removes and every reference it clears, then
deletes in the caller's transaction; ``restore_record`` puts every row back with its id and
every cleared reference back, so the portfolio is exactly what it was (its portable JSON
export is byte-identical). The walk is generic over the metadata: a table a later area
adds is covered without code here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, ForeignKey, Table, bindparam, delete, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.store.schema import metadata

#: What the GUI can delete: kind → table.
RECORD_KINDS = ("client", "program", "project", "person")

#: How the confirmation names each table's rows (singular, plural); others are derived.
ROW_NAMES: dict[str, tuple[str, str]] = {
    "person": ("person", "people"),
    "one_on_one": ("1:1", "1:1s"),
    "evaluation": ("evaluation", "evaluations"),
    "goal": ("goal", "goals"),
    "onboarding_plan": ("onboarding plan", "onboarding plans"),
    "people_profile": ("1:1 cadence", "1:1 cadences"),
    "person_skill": ("skill", "skills"),
    "time_off": ("time off", "time off periods"),
    "program": ("program", "programs"),
    "project": ("project", "projects"),
    "milestone": ("milestone", "milestones"),
    "allocation": ("allocation", "allocations"),
    "project_financials": ("budget record", "budget records"),
    "stage_change": ("stage move", "stage moves"),
    "scope_change": ("change request", "change requests"),
    "health_override": ("health override", "health overrides"),
    "health_threshold": ("program health rule set", "program health rule sets"),
    "roadmap_item": ("roadmap initiative", "roadmap initiatives"),
    "status_report_snapshot": ("issued status report", "issued status reports"),
    "raid_item": ("RAID item", "RAID items"),
    "raid_action": ("RAID action", "RAID actions"),
    "raid_change": ("RAID history entry", "RAID history entries"),
    "escalation": ("escalation", "escalations"),
    "escalation_why": ("5-whys step", "5-whys steps"),
    "preventive_action": ("preventive action", "preventive actions"),
    "retrospective": ("retrospective", "retrospectives"),
    "retro_item": ("retrospective note", "retrospective notes"),
    "retro_action": ("retrospective action", "retrospective actions"),
    "adherence_tick": ("process check", "process checks"),
    "project_rank": ("workload rank", "workload ranks"),
    "staffing_actual": ("timesheet entry", "timesheet entries"),
    "staffing_placeholder": ("placeholder", "placeholders"),
    "staffing_scenario_allocation": ("what-if allocation", "what-if allocations"),
    "feedback": ("feedback note", "feedback notes"),
    "evidence_link": ("evaluation evidence link", "evaluation evidence links"),
    "improvement_evidence": ("improvement evidence link", "improvement evidence links"),
    "status_report_draft": ("status report draft", "status report drafts"),
}
_CHUNK = 500  # ids per IN (...) list: well under every database's parameter limit


@dataclass(frozen=True)
class SoftReference:
    """Rows that name a record by (kind, id) columns instead of a foreign key.

    They go with the record like a CASCADE child; otherwise a new record that reuses the id
    (SQLite reuses the highest one) would inherit them.
    """

    table: str
    kind_column: str
    kind: str
    id_column: str


SOFT_REFERENCES = (
    SoftReference("status_report_draft", "scope", "program", "target_id"),
    SoftReference("status_report_draft", "scope", "client", "target_id"),
)


def rows_text(table: str, count: int) -> str:
    """``"1 milestone"``, ``"120 allocations"``."""
    singular, plural = ROW_NAMES.get(table, (table.replace("_", " "), table.replace("_", " ")))
    if table not in ROW_NAMES:
        plural = singular + "s"
    return f"{count:,} {singular if count == 1 else plural}"


@dataclass(frozen=True, slots=True)
class Unlinked:
    """References a deletion cleared (ON DELETE SET NULL) in rows that stay."""

    table: str
    column: str
    #: (row id, the value the column held)
    refs: tuple[tuple[Any, Any], ...]


@dataclass(frozen=True, slots=True)
class DeletedRecord:
    """A client, program or project deleted, with every row and reference that went with it.

    ``rows`` holds each table's deleted rows (column → value), parents before children.
    """

    kind: str
    id: int
    name: str
    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    unlinked: tuple[Unlinked, ...]

    def deleted_counts(self) -> dict[str, int]:
        """Rows deleted per table, the record itself excluded."""
        counts = {table: len(rows) for table, rows in self.rows}
        counts[self.kind] -= 1
        return {table: n for table, n in counts.items() if n}

    def unlinked_counts(self) -> dict[str, int]:
        """Rows that stay but lose their link to what is deleted, per table."""
        ids: dict[str, set[Any]] = defaultdict(set)
        for entry in self.unlinked:
            ids[entry.table].update(pk for pk, _ in entry.refs)
        return {table: len(found) for table, found in ids.items()}

    @property
    def summary(self) -> str:
        """What the deletion takes and what it unlinks, in words (for the confirmation)."""
        text = f"Delete {self.kind} “{self.name}”"
        deleted = self.deleted_counts()
        if deleted:
            text += " with " + _listing(deleted)
        unlinked = self.unlinked_counts()
        if unlinked:
            text += f". Kept, but unlinked from it: {_listing(unlinked)}"
        return text + "."


def _listing(counts: Mapping[str, int]) -> str:
    order = list(ROW_NAMES)
    tables = sorted(counts, key=lambda t: (order.index(t) if t in order else len(order), t))
    parts = [rows_text(t, counts[t]) for t in tables]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# --------------------------------------------------------------------------- the walk


def _pk(table: Table) -> Column[Any]:
    (column,) = table.primary_key.columns
    return column


def _referencing() -> dict[str, list[ForeignKey]]:
    """Every foreign key, by the table it points at."""
    found: dict[str, list[ForeignKey]] = defaultdict(list)
    for table in metadata().sorted_tables:
        for fk in table.foreign_keys:
            found[fk.column.table.name].append(fk)
    return found


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _where_in(
    conn: Connection, columns: Iterable[Column[Any]], key: Column[Any], values: Sequence[Any]
) -> list[Any]:
    rows: list[Any] = []
    for part in _chunks(values):
        rows.extend(conn.execute(select(*columns).where(key.in_(part))).all())
    return rows


def _walk(
    conn: Connection,
    referencing: Mapping[str, list[ForeignKey]],
    pending: list[tuple[Table, list[dict[str, Any]]]],
    add: Callable[[Table, Iterable[Any]], None],
    cleared: dict[tuple[str, str], dict[Any, Any]],
    blocking: dict[str, set[Any]],
) -> None:
    """Follow the foreign keys into the rows just added until nothing new is found."""
    while pending:
        table, new_rows = pending.pop()
        for fk in referencing.get(table.name, []):
            child = fk.parent.table
            assert isinstance(child, Table)
            values = sorted({r[fk.column.name] for r in new_rows if r[fk.column.name] is not None})
            if not values:
                continue
            rule = (fk.ondelete or "NO ACTION").upper()
            if rule == "CASCADE":
                add(child, _where_in(conn, child.columns, fk.parent, values))
            elif rule == "SET NULL":
                pk = _pk(child)
                for row_id, value in _where_in(conn, (pk, fk.parent), fk.parent, values):
                    cleared[(child.name, fk.parent.name)][row_id] = value
            else:
                for (row_id,) in _where_in(conn, (_pk(child),), fk.parent, values):
                    blocking[child.name].add(row_id)


def _snapshot(conn: Connection, kind: str, record_id: int) -> DeletedRecord:
    """Read everything a deletion of ``kind`` ``record_id`` would remove or unlink."""
    if kind not in RECORD_KINDS:
        raise ValidationError(f"cannot delete a {kind}", "kind")
    tables = {t.name: t for t in metadata().sorted_tables}
    root = tables[kind]
    root_rows = _where_in(conn, root.columns, _pk(root), [record_id])
    if not root_rows:
        raise ValidationError(f"that {kind} no longer exists", kind)
    referencing = _referencing()
    deleted: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    cleared: dict[tuple[str, str], dict[Any, Any]] = defaultdict(dict)
    blocking: dict[str, set[Any]] = defaultdict(set)
    pending: list[tuple[Table, list[dict[str, Any]]]] = []

    def add(table: Table, found: Iterable[Any]) -> None:
        pk = _pk(table).name
        new = []
        for row in found:
            values = dict(row._mapping)
            if values[pk] not in deleted[table.name]:
                deleted[table.name][values[pk]] = values
                new.append(values)
        if new:
            pending.append((table, new))

    add(root, root_rows)
    _walk(conn, referencing, pending, add, cleared, blocking)
    for soft in SOFT_REFERENCES:
        owner_ids = sorted(deleted.get(soft.kind, {}))
        if owner_ids:
            table = tables[soft.table]
            found = [
                row
                for part in _chunks(owner_ids)
                for row in conn.execute(
                    select(*table.columns).where(
                        table.c[soft.kind_column] == soft.kind, table.c[soft.id_column].in_(part)
                    )
                ).all()
            ]
            add(table, found)
    _walk(conn, referencing, pending, add, cleared, blocking)
    for table_name, ids in blocking.items():
        left = ids - set(deleted.get(table_name, {}))
        if left:
            raise ValidationError(
                f"cannot delete: {rows_text(table_name, len(left))} still refer to it", kind
            )
    order = [t.name for t in metadata().sorted_tables]
    rows = tuple(
        (name, tuple(deleted[name][k] for k in sorted(deleted[name])))
        for name in order
        if deleted.get(name)
    )
    unlinked = tuple(
        Unlinked(table, column, tuple(sorted(refs.items())))
        for (table, column), all_refs in sorted(cleared.items())
        if (refs := {k: v for k, v in all_refs.items() if k not in deleted.get(table, {})})
    )
    name_column = "name" if "name" in root.columns else _pk(root).name
    name = str(root_rows[0]._mapping[name_column])
    return DeletedRecord(kind, record_id, name, rows, unlinked)


# --------------------------------------------------------------------------- use cases


def deletion_impact(session: Session, kind: str, record_id: int) -> DeletedRecord:
    """What deleting the record would take with it (nothing is written)."""
    return _snapshot(session.connection(), kind, record_id)


def delete_record(session: Session, kind: str, record_id: int) -> DeletedRecord:
    """Delete a client, program or project and everything that depends on it.

    Returns the snapshot ``restore_record`` needs to put it all back.
    """
    conn = session.connection()
    record = _snapshot(conn, kind, record_id)
    tables = {t.name: t for t in metadata().sorted_tables}
    for entry in record.unlinked:
        table = tables[entry.table]
        ids = [row_id for row_id, _ in entry.refs]
        for part in _chunks(ids):
            conn.execute(sql_update(table).where(_pk(table).in_(part)).values({entry.column: None}))
    for name, rows in reversed(record.rows):
        table = tables[name]
        pk = _pk(table)
        for part in _chunks([row[pk.name] for row in rows]):
            conn.execute(delete(table).where(pk.in_(part)))
    session.expire_all()
    return record


def restore_record(session: Session, record: DeletedRecord) -> None:
    """Put a deleted record back: every row with its id, every cleared reference."""
    conn = session.connection()
    tables = {t.name: t for t in metadata().sorted_tables}
    root = tables[record.kind]
    if conn.execute(select(_pk(root)).where(_pk(root) == record.id)).first() is not None:
        raise ValidationError(f"a {record.kind} with that id exists again", record.kind)
    try:
        for name, rows in record.rows:
            table = tables[name]
            self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
            first = [{**row, **dict.fromkeys(self_refs)} for row in rows] if self_refs else rows
            for part in _chunks(list(first)):
                conn.execute(insert(table), list(part))
            pk = _pk(table)
            for column in self_refs:
                refs = [
                    {"_id": row[pk.name], "_value": row[column]}
                    for row in rows
                    if row[column] is not None
                ]
                if refs:
                    statement = (
                        sql_update(table)
                        .where(pk == bindparam("_id"))
                        .values({column: bindparam("_value")})
                    )
                    conn.execute(statement, refs)
        for entry in record.unlinked:
            table = tables[entry.table]
            pk = _pk(table)
            statement = (
                sql_update(table)
                .where(pk == bindparam("_id"))
                .values({entry.column: bindparam("_value")})
            )
            conn.execute(statement, [{"_id": i, "_value": v} for i, v in entry.refs])
    except IntegrityError as exc:
        raise ValidationError(
            f"the {record.kind} “{record.name}” cannot be brought back: data added since "
            "clashes with it",
            record.kind,
        ) from exc
    session.expire_all()
