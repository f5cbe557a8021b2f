"""SetupWizard: the first run of a till asks for the shop, its devices, the office and the first manager."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.services.first_run import DEFAULTS, OfficeKind, PrinterKind, ReaderKind, TillSetup
from app.ui.bridges.setup import SetupBridge
from app.ui.setup.pages import ManagerPage, OfficePage, PrinterPage, ReadersPage, SetupPage, ShopPage, suggest

log = logging.getLogger(__name__)

# Which page a refusal belongs to, so the wizard can go back there and say what is wrong.
REASON_SECTION = {
    "shop_name": "shop",
    "currency": "shop",
    "timezone": "shop",
    "printer_address": "printer",
    "reader_port": "readers",
    "camera_index": "readers",
    "office_url": "office",
    "office_code": "office",
    "office_refused": "office",
    "office_unreachable": "office",
}


class SetupWizard(QWizard):
    """Keyboard first: Enter goes on, Alt with the underlined letter picks a choice, Esc leaves.

    ``language_chosen`` asks the application to switch language; the wizard follows the LanguageChange event.
    """

    language_chosen = Signal(str)

    def __init__(self, bridge: SetupBridge, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setMinimumSize(720, 520)
        self.bridge = bridge
        self.configured = False
        self.applying = False
        self.shop = ShopPage(language, self)
        self.printer = PrinterPage(self)
        self.readers = ReadersPage(self)
        self.office = OfficePage(self)
        self.manager = ManagerPage(self)
        self.sections: dict[str, SetupPage] = {
            "shop": self.shop,
            "printer": self.printer,
            "readers": self.readers,
            "office": self.office,
            "manager": self.manager,
        }
        for page in self.sections.values():
            self.addPage(page)
        self._choose_defaults(language)
        ports = bridge.serial_ports()
        suggest(self.readers.address, ports)
        suggest(self.printer.address, ports)
        self.shop.language_chosen.connect(self._on_shop_language_chosen)
        bridge.finished.connect(self._on_bridge_finished)
        bridge.refused.connect(self._on_bridge_refused)
        bridge.busy_changed.connect(self._on_bridge_busy_changed)
        self.retranslate()

    def _choose_defaults(self, language: str) -> None:
        currency, timezone = DEFAULTS.get(language, DEFAULTS["en"])
        self.shop.currency.setCurrentText(currency)
        self.shop.timezone.setCurrentText(timezone)

    def setup(self) -> TillSetup:
        """The choices as they stand."""
        return TillSetup(
            shop_name=self.shop.name.text(),
            language=self.shop.chosen_language(),
            currency=self.shop.currency.currentText(),
            timezone=self.shop.timezone.currentText().strip(),
            manager_name=self.manager.name.text(),
            manager_pin=self.manager.pin.text(),
            printer=PrinterKind(self.printer.kind.value()),
            printer_address=self.printer.address.text(),
            paper_mm=int(self.printer.paper.currentData()),
            reader=ReaderKind(self.readers.kind.value()),
            reader_address=self.readers.address.text(),
            office=OfficeKind(self.office.kind.value()),
            office_url=self.office.url.text(),
            office_code=self.office.code.text(),
        )

    def section_of(self, page: object) -> str:
        return next(name for name, candidate in self.sections.items() if candidate is page)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        page = self.currentPage()
        if not isinstance(page, SetupPage):
            return True
        page.show_problem("")
        problem = self.bridge.problem(self.setup(), self.section_of(page))
        if problem is not None:
            page.show_problem(self.describe(*problem))
            return False
        if page is self.manager:
            if self.manager.pin.text() != self.manager.again.text():
                page.show_problem(self.tr("The two PINs differ; type the same PIN twice."))
                self.manager.again.selectAll()
                self.manager.again.setFocus()
                return False
            if not self.configured:
                if not self.applying:  # Enter pressed again while the till is being set up starts nothing
                    self.applying = True
                    self.bridge.apply(self.setup())
                return False
        return True

    def describe(self, reason: str, detail: str) -> str:
        """What a refusal means, in the wizard's language (details from devices and the office are added)."""
        texts = {
            "shop_name": self.tr("Give the shop a name."),
            "currency": self.tr("Choose a currency from the list."),
            "timezone": self.tr("There is no time zone called %1.").replace("%1", self.shop.timezone.currentText()),
            "printer_address": self.tr("The till cannot use that printer address."),
            "reader_port": self.tr("Type the scanner's serial port, like /dev/ttyACM0."),
            "camera_index": self.tr("A camera is chosen by its number: 0 is the first camera."),
            "office_url": self.tr("The office address starts with http:// or https://."),
            "office_code": self.tr("Type the one-time code the office gave you."),
            "office_refused": self.tr("The office refused the registration."),
            "office_unreachable": self.tr("The office did not answer. Check the address, or choose no office."),
            "manager_name": self.tr("Give the manager a name."),
            "pin": self.tr("A PIN is 4 to 12 digits."),
            "exists": self.tr("This database already holds a till."),
        }
        text = texts.get(reason, self.tr("The till could not be set up."))
        passes_detail = reason in ("printer_address", "office_refused", "office_unreachable", "failed")
        return f"{text}\n{detail}" if passes_detail and detail else text

    def _on_shop_language_chosen(self, language: str) -> None:
        self._choose_defaults(language)
        self.language_chosen.emit(language)

    def _on_bridge_finished(self, _path: str) -> None:
        self.applying = False
        self.configured = True
        self.accept()

    def _on_bridge_refused(self, reason: str, detail: str) -> None:
        log.info("setup refused: %s", reason)
        self.applying = False
        section = REASON_SECTION.get(reason, "manager")
        target = self.sections[section]
        while self.currentPage() is not target and self.currentId() > self.pageIds()[0]:
            self.back()
        target.show_problem(self.describe(reason, detail))

    def _on_bridge_busy_changed(self, busy: bool) -> None:
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(button).setEnabled(not busy)
        self.manager.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kupa: set up this till"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Set up the till"))
        for page in self.sections.values():
            page.retranslate()
