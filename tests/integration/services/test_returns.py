"""Returns by receipt: exact refunds per line and per tender, however the return is split."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cart import Adjustment
from app.domain.errors import InvalidQuantity
from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.sale import SaleRecord
from app.domain.tender import Payment, TenderKind
from app.services.returns import NothingToReturn, ReceiptNotFound
from tests.helpers.shop import DemoShop, build_shop


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoShop]:
    built = build_shop(Path(tmp_path_factory.mktemp("returns")) / "till.db")
    yield built
    built.till.close()


def sell(shop: DemoShop, scans: list[str], *, discount: int = 0, card: int = 0, cash_extra: int = 0) -> SaleRecord:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in scans:
        checkout.scan(sale, code)
    if discount:
        checkout.add_manual_discount(
            sale, Adjustment(Money(discount, "ILS"), "manual", Phrase.literal("goodwill")), approved_by=shop.manager_id
        )
    if card:
        checkout.add_payment(sale, Payment(TenderKind.CARD, Money(card, "ILS")))
    rest = sale.remaining
    if rest.minor:
        checkout.add_payment(sale, Payment(TenderKind.CASH, rest + Money(cash_extra, "ILS")))
    return checkout.complete(sale).record


def test_return_of_one_item_refunds_its_share_to_each_tender(shop: DemoShop) -> None:
    original = sell(shop, ["7290000000015", "7290000000015", "7290000000022"], discount=300, card=1000, cash_extra=500)
    assert original.total == Money(2330, "ILS")
    milk = original.lines[0]
    plan = shop.till.returns.plan(original.number, {milk.id: 1000})
    # the milk line (13.80 gross) carries 300 * 1380/2630 = 157 of the order discount; half of it is returned
    assert plan.total == Money(-(690 - 79), "ILS")
    assert sum(p.amount.minor for p in plan.refunds) == plan.total.minor
    record = shop.till.returns.execute(plan, cashier_id=shop.cashier_id, approved_by=shop.manager_id)
    assert record.original_sale_id == original.id
    report = shop.till.shifts.x_report()
    assert report.returns_count >= 1


def test_returning_everything_in_pieces_gives_back_exactly_what_was_paid(shop: DemoShop) -> None:
    original = sell(shop, ["7290000000039"] * 3 + ["2512345012504"], discount=777, card=2000, cash_extra=1000)
    coffee, cheese = original.lines
    returns = shop.till.returns
    steps = [{coffee.id: 1000}, {cheese.id: 400}, {coffee.id: 2000, cheese.id: 850}]
    records = [
        returns.execute(returns.plan(original.number, step), cashier_id=shop.cashier_id, approved_by=shop.manager_id)
        for step in steps
    ]
    assert sum(r.total.minor for r in records) == -original.total.minor
    by_tender: dict[str, int] = {}
    for record in records:
        for payment in record.payments:
            assert payment.reference is not None
            by_tender[payment.reference] = by_tender.get(payment.reference, 0) + payment.amount.minor
    card, cash = original.payments
    assert by_tender[card.id] == -card.amount.minor
    assert by_tender[cash.id] == -(cash.amount.minor - original.change.minor)
    with pytest.raises(InvalidQuantity):
        returns.plan(original.number, {coffee.id: 1000})


def test_bad_return_requests_are_refused(shop: DemoShop) -> None:
    original = sell(shop, ["7290000000022"])
    with pytest.raises(ReceiptNotFound):
        shop.till.returns.plan("T1-999999", {})
    with pytest.raises(NothingToReturn):
        shop.till.returns.plan(original.number, {})
    with pytest.raises(InvalidQuantity):
        shop.till.returns.plan(original.number, {original.lines[0].id: 2000})
    with pytest.raises(InvalidQuantity):
        shop.till.returns.plan(original.number, {original.lines[0].id: 500})


@settings(max_examples=25)
@given(
    scans=st.lists(
        st.sampled_from(["7290000000015", "7290000000022", "9780000000002", "2512345012504"]), min_size=1, max_size=6
    ),
    discount=st.integers(0, 500),
    card=st.integers(0, 3000),
    splits=st.lists(st.integers(1, 3), min_size=1, max_size=4),
)
def test_any_split_of_a_full_return_is_exact(
    shop: DemoShop, scans: list[str], discount: int, card: int, splits: list[int]
) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in scans:
        checkout.scan(sale, code)
    discount = min(discount, sale.due.minor)
    if discount:
        checkout.add_manual_discount(
            sale, Adjustment(Money(discount, "ILS"), "manual", Phrase.literal("x")), approved_by=shop.manager_id
        )
    if card and sale.remaining.minor:
        checkout.add_payment(sale, Payment(TenderKind.CARD, Money(min(card, sale.remaining.minor), "ILS")))
    if sale.remaining.minor:
        checkout.add_payment(sale, Payment(TenderKind.CASH, sale.remaining))
    original = checkout.complete(sale).record
    returns = shop.till.returns
    refunded = 0
    for divisor in [*splits, 1]:
        _, left = returns.find(original.number)
        step = {}
        for item in left:
            if item.qty_left:
                unit = 1000 if item.line.unit == "pc" else 1
                qty = max(unit, item.qty_left // divisor // unit * unit)
                step[item.line.id] = min(qty, item.qty_left)
        if not step:
            break
        refunded += returns.execute(
            returns.plan(original.number, step), cashier_id=shop.cashier_id, approved_by=shop.manager_id
        ).total.minor
    assert refunded == -original.total.minor
