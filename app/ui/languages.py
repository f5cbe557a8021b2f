"""The language the till's screens speak: Qt's and Kupa's translators, the layout direction, the till's choice."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.formatting import ShopFormat
from app.ui.settings import ui_settings
from app.ui.translations import LANGUAGES, compiled

log = logging.getLogger(__name__)

_SETTING = "screen/language"
_installed: list[QTranslator] = []
_current: list[str] = []


def apply_direction(language: str) -> None:
    """Right-to-left layout for Hebrew (and other RTL languages); numbers stay left-to-right by themselves."""
    fmt_rtl = ShopFormat(language, "USD", "UTC").right_to_left
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if fmt_rtl else Qt.LayoutDirection.LeftToRight)


def use_language(app: QApplication, language: str) -> list[QTranslator]:
    """Speak ``language`` from now on: the translators of the previous language go, Qt's own and Kupa's for
    this one (when they exist) come in, and the layout direction follows. Widgets made afterwards use it."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = compiled(language)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            _installed.append(translator)
    apply_direction(language)
    _current[:] = [language]
    log.info("language %s, %d translation files", language, len(_installed))
    return list(_installed)


def screen_language() -> str | None:
    """The language ``use_language`` last set, or None before any was."""
    return _current[0] if _current else None


def remembered_language() -> str | None:
    """The screen language last chosen at login on this till, if it is one the till speaks."""
    value = ui_settings().value(_SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def remember_language(language: str) -> None:
    settings = ui_settings()
    settings.setValue(_SETTING, language)
    settings.sync()
