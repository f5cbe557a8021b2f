"""Coupons: single- or N-use codes worth an amount or a percentage, with their uses counted in a ledger.

A coupon is its own ledger holder (``card_id`` = the coupon's id): issuing it credits ``max_uses`` to its
``uses:<code>`` account and every sale that uses it draws one. A coupon spent on two offline tills beyond its
uses shows as an overdraft there, never vanishes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from app.domain.ids import new_id
from app.domain.loyalty.errors import (
    CouponExpired,
    CouponNotYetValid,
    CouponUsed,
    CouponWithdrawn,
    ReceiptTooSmall,
)
from app.domain.loyalty.ledger import Account, EntryKind, LedgerEntry
from app.domain.loyalty.programs import (
    ANY_FAMILY,
    DiscountRule,
    Scope,
    between,
    check,
    check_currency,
    check_percent,
    not_negative,
)
from app.domain.loyalty.projection import CardProjection
from app.domain.money import Money
from app.domain.phrase import phrase


@dataclass(frozen=True, slots=True, kw_only=True)
class Coupon(DiscountRule):
    """A code worth ``value_minor`` off the eligible goods or ``percent_bp`` of them (exactly one of the two)."""

    KIND: ClassVar[str] = "coupon"
    code: str
    currency: str
    family: str = ANY_FAMILY
    value_minor: int = 0
    percent_bp: int = 0
    min_receipt_minor: int = 0
    max_uses: int = 1
    scope: Scope = field(default_factory=Scope)
    priority: int = 200

    def validate(self, what: str) -> None:
        check(
            bool(self.code.strip()) and ":" not in self.code,
            what,
            "code",
            phrase("Errors", "must be given, without ':'"),
        )
        check_currency(self.currency, what)
        check(
            (self.value_minor > 0) != (self.percent_bp > 0),
            what,
            "value",
            phrase("Errors", "is an amount or a percentage"),
        )
        check(self.value_minor >= 0, what, "value_minor", not_negative())
        check_percent(self.percent_bp, what, "percent_bp")
        check(self.min_receipt_minor >= 0, what, "min_receipt_minor", not_negative())
        check(1 <= self.max_uses <= 1_000_000, what, "max_uses", between(1, 1_000_000))

    @property
    def source(self) -> str:
        return f"coupon:{self.code}"

    @property
    def account(self) -> Account:
        return Account.uses(self.code)


@dataclass(frozen=True, slots=True)
class PresentedCoupon:
    """A coupon the customer shows, with the fold of its uses ledger."""

    coupon: Coupon
    uses: CardProjection

    def __post_init__(self) -> None:
        if self.uses.card_id != self.coupon.id:
            raise ValueError("the uses ledger is not this coupon's")


def issue_coupon(coupon: Coupon, now: datetime, *, created_by: str | None = None) -> LedgerEntry:
    """The entry that gives a new coupon its uses."""
    return LedgerEntry(
        id=new_id(),
        card_id=coupon.id,
        account=coupon.account,
        kind=EntryKind.ISSUE,
        amount=coupon.max_uses,
        created_at=now,
        reason=f"coupon {coupon.code} issued for {coupon.max_uses} use(s)",
        created_by=created_by,
        program_id=coupon.id,
        program_version=coupon.version,
        ref=coupon.code,
    )


def check_coupon(presented: PresentedCoupon, now: datetime, receipt: Money | None = None) -> None:
    """Raise unless the coupon can be used now (and on a receipt of ``receipt``, when given).

    Raises:
        CouponWithdrawn, CouponNotYetValid, CouponExpired, CouponUsed, ReceiptTooSmall.
    """
    coupon = presented.coupon
    if not coupon.active:
        raise CouponWithdrawn(coupon.code)
    if coupon.valid_from is not None and now < coupon.valid_from:
        raise CouponNotYetValid(coupon.code, coupon.valid_from.date())
    if coupon.valid_until is not None and now >= coupon.valid_until:
        raise CouponExpired(coupon.code, coupon.valid_until.date())
    if presented.uses.balance(coupon.account, now).available <= 0:
        raise CouponUsed(coupon.code, coupon.max_uses)
    if receipt is not None and receipt.minor < coupon.min_receipt_minor:
        raise ReceiptTooSmall(
            phrase("Reasons", "coupon {code}", code=coupon.code),
            receipt,
            Money(coupon.min_receipt_minor, coupon.currency),
        )
