"""``till --db PATH``: run the till window on a till database."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import NotSetUp, open_till


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("till", help="run the till window")
    parser.add_argument("--db", type=Path, required=True, help="the till database")
    parser.set_defaults(func=run)


def has_display() -> bool:
    """True when a window can be shown: an X or Wayland display, or a Qt platform chosen explicitly."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


NO_DISPLAY = (
    "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run the till in a desktop session, or set "
    "QT_QPA_PLATFORM (for example QT_QPA_PLATFORM=offscreen or vnc) to run it without one."
)


def run(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    path: Path = args.db
    if not path.exists():
        print(f"{path} does not exist (make one with: python -m app demo-db {path})", file=sys.stderr)
        return 1
    try:
        till = open_till(path)
    except NotSetUp as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    # Qt is imported only by the commands that open a window, so the other commands run without it.
    from app.ui.launch import run_till  # noqa: PLC0415

    try:
        return run_till(till, path)
    finally:
        till.close()
