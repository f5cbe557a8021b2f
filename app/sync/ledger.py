"""Ledger entries in a database: rows to engine entries and back, writing new ones, and per-card projections.

The same code runs on a till (SQLite) and at the office: a card's projection in ``card_state`` is always
``fold`` of its rows, rebuilt whenever entries arrive from elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.domain.loyalty import Account, CardProjection, EntryKind, LedgerEntry, fold
from app.store.models import CardStateRow, LedgerEntryRow
from app.store.repositories.ledger import LedgerRepository


def entry_values(entry: LedgerEntry, *, store_id: str | None, till_id: str | None, hlc: str) -> dict[str, Any]:
    """The ``ledger_entry`` row of an engine entry made here."""
    return {
        "id": entry.id,
        "card_id": entry.card_id,
        "account": str(entry.account),
        "kind": entry.kind.value,
        "amount": entry.amount,
        "sale_id": entry.sale_id,
        "lot_id": entry.lot_id,
        "created_at": entry.created_at,
        "activates_at": entry.activates_at,
        "expires_at": entry.expires_at,
        "reason": entry.reason or None,
        "created_by": entry.created_by,
        "program_id": entry.program_id,
        "program_version": entry.program_version,
        "store_id": store_id,
        "till_id": till_id,
        "ref": entry.ref,
        "hlc": hlc,
    }


def entry_of(row: LedgerEntryRow | Mapping[str, Any]) -> LedgerEntry:
    """The engine entry of a row (or of a row's column values).

    Raises:
        ValueError: the values break the ledger's rules (zero amount, a credit not opening its lot...).
    """
    values: Mapping[str, Any] = row if isinstance(row, Mapping) else to_values(row)

    def get(key: str) -> Any:
        return values[key]

    return LedgerEntry(
        id=get("id"),
        card_id=get("card_id"),
        account=Account.parse(get("account")),
        kind=EntryKind(get("kind")),
        amount=get("amount"),
        created_at=get("created_at"),
        lot_id=get("lot_id"),
        sale_id=get("sale_id"),
        activates_at=get("activates_at"),
        expires_at=get("expires_at"),
        reason=get("reason") or "",
        created_by=get("created_by"),
        program_id=get("program_id"),
        program_version=get("program_version"),
        ref=get("ref"),
    )


def to_values(row: LedgerEntryRow) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in LedgerEntryRow.__table__.columns}


def card_entries(session: Session, card_id: str) -> list[LedgerEntry]:
    return LedgerRepository(session).entries_of(card_id)


def cached_projection(session: Session, card_id: str) -> CardProjection | None:
    """The projection kept in ``card_state``, or None when there is none or it is of an older schema."""
    row = session.get(CardStateRow, card_id)
    if row is None or not row.data:
        return None
    try:
        return CardProjection.from_dict(row.data)
    except (ValueError, KeyError):
        return None


def projection(session: Session, card_id: str) -> CardProjection:
    """The card's projection: the cached one, or a fold of its ledger."""
    return cached_projection(session, card_id) or fold(card_id, card_entries(session, card_id))


def store_projection(session: Session, state: CardProjection, now: datetime, *, confirmed: bool) -> None:
    row = session.get(CardStateRow, state.card_id)
    if row is None:
        row = CardStateRow(card_id=state.card_id, data={}, entries=0, updated_at=now)
        session.add(row)
    row.data = state.to_dict()
    row.entries = state.entry_count
    row.updated_at = now
    if confirmed:
        row.confirmed_at = now
        row.confirmed_balance = {key: state.balance(Account.parse(key), now).available for key in sorted(state.lots)}


class CardProjector:
    """Rebuilds ``card_state`` of cards whose ledger grew from elsewhere (a pull, a reply, a pushed batch)."""

    def __init__(self, *, confirm: bool = True) -> None:
        self._confirm = confirm

    def rebuild(self, session: Session, card_ids: Iterable[str], now: datetime) -> dict[str, CardProjection]:
        states = {}
        for card_id in sorted(set(card_ids)):
            state = fold(card_id, card_entries(session, card_id))
            store_projection(session, state, now, confirmed=self._confirm)
            states[card_id] = state
        return states
