"""The command line loads only the command it runs (the till starts without the office's web stack)."""

from __future__ import annotations

from app.cli import COMMAND_MODULES, command_modules


def test_the_command_named_is_the_only_module_loaded() -> None:
    assert command_modules(["till", "--db", "kupa.db"]) == ("app.cli.till",)
    assert command_modules(["--log-level", "WARNING", "demo-db", "x.db"]) == ("app.cli.demo_db",)


def test_help_or_an_unknown_word_loads_every_command() -> None:
    assert command_modules([]) == COMMAND_MODULES
    assert command_modules(["--help"]) == COMMAND_MODULES
    assert command_modules(["tll"]) == COMMAND_MODULES
