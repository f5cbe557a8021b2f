"""The Qt application for the till: one QApplication, the theme, translations and the layout direction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.translations import compiled
from app.ui.window import apply_direction

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


def use_language(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Kupa's translations for the language (when they exist) and set the direction."""
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = compiled(language)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
    apply_direction(language)
    log.info("language %s, %d translation files", language, len(installed))
    return installed
