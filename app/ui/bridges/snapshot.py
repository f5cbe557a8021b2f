"""What the sale screen and the payment dialog show of the sale in progress, as one immutable snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.cart import PricedCart
from app.domain.money import Money
from app.domain.tender import Payment
from app.services.loyalty_views import MemberView


@dataclass(frozen=True, slots=True)
class SaleSnapshot:
    """What the sale screen shows: the priced cart and the payments taken so far."""

    sale_id: str
    priced: PricedCart
    payments: tuple[Payment, ...]
    paid: Money
    remaining: Money
    change: Money
    member: MemberView | None

    @property
    def is_empty(self) -> bool:
        return not self.priced.lines
