"""Peak memory of the till with the demo db through one sale (five items and a member card, paid in cash)."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from bench import Result, smoke
from bench.data import demo_db, size, working_copy
from bench.till_process import bare_qt, till

TARGET_MIB = 250.0


def run(quick: bool) -> Result:
    """The till runs as its own process (``python -m app till``, offscreen) and reports its peak resident set
    (``ru_maxrss``) after the sale; the limit it is compared with is the same figure of a bare PySide6 process showing
    one empty widget, in the same run.
    """
    source = demo_db(size(quick))
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as probe:
        codes = [r[0] for r in probe.execute("SELECT code FROM barcode ORDER BY code LIMIT 5")]
        codes += [r[0] for r in probe.execute("SELECT number FROM card WHERE kind = 'member' ORDER BY number LIMIT 1")]
    result = Result("rss")
    bare_qt()
    runs = 1 if smoke() else 2
    bare = max(bare_qt().peak_mib for _ in range(runs))
    with tempfile.TemporaryDirectory(prefix="kupa-bench-rss-") as tmp:
        db = working_copy(source, Path(tmp))
        at_start = till(db).peak_mib
        ours = max(till(db, codes).peak_mib for _ in range(runs))
    ratio = ours / bare if bare else float("inf")
    result.add("till peak, window shown", at_start, "MiB", key="start_mib")
    result.add("till peak, through a sale", ours, "MiB", key="peak_mib")
    result.add("bare QApplication + widget peak", bare, "MiB", key="bare_mib")
    result.add("ratio ours / bare", ratio, key="ratio")
    result.target("peak_mib", f"peak <= {TARGET_MIB:g} MiB", ours <= TARGET_MIB)
    return result
