"""Entry point of the bundled till: ``kupa`` opens the till (the setup wizard first on a new machine)."""

from __future__ import annotations

import sys

from app.cli import main

# The bundle carries the till's own commands; the head office runs from a source install.
TILL_COMMANDS = ("app.cli.till", "app.cli.sync", "app.cli.demo_db", "app.cli.demo")
NO_DEFAULT = ("-h", "--help", "--version", "--self-check")


def bundle_argv(argv: list[str]) -> list[str]:
    """The arguments with ``till`` put after the global options when no command was named, so that a plain
    ``kupa`` (or ``kupa --db shop.db``) opens the till."""
    if any(arg in NO_DEFAULT for arg in argv):
        return argv
    start = 0
    while start < len(argv) and argv[start].startswith("--log-level"):
        start += 1 if "=" in argv[start] else 2
    if start < len(argv) and not argv[start].startswith("-"):
        return argv  # a command is named
    return [*argv[:start], "till", *argv[start:]]


if __name__ == "__main__":
    sys.exit(main(bundle_argv(sys.argv[1:]), modules=TILL_COMMANDS))
