"""Ledger entries arriving at the office: set union by id, the change feed, and overdraft detection."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.office.writes import insert_ignore, log_changes
from app.store.models import CardRow, OverdraftRow
from app.sync.documents import BadDocument, from_doc, table
from app.sync.projection import account_balances

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
    "hlc": "",
    "extra": None,
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
            self._rows.setdefault(row["id"], row)

    def commit(self) -> set[str]:
        """Insert the entries the office lacks; log them for other tills; record overdrafts. Returns new ids."""
        if not self._rows:
            return set()
        cards = {row["card_id"] for row in self._rows.values()}
        known = set(self._session.scalars(select(CardRow.id).where(CardRow.id.in_(cards))))
        if cards - known:
            raise BadDocument(f"ledger entries for unknown cards: {sorted(cards - known)}")
        ordered = sorted(self._rows.values(), key=lambda r: (r["created_at"], r["id"]))
        inserted = insert_ignore(self._session, table("ledger_entry"), ordered)
        log_changes(
            self._session,
            "ledger",
            [r["id"] for r in ordered if r["id"] in inserted],
            origin=self._till_id,
            now=self._now,
        )
        spent = [r for r in ordered if r["id"] in inserted and r["amount"] < 0]
        if spent:
            self._check_overdrafts(spent)
        return inserted

    def _check_overdrafts(self, spent: list[dict[str, Any]]) -> None:
        touched: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in spent:
            touched.setdefault((row["card_id"], row["account"]), []).append(row)
        for (card_id, account), rows in sorted(touched.items()):
            balance = account_balances(self._session, card_id, self._now).get(account, 0)
            if balance >= 0:
                continue
            self._session.add(
                OverdraftRow(
                    id=new_id(),
                    card_id=card_id,
                    account=account,
                    amount=balance,
                    detected_at=self._now,
                    till_id=self._till_id,
                    sale_id=next((r["sale_id"] for r in rows if r["sale_id"]), None),
                    entry_ids=[r["id"] for r in rows],
                )
            )
            log.warning("card %s %s account overdrawn by %d after till %s", card_id, account, -balance, self._till_id)
