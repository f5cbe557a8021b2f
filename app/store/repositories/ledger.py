"""The loyalty ledger: append entries, read a holder's or a sale's entries, keep each holder's projection."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.loyalty import Account, CardProjection, EntryKind, LedgerEntry, apply, fold
from app.store.base import table_of
from app.store.models import CardStateRow, LedgerEntryRow, SaleRow
from app.store.plain_sql import convert, fetch_all, fetch_one, insert_new, placeholder, result_processors, upsert_row


def to_entry(row: LedgerEntryRow) -> LedgerEntry:
    return LedgerEntry(
        id=row.id,
        card_id=row.card_id,
        account=Account.parse(row.account),
        kind=EntryKind(row.kind),
        amount=row.amount,
        created_at=row.created_at,
        lot_id=row.lot_id,
        sale_id=row.sale_id,
        activates_at=row.activates_at,
        expires_at=row.expires_at,
        reason=row.reason or "",
        created_by=row.created_by,
        program_id=row.program_id,
        program_version=row.program_version,
        ref=row.ref,
    )


class LedgerRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        entries: Sequence[LedgerEntry],
        *,
        store_id: str | None,
        till_id: str | None,
        hlc: str = "",
    ) -> set[str]:
        """Append the entries whose ids are new here (plain SQL: part of the sale's hot path); returns those ids."""
        return insert_new(
            self._session.connection(),
            table_of(LedgerEntryRow),
            [
                {
                    "id": e.id,
                    "card_id": e.card_id,
                    "account": str(e.account),
                    "kind": e.kind.value,
                    "amount": e.amount,
                    "sale_id": e.sale_id,
                    "lot_id": e.lot_id,
                    "created_at": e.created_at,
                    "activates_at": e.activates_at,
                    "expires_at": e.expires_at,
                    "reason": e.reason or None,
                    "created_by": e.created_by,
                    "program_id": e.program_id,
                    "program_version": e.program_version,
                    "ref": e.ref,
                    "store_id": store_id,
                    "till_id": till_id,
                    "hlc": hlc,
                }
                for e in entries
            ],
            key="id",
        )

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        if not wanted:
            return found
        connection = self._session.connection()
        mark = placeholder(connection.dialect)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join([mark] * len(chunk))
            rows = fetch_all(connection, f"SELECT id FROM ledger_entry WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def entries_of(self, holder_id: str) -> list[LedgerEntry]:
        rows = self._session.scalars(
            select(LedgerEntryRow).where(LedgerEntryRow.card_id == holder_id).order_by(LedgerEntryRow.id)
        )
        return [to_entry(row) for row in rows]

    def count_of(self, holder_id: str) -> int:
        return int(self._session.scalar(select(func.count()).where(LedgerEntryRow.card_id == holder_id)) or 0)

    def entries_of_sale(self, sale_id: str) -> list[LedgerEntry]:
        """What a sale wrote, plus what every return of it wrote (reversals name the entry they reverse)."""
        returns = select(SaleRow.id).where(SaleRow.original_sale_id == sale_id)
        rows = self._session.scalars(
            select(LedgerEntryRow)
            .where(or_(LedgerEntryRow.sale_id == sale_id, LedgerEntryRow.sale_id.in_(returns)))
            .order_by(LedgerEntryRow.id)
        )
        return [to_entry(row) for row in rows]

    def _cached_row(self, holder_id: str) -> CardStateRow | None:
        """The session's own object for the holder's projection, when it has loaded one (it may hold changes)."""
        found = self._session.identity_map.get(self._session.identity_key(CardStateRow, holder_id))
        return found if isinstance(found, CardStateRow) else None

    def projection(self, holder_id: str) -> CardProjection:
        """The cached projection of a holder's ledger, or the empty one if it has none yet."""
        loaded = self._cached_row(holder_id)
        if loaded is not None:
            return CardProjection.from_dict(loaded.data)
        connection = self._session.connection()
        row = fetch_one(
            connection, f"SELECT data FROM card_state WHERE card_id = {placeholder(connection.dialect)}", (holder_id,)
        )
        if row is None:
            return CardProjection.empty(holder_id)
        (data,) = convert(row, result_processors(connection.dialect, table_of(CardStateRow), ("data",)))
        return CardProjection.from_dict(data)

    def confirmed_at(self, holder_id: str) -> datetime | None:
        row = self._session.get(CardStateRow, holder_id)
        return row.confirmed_at if row else None

    def save_projection(self, projection: CardProjection, *, now: datetime) -> None:
        """Store the projection (one upsert; the office's confirmation columns are left as they are)."""
        loaded = self._cached_row(projection.card_id)
        if loaded is not None:
            loaded.data = projection.to_dict()
            loaded.entries = projection.entry_count
            loaded.updated_at = now
            return
        upsert_row(
            self._session.connection(),
            table_of(CardStateRow),
            {
                "card_id": projection.card_id,
                "data": projection.to_dict(),
                "entries": projection.entry_count,
                "updated_at": now,
            },
            key="card_id",
        )

    def append(
        self,
        entries: Sequence[LedgerEntry],
        *,
        now: datetime,
        store_id: str | None,
        till_id: str | None,
        hlc: str = "",
        read: Mapping[str, CardProjection] | None = None,
    ) -> list[LedgerEntry]:
        """Add the entries this ledger does not hold yet and bring every touched holder's projection up to
        date; returns the entries actually added (a fact with a deterministic id may already be here).

        ``read`` holds projections the caller read in this same transaction (they are not read again).
        """
        added = self.add(entries, store_id=store_id, till_id=till_id, hlc=hlc)
        fresh = [e for e in entries if e.id in added]
        by_holder: dict[str, list[LedgerEntry]] = {}
        for entry in fresh:
            by_holder.setdefault(entry.card_id, []).append(entry)
        for holder, new in by_holder.items():
            before = read.get(holder) if read is not None else None
            self.save_projection(apply(before or self.projection(holder), new), now=now)
        return fresh

    def rebuild(self, holder_id: str, *, now: datetime) -> CardProjection:
        """Fold the holder's whole ledger again and store it (the cache is only ever a projection)."""
        state = fold(holder_id, self.entries_of(holder_id))
        self.save_projection(state, now=now)
        return state
