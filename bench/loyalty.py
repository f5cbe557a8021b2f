"""Loyalty evaluation cost against history length: a 20-line cart priced and settled for members with 10, 1,000
and 100,000 ledger entries behind them; the bare cart pricing (no loyalty) is the floor it is compared with.

Every member has the same habits (a purchase a day, points spent every seventh visit, a coffee now and then,
points pending 14 days and expiring after 12 months, expiry written off monthly); only the length of the history
differs, so the figures show whether the projection keeps the engine's work independent of it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

from app.domain.cart import Cart, PricedCart, price_lines
from app.domain.catalog import Product
from app.domain.ids import new_id
from app.domain.loyalty import (
    Account,
    Card,
    CardProjection,
    EntryKind,
    LedgerEntry,
    Member,
    Program,
    apply,
    expire_lots,
    fold,
    price_sale,
    settle_sale,
)
from app.domain.loyalty.draws import draw
from app.domain.loyalty.earning import points_cost
from app.domain.loyalty.ledger import activation_after, expiry_after
from app.domain.loyalty.presets import coffee_stamp_card, red_cube_bonus, repeat_redeemer_perk, silver_gold_platinum
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind
from bench import Result, median, scaled, smoke

FAMILY = "bench"
NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
SIZES = (10, 1_000, 100_000)
TARGET_RATIO = 1.5
POINTS = Account.points("ILS")
SPEND = Account.spend("ILS")
STAMPS = Account.stamps("coffee-stamps")


def programs() -> list[Program]:
    return [
        replace(red_cube_bonus(family=FAMILY), pending_days=14, expiry_months=12),
        silver_gold_platinum(family=FAMILY),
        coffee_stamp_card(family=FAMILY),
        repeat_redeemer_perk(family=FAMILY),
    ]


def cart_of_20() -> PricedCart:
    cart = Cart("ILS")
    for index in range(20):
        category = "coffee" if index < 3 else ("clothes", "home", "food")[index % 3]
        price = Money(500 + 137 * index, "ILS")
        item = Product(
            id=f"p{index}", sku=f"S{index}", name=f"Item {index}", price=price, tax_rate_bp=1800, category=category
        )
        cart.add(item, 1000 + 1000 * (index % 2), line_id=f"line-{index}")
    return cart.priced()


def history(entries_wanted: int) -> tuple[list[LedgerEntry], CardProjection]:
    """A member's ledger of ``entries_wanted`` entries and its projection.

    Every member ends in the same position -- the same ten recent entries: points in three spendable lots and
    one pending, nine coffee stamps, Platinum spend, three redemptions -- so every evaluation takes the same
    decisions. What differs is the history behind it: daily purchases going back as far as needed, with points
    spent every seventh visit, free coffees, and lots expired and written off before the recent part begins.
    """
    card_id = f"member-{entries_wanted}"
    recent = _recent(card_id)
    older = _older(card_id, entries_wanted - len(recent)) if entries_wanted > len(recent) else []
    entries = older + recent
    return entries, apply(fold(card_id, older), recent)


def _recent(card_id: str) -> list[LedgerEntry]:
    start = NOW - timedelta(days=40)
    entries = [_entry(card_id, SPEND, EntryKind.SPEND, 2_000_000, start)]
    entries += [_entry(card_id, Account.counter("redemptions"), EntryKind.COUNT, 1, start) for _ in range(3)]
    for days, amount in ((40, 5_000), (30, 7_000), (20, 6_000), (1, 1_500)):
        moment = NOW - timedelta(days=days)
        entries.append(
            LedgerEntry(
                id=new_id(),
                card_id=card_id,
                account=POINTS,
                kind=EntryKind.EARN,
                amount=amount,
                created_at=moment,
                activates_at=activation_after(moment, 14),
                expires_at=expiry_after(moment, 12),
            )
        )
    for days in (10, 5):
        entries.append(
            LedgerEntry(
                id=new_id(),
                card_id=card_id,
                account=STAMPS,
                kind=EntryKind.EARN,
                amount=4 + days // 10,
                created_at=NOW - timedelta(days=days),
            )
        )
    return entries


def _older(card_id: str, wanted: int) -> list[LedgerEntry]:
    """Daily purchases ending 430 days before ``NOW``, every lot closed (spent or written off) 30 days before."""
    moment = NOW - timedelta(days=430 + wanted // 3)
    state = CardProjection.empty(card_id)
    entries: list[LedgerEntry] = []
    visit = 0
    while len(entries) < wanted - 2:
        visit += 1
        moment += timedelta(days=1)
        batch: list[LedgerEntry] = expire_lots(state, moment) if moment.day == 1 else []
        available = state.balance(POINTS, moment).available
        if visit % 7 == 0 and available > 0:
            batch += draw(state, POINTS, available, moment, kind=EntryKind.REDEEM, reason="paid with points")
            batch.append(_entry(card_id, Account.counter("redemptions"), EntryKind.COUNT, 1, moment))
        batch.append(
            LedgerEntry(
                id=new_id(),
                card_id=card_id,
                account=POINTS,
                kind=EntryKind.EARN,
                amount=1100 + visit % 500,
                created_at=moment,
                activates_at=activation_after(moment, 14),
                expires_at=expiry_after(moment, 12),
            )
        )
        batch.append(_entry(card_id, SPEND, EntryKind.SPEND, 10_000 + visit % 3000, moment))
        if visit % 3 == 0:
            if state.balance(STAMPS, moment).available >= 9:
                batch += draw(state, STAMPS, 9, moment, kind=EntryKind.REDEEM, reason="free coffee")
            else:
                batch.append(
                    LedgerEntry(
                        id=new_id(), card_id=card_id, account=STAMPS, kind=EntryKind.EARN, amount=1, created_at=moment
                    )
                )
        entries.extend(batch)
        state = apply(state, batch)
    close = NOW - timedelta(days=30)
    closing = expire_lots(state, close)
    stamps = state.balance(STAMPS, close).available
    if stamps > 0:
        closing += draw(state, STAMPS, stamps, close, kind=EntryKind.REDEEM, reason="free coffee")
    return entries + closing


def _entry(card_id: str, account: Account, kind: EntryKind, amount: int, moment: datetime) -> LedgerEntry:
    return LedgerEntry(id=new_id(), card_id=card_id, account=account, kind=kind, amount=amount, created_at=moment)


def evaluate(cart: PricedCart, member: Member, family: list[Program]) -> int:
    """Price the cart for the member, pay what points may pay, settle: the checkout's loyalty work for one sale."""
    pricing = price_sale(cart, member, family, NOW)
    bonus = pricing.bonus_program()
    payments = []
    if bonus is not None and pricing.redemption is not None and pricing.redemption.max_value.minor:
        value = pricing.redemption.max_value
        payments.append(Payment(TenderKind.POINTS, value, points=points_cost(bonus, value)))
    rest = pricing.priced.total.minor - sum(p.amount.minor for p in payments)
    payments.append(Payment(TenderKind.CASH, Money(rest, "ILS")))
    settlement = settle_sale(pricing, payments, member, NOW, new_id())
    return len(settlement.entries)


