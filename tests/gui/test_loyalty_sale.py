"""Member cards at the real till window: points earned on one sale pay part of the next; gift cards pay too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.money import Money
from app.domain.tender import TenderKind
from app.ui.dialogs.payment import PaymentDialog
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver, typed_deps
from tests.gui.loyalty_shop import load_gift_card, loyalty_shop
from tests.helpers.shop import DemoShop

MILK = "7290000000015"
BREAD = "7290000000022"
BOOK = "9780000000002"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = loyalty_shop(tmp_path / "till.db")
    yield built
    built.till.close()


@pytest.fixture
def till(qtbot: QtBot, shop: DemoShop) -> Iterator[TillDriver]:
    window = TillWindow(typed_deps(shop.till))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    yield TillDriver(qtbot, window)
    window.close()


def pay_cash(till: TillDriver) -> None:
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_Return, payment.amount)
    till.no_dialog()


def test_points_earned_on_one_sale_pay_part_of_the_next(till: TillDriver, shop: DemoShop) -> None:
    window = till.window
    panel = window.sale_page.member
    till.start_selling()
    for code in (MILK, MILK, BREAD, shop.card_number):
        till.scan(code)
    assert panel.name.text() == "Noa Levi"
    assert panel.balances.text() == "0 points · this sale earns 2.89"
    assert panel.to_next.isVisible() and "Silver" in panel.to_next.text()
    pay_cash(till)

    till.scan(BOOK)
    till.scan(shop.card_number)
    assert panel.balances.text().startswith("2.89 points")
    assert panel.redeem.text() == "Points can pay up to ₪2.89 of this sale"
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    points = payment.tender_buttons[TenderKind.POINTS]
    assert points.isEnabled() and "₪2.89" in points.text()
    till.key(Qt.Key.Key_F3, payment)
    assert payment.amount.text() == "2.89"
    till.key(Qt.Key.Key_Return, payment.amount)
    till.wait(lambda: payment.figures["due"].text() == "₪87.01")
    assert "(2.89 points)" in payment.payments.item(0).text()
    assert not payment.tender_buttons[TenderKind.POINTS].isEnabled(), "the card has no more points to give"
    till.key(Qt.Key.Key_Return, payment.amount)
    till.no_dialog()

    with shop.till.uow() as uow:
        number = window.sale_page.message.text().split()[1]
        record = uow.sales.by_number(number)
        assert record is not None
        stored = uow.sales.loyalty_of(record.id)
    assert [(p.kind, p.amount.minor, p.points) for p in record.payments] == [
        (TenderKind.POINTS, 289, 289),
        (TenderKind.CASH, 8701, 0),
    ]
    assert stored is not None and stored["block"]["spent"] == 289 and stored["block"]["earned"] == 957


def test_points_beyond_the_balance_are_refused_in_the_dialog(till: TillDriver, shop: DemoShop) -> None:
    till.start_selling()
    for code in (MILK, BREAD, shop.card_number):
        till.scan(code)
    pay_cash(till)
    till.scan(BOOK)
    till.scan(shop.card_number)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_F3, payment)
    payment.amount.setText("50")
    till.key(Qt.Key.Key_Return, payment.amount)
    till.wait(lambda: payment.message.text() != "")
    assert payment.figures["paid"].text() == "₪0.00"


def test_a_gift_card_pays_part_and_cash_the_rest(till: TillDriver, shop: DemoShop) -> None:
    load_gift_card(shop, "9900000000011", Money(5000, "ILS"))
    till.start_selling()
    till.scan(BOOK)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_F4, payment)
    assert payment.reference.hasFocus()
    till.key(Qt.Key.Key_Return, payment.reference)
    till.wait(lambda: "gift card number" in payment.message.text())
    till.type("9900000000011", payment.reference)
    till.key(Qt.Key.Key_Return, payment.reference)  # the whole 89.90 is more than the card holds
    till.wait(lambda: "left" in payment.message.text())
    payment.amount.setText("50")
    till.key(Qt.Key.Key_Return, payment.reference)
    till.wait(lambda: payment.figures["due"].text() == "₪39.90")
    till.key(Qt.Key.Key_Return, payment.amount)
    till.no_dialog()
    with shop.till.uow() as uow:
        record = uow.sales.by_number("S1-T1-000001")
    assert record is not None
    assert [(p.kind, p.amount.minor) for p in record.payments] == [(TenderKind.GIFT, 5000), (TenderKind.CASH, 3990)]
