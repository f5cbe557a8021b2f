"""Writing off expired lots as ledger entries whose ids any till or the office computes alike."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.loyalty.ledger import LedgerEntry
from app.domain.loyalty.projection import CardProjection


def expire_lots(state: CardProjection, now: datetime, *, grace: timedelta = timedelta(0)) -> list[LedgerEntry]:
    """Write-off entries for what is left in lots that expired at least ``grace`` before ``now``."""
    raise NotImplementedError
