"""A return at the real till window: receipt by number, lines chosen by key, refund shown, manager PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.money import Money
from app.domain.sale import SaleKind, SaleRecord
from app.domain.tender import Payment, TenderKind
from app.ui.dialogs.returns import ReturnsDialog
from app.ui.window import TillWindow
from app.ui.wiring import TillDeps
from tests.gui.driver import TillDriver
from tests.helpers.shop import DemoShop


def sold_earlier(shop: DemoShop) -> SaleRecord:
    """Two milks and a bread, 10.00 on a card and the rest in cash with change (rung up on this till)."""
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in ("7290000000015", "7290000000015", "7290000000022"):
        checkout.scan(sale, code)
    checkout.add_payment(sale, Payment(TenderKind.CARD, Money(1000, "ILS")))
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(2000, "ILS")))
    return checkout.complete(sale).record


def test_a_return_by_receipt_number_with_the_refund_shown_before_the_manager_confirms(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    original = sold_earlier(shop)
    till.start_selling()
    till.key(Qt.Key.Key_F7)
    dialog = till.dialog(ReturnsDialog)
    till.enter("T1-999999", dialog.receipt)
    till.wait(lambda: "No sale has the receipt number" in dialog.message.text())
    dialog.receipt.clear()
    till.enter(original.number, dialog.receipt)
    till.wait(lambda: dialog.table.rowCount() == 2)
    assert dialog.qty.hasFocus()
    assert not dialog.confirm.isEnabled()

    till.key(Qt.Key.Key_Space, dialog.qty)  # all of the first line: both milks
    assert dialog.table.item(0, 3).text() == "2"
    till.enter("1", dialog.qty)  # no: just one of them
    assert dialog.table.item(0, 3).text() == "1"
    assert dialog.table.item(0, 4).text() == "6.90"
    assert dialog.total.text() == "Refund ₪6.90"
    # 26.30 was paid 10.00 by card and 16.30 net in cash: the 6.90 goes back in that proportion
    assert "Card ₪2.62" in dialog.refunds.text() and "Cash ₪4.28" in dialog.refunds.text()

    till.key(Qt.Key.Key_F12, dialog)
    till.wait(lambda: dialog.approval is not None and dialog.approval.isVisible())
    approval = dialog.approval
    assert approval is not None
    till.enter("9999", approval.field)
    till.no_dialog()
    till.wait(lambda: "give back ₪6.90" in window.sale_page.message.text())

    with shop.till.uow() as uow:
        [refund] = uow.sales.returns_of(original.id)
    assert refund.kind is SaleKind.RETURN
    assert refund.total == Money(-690, "ILS")
    assert refund.approved_by == shop.manager_id
    assert sorted((p.kind.value, p.amount.minor) for p in refund.payments) == [("card", -262), ("cash", -428)]


def test_a_return_is_refused_while_a_sale_is_in_progress(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    till.scan("7290000000015")
    till.key(Qt.Key.Key_F7)
    till.wait(lambda: "Finish or park" in window.sale_page.message.text())
    assert window.dialog is None


def test_lines_are_chosen_by_key_in_the_right_to_left_layout_too(qtbot: QtBot, shop: DemoShop, deps: TillDeps) -> None:
    original = sold_earlier(shop)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = TillWindow(deps)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        till = TillDriver(qtbot, window)
        till.start_selling()
        till.key(Qt.Key.Key_F7)
        dialog = till.dialog(ReturnsDialog)
        till.enter(original.number, dialog.receipt)
        till.wait(lambda: dialog.table.rowCount() == 2)
        till.key(Qt.Key.Key_Down, dialog.qty)
        till.key(Qt.Key.Key_Space, dialog.qty)
        assert dialog.table.item(1, 3).text() == "1"
        assert dialog.total.text() == "Refund ₪12.50"
        window.close()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
