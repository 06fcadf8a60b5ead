"""The small tables beside the grid pass qtmodeltester and show their figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pmo_desktop.domain.enums import Role
from pmo_desktop.gui.staffing.side_models import ActualsPreviewModel, DeltaModel, DemandModel
from pmo_desktop.services.staffing.actuals import ActualRow
from pmo_desktop.services.staffing.grid import RoleDemand
from pmo_desktop.services.staffing.scenarios import DeltaRow

W0 = date(2026, 3, 2)


def test_side_models_pass_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    delta = DeltaModel()
    delta.set_items([DeltaRow(1, "Ana Lima", W0, 30.0, 12.0), DeltaRow(2, "Ben", W0, 0, 8)])
    qtmodeltester.check(delta)
    assert delta.index(0, 4).data() == "-18"
    assert delta.index(1, 4).data() == "+8"
    assert delta.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    demand = DemandModel()
    demand.set_items([RoleDemand(Role.SPM, 40.0)])
    qtmodeltester.check(demand)
    assert demand.index(0, 0).data() == "Senior Project Manager"
    preview = ActualsPreviewModel()
    preview.set_items([ActualRow(1, "Ana Lima", 2, "Checkout", W0, 15.5, True, (2, 3))])
    qtmodeltester.check(preview)
    assert preview.index(0, 5).data() == "2, 3"
