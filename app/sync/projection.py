"""Rebuilding a card's cached projection (``card_state``) from its ledger after entries arrive from elsewhere."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.store.models import CardStateRow, LedgerEntryRow


def account_balances(session: Session, card_id: str, now: datetime) -> dict[str, int]:
    """Per account: the sum of the card's entries active at ``now`` (pending earns not counted yet)."""
    rows = session.execute(
        select(LedgerEntryRow.account, func.sum(LedgerEntryRow.amount))
        .where(
            LedgerEntryRow.card_id == card_id,
            or_(LedgerEntryRow.activates_at.is_(None), LedgerEntryRow.activates_at <= now),
        )
        .group_by(LedgerEntryRow.account)
    ).all()
    return {str(account): int(total or 0) for account, total in rows}


class CardProjector:
    """Recomputes ``card_state`` for cards whose ledger grew; the office has confirmed what it sent."""

    def rebuild(self, session: Session, card_ids: Iterable[str], now: datetime) -> None:
        for card_id in sorted(set(card_ids)):
            entries = int(session.scalar(select(func.count()).where(LedgerEntryRow.card_id == card_id)) or 0)
            balances = account_balances(session, card_id, now)
            row = session.get(CardStateRow, card_id)
            if row is None:
                row = CardStateRow(card_id=card_id, data={}, entries=0, updated_at=now)
                session.add(row)
            row.data = {"balances": balances}
            row.entries = entries
            row.updated_at = now
            row.confirmed_at = now
            row.confirmed_balance = balances
