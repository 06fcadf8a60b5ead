"""The navigation rail: a list view over a model of areas, with palette-tinted icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView

from pmo_desktop.gui.areas import AreaSpec
from pmo_desktop.gui.icons import tinted_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 22
#: The rail's width with icons only (a narrow window gives the room to the page).
COMPACT_WIDTH = 56


class NavRail(QObject):
    """Drives the rail's list view: one row per area; emits ``area_chosen(key)``."""

    area_chosen = Signal(str)

    def __init__(self, view: QListView, areas: list[AreaSpec], shortcuts: dict[str, str]):
        super().__init__(view)
        self._view = view
        self._areas = areas
        self._model = QStandardItemModel(self)
        self._full_width = view.maximumWidth()
        self._compact = False
        for spec in areas:
            item = QStandardItem(spec.title)
            item.setData(spec.key, KEY_ROLE)
            item.setData(spec.title, Qt.ItemDataRole.AccessibleTextRole)
            item.setEditable(False)
            hint = shortcuts.get(spec.key)
            item.setToolTip(f"{spec.title} ({hint})" if hint else spec.title)
            item.setSizeHint(QSize(0, 40))
            self._model.appendRow(item)
        view.setModel(self._model)
        view.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        view.selectionModel().currentChanged.connect(self._on_current_changed)
        view.installEventFilter(self)
        self._tint_icons()

    def select(self, key: str) -> None:
        """Mark ``key`` as the current area without emitting ``area_chosen``."""
        row = next((i for i, spec in enumerate(self._areas) if spec.key == key), None)
        if row is None:
            return
        index = self._model.index(row, 0)
        if self._view.currentIndex() == index:
            return
        self._view.blockSignals(True)
        self._view.selectionModel().blockSignals(True)
        try:
            self._view.setCurrentIndex(index)
        finally:
            self._view.selectionModel().blockSignals(False)
            self._view.blockSignals(False)
        self._view.viewport().update()

    @property
    def compact(self) -> bool:
        """True while the rail shows icons only."""
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Icons only (the names stay in tooltips and for screen readers), or icons and names."""
        if compact == self._compact:
            return
        self._compact = compact
        for row, spec in enumerate(self._areas):
            item = self._model.item(row)
            if item is not None:
                item.setText("" if compact else spec.title)
        self._view.setFixedWidth(COMPACT_WIDTH if compact else self._full_width)

    def current_key(self) -> str | None:
        """The area whose row is current, if any."""
        value = self._view.currentIndex().data(KEY_ROLE)
        return str(value) if value else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-tint the icons when the palette changes (light ↔ dark)."""
        if watched is self._view and event.type() == QEvent.Type.PaletteChange:
            self._tint_icons()
        return super().eventFilter(watched, event)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE)
        if key:
            self.area_chosen.emit(str(key))

    def _tint_icons(self) -> None:
        palette = self._view.palette()
        normal = palette.color(QPalette.ColorRole.WindowText)
        selected = palette.color(QPalette.ColorRole.HighlightedText)
        for row, spec in enumerate(self._areas):
            item = self._model.item(row)
            if item is not None:
                item.setIcon(tinted_icon(spec.icon, normal, selected, ICON_SIZE))
