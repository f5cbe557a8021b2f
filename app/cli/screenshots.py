"""``screenshots DIR``: render the till's main screens offscreen in each shop language to PNG files."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("screenshots", help="render the till screens to PNG")
    parser.add_argument("dir", type=Path, help="where to write <language>-<screen>.png")
    parser.add_argument("--languages", default="en,he,ka,sq", help="comma-separated shop languages (default: all four)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt is imported only by the commands that open a window, so the other commands run without it.
    from app.ui.screenshots import render  # noqa: PLC0415

    languages = tuple(lang.strip() for lang in str(args.languages).split(",") if lang.strip())
    saved = render(args.dir, languages)
    for path in saved:
        print(path)
    return 0
