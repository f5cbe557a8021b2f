"""The benchmarks run end to end and print what they promise: a table, then one JSON object on the last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench import SMOKE_ENV
from bench.__main__ import BENCHMARKS

ROOT = Path(__file__).resolve().parents[2]


def run_bench(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bench ARGS`` on the smallest data (a smoke run: the figures mean nothing, the shape does)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), SMOKE_ENV: "1", "KUPA_BENCH_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "bench", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
        check=False,
    )


def check_figures(name: str, payload: Any) -> None:
    assert isinstance(payload, dict)
    assert payload["name"] == name
    met = payload["targets_met"]
    assert isinstance(met, dict) and met, f"{name} states no target"
    assert all(isinstance(ok, bool) for ok in met.values())
    figures = {k: v for k, v in payload.items() if k not in ("name", "targets_met")}
    assert figures, f"{name} reports no figure"
    for key, value in figures.items():
        assert isinstance(value, int | float) and not isinstance(value, bool), (name, key, value)


@pytest.mark.slow
@pytest.mark.postgres
def test_all_prints_every_table_then_one_object_of_every_benchmark(tmp_path: Path) -> None:
    result = run_bench(tmp_path, "all", "--quick", "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    for name in BENCHMARKS:
        assert f"== {name}" in lines
    found = json.loads(lines[-1])
    assert set(found) == set(BENCHMARKS)
    for name, payload in found.items():
        check_figures(name, payload)
    for line in lines[:-1]:
        assert not line.startswith("{"), "only the last line is JSON"


@pytest.mark.slow
def test_one_benchmark_prints_its_own_object_last(tmp_path: Path) -> None:
    result = run_bench(tmp_path, "scan", "--quick", "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "== scan"
    payload = json.loads(lines[-1])
    check_figures("scan", payload)
    assert {"p50_ms", "p99_ms", "raw_p50_ms", "ratio"} <= set(payload)
    assert set(payload["targets_met"]) == {"p99_ms", "ratio"}
