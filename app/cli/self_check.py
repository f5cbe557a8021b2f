"""``--self-check``: prove an installed till works (database, Qt, scanner, printer, decoders) and exit."""

from __future__ import annotations

import logging
import os


def run_self_check() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The report is the output; the till's own progress logs would only bury it.
    logging.getLogger().setLevel(logging.WARNING)
    from app.ui.self_check import run  # noqa: PLC0415 - Qt only for the commands that need it

    return run()
