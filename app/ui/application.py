"""The Qt application for the till: one QApplication, the theme, translations and the layout direction."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.languages import use_language

__all__ = ["application", "use_language"]

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, made (and themed) on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv or ["kupa"])
        app.setApplicationName("Kupa")
        app.setOrganizationName("Kupa")
    theme.apply(app)
    return app
