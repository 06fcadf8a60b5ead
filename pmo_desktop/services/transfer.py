"""Export and import of the whole portfolio as portable JSON."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from pmo_desktop.domain.errors import ValidationError
from pmo_desktop.fileio import write_bytes_atomic
from pmo_desktop.store import portable
from pmo_desktop.store.backup import backup_file
from pmo_desktop.store.database import Portfolio


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, and the backup taken before it replaced anything."""

    rows: dict[str, int]
    backup: Path | None

    @property
    def total(self) -> int:
        """Rows written across every table."""
        return sum(self.rows.values())


def export_json_bytes(portfolio: Portfolio) -> bytes:
    """The portfolio as portable JSON bytes (one consistent read)."""
    with portfolio.engine.begin() as conn:
        return portable.dumps(conn)


def export_json(portfolio: Portfolio, path: Path) -> None:
    """Write the portfolio to ``path`` as portable JSON, atomically and privately."""
    write_bytes_atomic(path, export_json_bytes(portfolio))


def import_json_bytes(portfolio: Portfolio, data: bytes, *, replace: bool = False) -> ImportResult:
    """Load a portable JSON document in one transaction: all of it, or nothing.

    Refused with a ``ValidationError`` naming what is wrong and where: malformed JSON, another
    version, an unknown table or field, a bad value, a broken reference, or a non-empty
    portfolio without ``replace``. Before replacing data on a file, a verified backup is taken.
    """
    decoded = portable.decode_rows(portable.loads(data))
    backup_path: Path | None = None
    with portfolio.engine.connect() as conn:
        empty = portable.is_empty(conn)
    if not empty and not replace:
        raise ValidationError(
            "this portfolio already holds data; import into an empty portfolio or replace it"
        )
    if not empty and portfolio.file is not None:
        backup_path = backup_file(
            portfolio.file, reason="before-import", passphrase=portfolio.passphrase
        ).path
    try:
        with portfolio.engine.begin() as conn:
            portable.load(conn, decoded, replace=replace)
    except IntegrityError as exc:
        reason = str(exc.orig) if exc.orig is not None else str(exc)
        raise ValidationError(f"the file breaks a rule of the portfolio: {reason}") from exc
    return ImportResult(
        rows={name: len(rows) for name, rows in decoded.items()}, backup=backup_path
    )


def import_json(portfolio: Portfolio, path: Path, *, replace: bool = False) -> ImportResult:
    """Read ``path`` and import it (see ``import_json_bytes``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return import_json_bytes(portfolio, data, replace=replace)
    except ValidationError as exc:
        raise ValidationError(f"{Path(path).name}: {exc.message}", exc.field) from exc
