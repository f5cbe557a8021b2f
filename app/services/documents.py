"""Sales as JSON documents: what the outbox carries to the head office and what a bundle holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from app.domain.money import Money
from app.domain.sale import AdjustmentRecord, SaleKind, SaleLineRecord, SaleRecord, SaleStatus
from app.domain.tender import Payment, TenderKind


def _time(value: datetime) -> str:
    return value.isoformat()


def sale_document(record: SaleRecord, ledger: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The whole sale with its ledger entries, so loyalty changes travel in the same batch as the sale."""
    return {
        "id": record.id,
        "number": record.number,
        "kind": record.kind.value,
        "status": record.status.value,
        "store_id": record.store_id,
        "till_id": record.till_id,
        "shift_id": record.shift_id,
        "cashier_id": record.cashier_id,
        "currency": record.currency,
        "card_id": record.card_id,
        "member_id": record.member_id,
        "subtotal": record.subtotal.minor,
        "discount_total": record.discount_total.minor,
        "total": record.total.minor,
        "change": record.change.minor,
        "created_at": _time(record.created_at),
        "completed_at": _time(record.completed_at),
        "original_sale_id": record.original_sale_id,
        "approved_by": record.approved_by,
        "program_versions": dict(record.program_versions),
        "lines": [
            {
                "id": line.id,
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
        "adjustments": [
            {
                "id": a.id,
                "line_id": a.line_id,
                "source": a.source,
                "explanation": a.explanation,
                "amount": a.amount.minor,
            }
            for a in record.adjustments
        ],
        "payments": [
            {"id": p.id, "kind": p.kind.value, "amount": p.amount.minor, "reference": p.reference, "points": p.points}
            for p in record.payments
        ],
        "ledger": [dict(entry) for entry in ledger],
    }


def sale_from_document(doc: Mapping[str, Any]) -> SaleRecord:
    """Read a sale document back (the inverse of ``sale_document``, ledger aside)."""
    cur = str(doc["currency"])

    def money(value: Any) -> Money:
        return Money(int(value), cur)

    return SaleRecord(
        id=doc["id"],
        number=doc["number"],
        kind=SaleKind(doc["kind"]),
        status=SaleStatus(doc["status"]),
        store_id=doc["store_id"],
        till_id=doc["till_id"],
        shift_id=doc["shift_id"],
        cashier_id=doc["cashier_id"],
        currency=cur,
        lines=tuple(
            SaleLineRecord(
                id=x["id"],
                position=int(x["position"]),
                product_id=x["product_id"],
                sku=x["sku"],
                name=x["name"],
                barcode=x["barcode"],
                qty_milli=int(x["qty_milli"]),
                unit=x["unit"],
                unit_price=money(x["unit_price"]),
                gross=money(x["gross"]),
                line_discount=money(x["line_discount"]),
                order_share=money(x["order_share"]),
                net=money(x["net"]),
                tax_rate_bp=int(x["tax_rate_bp"]),
                category=x["category"],
                price_overridden=bool(x["price_overridden"]),
                original_line_id=x["original_line_id"],
            )
            for x in doc["lines"]
        ),
        adjustments=tuple(
            AdjustmentRecord(
                id=a["id"],
                line_id=a["line_id"],
                source=a["source"],
                explanation=a["explanation"],
                amount=money(a["amount"]),
            )
            for a in doc["adjustments"]
        ),
        payments=tuple(
            Payment(
                kind=TenderKind(p["kind"]),
                amount=money(p["amount"]),
                reference=p["reference"],
                points=int(p["points"]),
                id=p["id"],
            )
            for p in doc["payments"]
        ),
        subtotal=money(doc["subtotal"]),
        discount_total=money(doc["discount_total"]),
        total=money(doc["total"]),
        change=money(doc["change"]),
        created_at=datetime.fromisoformat(doc["created_at"]),
        completed_at=datetime.fromisoformat(doc["completed_at"]),
        card_id=doc["card_id"],
        member_id=doc["member_id"],
        original_sale_id=doc["original_sale_id"],
        approved_by=doc["approved_by"],
        program_versions={str(k): int(v) for k, v in dict(doc["program_versions"]).items()},
    )
