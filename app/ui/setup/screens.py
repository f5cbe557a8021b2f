"""The setup wizard's pages rendered offscreen to PNG (``<language>-setup-<page>.png``) for the screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.first_run import PrinterKind, ReaderKind
from app.ui.application import application
from app.ui.bridges.setup import SetupBridge
from app.ui.languages import use_language
from app.ui.setup.wizard import SetupWizard

SAMPLE_NAMES = {"he": "מכולת השכונה", "ka": "კუთხის მაღაზია", "sq": "Dyqani i Lagjes"}


def render_wizard(out_dir: Path, language: str, work_dir: Path) -> list[Path]:
    app = application(["kupa-screenshots"])
    use_language(app, language)
    wizard = SetupWizard(SetupBridge(work_dir / f"wizard-{language}.db"), language)
    wizard.resize(760, 560)
    wizard.shop.name.setText(SAMPLE_NAMES.get(language, "Corner Shop"))
    wizard.printer.kind.choose(PrinterKind.NETWORK.value)
    wizard.printer.address.setText("192.168.1.50:9100")
    wizard.readers.kind.choose(ReaderKind.SERIAL.value)
    wizard.readers.address.setText("/dev/ttyACM0")
    wizard.manager.name.setText("Dana")
    wizard.manager.pin.setText("2468")
    wizard.manager.again.setText("2486")
    saved: list[Path] = []
    try:
        wizard.show()
        for section in wizard.sections:
            QCoreApplication.processEvents()
            if section == "manager":
                wizard.validateCurrentPage()  # the two PINs differ: the page says so
            path = out_dir / f"{language}-setup-{section}.png"
            wizard.grab().save(str(path), "PNG")
            saved.append(path)
            wizard.next()
    finally:
        wizard.close()
        wizard.deleteLater()
        use_language(app, "en")
        QCoreApplication.processEvents()
    return saved
