"""Returns reverse exactly: earned points taken back, paid points given back, in proportion, with no drift."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.errors import UnknownLine
from app.domain.loyalty import Card, LineShare, ReturnResult, Settlement, reverse_sale
from app.domain.loyalty.errors import ReturnExceedsSale
from app.domain.loyalty.presets import RED_CUBE, red_cube_bonus
from tests.unit.domain.loyalty.factories import POINTS, T0, Ledger, ils, product

SHIRT = product("Shirt", "33.33", "clothes")
VASE = product("Vase", "100.00", "home")
DAY = timedelta(days=1)


def shop_after_sale(pending_days: int = 0) -> tuple[Ledger, Settlement]:
    programs = [replace(red_cube_bonus(), pending_days=pending_days)]
    shop = Ledger()
    shop.add_card(Card("hal", RED_CUBE))
    for day in range(3):
        shop.sell("hal", [(VASE, 1000)], [red_cube_bonus()], T0 - (30 - day) * DAY)  # 33 points
    _, sale = shop.sell("hal", [(SHIRT, 3000), (VASE, 1000)], programs, T0, points=ils("20.00"))
    return shop, sale


def return_(
    shop: Ledger, sale: Settlement, returning: dict[str, int], before: dict[str, int], days: int
) -> ReturnResult:
    ids = {e.id for e in sale.entries}
    earlier = [e for e in shop.entries.values() if e.ref in ids]
    result = reverse_sale(
        [*sale.entries, *earlier], sale.shares, returning, T0 + days * DAY, f"return-{days}", returned_before=before
    )
    shop.write(result.entries)
    for line_id, qty in returning.items():
        before[line_id] = before.get(line_id, 0) + qty
    return result


def test_three_single_returns_of_a_three_shirt_line_reverse_exactly_what_it_earned_and_cost() -> None:
    shop, sale = shop_after_sale()
    shirts = sale.shares[0].line_id
    balance_before_sale = 3300
    earned, spent = sale.earned, sale.spent
    returned: dict[str, int] = {}
    results = [return_(shop, sale, {shirts: 1000}, returned, day) for day in (1, 2, 3)]

    taken = [r.points_taken_back for r in results]
    given = [r.points_given_back for r in results]
    share = sale.shares[0]
    earn_id = next(e.id for e in sale.entries if e.kind.value == "earn")
    assert sum(taken) == share.parts[earn_id]
    assert max(taken) - min(taken) <= 1
    assert sum(given) <= spent
    return_(shop, sale, {sale.shares[1].line_id: 1000}, returned, 4)
    assert shop.available("hal", T0 + 5 * DAY) == balance_before_sale
    assert earned and spent


def test_refunds_tell_the_service_how_much_goes_back_to_the_points_tender() -> None:
    shop, sale = shop_after_sale()
    returned: dict[str, int] = {}

    first = return_(shop, sale, {sale.shares[1].line_id: 1000}, returned, 1)
    rest = return_(shop, sale, {sale.shares[0].line_id: 3000}, returned, 2)

    (payment_id,) = first.refunds
    total = first.refunds[payment_id] + rest.refunds[payment_id]
    assert total == ils("20.00")


def test_points_still_pending_are_simply_taken_back() -> None:
    shop, sale = shop_after_sale(pending_days=14)
    returned: dict[str, int] = {}

    return_(shop, sale, {s.line_id: s.qty_milli for s in sale.shares}, returned, 2)

    balance = shop.states["hal"].balance(POINTS, T0 + 20 * DAY)
    assert (balance.available, balance.pending) == (3300, 0)


def test_returning_after_the_earned_points_were_spent_leaves_an_honest_overdraft() -> None:
    shop = Ledger()
    shop.add_card(Card("hal", RED_CUBE))
    _, sale = shop.sell("hal", [(VASE, 2000)], [red_cube_bonus()], T0)  # 22 points
    shop.sell("hal", [(product("Candle", "22.00"), 1000)], [red_cube_bonus()], T0 + DAY, points=ils("22.00"))
    assert shop.available("hal", T0 + DAY) == 0

    return_(shop, sale, {sale.shares[0].line_id: 1000}, {}, 2)

    balance = shop.states["hal"].balance(POINTS, T0 + 2 * DAY)
    assert (balance.available, balance.overdraft) == (-1100, 1100)
    shop.sell("hal", [(VASE, 1000)], [red_cube_bonus()], T0 + 3 * DAY)  # later earns make up for it
    assert shop.available("hal", T0 + 3 * DAY) == 0


def test_more_than_sold_or_unknown_lines_are_refused() -> None:
    _, sale = shop_after_sale()
    with pytest.raises(ReturnExceedsSale):
        reverse_sale(sale.entries, sale.shares, {sale.shares[0].line_id: 4000}, T0, "r")
    with pytest.raises(UnknownLine):
        reverse_sale(sale.entries, sale.shares, {"nope": 1000}, T0, "r")


def test_line_shares_survive_json() -> None:
    _, sale = shop_after_sale()
    assert [LineShare.from_dict(s.to_dict()) for s in sale.shares] == list(sale.shares)
