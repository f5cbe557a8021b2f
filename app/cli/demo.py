"""``demo --db PATH --dir DIR``: the till on the demo shop, with a virtual receipt printer and serial scanner.

Receipts the virtual printer prints are saved as PNG pictures in ``DIR/receipts``; scans and swipes are sent to
the virtual scanner by writing lines to the named pipe ``DIR/scanner`` (``echo 7290000000015 > DIR/scanner``,
``echo swipe 0400000000015 > DIR/scanner``; ``help`` lists the rest, such as ``printer off`` and ``paper out``).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.bootstrap import open_till
from app.cli.till import NO_DISPLAY, has_display
from app.services.demo import DEMO_PINS, generate


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("demo", help="run the till on the demo shop")
    parser.add_argument("--db", type=Path, required=True, help="the demo database (made when missing)")
    parser.add_argument("--dir", type=Path, required=True, help="working folder: receipts, scanner pipe, spool")
    parser.add_argument("--language", default="he", help="shop language when the database is made here")
    parser.add_argument("--no-devices", action="store_true", help="no simulators: keyboard wedge only")
    parser.set_defaults(func=run)


def _pipe_lines(path: Path) -> Iterator[str]:
    if path.exists() and not stat.S_ISFIFO(path.stat().st_mode):
        raise SystemExit(f"{path} exists and is not a named pipe")
    if not path.exists():
        os.mkfifo(path)
    # Opened here, before the caller announces the pipe: a generator body would only run once the reader
    # thread got to it, and an early ``echo > pipe`` would make a plain file instead.
    fd = os.open(path, os.O_RDWR)  # read-write: no end of file when a writer goes away
    return _lines(fd)


def _lines(fd: int) -> Iterator[str]:
    with os.fdopen(fd, "r", encoding="utf-8") as pipe:
        yield from pipe


def run(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    db: Path = args.db
    work: Path = args.dir
    work.mkdir(parents=True, exist_ok=True)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        summary = generate(db, products=2000, members=5000, language=args.language)
        print(f"made the demo database {db}; a member card to scan: {summary.first_card}", flush=True)
    till = open_till(db)
    print("PINs: " + ", ".join(f"{name} {pin}" for name, (pin, _role) in DEMO_PINS.items()), flush=True)
    # Qt and the simulators are imported only by the commands that use them.
    from app.services.devices import DeviceConfig, scanner_settings  # noqa: PLC0415
    from app.ui.launch import run_till  # noqa: PLC0415
    from app.ui.wiring import build_deps  # noqa: PLC0415
    from hardware.printers.config import PrinterConfig  # noqa: PLC0415
    from hardware.sim.cli import SimSession  # noqa: PLC0415
    from hardware.sim.network_printer import VirtualNetworkPrinter  # noqa: PLC0415
    from hardware.sim.scanner import VirtualScanner  # noqa: PLC0415

    if args.no_devices:
        try:
            return run_till(till, db, build_deps(till, devices=DeviceConfig()))
        finally:
            till.close()
    receipts = work / "receipts"
    receipts.mkdir(exist_ok=True)
    printer = VirtualNetworkPrinter().start()
    scanner = VirtualScanner(suffix=b"\r")
    session = SimSession(printer, scanner, receipts)
    printer.on_job = session.save_job
    pipe = work / "scanner"
    threading.Thread(target=session.serve, args=(_pipe_lines(pipe),), name="demo scanner pipe", daemon=True).start()
    devices = DeviceConfig(
        printer=PrinterConfig.from_mapping(
            {"transport": "network", "address": printer.address, "name": "demo printer"}
        ),
        scanners=(scanner_settings({"port": scanner.path, "name": "demo scanner", "suffix": "\r"}),),
    )
    # Flushed: a script reading the demo through a pipe waits for these lines (stdout is block-buffered there).
    print(f"virtual printer {printer.address}: receipts are saved as pictures in {receipts}", flush=True)
    print(f"virtual scanner {scanner.path}: echo 7290000000015 > {pipe}  (or: swipe <card number>, help)", flush=True)
    try:
        return run_till(till, db, build_deps(till, devices=devices))
    finally:
        printer.stop()
        scanner.close()
        till.close()
