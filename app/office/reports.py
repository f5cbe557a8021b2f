"""Head-office reports: cards overdrawn by offline redemptions at several tills, and what is still owed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.loyalty import Account
from app.domain.receipt import mask_card_number
from app.store.models import CardRow, OverdraftRow
from app.sync.ledger import projection


@dataclass(frozen=True, slots=True)
class OverdraftLine:
    """One card account that went below zero: the deepest point, today's balance, and what is still to recover."""

    card_id: str
    card: str
    account: str
    deepest: int
    balance: int
    outstanding: int
    recovered: int
    incidents: int
    tills: tuple[str, ...]
    first_at: datetime
    last_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "card_id": self.card_id,
            "card": self.card,
            "account": self.account,
            "deepest": self.deepest,
            "balance": self.balance,
            "outstanding": self.outstanding,
            "recovered": self.recovered,
            "incidents": self.incidents,
            "tills": list(self.tills),
            "first_at": self.first_at.isoformat(),
            "last_at": self.last_at.isoformat(),
        }


def overdraft_report(session: Session, now: datetime) -> list[OverdraftLine]:
    """Every overdrawn card account, most outstanding first; later earns recover the debt through the ledger."""
    incidents: dict[tuple[str, str], list[OverdraftRow]] = {}
    for row in session.scalars(select(OverdraftRow).order_by(OverdraftRow.detected_at, OverdraftRow.id)):
        incidents.setdefault((row.card_id, row.account), []).append(row)
    numbers: dict[str, str] = {
        card_id: number
        for card_id, number in session.execute(
            select(CardRow.id, CardRow.number).where(CardRow.id.in_({c for c, _ in incidents}))
        )
    }
    lines = []
    for (card_id, account), rows in incidents.items():
        balance = projection(session, card_id).balance(Account.parse(account), now).available
        deepest = min(r.amount for r in rows)
        outstanding = max(0, -balance)
        lines.append(
            OverdraftLine(
                card_id=card_id,
                card=mask_card_number(numbers.get(card_id, "")),
                account=account,
                deepest=deepest,
                balance=balance,
                outstanding=outstanding,
                recovered=max(0, -deepest - outstanding),
                incidents=len(rows),
                tills=tuple(sorted({r.till_id for r in rows if r.till_id})),
                first_at=rows[0].detected_at,
                last_at=rows[-1].detected_at,
            )
        )
    return sorted(lines, key=lambda line: (-line.outstanding, line.card_id, line.account))
