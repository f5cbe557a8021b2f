"""Run the setup wizard on a till database that does not exist yet (or has no shop), in the right language."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.application import application, use_language
from app.ui.bridges.setup import SetupBridge
from app.ui.setup.pages import LANGUAGE_NAMES
from app.ui.setup.wizard import SetupWizard

ICON = Path(__file__).resolve().parents[3] / "resources" / "icons" / "kupa.png"


def system_language() -> str:
    """The desktop's language when the till speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGE_NAMES else "en"


class LanguageSwitch:
    """Swaps the application's translators (and direction) when the wizard's language changes."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        self.clear()
        self._installed = use_language(self._app, language)

    def clear(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []


def bundled_icon() -> QIcon:
    """Kupa's icon from the source tree or from the bundle's copy."""
    frozen = getattr(sys, "_MEIPASS", None)
    path = Path(frozen) / "resources" / "icons" / "kupa.png" if frozen else ICON
    return QIcon(str(path))


def run_setup_wizard(db_path: Path, language: str | None = None) -> bool:
    """Show the wizard until the till is set up (True) or the person leaves it (False)."""
    app = application(sys.argv[:1])
    app.setWindowIcon(bundled_icon())
    chosen = language or system_language()
    switch = LanguageSwitch(app)
    switch.use(chosen)
    wizard = SetupWizard(SetupBridge(db_path), chosen)
    wizard.language_chosen.connect(switch.use)
    try:
        return wizard.exec() == QDialog.DialogCode.Accepted and wizard.configured
    finally:
        switch.clear()
        wizard.deleteLater()
