"""A deterministic demo portfolio (small or large) for trying the app and for screenshots."""

from __future__ import annotations

from pathlib import Path

from pmo_desktop.services.demo.core import generate
from pmo_desktop.services.demo.plan import DemoStats

__all__ = ["DemoStats", "demo_file", "generate"]

DEMO_FILE_NAME = "demo-portfolio.sqlite"


def demo_file(folder: Path) -> Path:
    """The demo portfolio in ``folder`` (the data folder), generated on first use; it keeps
    the user's edits afterwards."""
    from pmo_desktop.services.workspace import open_portfolio

    path = folder / DEMO_FILE_NAME
    if not path.exists():
        portfolio = open_portfolio(path)
        try:
            generate(portfolio.engine, size="small", seed=1)
        finally:
            portfolio.close()
    return path
