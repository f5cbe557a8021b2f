"""Render the till's main screens offscreen to PNG, in each shop language (English, Hebrew, Georgian, Albanian)."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt, QThread
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import text as text_query

from app.bootstrap import Till, open_till
from app.domain.cards import CardNumbering
from app.domain.tender import Payment, TenderKind
from app.services.demo import DemoSummary, generate
from app.services.devices import DeviceConfig, scanner_settings
from app.ui.application import application, use_language
from app.ui.dialogs.approval import ApprovalDialog
from app.ui.dialogs.nps import NpsDialog
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.price_lookup import PriceLookupDialog
from app.ui.dialogs.returns import ReturnsDialog
from app.ui.dialogs.shift_close import ShiftCloseDialog
from app.ui.dialogs.shift_report import ShiftReportDialog
from app.ui.manager.tools import ManagerTools
from app.ui.settings import use_settings_file
from app.ui.setup.screens import render_wizard
from app.ui.window import SCREEN_SIZE, TillWindow
from app.ui.wiring import build_deps
from hardware.printers.config import PrinterConfig
from hardware.sim.network_printer import VirtualNetworkPrinter
from hardware.sim.scanner import VirtualScanner

log = logging.getLogger(__name__)

CASHIER_PIN = "1111"
MANAGER_PIN = "9999"
D = TypeVar("D", bound=QDialog)


class ScreenshotError(RuntimeError):
    """The window did not reach the state a screenshot needs."""


def compose(window: TillWindow) -> QPixmap:
    """The window as a cashier sees it, with the open dialogs centred over a dimmed screen."""
    shot = window.grab()
    painter = QPainter(shot)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 110))
            inner = dialog.grab()
            painter.drawPixmap(
                QPoint((shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2), inner
            )
    painter.end()
    return shot


class Director:
    """Drives one till window through its screens with keys, saving each as ``<language>-<name>.png``."""

    def __init__(self, app: QApplication, window: TillWindow, out_dir: Path, language: str) -> None:
        self.app = app
        self.window = window
        self.out_dir = out_dir
        self.language = language
        self.saved: list[Path] = []

    def wait(self, ready: Callable[[], bool], what: str, timeout_s: float = 20.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not ready():
            if time.monotonic() > deadline:
                raise ScreenshotError(f"timed out waiting for {what}")
            self.app.processEvents()
            QThread.msleep(5)
        self.app.processEvents()

    def save(self, name: str) -> None:
        self.app.processEvents()
        path = self.out_dir / f"{self.language}-{name}.png"
        if not compose(self.window).save(str(path), "PNG"):
            raise ScreenshotError(f"could not write {path}")
        self.saved.append(path)

    def keys(self, widget: QWidget, text: str, *, enter: bool = False) -> None:
        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)

    def key(self, widget: QWidget, key: Qt.Key) -> None:
        QTest.keyClick(widget, key)

    def dialog(self, kind: type[D]) -> D:
        self.wait(lambda: isinstance(self.window.dialog, kind) and self.window.dialog.isVisible(), kind.__name__)
        dialog = self.window.dialog
        if not isinstance(dialog, kind):
            raise ScreenshotError(f"expected a {kind.__name__}")
        return dialog

    def close_dialog(self) -> None:
        dialog = self.window.dialog
        if dialog is not None:
            dialog.reject()
        self.wait(lambda: self.window.dialog is None, "the dialog to close")


def earlier_sale(till: Till, codes: list[str], card: str) -> str:
    """A sale rung up before the screenshots, so the returns screen has a receipt to find."""
    checkout = till.checkout
    with till.uow() as uow:
        cashier = next(s.id for s in uow.shop.staff_list() if s.role == "cashier")
    sale = checkout.start_sale(cashier)
    for code in codes:
        checkout.scan(sale, code)
    checkout.attach_card(sale, card)
    checkout.add_payment(sale, Payment(TenderKind.CARD, sale.remaining.times(1, 2)))  # split, in any currency
    checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    return checkout.complete(sale).record.number


def sample_codes(till: Till, summary: DemoSummary) -> list[str]:
    with till.uow() as uow:
        first = uow.catalog.by_barcode(summary.first_barcode)
        products = uow.catalog.search(first.name.split()[0] if first else "", limit=20)
        return [uow.catalog.barcodes(p.id)[0] for p in products if not p.sold_by_weight][:6]


def drive(director: Director, till: Till, summary: DemoSummary) -> None:
    window = director.window
    codes = sample_codes(till, summary)
    director.wait(window.login_page.isVisible, "the login page")
    director.save("login")
    director.keys(window.login_page.pin, CASHIER_PIN, enter=True)
    director.wait(window.shift_page.isVisible, "the shift page")
    director.keys(window.shift_page.amount, "500")
    director.save("shift-open")
    director.key(window.shift_page.amount, Qt.Key.Key_Return)
    director.wait(window.sale_page.isVisible, "the sale page")
    receipt_number = earlier_sale(till, codes[3:5], summary.first_card)
    director.wait(lambda: window.status.last is not None, "the sync status")
    director.wait(lambda: window.status_bar.printer.property("state") == "good", "the printer")
    director.wait(lambda: window.status_bar.scanner.property("state") == "good", "the scanner")
    scan = window.sale_page.scan
    for code in [*codes[:5], codes[0], summary.first_card]:
        director.keys(scan, code, enter=True)
    director.save("sale")
    director.keys(scan, CardNumbering().number(900_000), enter=True)
    director.save("card-refused")

    director.key(scan, Qt.Key.Key_F12)
    payment = director.dialog(PaymentDialog)
    director.key(payment, Qt.Key.Key_F2)
    director.keys(payment.amount, "20", enter=True)
    director.save("payment")
    payment.quick_buttons[1].click()
    nps = director.dialog(NpsDialog)
    director.save("nps")
    director.keys(nps.field, "9", enter=True)
    director.wait(lambda: window.dialog is None, "the sale to complete")
    director.save("sale-completed")

    director.key(scan, Qt.Key.Key_F2)
    lookup = director.dialog(PriceLookupDialog)
    lookup.field.setText(summary_name(till, codes[0])[:3])  # typed on a Hebrew keyboard: not ASCII key codes
    director.wait(lambda: lookup.results.rowCount() > 0, "lookup results")
    director.save("price-lookup")
    director.close_dialog()

    director.key(scan, Qt.Key.Key_F7)
    returns = director.dialog(ReturnsDialog)
    director.keys(returns.receipt, receipt_number, enter=True)
    director.wait(lambda: returns.table.rowCount() > 0, "the receipt's lines")
    director.key(returns.qty, Qt.Key.Key_Space)
    director.wait(lambda: returns.chosen_lines() > 0, "a line chosen (after the wedge filter's wait)")
    director.save("return")
    director.close_dialog()

    manager_screens(director, till)

    director.key(scan, Qt.Key.Key_F11)
    close = director.dialog(ShiftCloseDialog)
    director.keys(close.field, "612", enter=True)
    director.dialog(ShiftReportDialog)
    director.save("z-report")
    director.close_dialog()


def manager_screens(director: Director, till: Till) -> None:
    """The manager's tools: member search and page, a card issued, the program editor, the KPIs."""
    window = director.window
    runners = (window.manager_runner, window.search_runner)
    director.key(window.sale_page.scan, Qt.Key.Key_F1)
    approval = director.dialog(ApprovalDialog)
    director.keys(approval.field, MANAGER_PIN, enter=True)
    tools = director.dialog(ManagerTools)

    def idle() -> bool:
        return all(r.pending == 0 for r in runners)

    picker = tools.members.picker
    with till.uow() as uow:
        surname = uow.session.execute(text_query("SELECT name FROM member LIMIT 1 OFFSET 7")).scalar_one()
    picker.field.setText(surname.split()[-1][:2])
    director.wait(lambda: picker.model.rowCount() > 0 and idle(), "member search results")
    director.save("manager-members")
    picker.open_selected()
    director.wait(lambda: tools.members.page.file is not None and idle(), "the member's page")
    director.save("manager-member")
    tools.show_tab(tools.issue)
    issue = tools.issue
    director.wait(lambda: issue.family.count() > 0 and idle(), "the card programmes")
    issue.profile.name.setText(surname)
    issue.profile.phone.setText("050-1234567")
    director.key(tools, Qt.Key.Key_F12)
    director.wait(lambda: issue.issued is not None and idle(), "the card issued")
    director.save("manager-card-issue")
    tools.show_tab(tools.programs)
    programs = tools.programs
    director.wait(lambda: programs.preview_result is not None and idle(), "the program preview")
    kinds = [v.program.KIND for v in programs.versions]
    if "bonus" in kinds:
        programs.list.setCurrentRow(kinds.index("bonus"))
    gold = programs.tier.findText("Gold")
    if gold >= 0:
        programs.tier.setCurrentIndex(gold)
        programs.preview_result = None
        programs.check_now()
        director.wait(lambda: programs.preview_result is not None and idle(), "the Gold preview")
    director.save("manager-programs")
    tools.show_tab(tools.kpis)
    director.wait(lambda: tools.kpis.report is not None and idle(), "the KPI report")
    director.save("manager-kpis")
    director.close_dialog()


