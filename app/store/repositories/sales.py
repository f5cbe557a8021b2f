"""Completed and voided sales: write one whole, read one back exactly, find one by receipt number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.domain.sale import AdjustmentRecord, SaleKind, SaleLineRecord, SaleRecord, SaleStatus
from app.domain.tender import Payment, TenderKind
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
        currency = record.currency
        connection = self._session.connection()
        insert_rows(
            connection,
            table_of(SaleRow),
            [
                {
                    "id": record.id,
                    "number": record.number,
                    "kind": record.kind.value,
                    "status": record.status.value,
                    "store_id": record.store_id,
                    "till_id": record.till_id,
                    "shift_id": record.shift_id,
                    "cashier_id": record.cashier_id,
                    "currency": currency,
                    "card_id": record.card_id,
                    "member_id": record.member_id,
                    "subtotal": record.subtotal.minor,
                    "discount_total": record.discount_total.minor,
                    "total": record.total.minor,
                    "tax_total": record.tax_total.minor,
                    "change": record.change.minor,
                    "created_at": record.created_at,
                    "completed_at": record.completed_at,
                    "original_sale_id": record.original_sale_id,
                    "approved_by": record.approved_by,
                    "program_versions": dict(record.program_versions),
                    "loyalty": loyalty,
                    "hlc": hlc,
                }
            ],
        )
        if record.lines:
            insert_rows(
                connection,
                table_of(SaleLineRow),
                [
                    {
                        "id": line.id,
                        "sale_id": record.id,
                        "position": line.position,
                        "product_id": line.product_id,
                        "sku": line.sku,
                        "name": line.name,
                        "barcode": line.barcode,
                        "category": line.category,
                        "qty_milli": line.qty_milli,
                        "unit": line.unit,
                        "unit_price": line.unit_price.minor,
                        "gross": line.gross.minor,
                        "line_discount": line.line_discount.minor,
                        "order_share": line.order_share.minor,
                        "net": line.net.minor,
                        "tax_rate_bp": line.tax_rate_bp,
                        "price_overridden": line.price_overridden,
                        "original_line_id": line.original_line_id,
                    }
                    for line in record.lines
                ],
            )
        if record.adjustments:
            insert_rows(
                connection,
                table_of(AdjustmentRow),
                [
                    {
                        "id": a.id,
                        "sale_id": record.id,
                        "line_id": a.line_id,
                        "source": a.source,
                        "explanation": a.explanation,
                        "amount": a.amount.minor,
                    }
                    for a in record.adjustments
                ],
            )
        if record.payments:
            insert_rows(
                connection,
                table_of(PaymentRow),
                [
                    {
                        "id": p.id,
                        "sale_id": record.id,
                        "position": i,
                        "kind": p.kind.value,
                        "amount": p.amount.minor,
                        "reference": p.reference,
                        "points": p.points,
                    }
                    for i, p in enumerate(record.payments)
                ],
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
        cur = row.currency
        lines = self._session.scalars(
            select(SaleLineRow).where(SaleLineRow.sale_id == row.id).order_by(SaleLineRow.position)
        )
        adjustments = self._session.scalars(
            select(AdjustmentRow).where(AdjustmentRow.sale_id == row.id).order_by(AdjustmentRow.id)
        )
        payments = self._session.scalars(
            select(PaymentRow).where(PaymentRow.sale_id == row.id).order_by(PaymentRow.position)
        )
        return SaleRecord(
            id=row.id,
            number=row.number,
            kind=SaleKind(row.kind),
            status=SaleStatus(row.status),
            store_id=row.store_id,
            till_id=row.till_id,
            shift_id=row.shift_id,
            cashier_id=row.cashier_id,
            currency=cur,
            lines=tuple(
                SaleLineRecord(
                    id=r.id,
                    position=r.position,
                    product_id=r.product_id,
                    sku=r.sku,
                    name=r.name,
                    barcode=r.barcode,
                    qty_milli=r.qty_milli,
                    unit=r.unit,
                    unit_price=Money(r.unit_price, cur),
                    gross=Money(r.gross, cur),
                    line_discount=Money(r.line_discount, cur),
                    order_share=Money(r.order_share, cur),
                    net=Money(r.net, cur),
                    tax_rate_bp=r.tax_rate_bp,
                    category=r.category,
                    price_overridden=r.price_overridden,
                    original_line_id=r.original_line_id,
                )
                for r in lines
            ),
            adjustments=tuple(
                AdjustmentRecord(
                    id=a.id, line_id=a.line_id, source=a.source, explanation=a.explanation, amount=Money(a.amount, cur)
                )
                for a in adjustments
            ),
            payments=tuple(
                Payment(
                    kind=TenderKind(p.kind),
                    amount=Money(p.amount, cur),
                    reference=p.reference,
                    points=p.points,
                    id=p.id,
                )
                for p in payments
            ),
            subtotal=Money(row.subtotal, cur),
            discount_total=Money(row.discount_total, cur),
            total=Money(row.total, cur),
            change=Money(row.change, cur),
            created_at=row.created_at,
            completed_at=row.completed_at,
            card_id=row.card_id,
            member_id=row.member_id,
            original_sale_id=row.original_sale_id,
            approved_by=row.approved_by,
            program_versions=dict(row.program_versions or {}),
        )
