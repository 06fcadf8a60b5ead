"""``kill -9`` while exports are being written: never a partial final file, temp files swept,
every file created owner-only (0600) whatever the umask."""

from __future__ import annotations

import io
import json
import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pmo_desktop.fileio import TEMP_MARKER, sweep_temp_files
from pmo_desktop.reports.pdf.common import build_pdf, paras, styles, write_pdf
from pmo_desktop.reports.tables import read_csv_rows, write_csv
from pmo_desktop.services.transfer import export_json, export_json_bytes
from pmo_desktop.services.workspace import Portfolio, open_portfolio

KILLS_PER_KIND = 25
CSV_ROWS = 4000


def _csv_rows(generation: int) -> list[list[str]]:
    return [
        [str(generation), f"=cmd|' /C calc'!A{i}", f"Person {i} «ü» 名前", "x" * 40]
        for i in range(CSV_ROWS)
    ]


def _write_csv(out: Path, generation: int) -> None:
    write_csv(out, ["generation", "formula", "name", "pad"], _csv_rows(generation))


def _check_csv(data: bytes) -> None:
    rows = read_csv_rows(data)
    generation = int(rows[1][0])
    assert rows[0] == ["generation", "formula", "name", "pad"]
    expected = _csv_rows(generation)
    assert [[r[0], r[1].removeprefix("'"), r[2], r[3]] for r in rows[1:]] == expected


def _pdf_story(generation: int) -> list[object]:
    body = styles()["body"]
    text = "\n".join(f"Line {i} of generation {generation}: <b>&amp; «ü»" for i in range(120))
    return [*paras(text, body)]


def _write_pdf(out: Path, generation: int) -> None:
    write_pdf(out, build_pdf(_pdf_story(generation), title=f"Generation {generation}"))  # type: ignore[arg-type]


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) >= 2
    assert "Line 0 of generation" in reader.pages[0].extract_text()


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Portfolio:
    file = tmp_path_factory.mktemp("export") / "p.sqlite"
    portfolio = open_portfolio(file)
    with portfolio.engine.begin() as conn:
        for i in range(800):
            conn.exec_driver_sql(
                "INSERT INTO client (name, notes) VALUES (?, ?)", (f"Client {i}", "notes " * 50)
            )
    return portfolio


def _kill_loop(
    folder: Path,
    out: Path,
    write: Callable[[Path, int], None],
    check: Callable[[bytes], None],
    in_child: Callable[[], None] = lambda: None,
) -> int:
    """Fork writers of ``out`` and kill them at random; return how many finished files were seen."""
    rng = random.Random(out.name)
    write(out, 0)  # warm-up: fonts registered, modules imported before the forks
    started = time.perf_counter()
    write(out, 0)
    one_write = time.perf_counter() - started
    out.unlink()
    complete = 0
    swept: list[Path] = []
    for round_no in range(KILLS_PER_KIND):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                os.close(read_fd)
                os.umask(0o022)  # a lax umask: the export must still be private
                in_child()
                generation = round_no * 1000
                while True:
                    generation += 1
                    write(out, generation)
                    os.write(write_fd, b".")  # one more file finished
            except BaseException:
                status = 3
            finally:
                os._exit(status)
        os.close(write_fd)
        if round_no % 2 and select.select([read_fd], [], [], 30)[0]:
            os.read(read_fd, 1)  # every other kill lands after at least one finished file
        time.sleep(rng.uniform(0, 2.5 * one_write))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        os.close(read_fd)
        assert os.WIFSIGNALED(status), f"the writer ended by itself ({status})"
        if out.exists():
            check(out.read_bytes())  # whole and valid, never a prefix
            assert out.stat().st_mode & 0o777 == 0o600
            complete += 1
        for leftover in folder.iterdir():
            assert leftover == out or TEMP_MARKER in leftover.name
            assert leftover.stat().st_mode & 0o777 == 0o600, leftover
        swept.extend(sweep_temp_files(folder))
        assert [p for p in folder.iterdir() if p != out] == []
    print(f"{out.name}: {complete} finished files checked, {len(swept)} temp files swept")
    return complete


@pytest.mark.parametrize("kind", ["json", "csv", "pdf"])
def test_kill_9_during_an_export_never_leaves_a_partial_file(
    tmp_path: Path, filled: Portfolio, kind: str
) -> None:
    out = tmp_path / f"export.{kind}"
    if kind == "json":
        expected = export_json_bytes(filled)

        def write(path: Path, _generation: int) -> None:
            export_json(filled, path)

        def check(data: bytes) -> None:
            assert data == expected
            json.loads(data)

        def forget_parent_connections() -> None:
            filled.engine.dispose(close=False)  # SQLAlchemy's recipe for a forked child

        complete = _kill_loop(tmp_path, out, write, check, forget_parent_connections)
    elif kind == "csv":
        complete = _kill_loop(tmp_path, out, _write_csv, _check_csv)
    else:
        complete = _kill_loop(tmp_path, out, _write_pdf, _check_pdf)
    assert complete > 0  # some kills came after a finished file, so the check did run
