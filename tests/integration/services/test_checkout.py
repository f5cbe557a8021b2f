"""Ringing up sales on a real SQLite till database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.errors import (
    CurrencyMismatch,
    InvalidQuantity,
    MalformedBarcode,
    NotFullyPaid,
    OverTender,
    UnknownBarcode,
)
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from app.services.loyalty_gateway import CardNotUsable
from app.store.models import OutboxRow, SaleRow
from tests.helpers.shop import DemoShop, build_shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[DemoShop]:
    built = build_shop(tmp_path / "till.db")
    yield built
    built.till.close()


def count(shop: DemoShop, model: type) -> int:
    with shop.till.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_cash_sale_is_stored_whole_with_exact_change(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    checkout.scan(sale, "7290000000015")
    checkout.scan(sale, "7290000000022")
    assert [line.qty_milli for line in sale.cart.lines] == [2000, 1000]
    assert sale.due == Money(2630, "ILS")
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(5000, "ILS")))
    done = checkout.complete(sale)
    assert done.record.change == Money(2370, "ILS")
    assert done.record.number.endswith("-000001")
    with shop.till.uow() as uow:
        stored = uow.sales.get(done.record.id)
    assert stored == done.record
    assert count(shop, OutboxRow) >= 2  # shift open + the sale


def test_scale_labels_carry_weight_or_price(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    weight_line = checkout.add_item(sale, "2512345012504")  # 1.250 kg of cheese at 59.90/kg
    price_line = checkout.add_item(sale, "2023456004505")  # cake labelled 4.50
    assert weight_line.qty_milli == 1250
    assert weight_line.gross == Money(7488, "ILS")  # 74.875 rounds half up
    assert price_line.gross == Money(450, "ILS")


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("7290000000046", UnknownBarcode),  # valid GTIN, not in the catalog
        ("7290000000016", MalformedBarcode),  # wrong check digit
        ("2512345012505", MalformedBarcode),  # scale label with a wrong check digit
        ("2599999012500", UnknownBarcode),  # scale label for an unknown item
        ("", MalformedBarcode),
        ("\x1b[A", MalformedBarcode),
    ],
)
def test_bad_scans_leave_the_cart_unchanged(shop: DemoShop, code: str, error: type[Exception]) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    before = sale.cart.lines
    with pytest.raises(error):
        checkout.scan(sale, code)
    assert sale.cart.lines == before


def test_bad_quantities_and_payments_are_refused_and_nothing_is_written(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    line = checkout.scan(sale, "7290000000015").line
    assert line is not None
    sales_before = count(shop, SaleRow)
    with pytest.raises(InvalidQuantity):
        checkout.set_quantity(sale, line.line_id, -1000)
    with pytest.raises(InvalidQuantity):
        checkout.set_quantity(sale, line.line_id, 1500)  # half a bottle of milk
    with pytest.raises(OverTender):
        checkout.add_payment(sale, Payment(TenderKind.CARD, Money(1000, "ILS")))
    with pytest.raises(CurrencyMismatch):
        checkout.add_payment(sale, Payment(TenderKind.CASH, Money(690, "USD")))
    with pytest.raises(NotFullyPaid):
        checkout.complete(sale)
    assert sale.cart.lines[0].qty_milli == 1000
    assert sale.payments == []
    assert count(shop, SaleRow) == sales_before
    checkout.add_payment(sale, Payment(TenderKind.CARD, Money(690, "ILS"), reference="slip 42"))
    assert checkout.complete(sale).record.change == Money(0, "ILS")


def test_split_tender_gives_change_only_from_cash(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "9780000000002")
    checkout.add_payment(sale, Payment(TenderKind.CARD, Money(5000, "ILS")))
    checkout.add_payment(sale, Payment(TenderKind.CASH, Money(5000, "ILS")))
    done = checkout.complete(sale)
    assert done.record.change == Money(1010, "ILS")
    assert [p.kind for p in done.record.payments] == [TenderKind.CARD, TenderKind.CASH]


def test_blocked_card_is_refused_and_the_sale_goes_on(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000015")
    with pytest.raises(CardNotUsable, match="reported lost"):
        checkout.scan(sale, shop.blocked_card_number)
    assert sale.card_id is None
    view = checkout.scan(sale, shop.card_number).member
    assert view is not None and view.member_name == "Noa Levi"
    assert sale.card_id == view.card_id


def test_void_needs_nothing_paid_back_and_is_counted(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    checkout.scan(sale, "7290000000022")
    record = checkout.void(sale, approved_by=shop.manager_id, reason="customer left")
    assert record.status.value == "voided"
    report = shop.till.shifts.x_report()
    assert report.voided_count == 1
    assert report.sales_count == 0


def test_z_report_adds_up_sales_tenders_and_cash(shop: DemoShop) -> None:
    checkout = shop.till.checkout
    for tenders in ([("cash", 2000)], [("card", 1250)], [("card", 500), ("cash", 1000)]):
        sale = checkout.start_sale(shop.cashier_id)
        checkout.scan(sale, "7290000000022")
        for kind, amount in tenders:
            checkout.add_payment(sale, Payment(TenderKind(kind), Money(amount, "ILS")))
        checkout.complete(sale)
    shop.till.shifts.move_cash(Money(-10000, "ILS"), "bank drop", by=shop.manager_id)
    report = shop.till.shifts.close(Money(42400, "ILS"), by=shop.manager_id)
    assert report.sales_count == 3
    assert report.sales_total == Money(3750, "ILS")
    assert report.tender(TenderKind.CASH).taken == Money(3000, "ILS")
    assert report.tender(TenderKind.CARD).taken == Money(1750, "ILS")
    assert report.change_given == Money(1000, "ILS")  # 750 from the first sale, 250 from the third
    # float 500.00 + cash 30.00 - change 10.00 - bank drop 100.00
    assert report.expected_cash == Money(42000, "ILS")
    assert report.difference == Money(400, "ILS")
    assert report.z_number == 1
    assert sum((t.gross for t in report.taxes), Money(0, "ILS")) == report.net_total
    assert shop.till.shifts.current() is None
