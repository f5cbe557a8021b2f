"""Run the setup wizard on a till database that does not exist yet (or has no shop), in the right language."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog

from app.resources import icon_path
from app.ui.application import application
from app.ui.bridges.setup import SetupBridge
from app.ui.languages import use_language
from app.ui.setup.wizard import SetupWizard
from app.ui.translations import LANGUAGES


def system_language() -> str:
    """The desktop's language when the till speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def run_setup_wizard(db_path: Path, language: str | None = None) -> bool:
    """Show the wizard until the till is set up (True) or the person leaves it (False)."""
    app = application(sys.argv[:1])
    app.setWindowIcon(QIcon(str(icon_path())))
    chosen = language or system_language()
    use_language(app, chosen)
    wizard = SetupWizard(SetupBridge(db_path), chosen)
    wizard.language_chosen.connect(lambda picked: use_language(app, picked))
    try:
        return wizard.exec() == QDialog.DialogCode.Accepted and wizard.configured
    finally:
        wizard.deleteLater()
