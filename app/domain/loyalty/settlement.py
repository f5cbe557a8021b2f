"""Settling a sale: the ledger entries its loyalty side writes, per-line shares for returns, the receipt block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.domain.loyalty.coupons import PresentedCoupon
from app.domain.loyalty.ledger import LedgerEntry
from app.domain.loyalty.members import Member
from app.domain.loyalty.pricing import Pricing
from app.domain.loyalty.projection import CardProjection
from app.domain.loyalty.tiers import TierStatus
from app.domain.money import Money
from app.domain.tender import Payment


@dataclass(frozen=True, slots=True)
class LineShare:
    """The part of each ledger entry (and loyalty payment) that belongs to one sale line; kept for returns.

    ``parts`` maps an entry id, or ``payment:<payment id>``, to this line's share of it (its unit).
    """

    line_id: str
    qty_milli: int
    net: Money
    parts: Mapping[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineShare:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class ExpiringSoon:
    points: int
    on: date


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
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Settlement:
    """Everything the checkout writes for loyalty in the sale's transaction.

    Attributes:
        entries: new ledger entries, for the member card, gift cards and coupons alike.
        shares: per-line shares of those entries; store them with the sale for returns.
        states: the updated projection of every card or coupon touched (the cache rows).
    """

    sale_id: str
    entries: tuple[LedgerEntry, ...]
    shares: tuple[LineShare, ...]
    states: Mapping[str, CardProjection]
    receipt: LoyaltyReceipt


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
    """The ledger side of a completed sale priced by ``price_sale``.

    Raises:
        CardBlocked, InsufficientPoints, BelowMinimumBalance, ReceiptTooSmall, CapExceeded, PointsNotAccepted,
        UnknownGiftCard, GiftCardExpired, InsufficientGiftBalance, InsufficientStamps, Coupon* errors.
    """
    raise NotImplementedError
