"""``--self-check``: a throwaway till sells one item on the simulators through the real window, offscreen."""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, Qt, QThread, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from app.bootstrap import Till, open_database, open_till
from app.domain.catalog import Product, Unit
from app.domain.ids import new_id
from app.domain.money import Money
from app.services.context import utc_now
from app.services.first_run import PrinterKind, ReaderKind, TillSetup, set_up_till
from app.store.models import SaleRow
from app.ui.application import application, use_language
from app.ui.dialogs.payment import PaymentDialog
from app.ui.settings import use_settings_file
from app.ui.translations import compiled
from app.ui.window import TillWindow
from app.ui.wiring import build_deps
from hardware.cards.barcodes import barcode_image
from hardware.readers.decoders import make_decoder
from hardware.scan import Symbology
from hardware.sim.network_printer import VirtualNetworkPrinter
from hardware.sim.scanner import VirtualScanner

PIN = "2468"
BARCODE = "7290000000015"
PRICE = 1250
SHOP = "Kupa self-check"
TRANSLATED = ("he", "ka", "sq")
Report = Callable[[str], None]


class CheckFailed(RuntimeError):
    """One step of the self-check did not do what it should."""


def _wait(ready: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        QThread.msleep(5)
    QCoreApplication.processEvents()


def _key(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _type(widget: QWidget, text: str, *, enter: bool = True) -> None:
    for char in text:
        _key(widget, Qt.Key(ord(char.upper())), char)
    if enter:
        _key(widget, Qt.Key.Key_Return, "\r")


def _shop(db: Path, printer: VirtualNetworkPrinter, scanner: VirtualScanner) -> None:
    setup = TillSetup(
        shop_name=SHOP,
        language="en",
        currency="ILS",
        timezone="Asia/Jerusalem",
        manager_name="Self-check",
        manager_pin=PIN,
        printer=PrinterKind.NETWORK,
        printer_address=printer.address,
        reader=ReaderKind.SERIAL,
        reader_address=scanner.path,
    )
    set_up_till(db, setup)
    engine, uow = open_database(db)
    try:
        with uow() as work:
            item = Product(
                id=new_id(),
                sku="CHECK",
                name="Check item",
                price=Money(PRICE, "ILS"),
                tax_rate_bp=1800,
                unit=Unit.PIECE,
            )
            work.catalog.add(item, [BARCODE], now=utc_now())
            work.commit()
    finally:
        engine.dispose()


def _sell(
    window: TillWindow, scanner: VirtualScanner, printer: VirtualNetworkPrinter, report: Report, timeout_s: float
) -> None:
    _wait(lambda: window.login_page.isVisible() and window.login_page.pin.isEnabled(), "the login page")
    _type(window.login_page.pin, PIN)
    _wait(window.shift_page.isVisible, "the shift page")
    _type(window.shift_page.amount, "100")
    _wait(window.sale_page.isVisible, "the sale page")
    _wait(lambda: window.status_bar.scanner.property("state") == "good", "the serial scanner")
    scanner.scan(BARCODE)
    _wait(lambda: window.sale_page.model.rowCount() == 1, "the scanned item on the sale")
    report(f"scanner: {BARCODE} read from {scanner.path}")
    _key(window.sale_page.scan, Qt.Key.Key_F12)
    _wait(lambda: isinstance(window.dialog, PaymentDialog) and window.dialog.isVisible(), "the payment dialog")
    dialog = window.dialog
    assert isinstance(dialog, PaymentDialog)
    _key(dialog, Qt.Key.Key_F1)
    _key(dialog.amount, Qt.Key.Key_Return, "\r")
    _wait(lambda: window.dialog is None, "the sale to complete")
    _wait(lambda: any(job.receipts for job in printer.jobs), "the receipt at the printer", timeout_s)
    text = "\n".join(r.text for job in printer.jobs for r in job.receipts)
    raw = sum(len(job.raw) for job in printer.jobs)
    if SHOP not in text or "Check item" not in text:
        raise CheckFailed(f"the printed receipt lacks the shop or the item:\n{text}")
    report(f"printer: receipt of {raw} bytes at {printer.address}")


def _database(till: Till, report: Report) -> None:
    with till.uow() as work:
        sales = work.session.scalar(select(func.count()).select_from(SaleRow)) or 0
        number = work.session.scalar(select(SaleRow.number))
        record = work.sales.by_number(number) if sales == 1 and number else None
    if record is None:
        raise CheckFailed(f"expected 1 sale in the database, found {sales}")
    if record.total.minor != PRICE:
        raise CheckFailed(f"sale {record.number} totals {record.total.minor}, not {PRICE}")
    report(f"sale: receipt {record.number}, total {record.total.minor / 100:.2f} {record.currency}, in the database")


def _decoders(report: Report) -> None:
    picture = barcode_image(BARCODE, Symbology.EAN13).convert("L")
    frame = np.asarray(picture, dtype=np.uint8)
    found = []
    for backend in ("pyzbar", "zxing"):
        texts = [d.text for d in make_decoder(backend).decode(frame)]
        if texts != [BARCODE]:
            raise CheckFailed(f"the {backend} camera decoder read {texts}, not {BARCODE}")
        found.append(backend)
    from pyzbar import wrapper  # noqa: PLC0415 - loaded by the pyzbar decoder above

    report(f"camera decoders: {', '.join(found)} read EAN-13; zbar from {wrapper.load_libzbar()._name}")


def _translations(report: Report) -> None:
    missing = [lang for lang in TRANSLATED if compiled(lang) is None]
    if "he" in missing:
        raise CheckFailed("the Hebrew translation is missing")
    present = [lang for lang in TRANSLATED if lang not in missing]
    report(f"translations: {' '.join(present)}")


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages to stderr, less the offscreen platform's note that it cannot size windows."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def check_till(
    work: Path,
    printer: VirtualNetworkPrinter,
    scanner: VirtualScanner,
    report: Report,
    *,
    timeout_s: float = 20.0,
) -> None:
    """Set a shop up in ``work``, sell one item through the window on these simulators, find the sale stored.

    Raises:
        CheckFailed: a step did not happen (the message says which).
    """
    db = work / "till.db"
    _shop(db, printer, scanner)
    report(f"database: shop set up in {db.name}")
    app = application(["kupa-self-check"])
    _translations(report)
    use_language(app, "en")
    use_settings_file(work / "till.ui.ini")
    till = open_till(db)
    window = TillWindow(build_deps(till, spool=work / "spool"))
    try:
        window.show()
        _sell(window, scanner, printer, report, timeout_s)
        _database(till, report)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        till.close()


def run(report: Report = print) -> int:
    """The whole check; 0 when every step passed, 1 with the reason on stderr otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    previous = qInstallMessageHandler(_quiet_offscreen)
    started = time.monotonic()
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    report(f"kupa self-check ({frozen}): Python {platform.python_version()}, PySide6 {pyside_version}")
    try:
        with (
            tempfile.TemporaryDirectory(prefix="kupa-self-check-") as tmp,
            VirtualNetworkPrinter() as printer,
            VirtualScanner(suffix=b"\r") as scanner,
        ):
            check_till(Path(tmp), printer, scanner, report)
            _decoders(report)
    except Exception as error:
        print(f"self-check FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        qInstallMessageHandler(previous)
    report(f"self-check passed in {time.monotonic() - started:.1f} s")
    return 0
