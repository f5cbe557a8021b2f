"""Settling a sale: the ledger entries its loyalty side writes and the per-line shares kept for returns.

Loyalty payments are spread over the lines they pay for: points over the goods payable with points, then gift
cards over what is left, each by largest remainder in proportion to what the line still owes. Every entry the
sale writes is split over the lines the same way (``LineShare``), so a return can reverse exactly its part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.errors import CurrencyMismatch, OverTender
from app.domain.ids import new_id
from app.domain.loyalty.calendar import require_aware
from app.domain.loyalty.coupons import PresentedCoupon, check_coupon
from app.domain.loyalty.draws import draw
from app.domain.loyalty.earning import Earning, check_points_payment, earn
from app.domain.loyalty.errors import (
    GiftCardExpired,
    InsufficientGiftBalance,
    InsufficientStamps,
    PointsNotAccepted,
    UnknownCoupon,
    UnknownGiftCard,
)
from app.domain.loyalty.ledger import REDEMPTIONS, Account, EntryKind, LedgerEntry, activation_after, expiry_after
from app.domain.loyalty.members import Member
from app.domain.loyalty.points import BonusProgram
from app.domain.loyalty.pricing import Pricing
from app.domain.loyalty.programs import Program, StampCard
from app.domain.loyalty.projection import CardProjection, apply
from app.domain.loyalty.receipt import LoyaltyReceipt, build_receipt
from app.domain.money import Money, allocate
from app.domain.phrase import phrase
from app.domain.tender import Payment, TenderKind


@dataclass(frozen=True, slots=True)
class LineShare:
    """The part of each ledger entry (and loyalty payment) that belongs to one sale line; kept for returns.

    ``parts`` maps an entry id, or ``payment:<payment id>``, to this line's share of it, in the entry's unit
    (always positive). Entries about the whole sale (a coupon use, the redemption count) have no parts.
    """

    line_id: str
    qty_milli: int
    net: Money
    parts: Mapping[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "line_id": self.line_id,
            "qty_milli": self.qty_milli,
            "net_minor": self.net.minor,
            "currency": self.net.currency,
            "parts": dict(sorted(self.parts.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineShare:
        return cls(
            line_id=data["line_id"],
            qty_milli=data["qty_milli"],
            net=Money(data["net_minor"], data["currency"]),
            parts=dict(data["parts"]),
        )


@dataclass(frozen=True, slots=True)
class Settlement:
    """Everything the checkout writes for loyalty in the sale's transaction.

    Attributes:
        entries: new ledger entries, for the member card, gift cards and coupons alike.
        shares: per-line shares of those entries; store them with the sale for returns.
        states: the updated projection of every card or coupon touched (the cache rows).
        earned: points earned (hundredths); ``spent``: points paid with (hundredths).
    """

    sale_id: str
    entries: tuple[LedgerEntry, ...]
    shares: tuple[LineShare, ...]
    states: Mapping[str, CardProjection]
    receipt: LoyaltyReceipt | None
    earned: int = 0
    spent: int = 0


class _Sale:
    """One sale's ledger writing: entries so far, each touched card's projection, and every entry's line parts."""

    def __init__(self, pricing: Pricing, now: datetime, sale_id: str, created_by: str | None) -> None:
        self.pricing = pricing
        self.now = now
        self.sale_id = sale_id
        self.created_by = created_by
        self.entries: list[LedgerEntry] = []
        self.states: dict[str, CardProjection] = {}
        self.parts: dict[str, dict[str, int]] = {p.line.line_id: {} for p in pricing.priced.lines}

    def state(self, projection: CardProjection) -> CardProjection:
        """The card's projection with this sale's entries so far."""
        return self.states.setdefault(projection.card_id, projection)

    def credit(
        self,
        holder: CardProjection,
        account: Account,
        kind: EntryKind,
        amount: int,
        *,
        reason: str,
        program: Program | None = None,
        activates_at: datetime | None = None,
        expires_at: datetime | None = None,
        weights: Mapping[str, int] | None = None,
    ) -> None:
        entry = LedgerEntry(
            id=new_id(),
            card_id=holder.card_id,
            account=account,
            kind=kind,
            amount=amount,
            created_at=self.now,
            sale_id=self.sale_id,
            activates_at=activates_at,
            expires_at=expires_at,
            reason=reason,
            created_by=self.created_by,
            program_id=program.id if program else None,
            program_version=program.version if program else None,
        )
        self._write(holder, [entry], weights)

    def debit(
        self,
        holder: CardProjection,
        account: Account,
        amount: int,
        *,
        reason: str,
        program: Program | None = None,
        ref: str | None = None,
        weights: Mapping[str, int] | None = None,
    ) -> None:
        drawn = draw(
            self.state(holder),
            account,
            amount,
            self.now,
            kind=EntryKind.REDEEM,
            reason=reason,
            sale_id=self.sale_id,
            created_by=self.created_by,
            program_id=program.id if program else None,
            program_version=program.version if program else None,
            ref=ref,
        )
        self._write(holder, drawn, weights)

    def split(self, key: str, amount: int, weights: Mapping[str, int]) -> dict[str, int]:
        """Split ``amount`` over the lines by ``weights`` and record the parts under ``key``."""
        parts = split(amount, weights)
        for line_id, part in parts.items():
            if part:
                self.parts[line_id][key] = part
        return parts

    def _write(self, holder: CardProjection, entries: Sequence[LedgerEntry], weights: Mapping[str, int] | None) -> None:
        self.states[holder.card_id] = apply(self.state(holder), entries)
        self.entries.extend(entries)
        for entry in entries:
            if weights is not None:
                self.split(entry.id, abs(entry.amount), weights)


def split(amount: int, weights: Mapping[str, int]) -> dict[str, int]:
    """``amount`` split over the keys of ``weights`` by largest remainder."""
    keys = list(weights)
    return dict(zip(keys, allocate(amount, [max(weights[key], 0) for key in keys]), strict=True))


def settle_sale(
    pricing: Pricing,
    payments: Sequence[Payment],
    member: Member | None,
    now: datetime,
    sale_id: str,
    *,
    coupons: Sequence[PresentedCoupon] = (),
    gift_cards: Mapping[str, Member] | None = None,
    redeem_limit: int | None = None,
    created_by: str | None = None,
) -> Settlement:
    """The ledger side of a completed sale priced by ``price_sale`` (with the same member and coupons).

    Args:
        payments: all the sale's payments; points and gift tenders are checked and drawn here (a gift
            payment's ``reference`` is the gift card's id, a key of ``gift_cards``).
        redeem_limit: the same extra ceiling on points (hundredths) the service passed to pricing.

    Raises:
        CardBlocked, PointsNotAccepted, InsufficientPoints, BelowMinimumBalance, ReceiptTooSmall, CapExceeded,
        InvalidPayment, OverTender, UnknownGiftCard, GiftCardExpired, InsufficientGiftBalance, InsufficientStamps,
        UnknownCoupon, CouponExpired, CouponUsed, CouponWithdrawn.
    """
    require_aware(now, "now")
    if (member.card.id if member else None) != pricing.card_id:
        raise ValueError("settle with the member the sale was priced for")
    if member is not None:
        member.require_usable()
    currency = pricing.currency
    for payment in payments:
        if payment.amount.currency != currency:
            raise CurrencyMismatch(currency, payment.amount.currency)
    sale = _Sale(pricing, now, sale_id, created_by)
    if member is not None:
        sale.state(member.state)
    owed = {p.line.line_id: p.net.minor for p in pricing.priced.lines}
    bonus = pricing.bonus_program()

    points_payments = [p for p in payments if p.kind is TenderKind.POINTS and p.amount.minor > 0]
    points_paid: dict[str, int] = {}
    spent = 0
    if points_payments:
        if member is None or bonus is None:
            raise PointsNotAccepted(
                phrase("Reasons", "no bonus program in {currency} for this card", currency=currency)
                if member
                else phrase("Reasons", "no card")
            )
        spent = check_points_payment(
            bonus, pricing.priced, points_payments, member.state, now, redeem_limit=redeem_limit
        )
        points_paid = _pay_with_points(sale, bonus, points_payments, member.state, owed=owed, spent=spent)

    gift_paid: dict[str, int] = {}
    gift_uses: list[tuple[str, Money]] = []
    for payment in (p for p in payments if p.kind is TenderKind.GIFT and p.amount.minor > 0):
        card = (gift_cards or {}).get(payment.reference or "")
        if card is None:
            raise UnknownGiftCard(payment.reference or "")
        for line_id, part in _pay_with_gift(sale, payment, card, owed).items():
            gift_paid[line_id] = gift_paid.get(line_id, 0) + part
        gift_uses.append((card.card.id, payment.amount))

    earning: Earning | None = None
    if member is not None:
        if bonus is not None:
            earning = _earn(sale, bonus, member.state, points_paid, gift_paid)
        total = pricing.priced.total.minor
        if total > 0:
            nets = {p.line.line_id: p.net.minor for p in pricing.priced.lines}
            sale.credit(member.state, Account.spend(currency), EntryKind.SPEND, total, reason="purchase", weights=nets)
        _stamps(sale, member.state)
    _coupons(sale, coupons)

    lines = pricing.priced.lines
    return Settlement(
        sale_id=sale_id,
        entries=tuple(sale.entries),
        shares=tuple(LineShare(p.line.line_id, p.line.qty_milli, p.net, sale.parts[p.line.line_id]) for p in lines),
        states=dict(sale.states),
        receipt=build_receipt(pricing, member, sale.states, now, earning=earning, spent=spent, gift_uses=gift_uses),
        earned=earning.total if earning else 0,
        spent=spent,
    )


def _pay_with_points(
    sale: _Sale,
    bonus: BonusProgram,
    payments: Sequence[Payment],
    holder: CardProjection,
    *,
    owed: dict[str, int],
    spent: int,
) -> dict[str, int]:
    """Draw the points, spread the payments over payable goods; return the money each line had paid in points."""
    payable = {
        p.line.line_id: owed[p.line.line_id]
        for p in sale.pricing.priced.lines
        if bonus.redeem_scope.covers(p.line.product)
    }
    paid: dict[str, int] = {}
    for payment in payments:
        for line_id, part in sale.split(f"payment:{payment.id}", payment.amount.minor, payable).items():
            payable[line_id] -= part
            owed[line_id] -= part
            paid[line_id] = paid.get(line_id, 0) + part
    reason = f"paid with points, sale {sale.sale_id}"
    account = Account.points(bonus.currency)
    sale.debit(holder, account, spent, reason=reason, program=bonus, weights=split(spent, paid))
    sale.credit(holder, Account.counter(REDEMPTIONS), EntryKind.COUNT, 1, reason=reason, program=bonus)
    return paid


def _pay_with_gift(sale: _Sale, payment: Payment, card: Member, owed: dict[str, int]) -> dict[str, int]:
    """Check and draw one gift card payment; return the money it paid per line."""
    card.require_usable()
    currency = payment.amount.currency
    still_owed = Money(sum(owed.values()), currency)
    if payment.amount > still_owed:
        raise OverTender(TenderKind.GIFT.value, payment.amount, still_owed)
    account = Account.gift(currency)
    balance = sale.state(card.state).balance(account, sale.now)
    if balance.available < payment.amount.minor:
        if balance.available <= 0 < balance.expired:
            raise GiftCardExpired(card.card.id, Money(balance.expired, currency))
        available = Money(balance.available, currency)
        raise InsufficientGiftBalance(card.card.id, payment.amount, available)
    share = sale.split(f"payment:{payment.id}", payment.amount.minor, owed)
    for line_id, part in share.items():
        owed[line_id] -= part
    reason = f"paid with gift card, sale {sale.sale_id}"
    sale.debit(card.state, account, payment.amount.minor, reason=reason, ref=payment.id, weights=share)
    return share


def _earn(
    sale: _Sale,
    bonus: BonusProgram,
    holder: CardProjection,
    points_paid: Mapping[str, int],
    gift_paid: Mapping[str, int],
) -> Earning:
    not_earning = {
        line_id: (0 if bonus.points_paid_part_earns else points_paid.get(line_id, 0))
        + (0 if bonus.gift_paid_part_earns else gift_paid.get(line_id, 0))
        for line_id in sale.parts
    }
    earning = earn(bonus, sale.pricing.priced.lines, sale.now, not_earning)
    if earning.total > 0:
        sale.credit(
            holder,
            Account.points(bonus.currency),
            EntryKind.EARN,
            earning.total,
            reason=str(earning.explanation),
            program=bonus,
            activates_at=activation_after(sale.now, bonus.pending_days),
            expires_at=expiry_after(sale.now, bonus.expiry_months),
            weights=earning.by_line,
        )
    return earning


def _stamps(sale: _Sale, holder: CardProjection) -> None:
    """Stamps earned and spent. Stamps earned in this sale and spent in it at once are netted: only the rest is
    credited, and only what the card held before is drawn, so no lot of this sale is drawn by this sale."""
    cards = {p.id: p for p in sale.pricing.programs if isinstance(p, StampCard)}
    for plan in sale.pricing.stamp_plans:
        card = cards[plan.program_id]
        account = Account.stamps(card.id)
        held = max(sale.state(holder).balance(account, sale.now).available, 0)
        from_held = min(plan.stamps_spent, held)
        from_sale = plan.stamps_spent - from_held
        if from_sale > plan.stamps_earned:
            raise InsufficientStamps(plan.stamps_spent, held + plan.stamps_earned)
        if from_held:
            weights = {line_id: units * card.stamps_needed for line_id, units in plan.free_units.items()}
            reason = f"{card.name}: {plan.free_count} free for {plan.stamps_spent} stamps"
            sale.debit(holder, account, from_held, reason=reason, program=card, weights=weights)
        kept = plan.stamps_earned - from_sale
        if kept:
            sale.credit(
                holder,
                account,
                EntryKind.EARN,
                kept,
                reason=f"{card.name}: {plan.stamps_earned} stamp(s)"
                + (f", {from_sale} used at once" if from_sale else ""),
                program=card,
                expires_at=expiry_after(sale.now, card.expiry_months),
                weights=plan.earned,
            )


def _coupons(sale: _Sale, coupons: Sequence[PresentedCoupon]) -> None:
    presented = {c.coupon.id: c for c in coupons}
    for coupon in sale.pricing.coupons:
        shown = presented.get(coupon.id)
        if shown is None:
            raise UnknownCoupon(coupon.code)
        check_coupon(shown, sale.now, sale.pricing.base.total)
        reason = f"coupon {coupon.code} used, sale {sale.sale_id}"
        sale.debit(shown.uses, coupon.account, 1, reason=reason, program=coupon, ref=coupon.code)
