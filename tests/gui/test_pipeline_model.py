"""The project table model and its filter proxy: correct rows, filters and sort order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from pmo_desktop.domain.enums import Stage
from pmo_desktop.gui.pipeline.columns import fit_widths
from pmo_desktop.gui.pipeline.model import SORT_ROLE, Column, ProjectTableModel
from pmo_desktop.gui.pipeline.proxy import ProjectFilterProxy, matches_text
from pmo_desktop.services.portfolio import ProjectRow


def _row(
    id_: int,
    name: str,
    client: str,
    stage: Stage = Stage.ACTIVE,
    budget: int = 0,
    pm: str | None = None,
    program: str = "Core",
    start: date | None = None,
) -> ProjectRow:
    return ProjectRow(id_, name, client, program, stage, pm, start, None, budget, 100, 3)


JAN_5 = date(2026, 1, 5)
ROWS = [
    _row(1, "Checkout Rebuild", "Acme Retail", Stage.ACTIVE, 90_000, "Ana Lima"),
    _row(2, "Search Upgrade", "Acme Retail", Stage.PROPOSAL, 1_000_000),
    _row(3, "Onboarding Flow", "Borealis Bank", Stage.LEAD, 25_000_000, "Ben Okafor", "KYC"),
    _row(4, "Document Vault", "Borealis Bank", Stage.ACTIVE, 4_500_000, "Ana Lima", "KYC"),
    _row(5, "Appointments", "Cobalt Health", Stage.CLOSED, 200, "Ben Okafor", start=JAN_5),
]


@pytest.fixture
def model() -> ProjectTableModel:
    table = ProjectTableModel()
    table.set_rows(ROWS)
    return table


@pytest.fixture
def proxy(model: ProjectTableModel) -> ProjectFilterProxy:
    filtered = ProjectFilterProxy()
    filtered.setSourceModel(model)
    return filtered


def test_project_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ProjectTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_filter_proxy_passes_the_model_tester(
    qtmodeltester: ModelTester, proxy: ProjectFilterProxy
) -> None:
    proxy.set_search_text("acme")
    qtmodeltester.check(proxy)


def test_budget_is_formatted_right_aligned_and_sorts_by_cents(model: ProjectTableModel) -> None:
    index = model.index(0, Column.BUDGET)
    assert model.data(index) == "$900.00"
    alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(index, SORT_ROLE) == 90_000
    assert model.headerData(Column.BUDGET, Qt.Orientation.Horizontal) == "Budget"


def test_missing_pm_and_dates_show_plainly(model: ProjectTableModel) -> None:
    assert model.data(model.index(1, Column.PM)) == "—"
    assert model.data(model.index(1, Column.START)) == ""
    assert model.data(model.index(4, Column.START)) == "2026-01-05"


def test_sorting_by_budget_is_numeric_not_alphabetical(proxy: ProjectFilterProxy) -> None:
    proxy.sort(Column.BUDGET, Qt.SortOrder.AscendingOrder)
    budgets = [
        proxy.data(proxy.index(r, Column.BUDGET), SORT_ROLE) for r in range(proxy.rowCount())
    ]
    assert budgets == sorted(row.budget_cents for row in ROWS)
    shown = [proxy.data(proxy.index(r, Column.BUDGET)) for r in range(proxy.rowCount())]
    assert shown != sorted(shown)  # the text order would be wrong: "$1,000.00" < "$2.00"


def test_sorting_by_stage_follows_the_board_order(proxy: ProjectFilterProxy) -> None:
    proxy.sort(Column.STAGE, Qt.SortOrder.AscendingOrder)
    stages = [proxy.data(proxy.index(r, Column.STAGE)) for r in range(proxy.rowCount())]
    assert stages == ["Lead", "Proposal", "Active", "Active", "Closed"]


def _expected(predicate: object) -> int:
    return sum(1 for row in ROWS if predicate(row))  # type: ignore[operator]


def test_search_filters_across_name_client_program_and_pm(proxy: ProjectFilterProxy) -> None:
    for text in ("acme", "ANA LIMA", "kyc", "vault", "okafor", "zzz", ""):
        proxy.set_search_text(text)
        needle = text.casefold()
        assert proxy.rowCount() == _expected(lambda r, n=needle: matches_text(r, n)), text


def test_stage_and_client_filters_combine_with_search(proxy: ProjectFilterProxy) -> None:
    proxy.set_stage(Stage.ACTIVE)
    assert proxy.rowCount() == _expected(lambda r: r.stage is Stage.ACTIVE)
    proxy.set_client("Borealis Bank")
    assert proxy.rowCount() == _expected(
        lambda r: r.stage is Stage.ACTIVE and r.client == "Borealis Bank"
    )
    proxy.set_search_text("checkout")
    assert proxy.rowCount() == 0
    proxy.set_stage(None)
    proxy.set_client(None)
    assert proxy.rowCount() == 1
    proxy.set_search_text("")
    assert proxy.rowCount() == len(ROWS)


def test_filters_still_apply_after_the_rows_are_replaced(
    model: ProjectTableModel, proxy: ProjectFilterProxy
) -> None:
    proxy.set_client("Acme Retail")
    model.set_rows([*ROWS, _row(6, "Loyalty", "Acme Retail")])
    assert proxy.rowCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table has no children
    assert model.rowCount(QModelIndex()) == 6


def test_columns_fit_their_contents_when_there_is_room() -> None:
    assert fit_widths([100, 50, 60], 300, flexible=[0]) == [190, 50, 60]


def test_text_columns_give_way_in_proportion_when_tight() -> None:
    widths = fit_widths([300, 200, 80], 480, flexible=[0, 1], minimum=100)
    assert widths[2] == 80
    assert sum(widths) == 480
    assert widths[0] - 100 == pytest.approx(2 * (widths[1] - 100), abs=1)


def test_shrunk_columns_fill_the_width_exactly() -> None:
    for available in range(400, 700, 7):
        widths = fit_widths([313, 257, 199, 81], available, flexible=[0, 1, 2], minimum=90)
        assert sum(widths) == max(available, 90 * 3 + 81)
        assert min(widths[:3]) >= 90