def _time_us(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        work()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return median(samples)


def run(quick: bool) -> Result:
    result = Result(name="loyalty")
    repeat = scaled(200 if quick else 2000)
    family = programs()
    cart = cart_of_20()
    floor = _time_us(lambda: price_lines("ILS", [p.line for p in cart.lines], ()), repeat)
    result.add("bare 20-line cart pricing (floor)", floor, "µs", key="floor_us")

    per_size: dict[int, float] = {}
    sizes = (*SIZES[:2], 10_000) if smoke() else SIZES
    for size in sizes:
        entries, state = history(size)
        start = time.perf_counter()
        rebuilt = fold(state.card_id, entries)
        fold_s = time.perf_counter() - start
        if rebuilt != state:
            raise AssertionError("incremental projection differs from the full rebuild")
        member = Member(Card(state.card_id, FAMILY), state)
        evaluate(cart, member, family)
        per_size[size] = _time_us(partial(evaluate, cart, member, family), repeat)
        lots = sum(len(book) for book in state.lots.values())
        result.add(f"history {len(entries):>7,} entries: open lots", lots, key=f"open_lots_{size}")
        result.add(f"history {len(entries):>7,} entries: price + settle", per_size[size], "µs", key=f"eval_us_{size}")
        result.add(
            f"history {len(entries):>7,} entries: full rebuild (fold)", fold_s * 1000, "ms", key=f"fold_ms_{size}"
        )

    ratio = per_size[sizes[-1]] / per_size[sizes[0]]
    result.add("ratio largest / smallest history", ratio, key="ratio")
    result.add("ratio smallest history / bare cart", per_size[sizes[0]] / floor, key="over_floor")
    result.target("ratio", f"largest/smallest history <= {TARGET_RATIO}", ratio <= TARGET_RATIO)
    result.figures["spread_us"] = statistics.pstdev(per_size.values())
    return result
