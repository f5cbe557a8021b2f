"""Card life: issue with a welcome bonus, birthday bonus, manual adjustments, gift cards, card replacement."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from app.domain.loyalty.ledger import Account, LedgerEntry
from app.domain.loyalty.members import Card, Member
from app.domain.loyalty.programs import GiftCardProgram, Program
from app.domain.money import Money


def issue_card(
    card: Card, programs: Iterable[Program], now: datetime, *, created_by: str | None = None
) -> list[LedgerEntry]:
    """Entries for a new card: the welcome bonus of each live welcome program of its family."""
    raise NotImplementedError


def birthday_bonus(member: Member, programs: Iterable[Program], now: datetime) -> list[LedgerEntry]:
    """The birthday bonus if the member is inside the window and has not had it this year (else nothing)."""
    raise NotImplementedError


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
    """A manager's correction of an account, as new entries (never an edit)."""
    raise NotImplementedError


def issue_gift_card(
    card_id: str,
    amount: Money,
    program: GiftCardProgram,
    now: datetime,
    *,
    sale_id: str | None = None,
    created_by: str | None = None,
) -> LedgerEntry:
    """Load a new gift card."""
    raise NotImplementedError


def top_up_gift_card(
    member: Member,
    amount: Money,
    program: GiftCardProgram,
    now: datetime,
    *,
    sale_id: str | None = None,
    created_by: str | None = None,
) -> LedgerEntry:
    """Add money to a gift card; the new money has its own validity."""
    raise NotImplementedError
