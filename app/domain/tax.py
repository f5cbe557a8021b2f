"""VAT included in prices: the tax inside each rate's total, computed once per rate (not per line)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.money import Money, round_half_up


@dataclass(frozen=True, slots=True)
class TaxLine:
    """For one rate: the amount paid including VAT, the VAT inside it, and the amount without VAT."""

    rate_bp: int
    gross: Money
    tax: Money

    @property
    def net(self) -> Money:
        return self.gross - self.tax


def included_tax(gross: Money, rate_bp: int) -> Money:
    """VAT contained in a VAT-inclusive amount: gross × rate / (1 + rate), rounded half up."""
    return Money(round_half_up(gross.minor * rate_bp, 10_000 + rate_bp), gross.currency)


def vat_breakdown(currency: str, amounts: Iterable[tuple[int, Money]]) -> tuple[TaxLine, ...]:
    """Group (rate, VAT-inclusive amount) pairs by rate, highest rate first, zero-sum rates left out."""
    sums: dict[int, int] = {}
    for rate_bp, amount in amounts:
        sums[rate_bp] = sums.get(rate_bp, 0) + amount.minor
    lines = []
    for rate_bp in sorted(sums, reverse=True):
        gross = Money(sums[rate_bp], currency)
        if gross.minor == 0:
            continue
        lines.append(TaxLine(rate_bp=rate_bp, gross=gross, tax=included_tax(gross, rate_bp)))
    return tuple(lines)
