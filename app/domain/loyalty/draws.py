"""Drawing from an account first-in-first-out: the earliest-expiring spendable lots go first, one entry per lot."""

from __future__ import annotations

from datetime import datetime

from app.domain.ids import new_id
from app.domain.loyalty.ledger import Account, EntryKind, LedgerEntry
from app.domain.loyalty.projection import CardProjection


def spendable(state: CardProjection, account: Account, now: datetime) -> int:
    """What the spendable lots hold (before an overdraft elsewhere is taken off)."""
    return sum(lot.remaining for lot in state.spendable_lots(account, now))


def draw(
    state: CardProjection,
    account: Account,
    amount: int,
    now: datetime,
    *,
    kind: EntryKind,
    reason: str,
    sale_id: str | None = None,
    created_by: str | None = None,
    program_id: str | None = None,
    program_version: int | None = None,
    ref: str | None = None,
) -> list[LedgerEntry]:
    """Entries taking ``amount`` (> 0) from the spendable lots, FIFO; each copies its lot's dates.

    The caller has checked the balance; drawing more than the spendable lots hold is a programming error.

    Raises:
        ValueError: the spendable lots hold less than ``amount``.
    """
    if amount <= 0:
        raise ValueError("draw a positive amount")
    entries: list[LedgerEntry] = []
    left = amount
    for lot in state.spendable_lots(account, now):
        take = min(left, lot.remaining)
        entries.append(
            LedgerEntry(
                id=new_id(),
                card_id=state.card_id,
                account=account,
                kind=kind,
                amount=-take,
                created_at=now,
                lot_id=lot.id,
                sale_id=sale_id,
                activates_at=lot.activates_at,
                expires_at=lot.expires_at,
                reason=reason,
                created_by=created_by,
                program_id=program_id,
                program_version=program_version,
                ref=ref,
            )
        )
        left -= take
        if left == 0:
            return entries
    raise ValueError(f"{account} of card {state.card_id} holds less than {amount} to draw")
