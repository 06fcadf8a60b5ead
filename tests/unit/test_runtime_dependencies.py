"""Every package the app imports at run time is a runtime dependency in pyproject.toml.

The README's first command installs the runtime dependencies only: a package that is only
among the test extras (openpyxl was) makes every feature that imports it fail for users.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pmo_desktop"

#: Imported only when the manager points the app at a PostgreSQL server; the README says to
#: install the driver (``pip install "psycopg[binary]"``), and SQLAlchemy imports it.
OPTIONAL = {"psycopg"}


def _imported_top_level_modules() -> set[str]:
    found: set[str] = set()
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"pmo_desktop", "__future__"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        _normalise(re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0]) for req in project["dependencies"]
    }


def test_every_module_the_app_imports_comes_from_a_runtime_dependency() -> None:
    distributions = packages_distributions()
    required = _runtime_requirements()
    missing = {}
    for module in sorted(_imported_top_level_modules() - OPTIONAL):
        names = {_normalise(d) for d in distributions.get(module, [module])}
        if not names & required:
            missing[module] = sorted(names)
    assert missing == {}, f"imported but not a runtime dependency: {missing}"


def test_the_check_sees_the_heavy_lazy_imports() -> None:
    """The walk finds imports inside functions too (where openpyxl and ReportLab are)."""
    assert {"openpyxl", "reportlab", "matplotlib", "sqlalchemy", "PySide6"} <= (
        _imported_top_level_modules()
    )
