"""The first-run wizard, driven with the keyboard on a temporary folder; the till then opens on what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from app.bootstrap import open_till
from app.services.devices import load_devices
from app.ui.application import application
from app.ui.bridges.setup import SetupBridge
from app.ui.languages import apply_direction, use_language
from app.ui.setup.wizard import SetupWizard
from app.ui.window import TillWindow
from app.ui.wiring import build_deps
from hardware.printers.config import Transport
from hardware.sim.network_printer import VirtualNetworkPrinter
from hardware.sim.scanner import VirtualScanner

TIMEOUT = 10_000


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> SetupWizard:
    apply_direction("en")
    made = SetupWizard(SetupBridge(tmp_path / "till.db"), "en")
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow, timeout=5000)
    return made


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def enter() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def choose(qtbot: QtBot, letter: Qt.Key, button: QAbstractButton) -> None:
    """Alt and the underlined letter (a mnemonic clicks its button after a short animation)."""
    QTest.keyClick(focused(), letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(button.isChecked, timeout=TIMEOUT)


def test_the_wizard_sets_the_till_up_and_the_till_opens_at_its_login(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    with VirtualNetworkPrinter() as printer, VirtualScanner() as scanner:
        assert wizard.currentPage() is wizard.shop
        enter()  # no name yet
        assert wizard.currentPage() is wizard.shop
        assert wizard.shop.problem.text() == "Give the shop a name."
        type_into(wizard.shop.name, "Corner Shop")
        enter()

        assert wizard.currentPage() is wizard.printer
        choose(qtbot, Qt.Key.Key_T, wizard.printer.kind.buttons["network"])  # Ne&twork
        type_into(wizard.printer.address, "no such:host:name")
        enter()
        assert wizard.currentPage() is wizard.printer
        assert wizard.printer.problem.text().startswith("The till cannot use that printer address.")
        wizard.printer.address.clear()
        type_into(wizard.printer.address, printer.address)
        enter()

        assert wizard.currentPage() is wizard.readers
        choose(qtbot, Qt.Key.Key_R, wizard.readers.kind.buttons["serial"])  # Se&rial port
        type_into(wizard.readers.address, scanner.path)
        enter()

        assert wizard.currentPage() is wizard.office
        enter()  # no head office

        assert wizard.currentPage() is wizard.manager
        type_into(wizard.manager.name, "Avi")
        type_into(wizard.manager.pin, "2468")
        type_into(wizard.manager.again, "2486")
        enter()
        assert wizard.manager.problem.text() == "The two PINs differ; type the same PIN twice."
        wizard.manager.again.clear()
        type_into(wizard.manager.again, "2468")
        refusals: list[tuple[str, str]] = []
        wizard.bridge.refused.connect(lambda reason, detail: refusals.append((reason, detail)))
        with qtbot.waitSignal(wizard.accepted, timeout=TIMEOUT):
            enter()
            assert not wizard.validateCurrentPage()  # Enter again while it works: no second setup
        assert wizard.configured
        qtbot.waitUntil(lambda: not wizard.bridge.busy, timeout=TIMEOUT)
        assert refusals == []

    till = open_till(tmp_path / "till.db")
    try:
        assert (till.context.shop_name, till.context.currency, till.context.language) == ("Corner Shop", "USD", "en")
        devices = load_devices(till.uow)
        assert devices.printer is not None and devices.printer.transport is Transport.NETWORK
        assert [s.port.device for s in devices.scanners] == [scanner.path]
        assert devices.keyboard_wedge is False
        window = TillWindow(build_deps(till, spool=tmp_path / "spool"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.login_page.isVisible() and window.login_page.pin.isEnabled(), timeout=TIMEOUT)
        QTest.keyClicks(window.login_page.pin, "2468")
        QTest.keyClick(window.login_page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(window.shift_page.isVisible, timeout=TIMEOUT)
        window.close()
    finally:
        till.close()


def test_an_office_that_does_not_answer_keeps_the_wizard_open_and_writes_nothing(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    type_into(wizard.shop.name, "Corner Shop")
    enter()
    enter()  # no printer
    enter()  # keyboard wedge
    choose(qtbot, Qt.Key.Key_O, wizard.office.kind.buttons["online"])  # &Online
    type_into(wizard.office.url, "http://127.0.0.1:9")
    type_into(wizard.office.code, "ABCD-1234")
    enter()
    type_into(wizard.manager.name, "Avi")
    type_into(wizard.manager.pin, "2468")
    type_into(wizard.manager.again, "2468")
    enter()

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.office, timeout=TIMEOUT)
    assert wizard.office.problem.text().startswith("The office did not answer.")
    assert not wizard.configured
    assert not (tmp_path / "till.db").exists()


def test_the_language_chosen_on_the_first_page_turns_the_wizard_right_to_left(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    app = application()
    wizard.language_chosen.connect(lambda language: use_language(app, language))
    try:
        wizard.shop.language.setCurrentIndex(wizard.shop.language.findData("he"))
        qtbot.waitUntil(lambda: wizard.shop.title() == "החנות שלך", timeout=TIMEOUT)
        assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "ה&בא"
        assert (wizard.shop.currency.currentText(), wizard.shop.timezone.currentText()) == ("ILS", "Asia/Jerusalem")
        assert wizard.setup().language == "he"
        name = wizard.shop.name
        label = wizard.shop.findChildren(QLabel)[1]  # "Shop name", after the page's problem line
        assert label.buddy() is name
        assert label.mapTo(wizard, label.rect().topLeft()).x() > name.mapTo(wizard, name.rect().center()).x()
    finally:
        use_language(app, "en")
