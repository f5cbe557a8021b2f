"""Scans from every reader reach the sale: keyboard-wedge bursts (told from typing), serial scanners and
magstripes on a pty, and a camera watching a card; a burst never lands in the field that had the focus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.tender import Payment, TenderKind
from app.services.devices import DeviceConfig
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.returns import ReturnsDialog
from hardware.readers.camera import CameraSettings
from hardware.readers.ports import PortSpec
from hardware.readers.serial_reader import SerialSettings
from hardware.scan import Symbology
from hardware.sim.camera_video import Showing, write_card_video
from hardware.sim.scanner import VirtualScanner
from tests.gui.driver import TillDriver, open_window, typed_deps
from tests.helpers.shop import DemoShop

MILK = "7290000000015"
BREAD = "7290000000022"


@dataclass
class KeyClock:
    """The wedge filter's clock in milliseconds, moved by the test between keys."""

    now: float = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def till(qtbot: QtBot, shop: DemoShop, clock: KeyClock) -> TillDriver:
    deps = typed_deps(shop.till, DeviceConfig(keyboard_wedge=True))
    deps.wedge_clock = clock
    window = open_window(qtbot, deps)
    return TillDriver(qtbot, window)


def test_a_wedge_burst_is_one_scan_and_never_shows_in_the_field(till: TillDriver) -> None:
    till.start_selling()
    field = till.window.sale_page.scan
    seen: list[str] = []
    field.textChanged.connect(seen.append)
    QTest.keyClicks(field, MILK)  # the scanner: all keys at once (the clock does not move)
    assert field.text() == ""
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert till.lines() == [("Milk 1L", "1", "6.90")]
    assert seen == [], "not one key of the burst reached the field"
    assert till.window.status_bar.scanner.text() == "Scanner: keyboard wedge"


def test_slow_typing_goes_into_the_field_key_by_key(till: TillDriver, clock: KeyClock) -> None:
    till.start_selling()
    field = till.window.sale_page.scan
    for index, char in enumerate(BREAD):
        clock.now += 180  # a person: well over the 50 ms a scanner leaves between keys
        QTest.keyClick(field, char)
        assert field.text() == BREAD[:index], "each key shows once the next one proves it was typed"
    till.wait(lambda: field.text() == BREAD)  # the last key shows when its wait runs out
    assert till.lines() == []
    clock.now += 300
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert till.lines() == [("Bread", "1", "12.50")]
    assert field.text() == ""


def test_a_burst_while_paying_is_not_typed_into_the_amount(till: TillDriver) -> None:
    till.start_selling()
    till.scan(MILK)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    amount_before = payment.amount.text()
    QTest.keyClicks(payment.amount, BREAD)
    QTest.keyClick(payment.amount, Qt.Key.Key_Return)
    assert payment.amount.text() == amount_before
    assert "Finish the payment" in payment.message.text()
    assert payment.figures["paid"].text() == "₪0.00"


def test_a_manager_pin_typed_fast_is_still_a_pin(till: TillDriver, shop: DemoShop) -> None:
    till.start_selling("1111")  # four keys and Enter at machine speed: a password field is never a scan
    assert till.window.sale_page.isVisible()


def test_serial_scanner_and_magstripe_on_one_port(
    qtbot: QtBot, shop: DemoShop, caplog: pytest.LogCaptureFixture
) -> None:
    with VirtualScanner(suffix=b"\r") as device:
        settings = SerialSettings(port=PortSpec(device=device.path), name="counter scanner", suffix=b"\r")
        window = open_window(qtbot, typed_deps(shop.till, DeviceConfig(scanners=(settings,), keyboard_wedge=False)))
        till = TillDriver(qtbot, window)
        till.wait(lambda: window.status_bar.scanner.text() == "Scanner: ready")
        till.start_selling()
        device.scan(MILK)
        till.wait(lambda: till.lines() == [("Milk 1L", "1", "6.90")])
        device.swipe(shop.card_number, name="Noa Levi")
        panel = window.sale_page.member
        till.wait(panel.details.isVisible)
        assert panel.name.text() == "Noa Levi"
        device.swipe(shop.blocked_card_number)
        till.wait(panel.banner.isVisible)
        assert "blocked" in panel.banner_text.text()
        device.unplug()
        till.wait(lambda: "not connected" in window.status_bar.scanner.text())
        assert "was disconnected" in caplog.text
        window.close()


def test_a_card_held_up_to_the_camera(qtbot: QtBot, shop: DemoShop, tmp_path: Path) -> None:
    video = write_card_video(
        tmp_path / "counter.avi", [Showing(None, 1.0), Showing(shop.card_number, 1.2, Symbology.EAN13)], blur_every=0
    )
    # played at its own pace, over and over, the card out of view long enough between showings (more than the
    # reader's leave_after) to be read anew each time: it comes into view again after the cashier has logged in
    camera = CameraSettings(source=str(video), name="counter camera", hold_window=None, realtime=True, loop=True)
    window = open_window(qtbot, typed_deps(shop.till, DeviceConfig(cameras=(camera,), keyboard_wedge=False)))
    till = TillDriver(qtbot, window)
    till.start_selling()
    till.scan(BREAD)
    panel = window.sale_page.member
    till.wait(panel.details.isVisible, timeout=20_000)
    assert panel.name.text() == "Noa Levi"
    window.close()


def test_a_receipt_barcode_scanned_in_the_returns_dialog_finds_the_sale(qtbot: QtBot, shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, MILK)
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.due))
    number = checkout.complete(sale).record.number
    with VirtualScanner(suffix=b"\r") as device:
        settings = SerialSettings(port=PortSpec(device=device.path), name="counter scanner", suffix=b"\r")
        window = open_window(qtbot, typed_deps(shop.till, DeviceConfig(scanners=(settings,), keyboard_wedge=False)))
        till = TillDriver(qtbot, window)
        till.wait(lambda: window.status_bar.scanner.text() == "Scanner: ready")
        till.start_selling()
        till.key(Qt.Key.Key_F7)
        returns = till.dialog(ReturnsDialog)
        device.scan(number)  # the Code 128 barcode printed at the foot of every receipt
        till.wait(lambda: returns.table.rowCount() == 1)
        assert returns.receipt.text() == number
        assert till.lines() == [], "the scan went to the open dialog, not into a sale"
        window.close()
