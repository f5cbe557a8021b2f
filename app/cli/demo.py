"""``demo --db PATH --dir DIR``: the till on the demo database, with the device simulators when available."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import open_till
from app.cli.till import NO_DISPLAY, has_display
from app.services.demo import DEMO_PINS, generate


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("demo", help="run the till on the demo shop")
    parser.add_argument("--db", type=Path, required=True, help="the demo database (made when missing)")
    parser.add_argument("--dir", type=Path, required=True, help="working folder for simulators and the print spool")
    parser.add_argument("--language", default="he", help="shop language when the database is made here")
    parser.set_defaults(func=run)


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
        print(f"made the demo database {db}; a member card to scan: {summary.first_card}")
    till = open_till(db)
    print("PINs: " + ", ".join(f"{name} {pin}" for name, (pin, _role) in DEMO_PINS.items()))
    # Qt is imported only by the commands that open a window, so the other commands run without it.
    from app.ui.launch import run_till  # noqa: PLC0415

    try:
        return run_till(till, db)
    finally:
        till.close()
