"""Fail any test during which app or hardware logs a warning the test did not ask for."""

from __future__ import annotations

import logging

WATCHED = ("app", "hardware")


class WarningCollector(logging.Handler):
    """Collects WARNING and worse from our own loggers while a test runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def install(self) -> None:
        for name in WATCHED:
            logging.getLogger(name).addHandler(self)

    def uninstall(self) -> None:
        for name in WATCHED:
            logging.getLogger(name).removeHandler(self)
