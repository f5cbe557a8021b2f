"""The loyalty side of a return: what the sale earned and spent, reversed in proportion to what comes back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain import loyalty
from app.domain.ids import HlcClock
from app.domain.loyalty import LineShare
from app.domain.sale import SaleRecord
from app.services.context import Clock
from app.store.uow import UnitOfWork


class LoyaltyReversal:
    """Reads a sale's stored loyalty shares and ledger entries; needs none of the open sales' loyalty state."""

    def __init__(self, clock: Clock, hlc: HlcClock | None = None) -> None:
        self._clock = clock
        self._hlc = hlc

    def reversal(
        self,
        uow: UnitOfWork,
        original: SaleRecord,
        returning: Mapping[str, int],
        returned_before: Mapping[str, int],
        return_sale_id: str,
        created_by: str | None,
    ) -> loyalty.ReturnResult | None:
        """The loyalty side of returning ``returning`` (original line id -> thousandths); None without loyalty."""
        shares = uow.sales.loyalty_of(original.id)
        if not shares:
            return None
        line_shares = [LineShare.from_dict(s) for s in shares.get("shares", [])]
        if not line_shares:
            return None
        return loyalty.reverse_sale(
            uow.ledger.entries_of_sale(original.id),
            line_shares,
            returning,
            self._clock(),
            return_sale_id,
            returned_before=returned_before,
            created_by=created_by,
        )

    def write_reversal(
        self, uow: UnitOfWork, result: loyalty.ReturnResult | None, record: SaleRecord
    ) -> Sequence[Mapping[str, Any]]:
        """Append the reversal's entries in the return's transaction; returns them as documents for the outbox."""
        if result is None or not result.entries:
            return []
        stamp = self._hlc.now().encode() if self._hlc is not None else ""
        uow.ledger.append(
            result.entries, now=record.completed_at, store_id=record.store_id, till_id=record.till_id, hlc=stamp
        )
        return [entry.to_dict() for entry in result.entries]
