"""Writing off expired lots as ledger entries whose ids any till or the office computes alike.

A lot past its expiry date is already not spendable (the fold counts it as expired); this write-off records
the fact, for reports and messages, and lets the lot leave the projection. The entry is dated at the lot's
expiry and its id is derived from the card, account, lot and amount: two writers that see the same lot the same
way write one row; writers that see it differently (one had not yet received an offline draw) write two rows
that both stay, so the card shows an overdraft instead of two ledgers silently disagreeing. Running the
write-off at the head office, ``grace`` after the expiry date (time for offline tills to sync), avoids that.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from app.domain.loyalty import explain
from app.domain.loyalty.calendar import require_aware
from app.domain.loyalty.ledger import Account, AccountKind, EntryKind, LedgerEntry, fact_id
from app.domain.loyalty.projection import CardProjection, LotState


def expire_lots(
    state: CardProjection,
    now: datetime,
    *,
    grace: timedelta = timedelta(0),
    accounts: Iterable[Account] | None = None,
) -> list[LedgerEntry]:
    """Write-off entries for what is left in lots that expired at least ``grace`` before ``now``.

    Args:
        accounts: only these accounts (default: every lot-based account of the card).
    """
    require_aware(now, "now")
    wanted = {str(account) for account in accounts} if accounts is not None else None
    cutoff = now - grace
    entries: list[LedgerEntry] = []
    for key, book in sorted(state.lots.items()):
        if wanted is not None and key not in wanted:
            continue
        account = Account.parse(key)
        for lot in sorted(book.values(), key=lambda lot: lot.id):
            if lot.expires_at is None or lot.expires_at > cutoff or lot.state(now) is not LotState.EXPIRED:
                continue
            entries.append(
                LedgerEntry(
                    id=fact_id(state.card_id, key, lot.id, "expire", lot.remaining),
                    card_id=state.card_id,
                    account=account,
                    kind=EntryKind.EXPIRE,
                    amount=-lot.remaining,
                    created_at=lot.expires_at,
                    lot_id=lot.id,
                    activates_at=lot.activates_at,
                    expires_at=lot.expires_at,
                    reason=f"{_what(account, lot.remaining)} expired (valid until {_last_day(lot.expires_at)})",
                )
            )
    return entries


def _what(account: Account, amount: int) -> str:
    if account.kind is AccountKind.POINTS:
        return f"{explain.points(amount)} points"
    if account.kind is AccountKind.GIFT:
        return f"gift balance {explain.minor_text(amount, account.unit)}"
    return f"{amount} {account.kind.value}"


def _last_day(expires_at: datetime) -> str:
    return explain.day(expires_at - timedelta(microseconds=1))
