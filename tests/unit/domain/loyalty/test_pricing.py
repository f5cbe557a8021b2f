"""Pricing: discount cards, stacking order, best-of, "does not combine", coupons, perks, what points may pay."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.cart import Adjustment, Cart
from app.domain.loyalty import (
    Card,
    Coupon,
    DiscountCard,
    Member,
    PresentedCoupon,
    RepeatRedeemerPerk,
    Scope,
    StackingMode,
    StackingRule,
    check_coupon,
    fold,
    issue_coupon,
    price_sale,
    settle_sale,
)
from app.domain.loyalty.errors import CardBlocked, CouponExpired, CouponUsed, ReceiptTooSmall
from app.domain.loyalty.presets import CLASSIC, discount_card_10, red_cube_bonus
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import T0, Ledger, cart_of, cash, ils, pay_rest, product

SHIRT = product("Shirt", "100.00", "clothes")
CIGARETTES = product("Cigarettes", "30.00", "tobacco")
GIFT_CARD = product("Gift card 50", "50.00", "gift-cards")


def member(family: str = CLASSIC, **state: object) -> Member:
    return Member.new(Card("eve", family, **state))  # type: ignore[arg-type]


def coupon(code: str = "SPRING", **fields: object) -> Coupon:
    values: dict[str, object] = {"id": f"coupon-{code}", "name": "Spring sale", "code": code, "currency": "ILS"}
    if "percent_bp" not in fields:
        values["value_minor"] = 1000
    values.update(fields)
    return Coupon(**values)  # type: ignore[arg-type]


def presented(c: Coupon) -> PresentedCoupon:
    return PresentedCoupon(c, fold(c.id, [issue_coupon(c, T0 - timedelta(days=1))]))


def test_a_discount_card_takes_10_percent_except_excluded_goods() -> None:
    pricing = price_sale(cart_of((SHIRT, 1000), (GIFT_CARD, 1000)), member(), [discount_card_10()], T0)

    assert pricing.priced.total == ils("140.00")
    (applied,) = pricing.applied
    assert str(applied.explanation) == "Discount card 10% - member card"
    assert [a.line_id for a in pricing.adjustments] == [pricing.base.lines[0].line.line_id]


def test_adjustments_go_straight_into_the_cart_and_old_ones_are_ignored_on_repricing() -> None:
    cart = Cart("ILS")
    cart.add(SHIRT, 2000)
    cart.add_manual_discount(Adjustment(ils("20.00"), "manual", "damaged box"))

    first = price_sale(cart.priced(), member(), [discount_card_10()], T0)
    cart.set_program_adjustments(first.adjustments)
    again = price_sale(cart.priced(), member(), [discount_card_10()], T0)

    assert cart.priced().total == ils("162.00")  # 200 - 20 manual, then 10% of 180
    assert again.adjustments == first.adjustments
    assert again.priced.total == cart.priced().total


def test_additive_discounts_apply_in_priority_order_on_what_is_left() -> None:
    ten = replace(discount_card_10(), priority=1)
    five = DiscountCard(id="five", name="Five", family=CLASSIC, percent_bp=500, priority=2)

    pricing = price_sale(cart_of((SHIRT, 1000)), member(), [five, ten], T0)

    assert [str(rule.title) for rule in pricing.applied] == ["Discount card 10%", "Five 5%"]
    assert pricing.priced.total == ils("85.50")  # 100 - 10, then 5% of 90


def test_best_of_gives_only_the_larger_discount_and_says_why() -> None:
    ten = discount_card_10()
    fifteen = DiscountCard(id="fifteen", name="Fifteen", family=CLASSIC, percent_bp=1500)
    best_of = StackingRule(id="best", name="Best offer", family=CLASSIC, mode=StackingMode.BEST_OF)

    pricing = price_sale(cart_of((SHIRT, 1000)), member(), [ten, fifteen, best_of], T0)

    assert [str(rule.title) for rule in pricing.applied] == ["Fifteen 15%"]
    assert tuple(english(pricing.notes)) == ("Discount card 10% not combined: Fifteen 15% saves more (15 vs 10)",)


def test_a_program_that_does_not_combine_stands_alone_when_it_saves_more() -> None:
    ten = discount_card_10()
    five = DiscountCard(id="five", name="Five", family=CLASSIC, percent_bp=500)
    solo = DiscountCard(id="solo", name="Solo", family=CLASSIC, percent_bp=1200, combines=False)

    together = price_sale(cart_of((SHIRT, 1000)), member(), [ten, five, solo], T0)
    alone = price_sale(cart_of((SHIRT, 1000)), member(), [ten, replace(solo, percent_bp=2000)], T0)

    assert [str(rule.title) for rule in together.applied] == ["Discount card 10%", "Five 5%"]  # 14.50 > 12
    assert [str(rule.title) for rule in alone.applied] == ["Solo 20%"]


def test_a_value_coupon_with_a_minimum_receipt() -> None:
    spring = presented(coupon(min_receipt_minor=5000))

    applied = price_sale(cart_of((SHIRT, 1000)), None, [], T0, coupons=[spring])
    refused = price_sale(cart_of((CIGARETTES, 1000)), None, [], T0, coupons=[spring])

    assert applied.priced.total == ils("90.00")
    assert str(applied.applied[0].explanation) == "Coupon SPRING 10 off - Spring sale (receipts from 50)"
    assert refused.priced.total == ils("30.00")
    (rejected,) = refused.rejected_coupons
    assert isinstance(rejected.error, ReceiptTooSmall)
    assert str(rejected.explanation) == "coupon SPRING: coupon SPRING needs a receipt of at least 50; this one is 30"


def test_a_single_use_coupon_is_used_once_and_an_offline_second_use_shows_as_an_overdraft() -> None:
    single = coupon()
    shown = presented(single)
    settled = []
    for till in ("a", "b"):  # two offline tills both accept it
        pricing = price_sale(cart_of((SHIRT, 1000)), None, [], T0, coupons=[shown])
        settled.append(settle_sale(pricing, pay_rest(pricing), None, T0, f"sale-{till}", coupons=[shown]))
    ledger = Ledger()
    ledger.write([issue_coupon(single, T0 - timedelta(days=1))])
    for settlement in settled:
        ledger.write(settlement.entries)

    uses = ledger.states[single.id].balance(single.account, T0)
    assert uses.available == -1
    with pytest.raises(CouponUsed):
        check_coupon(PresentedCoupon(single, ledger.states[single.id]), T0)


def test_an_expired_coupon_is_refused() -> None:
    old = presented(coupon(valid_until=T0 - timedelta(days=1)))

    with pytest.raises(CouponExpired):
        check_coupon(old, T0)
    assert price_sale(cart_of((SHIRT, 1000)), None, [], T0, coupons=[old]).adjustments == ()


def test_a_percent_coupon_respects_its_scope() -> None:
    clothes = presented(coupon("CLOTHES20", percent_bp=2000, scope=Scope(categories=frozenset({"clothes"}))))

    pricing = price_sale(cart_of((SHIRT, 1000), (CIGARETTES, 1000)), None, [], T0, coupons=[clothes])

    assert pricing.priced.total == ils("110.00")


def test_repeat_redeemers_get_an_extra_discount_without_spending_points() -> None:
    family = [
        red_cube_bonus(),
        RepeatRedeemerPerk(id="perk", name="Loyal", family="red-cube", after_redemptions=2, percent_bp=300),
    ]
    shop = Ledger()
    shop.add_card(Card("eve", "red-cube"))
    for day in range(5):
        shop.sell("eve", [(SHIRT, 1000)], family, T0 + timedelta(days=day))
    for day in range(5, 8):
        before = price_sale(cart_of((SHIRT, 1000)), shop.member("eve"), family, T0 + timedelta(days=day))
        assert before.applied == ()
        shop.sell("eve", [(SHIRT, 1000)], family, T0 + timedelta(days=day), points=ils("1.00"))

    pricing = price_sale(cart_of((SHIRT, 1000)), shop.member("eve"), family, T0 + timedelta(days=9))

    assert str(pricing.applied[0].explanation) == "Loyal 3% - points spent in 3 sales (more than 2)"


def test_what_points_may_pay_is_limited_and_explained() -> None:
    family = [replace(red_cube_bonus(), min_receipt_minor=5000, min_balance=2000)]
    shop = Ledger()
    shop.add_card(Card("eve", "red-cube"))
    shop.sell("eve", [(SHIRT, 1000)], family, T0)  # 11 points
    later = T0 + timedelta(days=1)

    small = price_sale(cart_of((CIGARETTES, 1000)), shop.member("eve"), family, later)
    low = price_sale(cart_of((SHIRT, 1000)), shop.member("eve"), family, later)
    shop.sell("eve", [(SHIRT, 1000)], family, later)  # 22 points
    offline = price_sale(cart_of((SHIRT, 1000)), shop.member("eve"), family, later, redeem_limit=500)

    assert small.redemption is not None and str(small.redemption.reason) == "points can pay for receipts from 50"
    assert low.redemption is not None and str(low.redemption.reason) == "points can be spent from a balance of 20"
    assert offline.max_redeemable_points == 500
    assert offline.redemption is not None and str(offline.redemption.reason) == "offline limit 5 points"


def test_a_blocked_card_is_refused() -> None:
    with pytest.raises(CardBlocked):
        price_sale(cart_of((SHIRT, 1000)), member(blocked=True), [discount_card_10()], T0)


def test_programs_of_another_family_or_out_of_their_dates_do_not_apply() -> None:
    other = replace(discount_card_10(), family="other")
    ended = replace(discount_card_10(), id="ended", valid_until=T0)
    for_everyone = replace(discount_card_10(), id="all", family="*", valid_from=T0 - timedelta(days=1))

    pricing = price_sale(cart_of((SHIRT, 1000)), member(), [other, ended, for_everyone], T0)
    walk_in = price_sale(cart_of((SHIRT, 1000)), None, [for_everyone], T0)

    assert [rule.program_id for rule in pricing.applied] == ["all"]
    assert walk_in.applied == ()
    assert settle_sale(walk_in, [cash(ils("100.00"))], None, T0, "s").entries == ()
