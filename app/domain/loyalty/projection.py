"""A card's compact state folded from its ledger: open lots, spend by month, counters; rebuildable at any time.

How the fold reads a lot (its amount is the plain sum of the entries naming it, in any order; its dates are
in its id, see ``ledger``):

* remaining > 0 and ``now < activates_at``  -> **pending** (earned, not yet spendable: the return window);
* remaining > 0 and ``now >= expires_at``   -> **expired** (no longer spendable, waiting for its write-off
  entry; once that entry arrives the lot is at zero and leaves the projection);
* remaining > 0 otherwise                   -> spendable;
* remaining < 0                             -> **overdraft**: more was drawn than the lot held (two tills
  offline spent the same points, or earned points were taken back after being spent).

``available = spendable - overdraft`` and may be negative: an overdraft is shown, never hidden, and later earns
make up for it. Lots at zero are dropped. Because a lot is named by its dates, two tills drawing the same
points show an overdraft only when their draws together exceed what that lot holds -- the economic truth.
Spend is summed for life and per UTC month; months older than ``KEEP_MONTHS`` before the latest entry seen are
dropped (tier windows never look further back). ``fold(entries)`` equals ``apply`` of the same entries in any
grouping and order, provided ``apply`` is only given entries not folded before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain.loyalty.calendar import iso, month_from_key, month_index, month_key, parse_iso
from app.domain.loyalty.ledger import Account, AccountKind, EntryKind, LedgerEntry

KEEP_MONTHS = 60
SCHEMA = 1


class LotState(StrEnum):
    PENDING = "pending"
    SPENDABLE = "spendable"
    EXPIRED = "expired"
    OVERDRAWN = "overdrawn"


@dataclass(frozen=True, slots=True)
class Lot:
    """What is left of one credit (or, below zero, how far it was overdrawn)."""

    id: str
    remaining: int
    activates_at: datetime | None = None
    expires_at: datetime | None = None

    def state(self, now: datetime) -> LotState:
        if self.remaining < 0:
            return LotState.OVERDRAWN
        if self.activates_at is not None and now < self.activates_at:
            return LotState.PENDING
        if self.expires_at is not None and now >= self.expires_at:
            return LotState.EXPIRED
        return LotState.SPENDABLE

    def fifo_key(self) -> tuple[bool, str, str, str]:
        """Earliest expiry first (never-expiring last), then earliest activation, then lot id."""
        return (
            self.expires_at is None,
            iso(self.expires_at) or "",
            iso(self.activates_at) or "",
            self.id,
        )


@dataclass(frozen=True, slots=True)
class Balance:
    """One account seen at a moment. ``available`` is what may be spent now (negative when overdrawn)."""

    available: int
    pending: int
    expired: int
    overdraft: int

    @property
    def total(self) -> int:
        """Available plus pending: what the card will hold once the pending lots activate."""
        return self.available + self.pending


@dataclass(frozen=True, slots=True)
class Spend:
    """Qualifying spend in one currency: for life, and per UTC month (month index -> minor units)."""

    lifetime: int = 0
    months: Mapping[int, int] = field(default_factory=dict)

    def between(self, first_month: int, last_month: int) -> int:
        """Spend in the months ``first_month..last_month`` inclusive."""
        return sum(amount for month, amount in self.months.items() if first_month <= month <= last_month)


@dataclass(frozen=True)
class CardProjection:
    """The fold of one card's ledger; the engine needs only this, never the whole history."""

    card_id: str
    entry_count: int = 0
    horizon: datetime | None = None
    lots: Mapping[str, Mapping[str, Lot]] = field(default_factory=dict)
    spend: Mapping[str, Spend] = field(default_factory=dict)
    counters: Mapping[str, int] = field(default_factory=dict)
    birthday_years: Mapping[str, int] = field(default_factory=dict)
    welcomed: frozenset[str] = frozenset()

    @classmethod
    def empty(cls, card_id: str) -> CardProjection:
        return cls(card_id=card_id)

    def open_lots(self, account: Account) -> tuple[Lot, ...]:
        return tuple(self.lots.get(str(account), {}).values())

    def balance(self, account: Account, now: datetime) -> Balance:
        spendable = pending = expired = overdraft = 0
        for lot in self.lots.get(str(account), {}).values():
            state = lot.state(now)
            if state is LotState.SPENDABLE:
                spendable += lot.remaining
            elif state is LotState.PENDING:
                pending += lot.remaining
            elif state is LotState.EXPIRED:
                expired += lot.remaining
            else:
                overdraft -= lot.remaining
        return Balance(available=spendable - overdraft, pending=pending, expired=expired, overdraft=overdraft)

    def spendable_lots(self, account: Account, now: datetime) -> list[Lot]:
        """Lots that may be drawn now, in the order draws take them (FIFO by expiry)."""
        lots = [lot for lot in self.lots.get(str(account), {}).values() if lot.state(now) is LotState.SPENDABLE]
        lots.sort(key=Lot.fifo_key)
        return lots

    def next_expiry(self, account: Account, now: datetime) -> tuple[datetime, int] | None:
        """The next moment spendable or pending amounts expire, and how much expires then."""
        upcoming: dict[datetime, int] = {}
        for lot in self.lots.get(str(account), {}).values():
            if lot.expires_at is not None and lot.state(now) in (LotState.SPENDABLE, LotState.PENDING):
                upcoming[lot.expires_at] = upcoming.get(lot.expires_at, 0) + lot.remaining
        if not upcoming:
            return None
        first = min(upcoming)
        return first, upcoming[first]

    def spend_in(self, currency: str) -> Spend:
        return self.spend.get(currency, Spend())

    def counter(self, name: str) -> int:
        return self.counters.get(name, 0)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form (the cache row); ``from_dict`` reads it back equal."""
        return {
            "schema": SCHEMA,
            "card_id": self.card_id,
            "entry_count": self.entry_count,
            "horizon": iso(self.horizon),
            "accounts": {
                key: [
                    {
                        "lot": lot.id,
                        "remaining": lot.remaining,
                        "activates_at": iso(lot.activates_at),
                        "expires_at": iso(lot.expires_at),
                    }
                    for lot in sorted(book.values(), key=lambda lot: lot.id)
                ]
                for key, book in sorted(self.lots.items())
            },
            "spend": {
                currency: {
                    "lifetime": spend.lifetime,
                    "months": {month_key(month): amount for month, amount in sorted(spend.months.items())},
                }
                for currency, spend in sorted(self.spend.items())
            },
            "counters": dict(sorted(self.counters.items())),
            "birthday_years": dict(sorted(self.birthday_years.items())),
            "welcomed": sorted(self.welcomed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CardProjection:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"card projection schema {data.get('schema')!r} is not {SCHEMA}; rebuild it")
        return cls(
            card_id=data["card_id"],
            entry_count=data["entry_count"],
            horizon=parse_iso(data["horizon"]),
            lots={
                key: {
                    raw["lot"]: Lot(
                        id=raw["lot"],
                        remaining=raw["remaining"],
                        activates_at=parse_iso(raw["activates_at"]),
                        expires_at=parse_iso(raw["expires_at"]),
                    )
                    for raw in lots
                }
                for key, lots in data["accounts"].items()
            },
            spend={
                currency: Spend(
                    lifetime=raw["lifetime"],
                    months={month_from_key(key): amount for key, amount in raw["months"].items()},
                )
                for currency, raw in data["spend"].items()
            },
            counters=dict(data["counters"]),
            birthday_years=dict(data["birthday_years"]),
            welcomed=frozenset(data["welcomed"]),
        )


def fold(card_id: str, entries: Iterable[LedgerEntry]) -> CardProjection:
    """Rebuild a card's projection from its whole ledger (a set: order and repeats of one id do not matter).

    Raises:
        ValueError: an entry of another card, or two different entries with the same id.
    """
    unique: dict[str, LedgerEntry] = {}
    for entry in entries:
        seen = unique.setdefault(entry.id, entry)
        if seen != entry:
            raise ValueError(f"two different ledger entries share the id {entry.id}")
    return apply(CardProjection.empty(card_id), unique.values())


def apply(projection: CardProjection, entries: Iterable[LedgerEntry]) -> CardProjection:
    """Fold entries the projection has not seen yet into it; the result equals a full rebuild.

    Raises:
        ValueError: an entry belongs to another card.
    """
    books: dict[str, Mapping[str, Lot]] = dict(projection.lots)
    touched: dict[str, dict[str, Lot]] = {}
    months: dict[str, dict[int, int]] = {c: dict(s.months) for c, s in projection.spend.items()}
    lifetime: dict[str, int] = {c: s.lifetime for c, s in projection.spend.items()}
    counters = dict(projection.counters)
    birthdays = dict(projection.birthday_years)
    welcomed = set(projection.welcomed)
    horizon = projection.horizon
    count = projection.entry_count

    for entry in entries:
        if entry.card_id != projection.card_id:
            raise ValueError(f"entry {entry.id} belongs to card {entry.card_id}, not {projection.card_id}")
        count += 1
        if horizon is None or entry.created_at > horizon:
            horizon = entry.created_at
        kind = entry.account.kind
        if kind.has_lots:
            key = str(entry.account)
            if key not in touched:
                touched[key] = dict(books.get(key, {}))
            _book_entry(touched[key], entry)
        elif kind is AccountKind.SPEND:
            currency = entry.account.unit
            buckets = months.setdefault(currency, {})
            month = month_index(entry.created_at)
            buckets[month] = buckets.get(month, 0) + entry.amount
            if buckets[month] == 0:
                del buckets[month]
            lifetime[currency] = lifetime.get(currency, 0) + entry.amount
        else:
            _add(counters, entry.account.unit, entry.amount)
        if entry.kind is EntryKind.BIRTHDAY and entry.amount > 0 and entry.program_id and entry.ref:
            year = int(entry.ref)
            birthdays[entry.program_id] = max(year, birthdays.get(entry.program_id, year))
        if entry.kind is EntryKind.WELCOME and entry.amount > 0 and entry.program_id:
            welcomed.add(entry.program_id)

    for key, book in touched.items():
        if book:
            books[key] = book
        else:
            books.pop(key, None)
    spend: dict[str, Spend] = {}
    oldest = month_index(horizon) - KEEP_MONTHS + 1 if horizon is not None else 0
    for currency, buckets in months.items():
        kept = {month: amount for month, amount in buckets.items() if month >= oldest}
        if kept or lifetime[currency]:
            spend[currency] = Spend(lifetime=lifetime[currency], months=kept)

    return CardProjection(
        card_id=projection.card_id,
        entry_count=count,
        horizon=horizon,
        lots=books,
        spend=spend,
        counters=counters,
        birthday_years=birthdays,
        welcomed=frozenset(welcomed),
    )


def _add(totals: dict[str, int], key: str, amount: int) -> None:
    totals[key] = totals.get(key, 0) + amount
    if totals[key] == 0:
        del totals[key]


def _book_entry(book: dict[str, Lot], entry: LedgerEntry) -> None:
    lot_id = entry.lot_id or ""
    lot = book.get(lot_id)
    remaining = (lot.remaining if lot is not None else 0) + entry.amount
    if remaining == 0:
        book.pop(lot_id, None)
    else:
        book[lot_id] = Lot(lot_id, remaining, entry.activates_at, entry.expires_at)
