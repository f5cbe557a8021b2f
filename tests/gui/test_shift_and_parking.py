"""Opening and closing shifts with X and Z reports, and parked sales that survive a restart of the till."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.bootstrap import open_till
from app.domain.money import Money
from app.store.models import ShiftRow
from app.ui.dialogs.parked import ParkedSalesDialog
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.shift_close import ShiftCloseDialog
from app.ui.dialogs.shift_report import ShiftReportDialog
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver, typed_deps
from tests.helpers.shop import DemoShop, build_shop

MILK = "7290000000015"
BREAD = "7290000000022"


def report_value(dialog: ShiftReportDialog, name: str) -> str:
    label = dialog.findChild(type(dialog.message), name)
    assert label is not None, name
    return label.text()


def test_closing_the_shift_shows_the_z_report_and_logs_out(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    till.start_selling()
    till.scan(BREAD)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.enter("20", payment.amount)
    till.no_dialog()

    till.key(Qt.Key.Key_F10)  # X report: running figures, the shift stays open
    x_report = till.dialog(ShiftReportDialog)
    assert "X report" in report_value(x_report, "reportTitle")
    assert report_value(x_report, "reportExpected") == "₪512.50"  # float 500 + 12.50 cash
    till.key(Qt.Key.Key_Return, x_report)
    till.no_dialog()

    till.key(Qt.Key.Key_F11)
    close = till.dialog(ShiftCloseDialog)
    till.enter("510", close.field)
    z_report = till.dialog(ShiftReportDialog)
    assert report_value(z_report, "reportTitle") == "Z report no. 1"
    assert report_value(z_report, "reportNet") == "₪12.50"
    assert report_value(z_report, "reportExpected") == "₪512.50"
    assert report_value(z_report, "reportCounted") == "₪510.00"
    assert report_value(z_report, "reportDifference") == "-₪2.50"
    till.key(Qt.Key.Key_Return, z_report)
    till.wait(window.login_page.isVisible)
    assert window.status_bar.shift.text() == "No shift open"
    with shop.till.uow() as uow:
        shift = uow.session.scalars(select(ShiftRow)).one()
        assert (shift.z_number, shift.counted_cash, shift.expected_cash) == (1, 51000, 51250)


def test_the_next_login_asks_for_a_float_and_opens_a_new_shift(tmp_path: Path, qtbot: QtBot) -> None:
    shop = build_shop(tmp_path / "till.db", open_shift=False)
    try:
        window = TillWindow(typed_deps(shop.till))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        till = TillDriver(qtbot, window)
        till.login("1111")
        till.wait(window.shift_page.isVisible)
        till.enter("abc", window.shift_page.amount)
        till.wait(lambda: window.shift_page.message.text() != "")
        window.shift_page.amount.clear()
        till.enter("300", window.shift_page.amount)
        till.wait(window.sale_page.isVisible)
        assert shop.till.shifts.x_report().opening_float == Money(30000, "ILS")
        window.close()
    finally:
        shop.till.close()


def test_a_parked_sale_comes_back_after_a_restart(
    till: TillDriver, window: TillWindow, shop: DemoShop, qtbot: QtBot
) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan(shop.card_number)
    till.type("2*")
    till.key(Qt.Key.Key_F5)
    till.wait(lambda: "parked" in window.sale_page.message.text())
    assert till.lines() == []
    till.scan(BREAD)  # the next customer is served meanwhile
    till.key(Qt.Key.Key_F12)
    till.enter("", till.dialog(PaymentDialog).amount)
    till.no_dialog()
    window.close()
    shop.till.close()

    reopened = open_till(shop.path, clock=shop.clock)
    try:
        again = TillWindow(typed_deps(reopened))
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(again.isActiveWindow, timeout=5000)
        driver = TillDriver(qtbot, again)
        driver.start_selling()
        driver.key(Qt.Key.Key_F6)
        parked = driver.dialog(ParkedSalesDialog)
        assert parked.list.count() == 1
        assert "member card" in parked.list.item(0).text()
        driver.key(Qt.Key.Key_Return, parked)
        driver.no_dialog()
        assert driver.lines() == [("Milk 1L", "2", "13.80")]
        assert again.sale_page.member.name.text() == "Noa Levi"
        assert not again.sale_page.commands["resume"].isEnabled()  # a sale is in progress again
        assert again.checkout.parked() == []
        again.close()
    finally:
        reopened.close()


def test_closing_the_window_mid_sale_keeps_the_sale_for_the_next_login(
    till: TillDriver, window: TillWindow, shop: DemoShop, qtbot: QtBot
) -> None:
    till.start_selling()
    till.scan(BREAD)
    till.scan(BREAD)
    window.close()
    again = TillWindow(typed_deps(shop.till))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isActiveWindow, timeout=5000)
    driver = TillDriver(qtbot, again)
    driver.start_selling()
    assert driver.lines() == [("Bread", "2", "25.00")]
    assert "back" in again.sale_page.message.text()
    again.close()
