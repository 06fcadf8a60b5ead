"""Compile the Designer forms and the Qt resources into committed Python modules.

    python scripts/build_qt.py           regenerate every module
    python scripts/build_qt.py --check   exit 1 listing modules that are stale or missing

``ui/<name>.ui`` → ``pmo_desktop/gui/forms/ui_<name>.py`` (pyside6-uic) and
``resources/resources.qrc`` → ``pmo_desktop/gui/resources_rc.py`` (pyside6-rcc).
The check compares freshly generated text with the committed files, never mtimes (a fresh
clone has meaningless mtimes). rcc runs with format version 1 and without compression so its
output carries no file timestamps and does not depend on the zlib/zstd build.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "pmo_desktop" / "gui" / "forms"
QRC = ROOT / "resources" / "resources.qrc"
RESOURCES_MODULE = ROOT / "pmo_desktop" / "gui" / "resources_rc.py"
RESOURCES_IMPORT = "from pmo_desktop.gui import resources_rc  # noqa: F401"


@dataclass(frozen=True)
class Target:
    """One generated module and how to produce its text."""

    source: Path
    output: Path

    def generate(self) -> str:
        """The module text this build would write."""
        if self.source.suffix == ".ui":
            return _uic(self.source)
        return _rcc(self.source)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_qt: {name} not found (install PySide6 in this environment)")
    return found


def _run(args: list[str]) -> str:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build_qt: {' '.join(args)} failed:\n{result.stderr.strip()}")
    return result.stdout


# The tools stamp their Qt version; a patch release of PySide6 must not make every module stale.
_VERSION_STAMP = re.compile(r"^(#+ Created by: .*?) (?:for Qt )?version [0-9.]+$", re.MULTILINE)


def _unstamped(text: str) -> str:
    return _VERSION_STAMP.sub(r"\1", text)


def _header(source: Path) -> str:
    rel = source.relative_to(ROOT).as_posix()
    return f"# generated from {rel} by scripts/build_qt.py — do not edit\n"


def _uic(form: Path) -> str:
    text = _run([_tool("pyside6-uic"), form.relative_to(ROOT).as_posix()])
    # uic writes ``import resources_rc``; the module lives in pmo_desktop.gui.
    text = re.sub(r"^import resources_rc$", RESOURCES_IMPORT, text, flags=re.MULTILINE)
    return _header(form) + _unstamped(text)


def _rcc(qrc: Path) -> str:
    rel = qrc.relative_to(ROOT).as_posix()
    text = _run([_tool("pyside6-rcc"), "--format-version", "1", "--no-compress", rel])
    return _header(qrc) + _unstamped(text)


def targets() -> list[Target]:
    """Every module this script owns, forms first."""
    found = [Target(form, FORMS_DIR / f"ui_{form.stem}.py") for form in sorted(UI_DIR.glob("*.ui"))]
    found.append(Target(QRC, RESOURCES_MODULE))
    return found


def orphans(known: list[Target]) -> list[Path]:
    """Generated form modules whose ``.ui`` no longer exists."""
    wanted = {t.output for t in known}
    return [p for p in sorted(FORMS_DIR.glob("ui_*.py")) if p not in wanted]


def check() -> list[str]:
    """Problems found: one line per stale, missing or orphaned generated module."""
    problems: list[str] = []
    known = targets()
    for target in known:
        rel = target.output.relative_to(ROOT).as_posix()
        if not target.output.exists():
            problems.append(f"missing: {rel} (from {target.source.relative_to(ROOT)})")
        elif target.output.read_text(encoding="utf-8") != target.generate():
            problems.append(f"stale: {rel} (from {target.source.relative_to(ROOT)})")
    for orphan in orphans(known):
        problems.append(f"orphan: {orphan.relative_to(ROOT).as_posix()} (its .ui is gone)")
    return problems


def build() -> list[Path]:
    """Regenerate every module whose text changed; return what was written."""
    written: list[Path] = []
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for target in targets():
        text = target.generate()
        current = target.output.read_text(encoding="utf-8") if target.output.exists() else None
        if text != current:
            target.output.write_text(text, encoding="utf-8")
            written.append(target.output)
    return written


def main(argv: list[str] | None = None) -> int:
    """Build (default) or check the generated Qt modules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        if problems:
            print("run: python scripts/build_qt.py", file=sys.stderr)
            return 1
        print("generated Qt modules are up to date")
        return 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT).as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
