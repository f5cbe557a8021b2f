"""Gift certificates: a money balance used over several purchases, topped up, expiring, never spent twice silently."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.loyalty import Card, fold, issue_gift_card, price_sale, settle_sale, top_up_gift_card
from app.domain.loyalty.errors import (
    GiftCardExpired,
    InsufficientGiftBalance,
    InvalidGiftAmount,
    UnknownGiftCard,
)
from app.domain.loyalty.presets import gift_certificates
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import GIFT, T0, Ledger, cart_of, gift_payment, ils, pay_rest, product

BOOK = product("Book", "50.00", "books")
LAMP = product("Lamp", "70.00", "home")
RUG = product("Rug", "100.00", "home")


@pytest.fixture
def shop() -> Ledger:
    ledger = Ledger()
    ledger.add_card(Card("cert-1", "gift"))
    ledger.write([issue_gift_card("cert-1", ils("200.00"), gift_certificates(), T0, created_by="cashier-1")])
    return ledger


def left(shop: Ledger, days: int = 0) -> int:
    return shop.available("cert-1", T0 + timedelta(days=days), GIFT)


def test_a_gift_certificate_used_in_three_purchases(shop: Ledger) -> None:
    _, first = shop.sell(None, [(BOOK, 1000)], [], T0, gift=[("cert-1", ils("50.00"))])
    assert left(shop) == 15_000
    assert first.receipt is not None
    assert english(first.receipt.lines) == ["Gift card: 50 used, 150 left"]

    shop.sell(None, [(LAMP, 1000)], [], T0 + timedelta(days=3), gift=[("cert-1", ils("70.00"))])
    assert left(shop, 3) == 8_000

    pricing, third = shop.sell(None, [(RUG, 1000)], [], T0 + timedelta(days=9), gift=[("cert-1", ils("80.00"))])
    assert left(shop, 9) == 0
    assert third.receipt is not None
    assert english(third.receipt.lines) == ["Gift card: 80 used, 0 left"]
    assert pricing.priced.total == ils("100.00")  # the other 20.00 was paid in cash

    assert shop.states["cert-1"] == fold("cert-1", shop.of("cert-1"))
    with pytest.raises(InsufficientGiftBalance):
        shop.sell(None, [(BOOK, 1000)], [], T0 + timedelta(days=10), gift=[("cert-1", ils("1.00"))])


def test_two_offline_tills_spending_the_same_balance_show_an_overdraft(shop: Ledger) -> None:
    card = shop.member("cert-1")
    settlements = []
    for till in ("till-a", "till-b"):
        pricing = price_sale(cart_of((RUG, 2000)), None, [], T0)
        payments = pay_rest(pricing, gift_payment(ils("150.00"), "cert-1"))
        settlements.append(settle_sale(pricing, payments, None, T0, f"sale-{till}", gift_cards={"cert-1": card}))
    for settlement in settlements:
        shop.write(settlement.entries)

    balance = shop.states["cert-1"].balance(GIFT, T0)
    assert balance.available == -10_000
    assert balance.overdraft == 10_000
    assert shop.states["cert-1"] == fold("cert-1", shop.of("cert-1"))

    shop.write([top_up_gift_card(shop.member("cert-1"), ils("100.00"), gift_certificates(), T0)])
    assert left(shop) == 0


def test_an_expired_certificate_cannot_pay(shop: Ledger) -> None:
    after_a_year = T0 + timedelta(days=400)  # loaded in March 2025: valid to the end of March 2026

    with pytest.raises(GiftCardExpired) as refused:
        shop.sell(None, [(BOOK, 1000)], [], after_a_year, gift=[("cert-1", ils("50.00"))])
    assert refused.value.params["expired"] == ils("200.00")


def test_top_up_money_has_its_own_validity_and_older_money_is_spent_first(shop: Ledger) -> None:
    month = timedelta(days=30)
    shop.write([top_up_gift_card(shop.member("cert-1"), ils("100.00"), gift_certificates(), T0 + month)])

    _, settlement = shop.sell(None, [(RUG, 2000)], [], T0 + 2 * month, gift=[("cert-1", ils("200.00"))])

    (drawn,) = settlement.entries
    assert drawn.amount == -20_000
    assert left(shop, 60) == 10_000
    assert left(shop, 400) == 10_000  # the top-up of April 2025 is valid to the end of April 2026
    assert left(shop, 430) == 0


def test_loads_are_checked(shop: Ledger) -> None:
    with pytest.raises(InvalidGiftAmount):
        issue_gift_card("cert-2", ils("10.00"), gift_certificates(), T0)
    with pytest.raises(UnknownGiftCard):
        shop.sell(None, [(BOOK, 1000)], [], T0, gift=[("cert-404", ils("5.00"))])
