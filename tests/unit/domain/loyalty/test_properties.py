"""Properties over random carts, programs and histories: caps, balances, FIFO and expiry, returns, program order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.catalog import Product
from app.domain.ids import new_id
from app.domain.loyalty import (
    Account,
    BonusProgram,
    Card,
    CategoryMultiplier,
    DiscountCard,
    EntryKind,
    Member,
    Pricing,
    Program,
    RepeatRedeemerPerk,
    Scope,
    Settlement,
    SpendBasis,
    StackingMode,
    StackingRule,
    StampCard,
    Tier,
    TierLadder,
    UpgradeFrom,
    expire_lots,
    price_sale,
    reverse_sale,
    settle_sale,
)
from app.domain.loyalty.earning import points_cost
from app.domain.money import Money
from tests.unit.domain.loyalty.factories import ILS, POINTS, T0, Ledger, cart_of, pay_rest, points_payment, product

FAMILY = "fam"
CATEGORIES = ("coffee", "clothes", "home", "food")


@st.composite
def products(draw: st.DrawFn) -> list[Product]:
    count = draw(st.integers(1, 6))
    return [
        product(
            f"Item {index}",
            Money(draw(st.integers(1, 40_000)), ILS).amount_text(),
            draw(st.sampled_from(CATEGORIES)),
            weight=draw(st.booleans()) and index == 0,
        )
        for index in range(count)
    ]


def scopes() -> st.SearchStrategy[Scope]:
    categories = st.frozensets(st.sampled_from(CATEGORIES), max_size=2)
    return st.builds(
        Scope, categories=categories, exclude_categories=st.frozensets(st.sampled_from(CATEGORIES), max_size=1)
    )


@st.composite
def programs(draw: st.DrawFn) -> list[Program]:
    """A random family: a bonus program and any of discount card, tiers, stamps, perk, with a stacking rule."""
    found: list[Program] = [
        BonusProgram(
            id="bonus",
            name="Bonus",
            family=FAMILY,
            currency=ILS,
            earn_rate_bp=draw(st.integers(0, 6000)),
            multipliers=tuple(
                CategoryMultiplier(c, draw(st.integers(0, 300)))
                for c in draw(st.frozensets(st.sampled_from(CATEGORIES), max_size=2))
            ),
            earn_scope=draw(scopes()),
            redeem_scope=draw(scopes()),
            points_paid_part_earns=draw(st.booleans()),
            cap_bp=draw(st.integers(0, 10_000)),
            min_balance=draw(st.integers(0, 3000)),
            min_receipt_minor=draw(st.integers(0, 5000)),
            pending_days=draw(st.integers(0, 20)),
            expiry_months=draw(st.none() | st.integers(1, 12)),
        )
    ]
    if draw(st.booleans()):
        found.append(
            DiscountCard(
                id="card",
                name="Card",
                family=FAMILY,
                percent_bp=draw(st.integers(0, 3000)),
                scope=draw(scopes()),
                priority=draw(st.integers(0, 3)),
                combines=draw(st.booleans()),
            )
        )
    if draw(st.booleans()):
        found.append(
            TierLadder(
                id="tiers",
                name="Tiers",
                family=FAMILY,
                currency=ILS,
                tiers=(Tier("Silver", 0, 100), Tier("Gold", draw(st.integers(1, 50_000)), 500)),
                basis=draw(st.sampled_from(SpendBasis)),
                upgrade_from=draw(st.sampled_from(UpgradeFrom)),
                priority=draw(st.integers(0, 3)),
                combines=draw(st.booleans()),
            )
        )
    if draw(st.booleans()):
        found.append(
            StampCard(
                id="stamps",
                name="Stamps",
                family=FAMILY,
                scope=Scope(categories=frozenset({"coffee"})),
                stamps_needed=draw(st.integers(1, 5)),
                expiry_months=draw(st.none() | st.integers(1, 6)),
                priority=draw(st.integers(0, 3)),
                combines=draw(st.booleans()),
            )
        )
    if draw(st.booleans()):
        found.append(
            RepeatRedeemerPerk(
                id="perk",
                name="Perk",
                family=FAMILY,
                after_redemptions=draw(st.integers(0, 2)),
                percent_bp=300,
                priority=draw(st.integers(0, 3)),
                combines=draw(st.booleans()),
            )
        )
    found.append(StackingRule(id="stack", name="Stack", family=FAMILY, mode=draw(st.sampled_from(StackingMode))))
    return found


def items_of(draw: st.DrawFn, catalogue: Sequence[Product]) -> list[tuple[Product, int]]:
    chosen = draw(st.lists(st.sampled_from(catalogue), min_size=1, max_size=5, unique_by=lambda p: p.id))
    return [(p, draw(st.integers(1, 3000)) if p.sold_by_weight else 1000 * draw(st.integers(1, 4))) for p in chosen]


def sell(
    shop: Ledger, items: Sequence[tuple[Product, int]], family: Sequence[Program], now: datetime, share: int
) -> tuple[Pricing, Settlement]:
    """Sell, paying ``share`` thousandths of what points may pay with points; check the limits held."""
    member = shop.member("m")
    pricing = price_sale(cart_of(*items), member, family, now)
    bonus = pricing.bonus_program()
    assert bonus is not None and pricing.redemption is not None
    limit = pricing.redemption
    value = Money(limit.max_value.minor * share // 1000, ILS)
    tenders = [points_payment(value, points_cost(bonus, value))] if value.minor else []
    settlement = settle_sale(pricing, pay_rest(pricing, *tenders), member, now, new_id())
    before = member.state.balance(POINTS, now).available
    assert settlement.spent <= max(before, 0)
    assert settlement.spent <= limit.max_points
    assert value <= limit.cap and value <= limit.payable
    if settlement.spent:
        assert before >= bonus.min_balance and pricing.priced.total.minor >= bonus.min_receipt_minor
    fifo = [lot.id for lot in member.state.spendable_lots(POINTS, now)]
    drawn = [e.lot_id for e in settlement.entries if e.account == POINTS and e.kind is EntryKind.REDEEM]
    assert drawn == fifo[: len(drawn)]  # the earliest-expiring lots, in order
    shop.write(settlement.entries)
    return pricing, settlement


def check_draws(shop: Ledger) -> None:
    """Every draw took from a lot that was spendable at that moment: never pending, never expired.

    A draw carries its lot's dates (they name the lot), so the check reads them from the draw itself.
    """
    credited = {e.lot_id for e in shop.entries.values() if e.amount > 0 and e.kind is not EntryKind.REVERSE}
    for entry in shop.entries.values():
        if entry.kind is EntryKind.REDEEM:
            assert entry.activates_at is None or entry.activates_at <= entry.created_at
            assert entry.expires_at is None or entry.created_at < entry.expires_at
            assert entry.lot_id in credited


def return_some(
    shop: Ledger, sale: Settlement, returned: dict[str, int], returning: dict[str, int], now: datetime
) -> None:
    ids = {e.id for e in sale.entries}
    earlier = [e for e in shop.entries.values() if e.ref in ids and e.kind is EntryKind.REVERSE]
    result = reverse_sale([*sale.entries, *earlier], sale.shares, returning, now, new_id(), returned_before=returned)
    for line_id, qty in returning.items():
        returned[line_id] = returned.get(line_id, 0) + qty
    shop.write(result.entries)


def snapshot(member: Member, now: datetime) -> dict[str, object]:
    """Everything a customer or a report can see of a card, now and at later moments."""
    state = member.state
    seen: dict[str, object] = {
        "lifetime": {c: s.lifetime for c, s in state.spend.items()},
        "months": {c: dict(s.months) for c, s in state.spend.items()},
        "counters": dict(state.counters),
    }
    for key in state.lots:
        for days in (0, 10, 40, 100, 200, 400):
            balance = state.balance(Account.parse(key), now + timedelta(days=days))
            seen[f"{key}@{days}"] = (balance.available, balance.pending, balance.expired)
    return seen


@settings(max_examples=60)
@given(st.data(), products(), programs())
def test_random_histories_keep_every_rule(data: st.DataObject, catalogue: list[Product], family: list[Program]) -> None:
    shop = Ledger()
    shop.add_card(Card("m", FAMILY))
    now = T0
    sales: list[tuple[Settlement, dict[str, int]]] = []
    for _ in range(data.draw(st.integers(1, 8))):
        now += timedelta(days=data.draw(st.integers(0, 60)))
        action = data.draw(st.sampled_from(["sale", "sale", "sale", "return", "expire"]))
        if action == "sale":
            _, settlement = sell(shop, items_of(data.draw, catalogue), family, now, data.draw(st.integers(0, 1000)))
            sales.append((settlement, {}))
        elif action == "return" and sales:
            sale, returned = data.draw(st.sampled_from(sales))
            returning = {
                share.line_id: data.draw(st.integers(0, share.qty_milli - returned.get(share.line_id, 0)))
                for share in sale.shares
            }
            return_some(shop, sale, returned, returning, now)
        else:
            shop.write(expire_lots(shop.states["m"], now))
        assert shop.states["m"] == shop.rebuilt("m")
        check_draws(shop)
    for sale, returned in sales:  # whatever was returned before, returning the rest reverses each entry exactly
        rest = {s.line_id: s.qty_milli - returned.get(s.line_id, 0) for s in sale.shares}
        return_some(shop, sale, returned, rest, now)
        reversed_ = {e.ref: 0 for e in shop.entries.values() if e.kind is EntryKind.REVERSE}
        for entry in shop.entries.values():
            if entry.kind is EntryKind.REVERSE and entry.ref is not None:
                reversed_[entry.ref] += abs(entry.amount)
        for entry in sale.entries:
            assert reversed_.get(entry.id, 0) <= abs(entry.amount)  # never more than the entry: nothing from nothing


@settings(max_examples=80)
@given(st.data(), products(), programs())
def test_a_sale_then_its_full_return_restores_every_balance(
    data: st.DataObject, catalogue: list[Product], family: list[Program]
) -> None:
    shop = Ledger()
    shop.add_card(Card("m", FAMILY))
    now = T0
    for _ in range(data.draw(st.integers(0, 5))):
        now += timedelta(days=data.draw(st.integers(0, 40)))
        sell(shop, items_of(data.draw, catalogue), family, now, data.draw(st.integers(0, 1000)))
    now += timedelta(days=data.draw(st.integers(0, 40)))
    before = snapshot(shop.member("m"), now)

    _, sale = sell(shop, items_of(data.draw, catalogue), family, now, data.draw(st.integers(0, 1000)))
    returned: dict[str, int] = {}
    for _ in range(data.draw(st.integers(0, 2))):  # partial returns first, then the rest
        part = {s.line_id: data.draw(st.integers(0, s.qty_milli - returned.get(s.line_id, 0))) for s in sale.shares}
        return_some(shop, sale, returned, part, now)
    return_some(shop, sale, returned, {s.line_id: s.qty_milli - returned.get(s.line_id, 0) for s in sale.shares}, now)

    assert snapshot(shop.member("m"), now) == before
    assert shop.states["m"] == shop.rebuilt("m")


@settings(max_examples=60)
@given(st.data(), products(), programs(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_the_order_programs_are_listed_in(
    data: st.DataObject, catalogue: list[Product], family: list[Program], rnd: random.Random
) -> None:
    shop = Ledger()
    shop.add_card(Card("m", FAMILY))
    for day in range(data.draw(st.integers(0, 3))):
        sell(shop, items_of(data.draw, catalogue), family, T0 + timedelta(days=day * 20), 500)
    now = T0 + timedelta(days=70)
    cart = cart_of(*items_of(data.draw, catalogue))
    shuffled = list(family)
    rnd.shuffle(shuffled)

    first = price_sale(cart, shop.member("m"), family, now)
    second = price_sale(cart, shop.member("m"), shuffled, now)

    assert first == second
    payments = pay_rest(first)
    one = settle_sale(first, payments, shop.member("m"), now, "sale-1")
    two = settle_sale(second, payments, shop.member("m"), now, "sale-1")
    assert [(e.account, e.kind, e.amount) for e in one.entries] == [(e.account, e.kind, e.amount) for e in two.entries]
    assert one.receipt == two.receipt
