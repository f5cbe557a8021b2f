"""A cashier at the real till window: login, scanning, quantities, removing, paying, cards, voids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.money import Money
from app.domain.sale import SaleRecord, SaleStatus
from app.store.models import AuditRow, SaleRow
from app.ui.dialogs.approval import ApprovalDialog
from app.ui.dialogs.payment import PaymentDialog
from app.ui.dialogs.price_lookup import PriceLookupDialog
from app.ui.window import TillWindow
from tests.gui.driver import TillDriver
from tests.helpers.shop import DemoShop

MILK = "7290000000015"
BREAD = "7290000000022"
COFFEE = "7290000000039"


def stored_sales(shop: DemoShop) -> list[SaleRecord]:
    with shop.till.uow() as uow:
        ids = list(uow.session.scalars(select(SaleRow.id).order_by(SaleRow.number)))
        return [record for sale_id in ids if (record := uow.sales.get(sale_id)) is not None]


def test_a_wrong_pin_keeps_the_till_locked_and_the_right_one_opens_the_sale_screen(
    till: TillDriver, window: TillWindow
) -> None:
    till.login("4321")
    till.wait(lambda: "Wrong PIN" in window.login_page.message.text())
    assert window.login_page.isVisible()
    assert window.login_page.pin.text() == ""
    till.start_selling("1111")
    assert window.status_bar.cashier.text() == "Dana"
    assert "Shift since" in window.status_bar.shift.text()


def test_a_keyboard_only_cash_sale_from_scan_to_change(till: TillDriver, window: TillWindow, shop: DemoShop) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan(MILK)
    till.scan(BREAD)
    assert till.lines() == [("Milk 1L", "2", "13.80"), ("Bread", "1", "12.50")]
    till.type("3*")  # three of the selected line (the bread, scanned last)
    assert till.lines()[1] == ("Bread", "3", "37.50")
    till.key(Qt.Key.Key_Up)
    till.key(Qt.Key.Key_Delete)  # the milk goes
    assert till.lines() == [("Bread", "3", "37.50")]
    assert window.sale_page.totals.due_text == "₪37.50"

    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    assert payment.amount.hasFocus()
    till.type("50", payment.amount)  # replaces the amount due that was pre-filled and selected
    till.key(Qt.Key.Key_Return, payment.amount)
    till.no_dialog()
    till.wait(lambda: window.sale_page.totals.due_text == "₪12.50")  # the change, shown big
    assert "Change" in window.sale_page.totals._caption.text()
    assert till.lines() == []
    till.wait(window.sale_page.scan.hasFocus)

    [sale] = stored_sales(shop)
    assert (sale.status, sale.total, sale.change) == (SaleStatus.COMPLETED, Money(3750, "ILS"), Money(1250, "ILS"))


def test_a_split_payment_card_then_cash(till: TillDriver, window: TillWindow, shop: DemoShop) -> None:
    till.start_selling()
    till.scan(COFFEE)
    till.scan(BREAD)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_F2, payment)  # card
    till.type("10", payment.amount)
    till.key(Qt.Key.Key_Return, payment.amount)
    till.wait(lambda: payment.figures["due"].text() == "₪14.50")
    assert payment.tender_buttons[payment.tender].objectName() == "tender_cash"
    till.key(Qt.Key.Key_Return, payment.amount)  # cash, the rest exactly
    till.no_dialog()
    [record] = stored_sales(shop)
    assert [(p.kind.value, p.amount) for p in record.payments] == [
        ("card", Money(1000, "ILS")),
        ("cash", Money(1450, "ILS")),
    ]


def test_a_card_payment_larger_than_due_is_refused_in_the_dialog(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    till.scan(MILK)
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_F2, payment)
    till.type("100", payment.amount)
    till.key(Qt.Key.Key_Return, payment.amount)
    till.wait(lambda: "only cash gives change" in payment.message.text())
    assert payment.isVisible()
    assert payment.figures["paid"].text() == "₪0.00"


def test_a_member_card_shows_the_member_panel(till: TillDriver, window: TillWindow, shop: DemoShop) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan(shop.card_number)
    panel = window.sale_page.member
    assert panel.details.isVisible()
    assert panel.name.text() == "Noa Levi"
    assert "0015" in panel.card.text() and shop.card_number not in panel.card.text()
    till.key(Qt.Key.Key_F3)  # take the card off again
    assert not panel.details.isVisible()


def test_a_blocked_card_shows_a_banner_and_the_sale_goes_on(
    till: TillDriver, window: TillWindow, shop: DemoShop
) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan(shop.blocked_card_number)
    panel = window.sale_page.member
    assert panel.banner.isVisible()
    assert "blocked" in panel.banner_text.text() and "reported lost" in panel.banner_text.text()
    assert shop.blocked_card_number not in panel.banner_text.text()
    till.scan(BREAD)
    assert [name for name, _q, _t in till.lines()] == ["Milk 1L", "Bread"]
    till.key(Qt.Key.Key_F12)
    payment = till.dialog(PaymentDialog)
    till.key(Qt.Key.Key_Return, payment.amount)
    till.no_dialog()
    [sale] = stored_sales(shop)
    assert sale.card_id is None and sale.total == Money(1940, "ILS")


def test_an_unknown_code_is_explained_and_changes_nothing(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    till.scan(MILK)
    till.scan("7290000000046")
    assert "No product has the code" in window.sale_page.message.text()
    assert till.lines() == [("Milk 1L", "1", "6.90")]


def test_void_needs_a_manager_pin(till: TillDriver, window: TillWindow, shop: DemoShop) -> None:
    till.start_selling()
    till.scan(MILK)
    till.key(Qt.Key.Key_F8)
    approval = till.dialog(ApprovalDialog)
    till.enter("1111", approval.field)  # the cashier's own PIN is not enough
    till.wait(lambda: "manager" in approval.message.text().lower())
    assert approval.isVisible()
    till.enter("9999", approval.field)
    till.no_dialog()
    till.wait(lambda: "voided" in window.sale_page.message.text())
    assert till.lines() == []
    [sale] = stored_sales(shop)
    assert sale.status is SaleStatus.VOIDED
    assert sale.approved_by == shop.manager_id
    with shop.till.uow() as uow:
        actions = list(uow.session.scalars(select(AuditRow.action)))
    assert "sale.void" in actions


def test_price_lookup_by_name_adds_the_chosen_item(till: TillDriver, window: TillWindow) -> None:
    till.start_selling()
    till.key(Qt.Key.Key_F2)
    lookup = till.dialog(PriceLookupDialog)
    till.type("Co", lookup.field)
    till.wait(lambda: lookup.results.rowCount() == 1)
    assert lookup.results.item(0, 0).text() == "Coffee"  # type: ignore[union-attr]
    assert lookup.results.item(0, 1).text() == "₪12.00"  # type: ignore[union-attr]
    till.key(Qt.Key.Key_Return, lookup.field)
    till.no_dialog()
    assert till.lines() == [("Coffee", "1", "12.00")]
