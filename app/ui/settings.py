"""Where the till window keeps its own preferences (dialog geometry): an INI file beside the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

_PROPERTY = "kupa_ui_settings"


def use_settings_file(path: Path) -> None:
    """Keep window preferences in ``path`` (one file per till database, so tests never share one)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(_PROPERTY, str(path))


def ui_settings() -> QSettings:
    app = QCoreApplication.instance()
    path = app.property(_PROPERTY) if app is not None else None
    if path:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kupa", "till")
