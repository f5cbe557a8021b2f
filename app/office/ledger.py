"""Ledger entries arriving at the office: set union by id, the change feed, and overdraft detection."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.domain.loyalty import Account, Balance
from app.office.writes import insert_ignore, log_changes
from app.store.models import LedgerEntryRow, OverdraftRow
from app.sync.documents import BadDocument, from_doc, table
from app.sync.ledger import CardProjector, entry_of

log = logging.getLogger(__name__)

LEDGER_DEFAULTS: Mapping[str, Any] = {
    "sale_id": None,
    "lot_id": None,
    "activates_at": None,
    "expires_at": None,
    "reason": None,
    "created_by": None,
    "program_id": None,
    "program_version": None,
    "store_id": None,
    "till_id": None,
    "ref": None,
    "hlc": "",
}


class LedgerIntake:
    """Collects a batch's ledger entries, then inserts the new ones and checks the cards they touched."""

    def __init__(self, session: Session, till_id: str | None, now: datetime) -> None:
        self._session = session
        self._till_id = till_id
        self._now = now
        self._rows: dict[str, dict[str, Any]] = {}

    def add_many(self, entries: Iterable[Mapping[str, Any]], *, defaults: Mapping[str, Any]) -> None:
        merged = {**LEDGER_DEFAULTS, **defaults}
        for entry in entries:
            if not isinstance(entry, Mapping):
                raise BadDocument("a ledger entry is not an object")
            row = from_doc("ledger_entry", entry, defaults=merged)
            try:
                entry_of(row)
            except (ValueError, KeyError, TypeError) as exc:
                raise BadDocument(f"ledger entry {row.get('id')}: {exc}") from exc
            self._rows.setdefault(row["id"], row)

    def commit(self) -> set[str]:
        """Insert the entries the office lacks, log them for other tills, rebuild the cards' projections and
        record overdrafts. Returns the ids inserted."""
        if not self._rows:
            return set()
        for row in self._rows.values():
            if row["reason"] == "":
                row["reason"] = None
        ordered = sorted(self._rows.values(), key=lambda r: (r["created_at"], r["id"]))
        inserted = insert_ignore(self._session, table("ledger_entry"), ordered)
        fresh = [r for r in ordered if r["id"] in inserted]
        log_changes(self._session, "ledger", [r["id"] for r in fresh], origin=self._till_id, now=self._now)
        states = CardProjector(confirm=True).rebuild(self._session, {r["card_id"] for r in fresh}, self._now)
        spent: dict[tuple[str, str], list[dict[str, Any]]] = {}
        waiting = self._reversing_what_has_not_arrived(fresh)
        for row in fresh:
            if row["amount"] < 0 and row["card_id"] not in waiting:
                spent.setdefault((row["card_id"], row["account"]), []).append(row)
        for (card_id, account), rows in sorted(spent.items()):
            self._check_overdraft(card_id, account, rows, states[card_id].balance(Account.parse(account), self._now))
        return inserted

    def _reversing_what_has_not_arrived(self, fresh: list[dict[str, Any]]) -> set[str]:
        """Cards with a reversal of an entry the office does not hold yet (batches delivered out of order): their
        balance is incomplete until it comes, so it says nothing about an overdraft."""
        refs = {str(r["ref"]) for r in fresh if r["kind"] == "reverse" and r["ref"]}
        if not refs:
            return set()
        held = set(self._session.scalars(select(LedgerEntryRow.id).where(LedgerEntryRow.id.in_(refs))))
        return {r["card_id"] for r in fresh if r["kind"] == "reverse" and r["ref"] and r["ref"] not in held}

    def _check_overdraft(self, card_id: str, account: str, rows: list[dict[str, Any]], balance: Balance) -> None:
        if balance.overdraft <= 0:
            return
        previous = self._session.scalar(
            select(func.min(OverdraftRow.amount)).where(
                OverdraftRow.card_id == card_id, OverdraftRow.account == account
            )
        )
        if previous is not None and -previous >= balance.overdraft:
            return
        self._session.add(
            OverdraftRow(
                id=new_id(),
                card_id=card_id,
                account=account,
                amount=-balance.overdraft,
                detected_at=self._now,
                till_id=self._till_id,
                sale_id=next((r["sale_id"] for r in rows if r["sale_id"]), None),
                entry_ids=[r["id"] for r in rows],
            )
        )
        log.warning("card %s %s overdrawn by %d after till %s", card_id, account, balance.overdraft, self._till_id)
