"""``--self-check``: a throwaway till sells on the simulators; a step that does not happen fails it by name."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.self_check import CheckFailed, check_till
from hardware.sim.network_printer import VirtualNetworkPrinter
from hardware.sim.scanner import VirtualScanner

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_check_sells_and_reports_from_the_source_tree(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("kupa self-check (source)")
    assert "sale: receipt S1-T1-000001, total 12.50 ILS, in the database" in lines
    assert any(line.startswith("printer: receipt of ") for line in lines)
    assert lines[-1].startswith("self-check passed in ")


def test_a_printer_that_is_off_fails_the_check_and_says_what_did_not_happen(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[str] = []
    with VirtualNetworkPrinter() as printer, VirtualScanner(suffix=b"\r") as scanner:
        printer.power_off()
        with caplog.at_level(logging.WARNING), pytest.raises(CheckFailed) as failed:
            check_till(tmp_path, printer, scanner, reported.append, timeout_s=3.0)
    assert str(failed.value) == "timed out waiting for the receipt at the printer"
    assert any(line.startswith("scanner: 7290000000015") for line in reported)
    assert not any(line.startswith("sale:") for line in reported)
    assert any(record.name.startswith("app.") for record in caplog.records if record.levelno >= logging.WARNING)
