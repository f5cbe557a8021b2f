"""Till start: from spawning ``python -m app till`` (offscreen) to its window shown, on the demo database."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench import Result, median, scaled
from bench.data import demo_db, size, working_copy
from bench.till_process import bare_qt, till

TARGET_S = 2.0


def run(quick: bool) -> Result:
    """The limit it is compared with: a bare PySide6 process that makes a QApplication and shows one empty widget, timed
    the same way in the same run. Both run with compiled bytecode, as an installed till does (one warm-up run each
    writes it); the figure is the median of several starts.
    """
    runs = scaled(3 if quick else 7)
    result = Result("startup")
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kupa-bench-startup-") as tmp:
        db = working_copy(demo_db(size(quick)), Path(tmp))
        till(db)
        bare_qt()
        for _ in range(runs):
            ours.append(till(db).seconds)
            bare.append(bare_qt().seconds)
    ours_s, bare_s = median(ours), median(bare)
    ratio = ours_s / bare_s if bare_s else float("inf")
    result.add("starts (each)", runs, key="runs")
    result.add("till window ready p50", ours_s, "s", key="seconds")
    result.add("till window ready worst", max(ours), "s", key="worst_seconds")
    result.add("bare QApplication + widget p50", bare_s, "s", key="bare_seconds")
    result.add("ratio ours / bare (p50)", ratio, key="ratio")
    result.target("seconds", f"ready <= {TARGET_S:g} s", ours_s <= TARGET_S)
    return result
