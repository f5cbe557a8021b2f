"""The demo's scanner pipe: it exists the moment the demo announces it, so an early write reaches the till."""

from __future__ import annotations

import stat
from pathlib import Path

from app.cli.demo import _pipe_lines


def test_the_scanner_pipe_is_made_before_anyone_reads_it(tmp_path: Path) -> None:
    pipe = tmp_path / "scanner"
    lines = _pipe_lines(pipe)
    try:
        assert stat.S_ISFIFO(pipe.stat().st_mode), "a write now would make a plain file the till never reads"
        with pipe.open("w", encoding="utf-8") as writer:
            writer.write("7290000000015\n")
        assert next(lines) == "7290000000015\n"
    finally:
        lines.close()
