"""Ledger entries: the only truth about a card's points, gift money, stamps, coupon uses and spend.

Entries travel between tills and the head office as a set (union by id, never edited). Lot-based accounts
(points, gift, stamps, uses) keep lots. A **lot** is everything of one account of one card that becomes
spendable and expires at the same moments: its id is derived from (card, account, activates_at, expires_at), so
every entry -- credit, draw, write-off, reversal -- carries its lot's dates and names the lot by them. Dates are
rounded when credits are made (activation to the next UTC midnight, expiry to the end of a UTC month; see
``activation_after`` / ``expiry_after``), so a card has a few dozen open lots at most, whatever its history.

Units: points are kept in hundredths of a point (``POINT_SCALE``), gift money and spend in minor units of
their currency, stamps and coupon uses as whole counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.domain.loyalty.calendar import iso, month_index, parse_iso, parse_required, require_aware

POINT_SCALE = 100
"""Points are whole integers of hundredths of a point: 4.15 points is stored as 415."""

_NAMESPACE = uuid.UUID("0f5b7a52-2d0c-5d3e-9a51-6b75706131ee")


class AccountKind(StrEnum):
    POINTS = "points"  # unit: currency code
    GIFT = "gift"  # unit: currency code
    STAMPS = "stamps"  # unit: stamp card program id
    USES = "uses"  # unit: coupon code
    SPEND = "spend"  # unit: currency code
    COUNTER = "counter"  # unit: counter name

    @property
    def has_lots(self) -> bool:
        return self in _LOT_KINDS


_LOT_KINDS = frozenset({AccountKind.POINTS, AccountKind.GIFT, AccountKind.STAMPS, AccountKind.USES})

REDEMPTIONS = "redemptions"
"""Counter of sales in which the card spent points (for the repeat-redeemer perk)."""


@dataclass(frozen=True, slots=True, order=True)
class Account:
    """One balance of a card: ``points:ILS``, ``gift:EUR``, ``stamps:<program>``, ``spend:ILS``..."""

    kind: AccountKind
    unit: str

    def __post_init__(self) -> None:
        if not self.unit or ":" in self.unit:
            raise ValueError(f"account unit {self.unit!r} must be non-empty and without ':'")

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.unit}"

    @classmethod
    def parse(cls, text: str) -> Account:
        kind, _, unit = text.partition(":")
        return cls(AccountKind(kind), unit)

    @classmethod
    def points(cls, currency: str) -> Account:
        return cls(AccountKind.POINTS, currency)

    @classmethod
    def gift(cls, currency: str) -> Account:
        return cls(AccountKind.GIFT, currency)

    @classmethod
    def stamps(cls, program_id: str) -> Account:
        return cls(AccountKind.STAMPS, program_id)

    @classmethod
    def uses(cls, code: str) -> Account:
        return cls(AccountKind.USES, code)

    @classmethod
    def spend(cls, currency: str) -> Account:
        return cls(AccountKind.SPEND, currency)

    @classmethod
    def counter(cls, name: str) -> Account:
        return cls(AccountKind.COUNTER, name)


class EntryKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REVERSE = "reverse"
    WELCOME = "welcome"
    BIRTHDAY = "birthday"
    ISSUE = "issue"
    TOPUP = "topup"
    TRANSFER = "transfer"
    SPEND = "spend"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One fact about one account of one card; never edited, only added.

    Attributes:
        amount: + credit, - debit, in the account's unit (never zero).
        activates_at: when the entry's lot becomes spendable (``None``: at once).
        expires_at: when what is left of the lot expires (``None``: never). A draw carries the dates of the
            lot it draws from, so a return gives points back into the lot they came from.
        lot_id: for lot-based accounts, ``lot_of(card, account, activates_at, expires_at)`` (filled in when
            left out); ``None`` for spend and counters.
        ref: what the entry refers to: the entry a reversal reverses, a birthday year, a coupon code.
    """

    id: str
    card_id: str
    account: Account
    kind: EntryKind
    amount: int
    created_at: datetime
    lot_id: str | None = None
    sale_id: str | None = None
    activates_at: datetime | None = None
    expires_at: datetime | None = None
    reason: str = ""
    created_by: str | None = None
    program_id: str | None = None
    program_version: int | None = None
    ref: str | None = None

    def __post_init__(self) -> None:
        if type(self.amount) is not int or self.amount == 0:
            raise ValueError("a ledger entry moves a non-zero whole number")
        if not self.id or not self.card_id:
            raise ValueError("a ledger entry needs an id and a card")
        require_aware(self.created_at, "created_at")
        for moment in (self.activates_at, self.expires_at):
            if moment is not None:
                require_aware(moment)
        if self.account.kind.has_lots:
            lot = lot_of(self.card_id, self.account, self.activates_at, self.expires_at)
            if self.lot_id is None:
                object.__setattr__(self, "lot_id", lot)
            elif self.lot_id != lot:
                raise ValueError("the lot id does not match the entry's account and dates")
        elif self.lot_id is not None or self.activates_at is not None or self.expires_at is not None:
            raise ValueError(f"{self.account} has no lots or dates")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "card_id": self.card_id,
            "account": str(self.account),
            "kind": self.kind.value,
            "amount": self.amount,
            "created_at": iso(self.created_at),
            "lot_id": self.lot_id,
            "sale_id": self.sale_id,
            "activates_at": iso(self.activates_at),
            "expires_at": iso(self.expires_at),
            "reason": self.reason,
            "created_by": self.created_by,
            "program_id": self.program_id,
            "program_version": self.program_version,
            "ref": self.ref,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LedgerEntry:
        return cls(
            id=data["id"],
            card_id=data["card_id"],
            account=Account.parse(data["account"]),
            kind=EntryKind(data["kind"]),
            amount=data["amount"],
            created_at=parse_required(data["created_at"]),
            lot_id=data.get("lot_id"),
            sale_id=data.get("sale_id"),
            activates_at=parse_iso(data.get("activates_at")),
            expires_at=parse_iso(data.get("expires_at")),
            reason=data.get("reason", ""),
            created_by=data.get("created_by"),
            program_id=data.get("program_id"),
            program_version=data.get("program_version"),
            ref=data.get("ref"),
        )


def fact_id(*parts: object) -> str:
    """A deterministic id (UUIDv5) for a fact any till may record, so the office's UNIQUE constraint keeps one.

    Every input that decides the entry's content must be among ``parts``: two tills that see the same fact
    then write the same row, and tills that see it differently write different rows (both kept, visible).
    """
    return str(uuid.uuid5(_NAMESPACE, "|".join(str(part) for part in parts)))


def lot_of(card_id: str, account: Account, activates_at: datetime | None, expires_at: datetime | None) -> str:
    """The id of the lot of ``account`` that becomes spendable at ``activates_at`` and expires at ``expires_at``."""
    return fact_id("lot", card_id, account, iso(activates_at) or "-", iso(expires_at) or "-")


def activation_after(moment: datetime, days: int) -> datetime | None:
    """When points earned at ``moment`` with a ``days`` waiting period become spendable: the next UTC midnight
    at or after ``moment + days`` (``None`` when there is no wait)."""
    if days <= 0:
        return None
    later = (moment + timedelta(days=days)).astimezone(UTC)
    midnight = later.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight if midnight == later else midnight + timedelta(days=1)


def expiry_after(moment: datetime, months: int | None) -> datetime | None:
    """When something credited at ``moment`` expires after ``months``: at the end of that UTC month (the first
    instant of the next), so one month's credits form one lot (``None``: never)."""
    if months is None:
        return None
    index = month_index(moment) + months + 1
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)
