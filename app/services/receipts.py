"""The receipt document of a completed sale or return (printing and screens lay it out)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.phrase import Phrase
from app.domain.receipt import LoyaltyBlock, Receipt, ReceiptDiscount, ReceiptLine, ReceiptTender
from app.domain.sale import SaleKind, SaleRecord, SaleStatus
from app.domain.survey import survey_code
from app.services.context import TillContext
from app.services.loyalty_views import block_from_json
from app.store.uow import UnitOfWorkFactory

SURVEY_SETTING = "receipt.survey"


def build_receipt(
    record: SaleRecord,
    context: TillContext,
    *,
    cashier: str,
    loyalty: LoyaltyBlock | None = None,
    original_number: str | None = None,
    survey_code: str | None = None,
) -> Receipt:
    """Lines with their own discounts and explanations; order-wide discounts listed once below the lines."""
    per_line: dict[str | None, list[ReceiptDiscount]] = defaultdict(list)
    for adjustment in record.adjustments:
        per_line[adjustment.line_id].append(ReceiptDiscount(adjustment.explanation, adjustment.amount))
    return Receipt(
        number=record.number,
        kind=record.kind.value,
        shop_name=context.shop_name,
        shop_address=context.shop_address,
        till_code=context.till_code,
        cashier=cashier,
        completed_at=record.completed_at,
        timezone=context.timezone,
        language=context.language,
        currency=record.currency,
        lines=tuple(
            ReceiptLine(
                name=line.name,
                qty_milli=line.qty_milli,
                unit=line.unit,
                unit_price=line.unit_price,
                gross=line.gross,
                net=line.net,
                discounts=tuple(per_line.get(line.id, ())),
            )
            for line in record.lines
        ),
        order_discounts=tuple(per_line.get(None, ())),
        subtotal=record.subtotal,
        discount_total=record.discount_total,
        total=record.total,
        taxes=record.taxes,
        tenders=tuple(
            ReceiptTender(kind=p.kind, amount=p.amount, reference=_tender_reference(p.reference), points=p.points)
            for p in record.payments
        ),
        change=record.change,
        loyalty=loyalty,
        original_number=original_number,
        footer=context.receipt_footer,
        survey_code=survey_code,
    )


def with_explanations(record: SaleRecord, stored: Mapping[str, Any]) -> SaleRecord:
    """The record with its loyalty discounts' explanations as phrases again (the rows keep them in English), so
    a reprint reads in the shop's language like the first print did."""
    phrases = {source: Phrase.from_data(data) for source, data in (stored.get("explanations") or {}).items()}
    if not phrases:
        return record
    adjustments = tuple(replace(a, explanation=phrases.get(a.source, a.explanation)) for a in record.adjustments)
    return replace(record, adjustments=adjustments)


def _tender_reference(reference: str | None) -> str | None:
    """Card slips and gift card numbers appear only by their last four characters."""
    if reference is None or len(reference) <= 4:
        return reference
    return "*" * 4 + reference[-4:]


def receipt_for(
    uow: UnitOfWorkFactory, context: TillContext, sale_id: str, loyalty: LoyaltyBlock | None = None
) -> Receipt:
    """Rebuild a stored sale's receipt (for reprints): the same document as at the time of sale, its loyalty
    block included as it was printed then."""
    with uow() as work:
        record = work.sales.get(sale_id)
        if record is None:
            raise KeyError(sale_id)
        staff = work.shop.staff(record.cashier_id)
        cashier = staff.name if staff else ""  # read now: leaving the unit of work expires the row
        stored = work.sales.loyalty_of(sale_id) or {}
        record = with_explanations(record, stored)
        if loyalty is None:
            loyalty = block_from_json(stored["block"]) if stored.get("block") else None
        asks = bool(work.settings.get(SURVEY_SETTING, True))
        original = (
            work.sales.get(record.original_sale_id)
            if record.kind is SaleKind.RETURN and record.original_sale_id
            else None
        )
    return build_receipt(
        record,
        context,
        cashier=cashier,
        loyalty=loyalty,
        original_number=original.number if original else None,
        survey_code=survey_code(record.number, record.id) if asks and _asks_survey(record) else None,
    )


def _asks_survey(record: SaleRecord) -> bool:
    return record.kind is SaleKind.SALE and record.status is SaleStatus.COMPLETED
