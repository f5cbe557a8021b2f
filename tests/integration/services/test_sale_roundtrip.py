"""Property: whatever is rung up, the completed sale reads back from the database exactly as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.cart import Adjustment
from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.tender import Payment, TenderKind
from app.services.documents import sale_document, sale_from_document
from tests.helpers.shop import DemoShop, build_shop

SCANS = ["7290000000015", "7290000000022", "7290000000039", "9780000000002", "2512345012504", "2023456004505"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoShop]:
    built = build_shop(Path(tmp_path_factory.mktemp("roundtrip")) / "till.db")
    yield built
    built.till.close()


@settings(max_examples=60)
@given(
    scans=st.lists(st.sampled_from(SCANS), min_size=1, max_size=15),
    discount_pct=st.integers(0, 100),
    card_share=st.integers(0, 100),
    cash_extra=st.integers(0, 20_000),
)
def test_completed_sales_round_trip(
    shop: DemoShop, scans: list[str], discount_pct: int, card_share: int, cash_extra: int
) -> None:
    checkout = shop.till.checkout
    sale = checkout.start_sale(shop.cashier_id)
    for code in scans:
        checkout.scan(sale, code)
    if discount_pct:
        amount = sale.due.times(discount_pct, 200)
        checkout.add_manual_discount(
            sale,
            Adjustment(amount, "manual", Phrase.literal(f"{discount_pct / 2}% goodwill")),
            approved_by=shop.manager_id,
        )
    due = sale.due
    card_part = due.times(card_share, 100)
    if card_part.minor:
        checkout.add_payment(sale, Payment(TenderKind.CARD, card_part, reference="slip"))
    rest = due - card_part
    if rest.minor:
        checkout.add_payment(sale, Payment(TenderKind.CASH, rest + Money(cash_extra, due.currency)))
    elif not sale.payments:
        pass  # a fully discounted sale needs no payment
    done = checkout.complete(sale)
    with shop.till.uow() as uow:
        stored = uow.sales.get(done.record.id)
        by_number = uow.sales.by_number(done.record.number)
    assert stored == done.record == by_number
    assert sale_from_document(sale_document(done.record, [])) == done.record
