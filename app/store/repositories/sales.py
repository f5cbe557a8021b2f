"""Completed and voided sales: write one whole, read one back exactly, find one by receipt number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.sale import SaleRecord
from app.store.base import table_of
from app.store.models import AdjustmentRow, PaymentRow, SaleLineRow, SaleRow
from app.store.plain_sql import fetch_one, insert_rows, placeholder


class SaleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def next_number(self, till_id: str, store_code: str) -> str:
        """The next receipt number of a till, ``<store>-<till>-<sequence>`` (unique across the chain), taken
        inside the caller's transaction so a rolled-back sale leaves no gap."""
        connection = self._session.connection()
        mark = placeholder(connection.dialect)
        found = fetch_one(
            connection,
            f"UPDATE till SET receipt_seq = receipt_seq + 1 WHERE id = {mark} RETURNING receipt_seq, code",
            (till_id,),
        )
        if found is None:
            raise KeyError(f"unknown till {till_id}")
        seq, code = found
        return f"{store_code}-{code}-{seq:06d}"

    def add(self, record: SaleRecord, *, hlc: str = "", loyalty: dict[str, Any] | None = None) -> None:
        """Insert the sale with its lines, discounts and payments (plain SQL: this is the hot path)."""
        connection = self._session.connection()
        header = {**record.header(), "tax_total": record.tax_total.minor, "loyalty": loyalty, "hlc": hlc}
        insert_rows(connection, table_of(SaleRow), [header])
        insert_rows(
            connection, table_of(SaleLineRow), [{**line.to_dict(), "sale_id": record.id} for line in record.lines]
        )
        insert_rows(
            connection, table_of(AdjustmentRow), [{**a.to_dict(), "sale_id": record.id} for a in record.adjustments]
        )
        insert_rows(
            connection,
            table_of(PaymentRow),
            [{**p.to_dict(), "sale_id": record.id, "position": i} for i, p in enumerate(record.payments)],
        )

    def loyalty_of(self, sale_id: str) -> dict[str, Any] | None:
        """What the loyalty engine kept with the sale: per-line shares for returns, the receipt's block."""
        value = self._session.scalar(select(SaleRow.loyalty).where(SaleRow.id == sale_id))
        return dict(value) if value else None

    def get(self, sale_id: str) -> SaleRecord | None:
        row = self._session.get(SaleRow, sale_id)
        return self._load(row) if row is not None else None

    def by_number(self, number: str) -> SaleRecord | None:
        row = self._session.scalar(select(SaleRow).where(SaleRow.number == number))
        return self._load(row) if row is not None else None

    def returns_of(self, sale_id: str) -> list[SaleRecord]:
        rows = self._session.scalars(
            select(SaleRow).where(SaleRow.original_sale_id == sale_id).order_by(SaleRow.completed_at)
        )
        return [self._load(row) for row in rows]

    def _load(self, row: SaleRow) -> SaleRecord:
        execute = self._session.connection().execute
        lines, adjustments, payments = (table_of(m) for m in (SaleLineRow, AdjustmentRow, PaymentRow))
        return SaleRecord.from_parts(
            {c.key: getattr(row, c.key) for c in table_of(SaleRow).columns},
            execute(select(lines).where(lines.c.sale_id == row.id).order_by(lines.c.position)).mappings(),
            execute(select(adjustments).where(adjustments.c.sale_id == row.id).order_by(adjustments.c.id)).mappings(),
            execute(select(payments).where(payments.c.sale_id == row.id).order_by(payments.c.position)).mappings(),
        )
