"""Start the till window on an opened till and run the event loop until the window closes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon

from app.bootstrap import Till
from app.resources import icon_path
from app.ui.application import application
from app.ui.languages import remembered_language, use_language
from app.ui.settings import use_settings_file
from app.ui.window import TillWindow
from app.ui.wiring import TillDeps, build_deps


def run_till(
    till: Till, db_path: Path, deps: TillDeps | None = None, *, on_ready: Callable[[TillWindow], None] | None = None
) -> int:
    """Show the till window and run until it closes; ``on_ready`` is called once the event loop has shown it."""
    app = application(sys.argv[:1])
    app.setWindowIcon(QIcon(str(icon_path())))
    use_settings_file(db_path.with_suffix(".ui.ini"))
    use_language(app, remembered_language() or till.context.language)
    window = TillWindow(deps or build_deps(till))
    window.show()
    till.sync.start()
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(window))
    try:
        return int(app.exec())
    finally:
        till.sync.stop(timeout=5.0)
