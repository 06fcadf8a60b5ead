"""No lost update: an edit is checked against what its editor saw, and merged field by field.

Two managers open the same record; both save. Without a check the second save writes back
every field its editor showed, silently reverting the first manager's changes. Here an edit
carries a ``Snapshot`` of the rows it is about, as its editor read them (the *base*). When it
runs, in its transaction:

1. the rows as they are now (*theirs*) are read and locked (``FOR UPDATE`` on a server);
2. the edit runs (*mine*);
3. each field is merged three ways: changed only by them → theirs is put back; changed only
   by me → mine stays; free text both changed in different lines → both (``merge_text``);
   changed by both otherwise → a conflict. A row another user
   added (a milestone under the project I am saving) is kept even if my edit replaced the
   list; a row they deleted that my edit still writes is a conflict (never re-created).

An edit whose service records history of what it changed (RAID, stage moves) first moves its
input onto the record as it is now (``rebase``): a field the editor left as it saw it takes
the other user's value, so the service writes, and records, only what this user changed.

Conflicts refuse the whole edit with ``ConflictError`` (nothing written), listing each
field's base, theirs and mine, unless the caller already chose a side for it (``choices``).
The snapshot after a successful merge is the base of its undo, and so on: undo and redo are
merges too, so an undo never overwrites what someone changed since.

Only what the rows hold is compared; a field nobody edits (a timestamp the service sets) is
compared like the rest, so a service that rewrites it on every save should leave it out of
the refs' columns (``Rows.ignore``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.orm import Session

from pmo_desktop.domain.errors import ConflictError

T = TypeVar("T")
D = TypeVar("D")
Side = Literal["mine", "theirs"]
#: Row values by primary key, for the rows one ``Rows`` names.
RowSet = dict[Any, dict[str, Any]]


@dataclass(frozen=True)
class Rows:
    """Some rows of one table: ``where`` is column = value pairs (one row by id, or the
    children of a parent). ``ignore`` names columns left out of the comparison."""

    table: str
    where: tuple[tuple[str, Any], ...]
    ignore: frozenset[str] = field(default=frozenset())


def row(table: str, key: Any, *, ignore: Iterable[str] = ()) -> Rows:
    """One row by primary key."""
    return Rows(table, ((_pk(_table(table)), key),), frozenset(ignore))


def children(table: str, column: str, parent: Any, *, ignore: Iterable[str] = ()) -> Rows:
    """Every row of ``table`` whose ``column`` is ``parent`` (e.g. a project's milestones)."""
    return Rows(table, ((column, parent),), frozenset(ignore))


@dataclass(frozen=True)
class Snapshot:
    """What some rows held at one moment: per ``Rows``, the values of each row by key."""

    rows: Mapping[Rows, RowSet]

    @property
    def refs(self) -> tuple[Rows, ...]:
        """The rows this snapshot is about."""
        return tuple(self.rows)


@dataclass(frozen=True)
class FieldConflict:
    """One field two users changed differently, or a row one changed and the other deleted.

    ``column`` is None for a whole row (deleted by them while mine still writes it, or
    changed by them while mine deletes it). Values are as stored.
    """

    table: str
    key: Any
    column: str | None
    base: Any
    theirs: Any
    mine: Any
    label: str = ""

    @property
    def choice_key(self) -> tuple[str, Any, str | None]:
        """How a choice for this conflict is named in ``choices``."""
        return (self.table, self.key, self.column)

    @property
    def deleted_by_them(self) -> bool:
        """True when the other user deleted the row this edit writes."""
        return self.column is None and self.theirs is None


Choices = Mapping[tuple[str, Any, str | None], Side]


def _table(name: str) -> Table:
    from pmo_desktop.store.schema import metadata  # every model: only when an edit checks

    return metadata().tables[name]


def _pk(table: Table) -> str:
    (column,) = table.primary_key.columns
    return str(column.name)


def read_rows(session: Session, ref: Rows, *, lock: bool = False) -> RowSet:
    """The rows ``ref`` names, by primary key (locked for this transaction with ``lock``)."""
    table = _table(ref.table)
    key = _pk(table)
    stmt = select(table).where(and_(*(table.c[c] == v for c, v in ref.where)))
    if lock:
        stmt = stmt.with_for_update()  # nothing on SQLite, whose writer holds the file lock
    found: RowSet = {}
    for values in session.execute(stmt).mappings():
        found[values[key]] = {c: v for c, v in values.items() if c not in ref.ignore}
    return found


def snapshot(session: Session, refs: Iterable[Rows], *, lock: bool = False) -> Snapshot:
    """What ``refs`` hold now: the base an editor keeps until it saves."""
    return Snapshot({ref: read_rows(session, ref, lock=lock) for ref in dict.fromkeys(refs)})


def _label(values: Mapping[str, Any] | None, table: str, key: Any) -> str:
    if values:
        for name in ("name", "title", "description", "text"):
            text = values.get(name)
            if isinstance(text, str) and text.strip():
                flat = " ".join(text.split())
                return flat if len(flat) <= 60 else flat[:59] + "…"
    return f"{table.replace('_', ' ')} {key}"


def merged(
    session: Session,
    base: Snapshot,
    step: Callable[[Session], T],
    choices: Choices | None = None,
) -> tuple[T, Snapshot, bool]:
    """Run ``step`` over ``base``'s rows, merging other users' changes; see the module doc.

    Returns the step's result, the snapshot after the merge (the base of the next undo or
    redo) and whether other users' changes were kept (so views re-read). Raises
    ``ConflictError`` (the transaction then rolls back) for conflicts ``choices`` leaves open.
    """
    choices = choices or {}
    theirs = {ref: read_rows(session, ref, lock=True) for ref in base.rows}
    token = _current.set(_Merge(base, theirs, choices))
    try:
        with choosing(choices):
            result = step(session)
        session.flush()
    finally:
        _current.reset(token)
    open_conflicts: list[FieldConflict] = []
    kept_theirs = False
    for ref, seen in base.rows.items():
        now = theirs[ref]
        if now == seen:
            continue  # nobody else touched these rows: mine stands as written
        mine = read_rows(session, ref)
        table = _table(ref.table)
        pk = _pk(table)
        for key in seen.keys() | now.keys():
            b, t, m = seen.get(key), now.get(key), mine.get(key)
            if b == t:
                continue
            label = _label(t or b or m, ref.table, key)
            if b is None and t is not None:  # they added it
                if m != t:  # my edit replaced the list without it: keep their row
                    _put_back(session, table, pk, key, t)
                    kept_theirs = True
                continue
            if t is None:  # they deleted it
                if m is not None:
                    conflict = FieldConflict(ref.table, key, None, b, None, m, label)
                    if choices.get(conflict.choice_key) != "mine":
                        open_conflicts.append(conflict)
                continue
            assert b is not None
            if m is None:  # I deleted what they changed
                conflict = FieldConflict(ref.table, key, None, b, t, None, label)
                side = choices.get(conflict.choice_key)
                if side == "theirs":
                    _put_back(session, table, pk, key, t)
                    kept_theirs = True
                elif side != "mine":
                    open_conflicts.append(conflict)
                continue
            restore: dict[str, Any] = {}
            for column, their_value in t.items():
                base_value, my_value = b.get(column), m.get(column)
                if their_value == base_value or my_value == their_value:
                    continue
                if my_value == base_value:
                    restore[column] = their_value  # only they changed it
                    continue
                text = merge_text(base_value, their_value, my_value)
                if text is not None:  # free text both changed in different lines: both kept
                    restore[column] = text
                    continue
                conflict = FieldConflict(
                    ref.table, key, column, base_value, their_value, my_value, label
                )
                side = choices.get(conflict.choice_key)
                if side == "theirs":
                    restore[column] = their_value
                elif side != "mine":
                    open_conflicts.append(conflict)
            if restore:
                session.execute(update(table).where(table.c[pk] == key).values(**restore))
                kept_theirs = True
    if open_conflicts:
        raise ConflictError(conflict_message(open_conflicts), tuple(open_conflicts))
    after = snapshot(session, base.rows)
    return result, after, kept_theirs


#: Only text of several lines is merged line by line (a title changed twice conflicts).
MERGED_TEXT_MIN_LINES = 2


def merge_text(base: Any, theirs: Any, mine: Any) -> str | None:
    """Two users' edits of one free text merged line by line (as version control does), or
    None when they changed the same lines (or the values are not text of several lines)."""
    values = [base, theirs, mine]
    if not all(v is None or isinstance(v, str) for v in values) or theirs is None or mine is None:
        return None
    lines = [(v or "").splitlines(keepends=True) for v in values]
    if max(len(part) for part in lines) < MERGED_TEXT_MIN_LINES:
        return None
    base_lines, their_lines, my_lines = (
        [line if line.endswith("\n") else line + "\n" for line in part] for part in lines
    )
    from merge3 import Merge3  # only when two users changed one text

    merge = Merge3(base_lines, my_lines, their_lines)
    if any(region[0] == "conflict" for region in merge.merge_regions()):
        return None
    merged_text = "".join(merge.merge_lines())
    ends = (mine or "").endswith("\n") or (theirs or "").endswith("\n")
    return merged_text if ends else merged_text.removesuffix("\n")


_chosen: ContextVar[Choices] = ContextVar("pmo_desktop_chosen", default={})  # noqa: B039


@contextmanager
def choosing(choices: Choices) -> Iterator[None]:
    """Within: ``chosen`` answers from ``choices`` (the sides a user picked in the conflict
    dialog), for services that check what they overwrite themselves (staffing cells)."""
    token = _chosen.set(choices)
    try:
        yield
    finally:
        _chosen.reset(token)


def chosen(key: tuple[str, Any, str | None]) -> Side | None:
    """The side the user chose for one conflicting field, if any (see ``choosing``)."""
    return _chosen.get().get(key)


def _put_back(session: Session, table: Table, pk: str, key: Any, values: dict[str, Any]) -> None:
    """Insert a row another user made that this edit removed: with its id, or with a new
    one when a row of this edit took that id meanwhile (SQLite reuses a freed largest id)."""
    taken = session.execute(select(table.c[pk]).where(table.c[pk] == key)).first() is not None
    row_values = {c: v for c, v in values.items() if not (taken and c == pk)}
    session.execute(insert(table).values(**row_values))


@dataclass(frozen=True)
class _Merge:
    base: Snapshot
    theirs: Mapping[Rows, RowSet]
    choices: Choices


_current: ContextVar[_Merge | None] = ContextVar("pmo_desktop_merge", default=None)


def _find(rows: Mapping[Rows, RowSet], table: str, key: Any) -> dict[str, Any] | None:
    for ref, found in rows.items():
        if ref.table == table and key in found:
            return found[key]
    return None


def rebase(data: D, table: str, key: Any) -> D:
    """``data`` (a dataclass whose fields are columns of ``table``) moved onto the row as it
    is now: each field still as the editor saw it takes the other user's value, as does a
    field the user chose "theirs" for. Outside a merge, or for a row not in the editor's
    snapshot, ``data`` unchanged."""
    merge = _current.get()
    if merge is None or not dataclasses.is_dataclass(data) or isinstance(data, type):
        return data
    seen, now = _find(merge.base.rows, table, key), _find(merge.theirs, table, key)
    if seen is None or now is None:
        return data
    moved: dict[str, Any] = {}
    for item in dataclasses.fields(data):
        name = item.name
        if name not in now or name not in seen or now[name] == seen[name]:
            continue
        mine = getattr(data, name)
        if mine == seen[name] or merge.choices.get((table, key, name)) == "theirs":
            moved[name] = now[name]
    return dataclasses.replace(data, **moved) if moved else data


def conflict_message(conflicts: list[FieldConflict]) -> str:
    if all(c.deleted_by_them for c in conflicts):
        names = ", ".join(dict.fromkeys(f"“{c.label}”" for c in conflicts))
        return f"{names} was deleted by someone else meanwhile: nothing was saved"
    count = len(conflicts)
    noun = "change" if count == 1 else "changes"
    return f"someone else saved {count} conflicting {noun} meanwhile: nothing was saved yet"
