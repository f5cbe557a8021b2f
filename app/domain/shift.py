"""A cashier's shift and its X (running) and Z (closing) report figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.money import Money
from app.domain.tax import TaxLine, vat_breakdown
from app.domain.tender import TenderKind


@dataclass(frozen=True, slots=True)
class TenderFigures:
    kind: TenderKind
    taken: Money
    refunded: Money

    @property
    def net(self) -> Money:
        return self.taken + self.refunded


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """Figures of a shift. Returns and refunds are negative amounts; ``net_total`` is sales plus returns.

    Cash expected in the drawer = opening float + cash taken - change given + cash refunded (negative)
    + cash moved in or out. ``difference`` is counted minus expected (negative: cash is missing).
    """

    shift_id: str
    till_code: str
    cashier: str
    currency: str
    opened_at: datetime
    closed_at: datetime | None
    z_number: int | None
    sales_count: int
    sales_total: Money
    returns_count: int
    returns_total: Money
    voided_count: int
    discount_total: Money
    taxes: tuple[TaxLine, ...]
    tenders: tuple[TenderFigures, ...]
    opening_float: Money
    change_given: Money
    cash_movements: Money
    counted_cash: Money | None = None
    points_spent: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def net_total(self) -> Money:
        return self.sales_total + self.returns_total

    def tender(self, kind: TenderKind) -> TenderFigures:
        for figures in self.tenders:
            if figures.kind is kind:
                return figures
        zero = Money.zero(self.currency)
        return TenderFigures(kind, zero, zero)

    @property
    def expected_cash(self) -> Money:
        return self.opening_float + self.tender(TenderKind.CASH).net - self.change_given + self.cash_movements

    @property
    def difference(self) -> Money | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash


def tax_lines(currency: str, net_by_rate: dict[int, int]) -> tuple[TaxLine, ...]:
    return vat_breakdown(currency, ((rate, Money(amount, currency)) for rate, amount in net_by_rate.items()))
