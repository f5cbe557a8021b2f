""" "Buy 9 coffees, get the 10th free", as the café owner would check it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.loyalty import Account, Card, price_sale, reverse_sale
from app.domain.loyalty.presets import COFFEE, coffee_stamp_card
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import T0, Ledger, cart_of, ils, product

ESPRESSO = product("Espresso", "8.00", "coffee")
LATTE = product("Latte", "14.00", "coffee")
CROISSANT = product("Croissant", "9.00", "bakery")
STAMPS = Account.stamps("coffee-stamps")


@pytest.fixture
def cafe() -> Ledger:
    ledger = Ledger()
    ledger.add_card(Card("dana", COFFEE))
    return ledger


def stamps(cafe: Ledger) -> int:
    return cafe.available("dana", T0 + timedelta(days=100), STAMPS)


def test_nine_coffees_then_the_tenth_is_free(cafe: Ledger) -> None:
    card = [coffee_stamp_card()]
    for day in range(9):
        pricing, settlement = cafe.sell("dana", [(LATTE, 1000)], card, T0 + timedelta(days=day))
        assert pricing.adjustments == ()
    assert stamps(cafe) == 9
    assert settlement.receipt is not None
    assert "Coffee card: 9 of 9 stamps" in english(settlement.receipt.lines)

    pricing, settlement = cafe.sell("dana", [(LATTE, 1000), (CROISSANT, 1000)], card, T0 + timedelta(days=10))

    assert pricing.priced.total == ils("9.00")
    (adjustment,) = pricing.adjustments
    assert adjustment.amount == ils("14.00")
    assert str(adjustment.explanation) == "Coffee card: 1 free - 9 stamps each (card had 9)"
    assert stamps(cafe) == 0
    assert settlement.receipt is not None
    assert "Coffee card: 0 of 9 stamps" in english(settlement.receipt.lines)


def test_ten_coffees_in_one_order_the_tenth_is_free_and_it_is_the_cheapest(cafe: Ledger) -> None:
    pricing, _ = cafe.sell("dana", [(LATTE, 8000), (ESPRESSO, 2000)], [coffee_stamp_card()], T0)

    assert pricing.priced.total == ils("120.00")  # 8 lattes + 2 espressos = 128, one espresso free
    (adjustment,) = pricing.adjustments
    assert adjustment.amount == ils("8.00")
    assert stamps(cafe) == 0


def test_only_qualifying_items_earn_stamps(cafe: Ledger) -> None:
    cafe.sell("dana", [(CROISSANT, 3000), (ESPRESSO, 2000)], [coffee_stamp_card()], T0)

    assert stamps(cafe) == 2


def test_returning_the_free_coffee_gives_the_stamps_back(cafe: Ledger) -> None:
    card = [coffee_stamp_card()]
    cafe.sell("dana", [(LATTE, 9000)], card, T0)
    _, settlement = cafe.sell("dana", [(LATTE, 1000)], card, T0 + timedelta(days=1))
    assert stamps(cafe) == 0

    line = settlement.shares[0].line_id
    back = reverse_sale(settlement.entries, settlement.shares, {line: 1000}, T0 + timedelta(days=2), "return-1")
    cafe.write(back.entries)

    assert stamps(cafe) == 9
    assert "Stamps given back: 9" in english(back.explanations)


def test_returning_a_paid_coffee_takes_its_stamp_back(cafe: Ledger) -> None:
    _, settlement = cafe.sell("dana", [(LATTE, 3000)], [coffee_stamp_card()], T0)

    line = settlement.shares[0].line_id
    back = reverse_sale(settlement.entries, settlement.shares, {line: 1000}, T0 + timedelta(days=1), "return-1")
    cafe.write(back.entries)

    assert stamps(cafe) == 2


def test_a_member_without_enough_stamps_pays_for_every_coffee(cafe: Ledger) -> None:
    pricing = price_sale(cart_of((LATTE, 5000)), cafe.member("dana"), [coffee_stamp_card()], T0)

    assert pricing.adjustments == ()
    (plan,) = pricing.stamp_plans
    assert plan.stamps_earned == 5
    assert plan.stamps_spent == 0
