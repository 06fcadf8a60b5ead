"""The list of backups File → Restore shows: a table model over ``BackupEntry`` DTOs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from pmo_desktop.gui.plain_text import literal
from pmo_desktop.services.backups import BackupEntry

COLUMNS = ("Taken", "Why", "Size", "People", "Clients", "Projects", "Allocations", "Rows")
_COUNT_COLUMNS = {3: "person", 4: "client", 5: "project", 6: "allocation"}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    """``"840 KB"``, ``"12.5 MB"``: a file size as a manager reads it."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024)):,} KB"
    return f"{size / (1024 * 1024):,.1f} MB"


class BackupListModel(QAbstractTableModel):
    """Backups, newest first: when, why, how big and what each holds."""

    def __init__(self, entries: list[BackupEntry] | None = None) -> None:
        super().__init__()
        self._entries: list[BackupEntry] = list(entries or [])

    def set_entries(self, entries: list[BackupEntry]) -> None:
        """Replace the whole list."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BackupEntry:
        """The backup shown on ``row``."""
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per backup (a flat table)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The fixed ``COLUMNS``."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text of each cell; numbers right-aligned; an unreadable backup greyed out."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(str(entry.path))
        if role == Qt.ItemDataRole.ForegroundRole and not entry.readable:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == ENTRY_ROLE:
            return entry
        return None

    @staticmethod
    def _text(entry: BackupEntry, column: int) -> str:
        if column == 0:
            return entry.taken_at.astimezone().strftime("%a %d %b %Y, %H:%M:%S")
        if column == 1:
            return entry.reason_text if entry.readable else f"{entry.reason_text} (unreadable)"
        if column == 2:
            return size_text(entry.size_bytes)
        if not entry.readable:
            return "—"
        if column in _COUNT_COLUMNS:
            return f"{entry.counts.get(_COUNT_COLUMNS[column], 0):,}"
        return f"{entry.total_rows:,}"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Readable backups are selectable; unreadable ones are shown but cannot be chosen."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._entries[index.row()].readable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags
