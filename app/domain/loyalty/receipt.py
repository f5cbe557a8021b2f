"""The loyalty block of a receipt: earned, spent, balance after, tier and progress, what expires soon."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.loyalty.earning import Earning
from app.domain.loyalty.ledger import Account
from app.domain.loyalty.members import Member
from app.domain.loyalty.pricing import Pricing
from app.domain.loyalty.programs import TierLadder, UpgradeFrom
from app.domain.loyalty.projection import CardProjection
from app.domain.loyalty.tiers import TierStatus, tier_status
from app.domain.money import Money
from app.domain.phrase import Percent, Phrase, Points, phrase

SOON = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class ExpiringSoon:
    """Points (hundredths) that stop being spendable after ``last_day`` (UTC), the next expiry to come."""

    points: int
    last_day: date


@dataclass(frozen=True, slots=True)
class GiftUse:
    card_id: str
    spent: Money
    left: Money


@dataclass(frozen=True, slots=True)
class StampCount:
    name: str
    stamps: int
    needed: int


@dataclass(frozen=True, slots=True)
class LoyaltyReceipt:
    """The loyalty block of a receipt: what was earned and spent, balance after, tier, what expires soon."""

    card_id: str | None
    currency: str
    earned: int
    spent: int
    available: int
    pending: int
    expiring: ExpiringSoon | None
    tier: TierStatus | None
    stamps: tuple[StampCount, ...]
    gift: tuple[GiftUse, ...]
    lines: tuple[Phrase, ...]


def build_receipt(
    pricing: Pricing,
    member: Member | None,
    states: Mapping[str, CardProjection],
    now: datetime,
    *,
    earning: Earning | None,
    spent: int,
    gift_uses: Sequence[tuple[str, Money]],
) -> LoyaltyReceipt | None:
    """The block for a settled sale (``None`` when the sale touched no card, coupon or gift card)."""
    currency = pricing.currency
    lines = [rule.explanation for rule in pricing.applied]
    gifts = []
    for card_id, used in gift_uses:
        left = Money(states[card_id].balance(Account.gift(currency), now).available, currency)
        gifts.append(GiftUse(card_id, used, left))
        lines.append(phrase("Loyalty", "Gift card: {used} used, {left} left", used=used, left=left))
    if member is None:
        return LoyaltyReceipt(None, currency, 0, 0, 0, 0, None, None, (), tuple(gifts), tuple(lines)) if lines else None

    state = states[member.card.id]
    earned = earning.total if earning else 0
    account = Account.points(currency)
    balance = state.balance(account, now)
    expiring: ExpiringSoon | None = None
    if pricing.bonus_program() is not None:
        if earning is not None and earned:
            lines.append(earning.explanation)
        if spent:
            lines.append(phrase("Loyalty", "Paid with points: {points} points", points=Points(spent)))
        if balance.pending:
            lines.append(
                phrase(
                    "Loyalty",
                    "Points balance: {points} (+{pending} pending)",
                    points=Points(balance.available),
                    pending=Points(balance.pending),
                )
            )
        else:
            lines.append(phrase("Loyalty", "Points balance: {points}", points=Points(balance.available)))
        upcoming = state.next_expiry(account, now)
        if upcoming is not None and upcoming[0] - now <= SOON:
            last_day = (upcoming[0] - timedelta(microseconds=1)).date()
            expiring = ExpiringSoon(upcoming[1], last_day)
            lines.append(
                phrase("Loyalty", "{points} points valid until {day}", points=Points(upcoming[1]), day=last_day)
            )

    tier: TierStatus | None = None
    before = {status.program_id: status for status in pricing.tiers}
    for ladder in (p for p in pricing.programs if isinstance(p, TierLadder) and p.currency == currency):
        status = tier_status(ladder, state, now)
        tier = tier or status
        old = before.get(ladder.id)
        if status.tier is not None and old is not None and old.tier != status.tier:
            welcome = (
                phrase(
                    "Loyalty",
                    "Welcome to {tier}: {percent} from this purchase",
                    tier=status.tier.name,
                    percent=Percent(status.percent_bp),
                )
                if ladder.upgrade_from is UpgradeFrom.THIS_SALE
                else phrase(
                    "Loyalty",
                    "Welcome to {tier}: {percent} from your next purchase",
                    tier=status.tier.name,
                    percent=Percent(status.percent_bp),
                )
            )
            lines.append(welcome)
        ladder_or_tier = status.tier.name if status.tier else status.name
        lines.append(phrase("Loyalty", "{ladder}: {progress}", ladder=ladder_or_tier, progress=status.progress))

    stamps = []
    for plan in pricing.stamp_plans:
        have = state.balance(Account.stamps(plan.program_id), now).available
        stamps.append(StampCount(plan.name, have, plan.stamps_needed))
        lines.append(
            phrase("Loyalty", "{name}: {have} of {needed} stamps", name=plan.name, have=have, needed=plan.stamps_needed)
        )

    return LoyaltyReceipt(
        card_id=member.card.id,
        currency=currency,
        earned=earned,
        spent=spent,
        available=balance.available,
        pending=balance.pending,
        expiring=expiring,
        tier=tier,
        stamps=tuple(stamps),
        gift=tuple(gifts),
        lines=tuple(lines),
    )
