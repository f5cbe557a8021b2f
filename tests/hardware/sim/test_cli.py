from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.printers.config import PrinterConfig, Transport
from hardware.printers.document import PrintDocument, Text
from hardware.printers.printer import ReceiptPrinter
from hardware.readers.ports import PortSpec
from hardware.readers.serial_reader import MagstripeFrames, SerialReader, SerialSettings
from hardware.scan import ReaderState, ReaderStatus, Scan

WAIT = 10.0
ROOT = Path(__file__).resolve().parents[3]


class Sim:
    """``python -m hardware.sim`` in a child process, its output lines in a queue."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hardware.sim", "--json", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()
        self.where = json.loads(self.lines.get(timeout=WAIT))

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(WAIT)
        self._pump_thread.join(WAIT)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    def expect(self, start: str) -> str:
        while True:
            line = self.lines.get(timeout=WAIT)
            if line.startswith(start):
                return line


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[Sim]:
    running = Sim("--out", str(tmp_path / "receipts"), "--paper", "58")
    yield running
    running.close()


def _reader(path: str, magstripe: bool = False) -> tuple[SerialReader, queue.Queue[Scan], queue.Queue[ReaderStatus]]:
    scans: queue.Queue[Scan] = queue.Queue()
    states: queue.Queue[ReaderStatus] = queue.Queue()
    reader = SerialReader(SerialSettings(PortSpec(device=path)), MagstripeFrames() if magstripe else None)
    reader.start(scans.put, states.put)
    while states.get(timeout=WAIT).state is not ReaderState.CONNECTED:
        pass
    return reader, scans, states


def test_the_demo_simulators_print_receipts_and_inject_scans(sim: Sim, tmp_path: Path) -> None:
    assert sim.where["paper_mm"] == 58 and sim.where["scanner"].startswith("/dev/")
    printer = ReceiptPrinter(PrinterConfig(Transport.NETWORK, sim.where["printer"], width_px=384))
    printer.print_document(PrintDocument((Text("Faleminderit!"),)), open_drawer=True)
    printed = sim.expect("printed ")
    assert printed.endswith("receipt-0001.png") and Path(printed.split()[1]).read_bytes().startswith(b"\x89PNG")
    assert sim.expect("drawer kick") == "drawer kick on pin 2 (100 ms)"

    reader, scans, _ = _reader(sim.where["scanner"])
    try:
        sim.send("4006381333931")
        assert scans.get(timeout=WAIT).text == "4006381333931"
        sim.send("garbage")
        sim.send("ABC-42")
        assert scans.get(timeout=WAIT).text == "ABC-42"
    finally:
        reader.stop()

    sim.send("paper out")
    assert sim.expect("paper") == "paper out"
    assert not printer.status().online
    sim.send("quit")
    assert sim.process.wait(WAIT) == 0


def test_swipes_and_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "scan.fifo"
    sim = Sim("--out", str(tmp_path), "--fifo", str(fifo))
    try:
        reader, scans, _ = _reader(sim.where["scanner"], magstripe=True)
        try:
            with fifo.open("w") as pipe:
                pipe.write("swipe 0400000012346 Gashi/Eriona\n")
            assert scans.get(timeout=WAIT).text == "0400000012346"
        finally:
            reader.stop()
        sim.send("unplug")
        assert sim.expect("scanner") == "scanner unplugged"
        sim.send("replug")
        assert sim.expect("scanner /dev/")
        sim.send("quit")
        assert sim.process.wait(WAIT) == 0
    finally:
        sim.close()


def test_commands_say_what_happened_and_never_crash(tmp_path: Path) -> None:
    from hardware.sim.cli import SimSession
    from hardware.sim.network_printer import VirtualNetworkPrinter
    from hardware.sim.scanner import VirtualScanner

    with VirtualNetworkPrinter() as printer, VirtualScanner() as scanner:
        session = SimSession(printer, scanner, tmp_path)
        assert session.run("cover open") == "cover open" and printer.state.cover_open
        assert session.run("paper sideways") == "unknown: paper sideways"
        assert session.run("unplug") == "scanner unplugged"
        assert session.run("4006381333931") == "could not send: The virtual serial port is unplugged."
        assert session.run("  ") == ""
        assert not session.stopped.is_set()
        assert session.run("quit") == "bye" and session.stopped.is_set()
