"""``python -m hardware.sim``: runs a virtual receipt printer and serial scanner for the demo, and injects scans."""

from __future__ import annotations

import argparse
import json
import os
import signal
import stat
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import FrameType
from typing import TextIO

from hardware.errors import HardwareError
from hardware.sim.network_printer import Job, VirtualNetworkPrinter
from hardware.sim.scanner import VirtualScanner

HELP = """commands, one a line:
  <code>                 a barcode scan, e.g. 4006381333931
  swipe <number> [name]  a magstripe swipe (track 2, and track 1 when a name is given)
  garbage | partial <text>  line noise, or a frame that never ends
  unplug | replug        pull and re-insert the scanner (replug prints the new path)
  paper ok|low|out  cover open|closed  printer on|off
  help | quit"""


class SimSession:
    """The running simulators and the commands that drive them."""

    def __init__(self, printer: VirtualNetworkPrinter, scanner: VirtualScanner | None, out: Path) -> None:
        self.printer = printer
        self.scanner = scanner
        self.out = out
        self.stopped = threading.Event()
        self._saved = 0
        self._lock = threading.Lock()

    def save_job(self, job: Job) -> None:
        with self._lock:
            for receipt in job.receipts:
                self._saved += 1
                path = self.out / f"receipt-{self._saved:04d}.png"
                path.write_bytes(receipt.png(self.printer.width_px))
                print(f"printed {path}{'' if job.completed else ' (connection dropped)'}", flush=True)
            for pin, on, _off in job.drawer_kicks:
                print(f"drawer kick on pin {2 if pin == 0 else 5} ({on * 2} ms)", flush=True)

    def run(self, line: str) -> str:
        """Carry out one command and say what happened."""
        words = line.strip().split(maxsplit=1)
        if not words:
            return ""
        command, rest = words[0].lower(), (words[1] if len(words) > 1 else "")
        if command == "quit":
            self.stopped.set()
            return "bye"
        if command == "help":
            return HELP
        if command in ("paper", "cover", "printer"):
            return self._printer_command(command, rest.strip().lower())
        scanner = self.scanner
        if scanner is None:
            return "no scanner is running"
        try:
            if command == "swipe":
                number, _, name = rest.partition(" ")
                scanner.swipe(number, name=name or None)
                return "swiped"
            if command == "garbage":
                scanner.send_raw(os.urandom(12) + b"\r")
                return "sent line noise"
            if command == "partial":
                scanner.send_partial(rest or "40063")
                return "sent half a frame"
            if command == "unplug":
                scanner.unplug()
                return "scanner unplugged"
            if command == "replug":
                return f"scanner {scanner.replug()}"
            scanner.scan(line.strip())
            return "scanned"
        except (OSError, UnicodeEncodeError, HardwareError) as error:
            return f"could not send: {error}"

    def _printer_command(self, what: str, value: str) -> str:
        state = self.printer.state
        if what == "paper" and value in ("ok", "low", "out"):
            state.paper_low, state.paper_out = value == "low", value == "out"
        elif what == "cover" and value in ("open", "closed"):
            state.cover_open = value == "open"
        elif what == "printer" and value in ("on", "off"):
            (self.printer.power_on if value == "on" else self.printer.power_off)()
        else:
            return f"unknown: {what} {value}"
        return f"{what} {value}"

    def serve(self, lines: Iterable[str]) -> None:
        for line in lines:
            reply = self.run(line)
            if reply:
                print(reply, flush=True)
            if self.stopped.is_set():
                return


def _make_fifo(path: Path) -> None:
    if not path.exists():
        os.mkfifo(path)
    elif not stat.S_ISFIFO(path.stat().st_mode):
        raise SystemExit(f"{path} exists and is not a named pipe")


def _fifo_lines(path: Path) -> Iterable[str]:
    fd = os.open(path, os.O_RDWR)  # read-write: no end of file when a writer goes away
    with os.fdopen(fd, "r", encoding="utf-8") as pipe:
        yield from pipe


def _reader(session: SimSession, lines: Iterable[str]) -> threading.Thread:
    thread = threading.Thread(target=session.serve, args=(lines,), daemon=True)
    thread.start()
    return thread


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hardware.sim", description=__doc__, epilog=HELP,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--host", default="127.0.0.1", help="printer address to listen on")
    parser.add_argument("--port", type=int, default=0, help="printer port (0: any free port; real printers: 9100)")
    parser.add_argument("--paper", type=int, choices=(58, 80), default=80, help="paper width in mm")
    parser.add_argument("--out", type=Path, default=Path("var/sim/receipts"), help="where receipt PNGs go")
    parser.add_argument("--no-scanner", action="store_true", help="run the printer only")
    parser.add_argument("--fifo", type=Path, help="also read commands from this named pipe")
    parser.add_argument("--json", action="store_true", help="print where things listen as one JSON line")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.fifo:
        _make_fifo(args.fifo)
    printer = VirtualNetworkPrinter(host=args.host, port=args.port, width_px=384 if args.paper == 58 else 576)
    scanner = None if args.no_scanner else VirtualScanner()
    session = SimSession(printer, scanner, args.out)
    printer.on_job = session.save_job
    printer.start()
    where = {"printer": printer.address, "paper_mm": args.paper, "receipts": str(args.out)}
    if scanner is not None:
        where["scanner"] = scanner.path
    if args.fifo:
        where["fifo"] = str(args.fifo)
    if args.json:
        print(json.dumps(where), flush=True)
    else:
        print(f"printer {printer.address} ({args.paper} mm), receipts saved in {args.out}", flush=True)
        if scanner is not None:
            print(f"scanner {scanner.path} (serial, CR suffix)", flush=True)
        if args.fifo:
            print(f"commands are also read from {args.fifo}", flush=True)
        print("type 'help' for commands", flush=True)

    def stop(signum: int, frame: FrameType | None) -> None:
        session.stopped.set()

    signal.signal(signal.SIGTERM, stop)
    _reader(session, stdin or sys.stdin)
    if args.fifo:
        _reader(session, _fifo_lines(args.fifo))
    try:
        session.stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
        if scanner is not None:
            scanner.close()
    return 0
