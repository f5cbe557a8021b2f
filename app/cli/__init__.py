"""Command registry: each sub-command is a module in this package with ``register(subparsers)``."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__

# Modules that add sub-commands; each defines ``register(subparsers)`` and sets ``func`` on its parser.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.demo_db",
    "app.cli.office",
    "app.cli.sync",
    "app.cli.till",
    "app.cli.demo",
    "app.cli.screenshots",
    "app.cli.translations",
)


def command_modules(argv: Sequence[str] | None = None, modules: Sequence[str] = COMMAND_MODULES) -> tuple[str, ...]:
    """The command modules to load: only the one named first on the command line (``demo-db`` lives in
    ``app.cli.demo_db``), so the till does not wait for the office's or the demo's imports; all of ``modules`` when
    the first word names none of them (help, a typo, an option's value)."""
    words = iter(argv or ())
    for word in words:
        if word == "--log-level":
            next(words, None)
        elif not word.startswith("-"):
            module = f"app.cli.{word.replace('-', '_')}"
            return (module,) if module in modules else tuple(modules)
    return tuple(modules)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kupa", description="Kupa point of sale")
    parser.add_argument("--version", action="version", version=f"kupa {__version__}")
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR")
    parser.add_argument("--self-check", action="store_true", help="sell one item on a throwaway till and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, modules: Sequence[str] = COMMAND_MODULES) -> int:
    # python-escpos caches printer capabilities in a new temporary directory per process unless told where.
    cache = os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path.home() / ".cache" / "kupa" / "escpos"))
    Path(cache).mkdir(parents=True, exist_ok=True)
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_modules(words, modules))
    args = parser.parse_args(words)
    # force: python-escpos configures the root logger when it is imported; ours wins.
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    if args.self_check:
        from app.cli.self_check import run_self_check  # noqa: PLC0415

        return run_self_check()
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    result: int = func(args)
    return result
