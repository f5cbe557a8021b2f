"""A card's statement: "why do I have 312 points?" answered entry by entry, with the running balance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.loyalty import Account, CardProjection, EntryKind, LedgerEntry


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One ledger entry of the account: what happened, by how much, and the balance after it."""

    entry_id: str
    at: datetime
    kind: EntryKind
    amount: int
    running: int
    reason: str
    sale_id: str | None
    created_by: str | None
    program: str | None
    expires_at: datetime | None
    activates_at: datetime | None


@dataclass(frozen=True, slots=True)
class Statement:
    """Every line adds up to ``total`` = available + pending + expired (expired lots not yet written off)."""

    account: Account
    lines: tuple[StatementLine, ...]
    available: int
    pending: int
    expired: int

    @property
    def total(self) -> int:
        return self.lines[-1].running if self.lines else 0


def statement(entries: Iterable[LedgerEntry], account: Account, state: CardProjection, now: datetime) -> Statement:
    """The entries of one account oldest first, each with the balance it left (its lots' dates kept)."""
    running = 0
    lines = []
    for entry in sorted((e for e in entries if e.account == account), key=lambda e: (e.created_at, e.id)):
        running += entry.amount
        program = f"{entry.program_id} v{entry.program_version}" if entry.program_id else None
        lines.append(
            StatementLine(
                entry_id=entry.id,
                at=entry.created_at,
                kind=entry.kind,
                amount=entry.amount,
                running=running,
                reason=entry.reason,
                sale_id=entry.sale_id,
                created_by=entry.created_by,
                program=program,
                expires_at=entry.expires_at,
                activates_at=entry.activates_at,
            )
        )
    balance = state.balance(account, now)
    return Statement(
        account=account,
        lines=tuple(lines),
        available=balance.available,
        pending=balance.pending,
        expired=balance.expired,
    )
