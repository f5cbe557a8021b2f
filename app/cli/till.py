"""``till --db PATH``: run the till window on a till database."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.bootstrap import NotSetUp, load_context, open_database, open_till


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("till", help="run the till window")
    parser.add_argument("--db", type=Path, default=default_database(), help="the till database (default: %(default)s)")
    parser.add_argument("--language", help="the setup wizard's language on a first run (default: the desktop's)")
    parser.set_defaults(func=run)


def default_database() -> Path:
    """``$KUPA_DB``, else ``kupa.db`` in the user's data folder (``~/.local/share/kupa``)."""
    if os.environ.get("KUPA_DB"):
        return Path(os.environ["KUPA_DB"])
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "kupa" / "kupa.db"


def is_set_up(path: Path) -> bool:
    if not path.exists():
        return False
    engine, uow = open_database(path)
    try:
        load_context(uow)
    except NotSetUp:
        return False
    finally:
        engine.dispose()
    return True


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
    if not is_set_up(path):
        # The first run on this computer: the wizard sets the till up, then the till opens at its login.
        from app.ui.setup.launch import run_setup_wizard  # noqa: PLC0415

        if not run_setup_wizard(path, args.language):
            print(f"the till was not set up; {path} is unchanged", file=sys.stderr)
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
