"""The Red Cube scheme as a shop owner checks it: 11% back, 1 point = 1 shekel, any product payable with points."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.loyalty import Account, Card, price_sale, settle_sale
from app.domain.loyalty.errors import CapExceeded, InsufficientPoints
from app.domain.loyalty.presets import RED_CUBE, red_cube_bonus, red_cube_promo
from app.domain.money import Money
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import ILS, POINTS, T0, Ledger, cart_of, cash, ils, product

SHIRT = product("Shirt", "37.70", "clothes")
MUG = product("Mug", "18.85", "home")
VASE = product("Vase", "100.00", "home")


@pytest.fixture
def shop() -> Ledger:
    ledger = Ledger()
    ledger.add_card(Card("anna", RED_CUBE))
    return ledger


def test_eleven_percent_of_37_70_is_4_15_points(shop: Ledger) -> None:
    pricing, settlement = shop.sell("anna", [(SHIRT, 1000)], [red_cube_bonus()], T0)

    assert pricing.points_preview == 415
    assert settlement.earned == 415
    assert shop.available("anna", T0) == 415
    assert settlement.receipt is not None
    assert "Red Cube bonus: 4.15 points - 11% of 37.70" in english(settlement.receipt.lines)
    assert "Points balance: 4.15" in english(settlement.receipt.lines)


def test_the_fraction_is_kept_for_the_whole_receipt_not_lost_per_line(shop: Ledger) -> None:
    # Two mugs of 18.85 would earn 2.07 + 2.07 = 4.14 if each line were rounded; the receipt earns 4.15.
    _, settlement = shop.sell("anna", [(MUG, 1000), (product("Mug 2", "18.85"), 1000)], [red_cube_bonus()], T0)

    assert settlement.earned == 415
    assert sorted(share.parts[settlement.entries[0].id] for share in settlement.shares) == [207, 208]


def test_points_pay_for_anything_one_point_one_shekel_and_the_points_part_earns_nothing(shop: Ledger) -> None:
    program = [red_cube_bonus()]
    shop.sell("anna", [(VASE, 1000)], program, T0)  # 11.00 points
    later = T0 + timedelta(days=1)

    pricing = price_sale(cart_of((SHIRT, 1000)), shop.member("anna"), program, later)
    assert pricing.max_redeemable_points == 1100
    assert pricing.redemption is not None
    assert pricing.redemption.max_value == ils("11.00")

    _, settlement = shop.sell("anna", [(SHIRT, 1000)], program, later, points=ils("11.00"))

    assert settlement.spent == 1100
    assert settlement.earned == 294  # 11% of the 26.70 paid in cash (2.937)
    assert shop.available("anna", later) == 294
    assert shop.states["anna"].counter("redemptions") == 1


def test_a_whole_receipt_can_be_paid_with_points(shop: Ledger) -> None:
    program = [red_cube_bonus()]
    for day in range(4):
        shop.sell("anna", [(VASE, 1000)], program, T0 + timedelta(days=day))
    later = T0 + timedelta(days=5)
    assert shop.available("anna", later) == 4400

    _, settlement = shop.sell("anna", [(SHIRT, 1000)], program, later, points=ils("37.70"))

    assert settlement.earned == 0
    assert shop.available("anna", later) == 4400 - 3770


def test_paying_more_points_than_the_card_has_is_refused(shop: Ledger) -> None:
    program = [red_cube_bonus()]
    shop.sell("anna", [(SHIRT, 1000)], program, T0)

    with pytest.raises(InsufficientPoints) as refused:
        shop.sell("anna", [(VASE, 1000)], program, T0, points=ils("5.00"))

    assert refused.value.params == {"wanted": 500, "available": 415}
    assert shop.available("anna", T0) == 415


def test_a_cap_on_the_receipt_share_is_enforced(shop: Ledger) -> None:
    program = [replace(red_cube_bonus(), cap_bp=5000)]
    for day in range(3):
        shop.sell("anna", [(VASE, 1000)], program, T0 + timedelta(days=day))

    pricing = price_sale(cart_of((SHIRT, 1000)), shop.member("anna"), program, T0 + timedelta(days=4))
    assert pricing.redemption is not None
    assert pricing.redemption.max_value == ils("18.85")
    assert str(pricing.redemption.reason) == "up to 50% of the receipt"
    with pytest.raises(CapExceeded):
        shop.sell("anna", [(SHIRT, 1000)], program, T0 + timedelta(days=4), points=ils("20.00"))


def test_weekend_promotion_gives_30_percent(shop: Ledger) -> None:
    friday = T0 + timedelta(days=4)  # T0 is a Monday
    assert friday.weekday() == 4

    _, weekday = shop.sell("anna", [(VASE, 1000)], [red_cube_promo()], T0)
    _, weekend = shop.sell("anna", [(VASE, 1000)], [red_cube_promo()], friday)

    assert weekday.earned == 1100
    assert weekend.earned == 3000
    assert weekend.receipt is not None
    assert "Red Cube bonus: 30 points - 30% (weekend promotion) of 100" in english(weekend.receipt.lines)


def test_each_currency_has_its_own_points_account(shop: Ledger) -> None:
    programs = [red_cube_bonus("ILS"), red_cube_bonus("GEL")]
    gel_shirt = product("Shirt", "37.70", "clothes", currency="GEL")

    pricing = price_sale(cart_of((gel_shirt, 1000), currency="GEL"), shop.member("anna"), programs, T0)
    settlement = settle_sale(pricing, [cash(Money(3770, "GEL"))], shop.member("anna"), T0, "sale-gel")
    shop.write(settlement.entries)

    assert settlement.earned == 415
    assert shop.available("anna", T0, Account.points("GEL")) == 415
    assert shop.available("anna", T0, Account.points(ILS)) == 0


def test_balance_is_always_the_fold_of_the_ledger(shop: Ledger) -> None:
    program = [red_cube_bonus()]
    for day in range(5):
        shop.sell("anna", [(VASE, 1000), (SHIRT, 2000)], program, T0 + timedelta(days=day))
    shop.sell("anna", [(MUG, 1000)], program, T0 + timedelta(days=6), points=ils("18.85"))

    assert shop.states["anna"] == shop.rebuilt("anna")
    assert shop.states["anna"].balance(POINTS, T0 + timedelta(days=7)).available == sum(
        e.amount for e in shop.of("anna") if e.account == POINTS
    )
