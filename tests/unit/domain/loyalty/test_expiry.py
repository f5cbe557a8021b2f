"""Expiry and first-in-first-out: the earliest-expiring points go first, expired points are never spent."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.domain.loyalty import Card, EntryKind, expire_lots, fold, price_sale
from app.domain.loyalty.presets import RED_CUBE, red_cube_bonus
from tests.helpers.words import english
from tests.unit.domain.loyalty.factories import POINTS, T0, Ledger, cart_of, ils, product

VASE = product("Vase", "100.00", "home")
DAY = timedelta(days=1)
EXPIRING = [replace(red_cube_bonus(), expiry_months=3, pending_days=14)]


def shop_with_two_lots() -> Ledger:
    shop = Ledger()
    shop.add_card(Card("fay", RED_CUBE))
    shop.sell("fay", [(VASE, 1000)], EXPIRING, T0)  # 11 points, spendable from 18 March, expire at the end of June
    shop.sell("fay", [(VASE, 2000)], EXPIRING, T0 + 30 * DAY)  # 22 points on 2 April, expire at the end of July
    return shop


def test_points_wait_for_the_return_window_then_become_spendable() -> None:
    shop = Ledger()
    shop.add_card(Card("fay", RED_CUBE))
    shop.sell("fay", [(VASE, 1000)], EXPIRING, T0)

    at_10_days = shop.states["fay"].balance(POINTS, T0 + 10 * DAY)
    assert (at_10_days.available, at_10_days.pending) == (0, 1100)
    assert price_sale(cart_of((VASE, 1000)), shop.member("fay"), EXPIRING, T0 + 10 * DAY).max_redeemable_points == 0
    assert shop.available("fay", T0 + 14 * DAY) == 0  # spendable from the next midnight
    assert shop.available("fay", datetime(2025, 3, 18, tzinfo=UTC)) == 1100


def test_a_redemption_draws_the_earliest_expiring_lot_first() -> None:
    shop = shop_with_two_lots()

    _, settlement = shop.sell("fay", [(VASE, 1000)], EXPIRING, T0 + 50 * DAY, points=ils("15.00"))

    draws = [e for e in settlement.entries if e.kind is EntryKind.REDEEM]
    first_lot, second_lot = sorted(
        (e for e in shop.entries.values() if e.kind is EntryKind.EARN), key=lambda e: e.created_at
    )[:2]
    assert [(d.lot_id, d.amount) for d in draws] == [(first_lot.lot_id, -1100), (second_lot.lot_id, -400)]
    assert draws[0].expires_at == first_lot.expires_at  # the draw records what it took from


def test_expired_points_are_not_spendable_and_are_written_off_once() -> None:
    shop = shop_with_two_lots()
    after_first_expiry = datetime(2025, 7, 2, tzinfo=UTC)

    assert shop.available("fay", after_first_expiry) == 2200
    written = expire_lots(shop.states["fay"], after_first_expiry)
    again = expire_lots(shop.states["fay"], after_first_expiry)

    assert [(e.kind, e.amount) for e in written] == [(EntryKind.EXPIRE, -1100)]
    assert [e.id for e in again] == [e.id for e in written]  # any till computes the same row
    assert written[0].created_at == written[0].expires_at  # dated at the expiry, not when it was noticed
    shop.write(written)
    shop.write(again)
    assert shop.states["fay"].balance(POINTS, after_first_expiry).expired == 0
    assert expire_lots(shop.states["fay"], after_first_expiry) == []
    assert shop.states["fay"] == fold("fay", shop.of("fay"))


def test_a_grace_period_delays_the_write_off_but_not_the_expiry() -> None:
    shop = shop_with_two_lots()
    just_after = datetime(2025, 7, 3, tzinfo=UTC)

    assert expire_lots(shop.states["fay"], just_after, grace=timedelta(days=7)) == []
    assert shop.states["fay"].balance(POINTS, just_after).expired == 1100


def test_the_receipt_warns_of_points_expiring_soon() -> None:
    shop = shop_with_two_lots()

    _, settlement = shop.sell("fay", [(VASE, 1000)], EXPIRING, datetime(2025, 6, 10, tzinfo=UTC))

    assert settlement.receipt is not None
    assert settlement.receipt.expiring is not None
    assert (settlement.receipt.expiring.points, settlement.receipt.expiring.last_day.isoformat()) == (
        1100,
        "2025-06-30",
    )
    assert "11 points valid until 2025-06-30" in english(settlement.receipt.lines)
