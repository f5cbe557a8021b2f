"""Card life: welcome and birthday bonuses, manual adjustments, gift cards, moving a balance to a new card."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from app.domain.errors import CurrencyMismatch
from app.domain.ids import new_id
from app.domain.loyalty import explain
from app.domain.loyalty.calendar import birthday_in, local, local_midnight, require_aware
from app.domain.loyalty.draws import draw
from app.domain.loyalty.errors import (
    InsufficientGiftBalance,
    InsufficientPoints,
    InsufficientStamps,
    InvalidAdjustment,
    InvalidGiftAmount,
)
from app.domain.loyalty.ledger import Account, AccountKind, EntryKind, LedgerEntry, expiry_after, fact_id
from app.domain.loyalty.members import Card, Member
from app.domain.loyalty.points import BirthdayBonus, WelcomeBonus
from app.domain.loyalty.pricing import live_programs
from app.domain.loyalty.programs import GiftCardProgram, Program
from app.domain.loyalty.projection import Lot
from app.domain.money import Money
from app.domain.phrase import phrase


def issue_card(card: Card, programs: Iterable[Program], now: datetime) -> list[LedgerEntry]:
    """Entries for a new card: the welcome bonus of each live welcome program of its family."""
    return welcome_bonus(Member.new(card), programs, now)


def welcome_bonus(member: Member, programs: Iterable[Program], now: datetime) -> list[LedgerEntry]:
    """Welcome bonuses the card has not had yet (one per welcome program, whatever its version)."""
    require_aware(now, "now")
    if member.card.blocked:
        return []
    entries = []
    for program in live_programs(programs, member.card.family, now):
        if isinstance(program, WelcomeBonus) and program.id not in member.state.welcomed:
            entry_id = fact_id(member.card.id, "welcome", program.id)
            entries.append(
                LedgerEntry(
                    id=entry_id,
                    card_id=member.card.id,
                    account=Account.points(program.currency),
                    kind=EntryKind.WELCOME,
                    amount=program.points,
                    created_at=now,
                    expires_at=expiry_after(now, program.expiry_months),
                    reason=f"{program.name}: {explain.points(program.points)} points",
                    program_id=program.id,
                    program_version=program.version,
                )
            )
    return entries


def birthday_bonus(member: Member, programs: Iterable[Program], now: datetime) -> list[LedgerEntry]:
    """The birthday bonus if today is within the window around the birthday and this year's was not given.

    The entry is dated at the start of the window and its id is derived from the card, program, version and
    year, so two tills that both give it write one row.
    """
    require_aware(now, "now")
    birthday = member.card.birthday
    if birthday is None or member.card.blocked:
        return []
    entries = []
    for program in live_programs(programs, member.card.family, now):
        if not isinstance(program, BirthdayBonus):
            continue
        today = local(now, program.timezone).date()
        for year in (today.year - 1, today.year, today.year + 1):
            day = birthday_in(year, birthday)
            if abs((today - day).days) > program.window_days:
                continue
            if member.state.birthday_years.get(program.id, 0) >= year:
                continue
            start = local_midnight(day - timedelta(days=program.window_days), program.timezone)
            entry_id = fact_id(member.card.id, "birthday", program.id, program.version, year)
            entries.append(
                LedgerEntry(
                    id=entry_id,
                    card_id=member.card.id,
                    account=Account.points(program.currency),
                    kind=EntryKind.BIRTHDAY,
                    amount=program.points,
                    created_at=start,
                    expires_at=expiry_after(start, program.expiry_months),
                    reason=f"Happy birthday: {explain.points(program.points)} points",
                    program_id=program.id,
                    program_version=program.version,
                    ref=str(year),
                )
            )
    return entries


def adjust(
    member: Member,
    account: Account,
    amount: int,
    now: datetime,
    *,
    reason: str,
    created_by: str,
    expires_at: datetime | None = None,
    allow_overdraft: bool = False,
) -> list[LedgerEntry]:
    """A manager's correction of one account, as new entries (never an edit).

    A credit opens a lot (valid until ``expires_at``); a debit draws the spendable lots first-in-first-out and,
    only with ``allow_overdraft``, records the rest as a debt the card's later earns make up for.

    Raises:
        InvalidAdjustment: no reason, no manager, or a zero amount.
        InsufficientPoints / InsufficientGiftBalance / InsufficientStamps: a debit beyond the balance.
    """
    require_aware(now, "now")
    if not reason.strip():
        raise InvalidAdjustment(phrase("Reasons", "say why"))
    if not created_by.strip():
        raise InvalidAdjustment(phrase("Reasons", "a manager must be named"))
    if amount == 0:
        raise InvalidAdjustment(phrase("Reasons", "the amount is zero"))
    if amount > 0 or not account.kind.has_lots:
        entry = LedgerEntry(
            id=new_id(),
            card_id=member.card.id,
            account=account,
            kind=EntryKind.ADJUST,
            amount=amount,
            created_at=now,
            expires_at=expires_at if account.kind.has_lots else None,
            reason=reason,
            created_by=created_by,
        )
        return [entry]
    wanted = -amount
    available = max(member.state.balance(account, now).available, 0)
    if wanted > available and not allow_overdraft:
        raise _short(member, account, wanted, available)
    taken = min(wanted, available)
    entries = (
        draw(member.state, account, taken, now, kind=EntryKind.ADJUST, reason=reason, created_by=created_by)
        if taken
        else []
    )
    if wanted > taken:
        entries.append(
            LedgerEntry(
                id=new_id(),
                card_id=member.card.id,
                account=account,
                kind=EntryKind.ADJUST,
                amount=taken - wanted,
                created_at=now,
                reason=reason,
                created_by=created_by,
            )
        )
    return entries


def _short(member: Member, account: Account, wanted: int, available: int) -> Exception:
    if account.kind is AccountKind.POINTS:
        return InsufficientPoints(wanted, available)
    if account.kind is AccountKind.GIFT:
        return InsufficientGiftBalance(member.card.id, Money(wanted, account.unit), Money(available, account.unit))
    if account.kind is AccountKind.STAMPS:
        return InsufficientStamps(wanted, available)
    return InvalidAdjustment(phrase("Reasons", "only {available} left", available=available))


def issue_gift_card(
    card_id: str,
    amount: Money,
    program: GiftCardProgram,
    now: datetime,
    *,
    sale_id: str | None = None,
    created_by: str | None = None,
) -> LedgerEntry:
    """Load a new gift card (the card's id is the holder); the money is valid ``validity_months``.

    Raises:
        CurrencyMismatch, InvalidGiftAmount.
    """
    return _load(card_id, amount, program, now, EntryKind.ISSUE, sale_id=sale_id, created_by=created_by)


def top_up_gift_card(
    member: Member,
    amount: Money,
    program: GiftCardProgram,
    now: datetime,
    *,
    sale_id: str | None = None,
    created_by: str | None = None,
) -> LedgerEntry:
    """Add money to a gift card; the new money has its own validity from today.

    Raises:
        CardBlocked, CurrencyMismatch, InvalidGiftAmount.
    """
    member.require_usable()
    if not program.top_up:
        raise InvalidGiftAmount(phrase("Reasons", "{name} cannot be topped up", name=program.name))
    return _load(member.card.id, amount, program, now, EntryKind.TOPUP, sale_id=sale_id, created_by=created_by)


def _load(
    card_id: str,
    amount: Money,
    program: GiftCardProgram,
    now: datetime,
    kind: EntryKind,
    *,
    sale_id: str | None,
    created_by: str | None,
) -> LedgerEntry:
    require_aware(now, "now")
    if amount.currency != program.currency:
        raise CurrencyMismatch(program.currency, amount.currency)
    if amount.minor < program.min_load_minor:
        raise InvalidGiftAmount(
            phrase("Reasons", "the least is {amount}", amount=Money(program.min_load_minor, program.currency))
        )
    if program.max_load_minor is not None and amount.minor > program.max_load_minor:
        raise InvalidGiftAmount(
            phrase("Reasons", "the most is {amount}", amount=Money(program.max_load_minor, program.currency))
        )
    return LedgerEntry(
        id=new_id(),
        card_id=card_id,
        account=Account.gift(program.currency),
        kind=kind,
        amount=amount.minor,
        created_at=now,
        sale_id=sale_id,
        expires_at=expiry_after(now, program.validity_months),
        reason=f"{program.name}: {explain.amount(amount)} loaded",
        created_by=created_by,
        program_id=program.id,
        program_version=program.version,
    )


def transfer_card(old: Member, new_card_id: str, now: datetime, *, reason: str, created_by: str) -> list[LedgerEntry]:
    """Move everything a card holds to a replacement card (a lost card): lots keep their dates, debts move too.

    Lifetime spend and counters move as totals; spend by month starts again on the new card.
    """
    require_aware(now, "now")
    if not reason.strip() or not created_by.strip():
        raise InvalidAdjustment(phrase("Reasons", "a reason and a manager are needed to move a card's balance"))
    entries: list[LedgerEntry] = []

    def add(card_id: str, account: Account, amount: int, lot: Lot | None = None) -> None:
        entries.append(
            LedgerEntry(
                id=new_id(),
                card_id=card_id,
                account=account,
                kind=EntryKind.TRANSFER,
                amount=amount,
                created_at=now,
                activates_at=lot.activates_at if lot else None,
                expires_at=lot.expires_at if lot else None,
                reason=reason,
                created_by=created_by,
                ref=old.card.id if card_id == new_card_id else new_card_id,
            )
        )

    for key, book in sorted(old.state.lots.items()):
        account = Account.parse(key)
        for lot in sorted(book.values(), key=lambda lot: lot.id):
            add(old.card.id, account, -lot.remaining, lot)
            add(new_card_id, account, lot.remaining, lot)
    for currency, spend in sorted(old.state.spend.items()):
        if spend.lifetime:
            add(old.card.id, Account.spend(currency), -spend.lifetime)
            add(new_card_id, Account.spend(currency), spend.lifetime)
    for name, count in sorted(old.state.counters.items()):
        add(old.card.id, Account.counter(name), -count)
        add(new_card_id, Account.counter(name), count)
    return entries
