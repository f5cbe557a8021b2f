"""Receipts on a (virtual) ESC/POS printer: printed after the sale, queued when the printer is off, reprinted."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from app.services.devices import DeviceConfig
from app.services.printing import PrintOutput, PrintService
from app.services.receipt_layout import job_layout
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.receipts import ReceiptsDialog
from app.ui.receipt_words import wording
from hardware.printers.config import PrinterConfig
from hardware.printers.printer import ReceiptPrinter
from hardware.printers.transports import connect
from hardware.sim.network_printer import VirtualNetworkPrinter
from tests.gui.driver import TillDriver, open_window, typed_deps
from tests.helpers.shop import DemoShop

MILK = "7290000000015"
BREAD = "7290000000022"


@pytest.fixture
def printer() -> Iterator[VirtualNetworkPrinter]:
    with VirtualNetworkPrinter() as sim:
        yield sim


def printer_config(sim: VirtualNetworkPrinter) -> PrinterConfig:
    return PrinterConfig.from_mapping({"transport": "network", "address": sim.address, "timeout": 2.0})


def cash_sale(till: TillDriver, *codes: str) -> None:
    for code in codes:
        till.scan(code)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.enter("50", payment.amount)
    till.no_dialog()


def test_a_cash_sale_prints_its_receipt_and_opens_the_drawer(
    qtbot: QtBot, shop: DemoShop, printer: VirtualNetworkPrinter
) -> None:
    window = open_window(
        qtbot, typed_deps(shop.till, DeviceConfig(printer=printer_config(printer), keyboard_wedge=False))
    )
    till = TillDriver(qtbot, window)
    till.wait(lambda: window.status_bar.printer.text() == "Printer: ready")
    till.start_selling()
    cash_sale(till, MILK, MILK, BREAD)
    [job] = printer.wait_for_jobs(1, timeout=10)
    [receipt] = job.receipts
    text = receipt.text
    assert "Kupa Test" in text and "S1-T1-000001" in text
    assert "Milk 1L" in text and "13.80" in text and "Bread" in text and "50.00" in text
    # no ESC/POS code page has the shekel sign: an English receipt writes the ISO code and stays all text
    assert "ILS" in text and "₪" not in text
    assert receipt.rasters == []
    assert receipt.cut and job.drawer_kicks, "a cash sale cuts the paper and opens the drawer"
    till.wait(lambda: window.deps.printing.queue.pending() == [])
    assert window.status_bar.printer.text() == "Printer: ready"
    window.close()


def test_with_the_printer_off_the_sale_completes_and_the_receipt_waits_for_a_reprint(
    qtbot: QtBot, shop: DemoShop, printer: VirtualNetworkPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    window = open_window(
        qtbot, typed_deps(shop.till, DeviceConfig(printer=printer_config(printer), keyboard_wedge=False))
    )
    till = TillDriver(qtbot, window)
    printer.power_off()
    till.start_selling()
    cash_sale(till, BREAD)
    till.wait(lambda: "1 waiting" in window.status_bar.printer.text())
    assert window.status_bar.printer.text().startswith("Printer: not printing")
    with shop.till.uow() as uow:
        assert uow.sales.by_number("S1-T1-000001") is not None, "the sale is stored whether or not it printed"
    [waiting] = window.deps.printing.queue.pending()
    assert waiting.title == "S1-T1-000001" and waiting.attempts == 1 and waiting.last_error
    assert "kept in the queue" in caplog.text

    printer.power_on()
    till.key(Qt.Key.Key_F9)
    receipts = till.dialog(ReceiptsDialog)
    assert receipts.jobs.count() == 1 and "S1-T1-000001" in receipts.jobs.item(0).text()
    assert receipts.number.text() == "S1-T1-000001"
    receipts.number.clear()  # with the field empty, Enter prints the waiting receipt chosen in the list
    till.key(Qt.Key.Key_Return, receipts.number)
    [job] = printer.wait_for_jobs(1, timeout=10)
    assert "S1-T1-000001" in job.receipts[0].text
    assert not job.drawer_kicks, "a reprint does not open the drawer again"
    till.wait(lambda: receipts.jobs.count() == 0)
    assert "printed" in receipts.message.text()
    till.wait(lambda: window.status_bar.printer.text() == "Printer: ready")
    window.close()


def test_a_copy_of_any_receipt_by_its_number(qtbot: QtBot, shop: DemoShop, printer: VirtualNetworkPrinter) -> None:
    window = open_window(
        qtbot, typed_deps(shop.till, DeviceConfig(printer=printer_config(printer), keyboard_wedge=False))
    )
    till = TillDriver(qtbot, window)
    till.start_selling()
    cash_sale(till, MILK)
    printer.wait_for_jobs(1, timeout=10)
    till.key(Qt.Key.Key_F9)
    receipts = till.dialog(ReceiptsDialog)
    till.key(Qt.Key.Key_Return, receipts.number)
    jobs = printer.wait_for_jobs(2, timeout=10)
    assert "S1-T1-000001" in jobs[1].receipts[0].text
    window.close()


def test_a_hanging_printer_does_not_hold_up_the_next_customer(
    qtbot: QtBot, shop: DemoShop, printer: VirtualNetworkPrinter, tmp_path: Path
) -> None:
    config = printer_config(printer)
    release = threading.Event()
    connecting = threading.Event()

    def slow_connect(settings: PrinterConfig) -> Any:
        connecting.set()
        release.wait(timeout=20)
        return connect(settings)

    deps = typed_deps(shop.till)
    context = shop.till.context
    layout = job_layout(wording(context.language, context.currency, context.timezone), context.timezone)
    output = PrintOutput(ReceiptPrinter(config, connector=slow_connect), layout)
    deps.printing = PrintService(deps.printing.queue, output, shop.till.uow, context)
    window = open_window(qtbot, deps)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    till = TillDriver(qtbot, window)
    till.start_selling()
    cash_sale(till, MILK)
    assert connecting.wait(timeout=10)

    till.scan(BREAD)  # the next customer, while the first receipt is stuck on its way to the printer
    till.wait(lambda: len(ticks) >= 5)
    assert not release.is_set()
    assert till.lines() == [("Bread", "1", "12.50")]
    assert printer.jobs == []

    release.set()
    printer.wait_for_jobs(1, timeout=10)
    timer.stop()
    window.close()