def summary_name(till: Till, code: str) -> str:
    with till.uow() as uow:
        product = uow.catalog.by_barcode(code)
        return product.name if product else ""


def render_language(out_dir: Path, language: str, work_dir: Path) -> list[Path]:
    db = work_dir / f"screens-{language}.db"
    summary = generate(db, products=400, members=60, language=language, seed=11)
    till = open_till(db)
    app = application(["kupa-screenshots"])
    use_language(app, language)
    use_settings_file(work_dir / f"screens-{language}.ui.ini")
    with VirtualNetworkPrinter() as printer, VirtualScanner(suffix=b"\r") as scanner:
        devices = DeviceConfig(
            printer=PrinterConfig.from_mapping({"transport": "network", "address": printer.address}),
            scanners=(scanner_settings({"port": scanner.path, "suffix": "\r"}),),
        )
        window = TillWindow(build_deps(till, devices=devices, spool=work_dir / f"spool-{language}"))
        window.setFixedSize(*SCREEN_SIZE)
        window.show()
        director = Director(app, window, out_dir, language)
        try:
            drive(director, till, summary)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
            till.close()
    return director.saved


def render(out_dir: Path, languages: tuple[str, ...] = ("en", "he", "ka", "sq")) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kupa-screens-") as tmp:
        for language in languages:
            saved.extend(render_language(out_dir, language, Path(tmp)))
            saved.extend(render_wizard(out_dir, language, Path(tmp)))
    return saved
