"""Start-up stays lean: a screenshot of the pipeline or Home imports no chart, PDF or Excel
library, and a portfolio file does not load SQLAlchemy's PostgreSQL dialect."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pmo_desktop.services.workspace import Portfolio

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "matplotlib",
    "reportlab",
    "openpyxl",
    "alembic",
    "sqlcipher3",
    "sqlalchemy.dialects.postgresql",
)

PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pmo_desktop.app import screenshot
    screenshot(sys.argv[1], sys.argv[4], Path(sys.argv[2]))
    print(",".join(m for m in sys.argv[3].split(",") if m in sys.modules))
    """
)


@pytest.mark.parametrize("view", ["pipeline", "home"])
def test_screenshot_of_an_up_to_date_portfolio_imports_nothing_heavy(
    portfolio: Portfolio, tmp_path: Path, view: str
) -> None:
    portfolio.close()  # created and migrated by the fixture: no migration is pending
    args = [str(portfolio.file), str(tmp_path / "p.png"), ",".join(HEAVY), view]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported at start-up: {result.stdout.strip()}"
