"""Returns: take back what returned lines earned and give back what they were paid with, exactly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.loyalty.ledger import LedgerEntry
from app.domain.loyalty.settlement import LineShare
from app.domain.money import Money


@dataclass(frozen=True, slots=True)
class ReturnResult:
    """Entries to write for a return, and how much of each loyalty payment goes back to its account."""

    entries: tuple[LedgerEntry, ...]
    points_taken_back: int
    points_given_back: int
    refunds: Mapping[str, Money] = field(default_factory=dict)
    explanations: tuple[str, ...] = ()


def reverse_sale(
    entries: Sequence[LedgerEntry],
    shares: Sequence[LineShare],
    returning: Mapping[str, int],
    now: datetime,
    return_sale_id: str,
    *,
    returned_before: Mapping[str, int] | None = None,
    created_by: str | None = None,
) -> ReturnResult:
    """Reverse the loyalty side of returned quantities of a sale's lines, in proportion and exactly."""
    raise NotImplementedError
