"""``export pipeline`` and ``export health`` end to end, read back from CSV and XLSX."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m pmo_desktop ARGS`` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "pmo_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pipeline-cli") / "demo.sqlite"
    assert run("demo", path).returncode == 0
    return path


def test_pipeline_exports_every_project_as_csv_and_xlsx(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "pipeline.csv"
    result = run("--db", demo, "export", "pipeline", out)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0][:4] == ["Project", "Client", "Program", "Stage"]
    assert len(rows) == 1 + 30  # the small demo's projects
    assert {r[3] for r in rows[1:]} >= {"Lead", "Active", "Closed"}
    xlsx = tmp_path / "pipeline.xlsx"
    assert run("--db", demo, "export", "pipeline", xlsx).returncode == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None and sheet.max_row == 31
    assert isinstance(sheet.cell(row=2, column=8).value, (int, float))  # budget is a number


def test_health_export_carries_colours_and_reasons(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "health.xlsx"
    assert run("--db", demo, "export", "health", out).returncode == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Level", "Name", "Client", "Program", "Overall"]
    levels = {sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)}
    assert levels == {"Program", "Project"}
    whys = [sheet.cell(row=r, column=11).value or "" for r in range(2, sheet.max_row + 1)]
    assert all("Budget:" in why for why in whys)


def test_an_unknown_extension_is_refused_in_one_line(demo: Path, tmp_path: Path) -> None:
    result = run("--db", demo, "export", "health", tmp_path / "health.pdf")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "pmo-desktop: error: cannot export the health register as health.pdf: use .csv or .xlsx"
    ]
    assert not (tmp_path / "health.pdf").exists()
