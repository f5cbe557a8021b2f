"""Small builders for loyalty tests: products, carts, members, and a till that sells and remembers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.domain.cart import Cart, PricedCart
from app.domain.catalog import Product, Unit
from app.domain.ids import new_id
from app.domain.loyalty import (
    Account,
    Card,
    CardProjection,
    LedgerEntry,
    Member,
    Pricing,
    Program,
    Settlement,
    apply,
    fold,
    price_sale,
    settle_sale,
)
from app.domain.loyalty.coupons import PresentedCoupon
from app.domain.money import Money
from app.domain.tender import Payment, TenderKind

ILS = "ILS"
T0 = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
POINTS = Account.points(ILS)
GIFT = Account.gift(ILS)


def ils(text: str) -> Money:
    return Money.parse(text, ILS)


def product(
    name: str,
    price: str,
    category: str | None = None,
    *,
    pid: str | None = None,
    weight: bool = False,
    currency: str = ILS,
) -> Product:
    return Product(
        id=pid or name.lower().replace(" ", "-"),
        sku=name.upper()[:8],
        name=name,
        price=Money.parse(price, currency),
        tax_rate_bp=1800,
        category=category,
        unit=Unit.KILOGRAM if weight else Unit.PIECE,
    )


def cart_of(*items: tuple[Product, int], currency: str = ILS) -> PricedCart:
    """A cart priced with no discounts: (product, quantity in thousandths) pairs."""
    cart = Cart(currency)
    for item, qty in items:
        cart.add(item, qty, line_id=new_id())
    return cart.priced()


def cash(amount: Money) -> Payment:
    return Payment(TenderKind.CASH, amount)


def points_payment(amount: Money, points: int | None = None) -> Payment:
    return Payment(TenderKind.POINTS, amount, points=amount.minor if points is None else points)


def gift_payment(amount: Money, card_id: str) -> Payment:
    return Payment(TenderKind.GIFT, amount, reference=card_id)


def pay_rest(pricing: Pricing, *payments: Payment) -> list[Payment]:
    """The given payments and cash for whatever they leave unpaid."""
    paid = sum(p.amount.minor for p in payments)
    rest = pricing.priced.total.minor - paid
    return [*payments, *([cash(Money(rest, ILS))] if rest > 0 else [])]


@dataclass
class Ledger:
    """Every card's ledger as a set, with each card's projection kept incrementally (as the store would)."""

    entries: dict[str, LedgerEntry] = field(default_factory=dict)
    states: dict[str, CardProjection] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)

    def add_card(self, card: Card) -> Card:
        self.cards[card.id] = card
        self.states.setdefault(card.id, CardProjection.empty(card.id))
        return card

    def write(self, entries: Iterable[LedgerEntry]) -> None:
        new = [e for e in entries if e.id not in self.entries]
        for entry in new:
            self.entries[entry.id] = entry
            self.states.setdefault(entry.card_id, CardProjection.empty(entry.card_id))
        by_card: dict[str, list[LedgerEntry]] = {}
        for entry in new:
            by_card.setdefault(entry.card_id, []).append(entry)
        for card_id, batch in by_card.items():
            self.states[card_id] = apply(self.states[card_id], batch)

    def member(self, card_id: str) -> Member:
        return Member(self.cards[card_id], self.states[card_id])

    def of(self, card_id: str) -> list[LedgerEntry]:
        return [e for e in self.entries.values() if e.card_id == card_id]

    def rebuilt(self, card_id: str) -> CardProjection:
        return fold(card_id, self.of(card_id))

    def sell(
        self,
        card_id: str | None,
        items: Sequence[tuple[Product, int]],
        programs: Sequence[Program],
        now: datetime,
        *,
        points: Money | None = None,
        gift: Sequence[tuple[str, Money]] = (),
        coupons: Sequence[PresentedCoupon] = (),
    ) -> tuple[Pricing, Settlement]:
        member = self.member(card_id) if card_id else None
        pricing = price_sale(cart_of(*items), member, programs, now, coupons=coupons)
        tenders: list[Payment] = []
        if points is not None:
            tenders.append(points_payment(points))
        tenders += [gift_payment(amount, gift_card) for gift_card, amount in gift]
        gift_cards = {gift_card: self.member(gift_card) for gift_card, _ in gift if gift_card in self.cards}
        settlement = settle_sale(
            pricing,
            pay_rest(pricing, *tenders),
            member,
            now,
            new_id(),
            coupons=coupons,
            gift_cards=gift_cards,
        )
        self.write(settlement.entries)
        return pricing, settlement

    def available(self, card_id: str, now: datetime, account: Account = POINTS) -> int:
        return self.states[card_id].balance(account, now).available
