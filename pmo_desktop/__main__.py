"""Allow ``python -m pmo_desktop``."""

from pmo_desktop.cli import run

run()
