"""The receipt as a document (what it says), built from a completed sale; printers and screens lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.money import Money
from app.domain.phrase import Phrase
from app.domain.tax import TaxLine
from app.domain.tender import TenderKind


@dataclass(frozen=True, slots=True)
class ReceiptDiscount:
    explanation: Phrase
    amount: Money


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    qty_milli: int
    unit: str
    unit_price: Money
    gross: Money
    net: Money
    discounts: tuple[ReceiptDiscount, ...] = ()


@dataclass(frozen=True, slots=True)
class ReceiptTender:
    kind: TenderKind
    amount: Money
    reference: str | None = None
    points: int = 0


@dataclass(frozen=True, slots=True)
class LoyaltyBlock:
    """What the customer's card did on this sale. ``card_masked`` never holds the full number."""

    card_masked: str
    member_name: str | None
    tier: str | None
    earned: int
    spent: int
    balance: int
    pending: int = 0
    next_tier: str | None = None
    to_next_tier: Money | None = None
    expiring_points: int = 0
    expiring_on: datetime | None = None
    gift_balance: Money | None = None
    stamps: int | None = None
    stamps_needed: int | None = None
    explanations: tuple[Phrase, ...] = ()
    balance_confirmed: bool = True


@dataclass(frozen=True, slots=True)
class Receipt:
    """Everything printed on one receipt. Times are UTC; ``timezone`` is the shop's zone for display."""

    number: str
    kind: str
    shop_name: str
    shop_address: str
    till_code: str
    cashier: str
    completed_at: datetime
    timezone: str
    language: str
    currency: str
    lines: tuple[ReceiptLine, ...]
    order_discounts: tuple[ReceiptDiscount, ...]
    subtotal: Money
    discount_total: Money
    total: Money
    taxes: tuple[TaxLine, ...]
    tenders: tuple[ReceiptTender, ...]
    change: Money
    loyalty: LoyaltyBlock | None = None
    original_number: str | None = None
    footer: tuple[str, ...] = field(default_factory=tuple)
    survey_code: str | None = None

    @property
    def barcode(self) -> str:
        """Printed as Code 128 so a return can find this receipt by scanning it."""
        return self.number


def mask_card_number(number: str) -> str:
    """A card number safe for paper and logs: only the last four characters stay visible."""
    if len(number) <= 4:
        return "*" * len(number)
    return "*" * min(len(number) - 4, 8) + number[-4:]
