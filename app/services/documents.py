"""Sales as JSON documents: what the outbox carries to the head office and what a bundle holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.sale import SaleRecord


def sale_document(record: SaleRecord, ledger: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The whole sale with its ledger entries, so loyalty changes travel in the same batch as the sale."""
    header = record.header()
    return {
        **header,
        "created_at": record.created_at.isoformat(),
        "completed_at": record.completed_at.isoformat(),
        "lines": [line.to_dict() for line in record.lines],
        "adjustments": [a.to_dict() for a in record.adjustments],
        "payments": [p.to_dict() for p in record.payments],
        "ledger": [dict(entry) for entry in ledger],
    }


def sale_from_document(doc: Mapping[str, Any]) -> SaleRecord:
    """Read a sale document back (the inverse of ``sale_document``, ledger aside)."""
    return SaleRecord.from_parts(doc, doc["lines"], doc["adjustments"], doc["payments"])
