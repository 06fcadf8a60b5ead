"""The pipeline's filter row: search, stage (the table only), client, program, PM, health.

The row offers the clients, programs and PMs of the cards last read (keeping what was
chosen), says which ``CardFilter`` its controls describe, and signals every change; the
page applies the filter to the board and the table alike.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from pmo_desktop.domain.enums import Rag, Stage
from pmo_desktop.gui.forms.ui_pipeline_view import Ui_PipelineView
from pmo_desktop.gui.pipeline.board_model import CardFilter
from pmo_desktop.services.pipeline.board import PipelineCard

ALL_STAGES = "All stages"
ALL_CLIENTS = "All clients"
ALL_PROGRAMS = "All programs"
ALL_PMS = "All PMs"
ANY_HEALTH = "Any health"


def offer(combo: QComboBox, everything: str, values: set[str]) -> None:
    """Offer ``values`` (sorted, after "everything") and keep the one chosen, quietly."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for value in sorted(values, key=str.casefold):
            combo.addItem(value, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)


class FilterRow(QObject):
    """The filter controls of the page's form and what they describe."""

    #: The text, client, program, PM or health filter changed.
    changed = Signal()
    #: The stage filter changed (a ``Stage``, or None for every stage).
    stage_changed = Signal(object)

    def __init__(self, ui: Ui_PipelineView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.stageFilter.addItem(ALL_STAGES, None)
        for stage in Stage:
            ui.stageFilter.addItem(stage.label, stage.value)
        ui.clientFilter.addItem(ALL_CLIENTS, None)
        ui.healthFilter.addItem(ANY_HEALTH, None)
        for rag in (Rag.RED, Rag.AMBER, Rag.GREEN):
            ui.healthFilter.addItem(rag.value.capitalize(), rag.value)
        ui.healthFilter.addItem("Not assessed", "none")
        ui.searchEdit.textChanged.connect(self.changed)
        ui.stageFilter.currentIndexChanged.connect(self._on_stage)
        for combo in (ui.clientFilter, ui.programFilter, ui.pmFilter, ui.healthFilter):
            combo.currentIndexChanged.connect(self.changed)

    def offer(self, cards: list[PipelineCard]) -> None:
        """Offer the clients, programs and PMs of ``cards``."""
        offer(self.ui.clientFilter, ALL_CLIENTS, {c.client for c in cards})
        offer(self.ui.programFilter, ALL_PROGRAMS, {c.program for c in cards})
        offer(self.ui.pmFilter, ALL_PMS, {c.pm for c in cards if c.pm})

    def card_filter(self, project_ids: frozenset[int] | None = None) -> CardFilter:
        """The filter the controls describe (within ``project_ids`` when given)."""
        ui = self.ui
        return CardFilter(
            text=ui.searchEdit.text(),
            client=ui.clientFilter.currentData(),
            program=ui.programFilter.currentData(),
            pm=ui.pmFilter.currentData(),
            health=ui.healthFilter.currentData(),
            project_ids=project_ids,
        )

    def chosen(self, kind: str) -> str | None:
        """The client or program (``kind``) chosen, by name; None for all."""
        combo = self.ui.clientFilter if kind == "client" else self.ui.programFilter
        value = combo.currentData()
        return value if isinstance(value, str) else None

    def _on_stage(self, _index: int) -> None:
        value = self.ui.stageFilter.currentData()
        self.stage_changed.emit(Stage(value) if value else None)
