"""What the member panel and the receipt show of a card: built from the engine's pricing and receipt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.loyalty import POINT_SCALE, Account, Member, Pricing, TierStatus
from app.domain.loyalty.receipt import LoyaltyReceipt
from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.receipt import LoyaltyBlock


@dataclass(frozen=True, slots=True)
class MemberView:
    """What the member panel shows the moment a card is scanned.

    Points are in hundredths of a point (``POINT_SCALE`` = 100): 415 is 4.15 points.
    """

    card_id: str
    member_id: str
    card_masked: str
    member_name: str
    points: int = 0
    pending_points: int = 0
    gift_balance: Money | None = None
    tier: str | None = None
    next_tier: str | None = None
    to_next_tier: Money | None = None
    tier_progress: Phrase | None = None
    explanations: tuple[Phrase, ...] = ()
    birthday_today: bool = False
    balance_confirmed: bool = True
    max_redeemable_points: int = 0
    max_redeemable_value: Money | None = None
    redemption_reason: Phrase | None = None
    points_preview: int = 0
    extra: Mapping[str, Any] = field(default_factory=dict)


def is_birthday(birthday: date | None, now: datetime, timezone: str) -> bool:
    if birthday is None:
        return False
    today = now.astimezone(ZoneInfo(timezone)).date()
    if (birthday.month, birthday.day) == (2, 29) and today.month == 2 and today.day == 28:
        return not _leap(today.year)
    return (birthday.month, birthday.day) == (today.month, today.day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _first_tier(tiers: tuple[TierStatus, ...]) -> TierStatus | None:
    return tiers[0] if tiers else None


def member_view(
    *,
    member: Member,
    member_id: str,
    member_name: str,
    card_masked: str,
    pricing: Pricing,
    now: datetime,
    timezone: str,
    birthday: date | None,
    confirmed: bool,
) -> MemberView:
    currency = pricing.currency
    balance = member.state.balance(Account.points(currency), now)
    gift = member.state.balance(Account.gift(currency), now)
    status = _first_tier(pricing.tiers)
    redemption = pricing.redemption
    return MemberView(
        card_id=member.card.id,
        member_id=member_id,
        card_masked=card_masked,
        member_name=member_name,
        points=balance.available,
        pending_points=balance.pending,
        gift_balance=Money(gift.available, currency) if gift.available or gift.pending else None,
        tier=(status.tier.name if status.tier else None) if status else None,
        next_tier=(status.next_tier.name if status.next_tier else None) if status else None,
        to_next_tier=status.to_next if status else None,
        tier_progress=status.progress if status else None,
        explanations=pricing.explanations,
        birthday_today=is_birthday(birthday, now, timezone),
        balance_confirmed=confirmed,
        max_redeemable_points=pricing.max_redeemable_points,
        max_redeemable_value=redemption.max_value if redemption else None,
        redemption_reason=redemption.reason if redemption else None,
        points_preview=pricing.points_preview,
    )


def loyalty_block(
    receipt: LoyaltyReceipt, *, card_masked: str, member_name: str | None, confirmed: bool
) -> LoyaltyBlock:
    """The receipt's loyalty block from the engine's (points in hundredths, as everywhere)."""
    tier = receipt.tier
    stamps = receipt.stamps[0] if receipt.stamps else None
    gift_left = receipt.gift[-1].left if receipt.gift else None
    return LoyaltyBlock(
        card_masked=card_masked,
        member_name=member_name,
        tier=(tier.tier.name if tier.tier else None) if tier else None,
        earned=receipt.earned,
        spent=receipt.spent,
        balance=receipt.available,
        pending=receipt.pending,
        next_tier=(tier.next_tier.name if tier.next_tier else None) if tier else None,
        to_next_tier=tier.to_next if tier else None,
        expiring_points=receipt.expiring.points if receipt.expiring else 0,
        expiring_on=datetime.combine(receipt.expiring.last_day, datetime.min.time()) if receipt.expiring else None,
        gift_balance=gift_left,
        stamps=stamps.stamps if stamps else None,
        stamps_needed=stamps.needed if stamps else None,
        explanations=receipt.lines,
        balance_confirmed=confirmed,
    )


def block_to_json(block: LoyaltyBlock) -> dict[str, Any]:
    """The loyalty block as stored with the sale, so a reprint shows what the first print showed."""
    return {
        "card_masked": block.card_masked,
        "member_name": block.member_name,
        "tier": block.tier,
        "earned": block.earned,
        "spent": block.spent,
        "balance": block.balance,
        "pending": block.pending,
        "next_tier": block.next_tier,
        "to_next_tier": None if block.to_next_tier is None else [block.to_next_tier.minor, block.to_next_tier.currency],
        "expiring_points": block.expiring_points,
        "expiring_on": block.expiring_on.date().isoformat() if block.expiring_on else None,
        "gift_balance": None if block.gift_balance is None else [block.gift_balance.minor, block.gift_balance.currency],
        "stamps": block.stamps,
        "stamps_needed": block.stamps_needed,
        "explanations": [text.to_data() for text in block.explanations],
        "balance_confirmed": block.balance_confirmed,
    }


def block_from_json(data: Mapping[str, Any]) -> LoyaltyBlock:
    def money(value: Any) -> Money | None:
        return None if value is None else Money(int(value[0]), str(value[1]))

    expiring = data.get("expiring_on")
    return LoyaltyBlock(
        card_masked=data["card_masked"],
        member_name=data.get("member_name"),
        tier=data.get("tier"),
        earned=int(data["earned"]),
        spent=int(data["spent"]),
        balance=int(data["balance"]),
        pending=int(data.get("pending", 0)),
        next_tier=data.get("next_tier"),
        to_next_tier=money(data.get("to_next_tier")),
        expiring_points=int(data.get("expiring_points", 0)),
        expiring_on=datetime.fromisoformat(expiring) if expiring else None,
        gift_balance=money(data.get("gift_balance")),
        stamps=data.get("stamps"),
        stamps_needed=data.get("stamps_needed"),
        explanations=tuple(Phrase.from_data(text) for text in data.get("explanations", ())),
        balance_confirmed=bool(data.get("balance_confirmed", True)),
    )


def points_text(hundredths: int) -> str:
    """Points as people read them: 415 -> "4.15", 500 -> "5"."""
    sign = "-" if hundredths < 0 else ""
    whole, rest = divmod(abs(hundredths), POINT_SCALE)
    return f"{sign}{whole}" + (f".{rest:02d}" if rest else "")
