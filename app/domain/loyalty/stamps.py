"""Stamp cards: which units of a sale are free and how many stamps the sale earns and spends."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.cart import PricedLine
from app.domain.loyalty.programs import StampCard


@dataclass(frozen=True, slots=True)
class StampPlan:
    """What one stamp card does in one sale.

    Paid qualifying units earn stamps; whenever the card holds ``stamps_needed`` stamps (counting those earned
    earlier in the same sale) the next qualifying unit is free and costs that many stamps. The free units are
    the cheapest qualifying units in the sale. Only items sold by the piece qualify.
    """

    program_id: str
    program_version: int
    name: str
    stamps_needed: int
    stamps_before: int
    free_units: Mapping[str, int] = field(default_factory=dict)
    earned: Mapping[str, int] = field(default_factory=dict)

    @property
    def free_count(self) -> int:
        return sum(self.free_units.values())

    @property
    def stamps_earned(self) -> int:
        return sum(self.earned.values())

    @property
    def stamps_spent(self) -> int:
        return self.free_count * self.stamps_needed

    @property
    def stamps_after(self) -> int:
        return self.stamps_before + self.stamps_earned - self.stamps_spent


def qualifying_units(card: StampCard, lines: Sequence[PricedLine]) -> dict[str, int]:
    units: dict[str, int] = {}
    for priced in lines:
        product = priced.line.product
        if not product.sold_by_weight and card.scope.covers(product) and priced.line.qty_milli >= 1000:
            units[priced.line.line_id] = priced.line.qty_milli // 1000
    return units


def free_unit_count(stamps: int, units: int, needed: int, per_item: int) -> int:
    """How many of ``units`` qualifying units are free for a card holding ``stamps`` spendable stamps."""
    free = 0
    stamps = max(stamps, 0)
    while units > 0:
        if stamps >= needed:
            take = min(stamps // needed, units)
            free += take
            stamps -= take * needed
            units -= take
        else:
            paid = min(-(-(needed - stamps) // per_item), units)
            stamps += paid * per_item
            units -= paid
    return free


def plan_stamps(
    card: StampCard,
    lines: Sequence[PricedLine],
    stamps_before: int,
    *,
    reward: bool,
    units: Mapping[str, int] | None = None,
) -> StampPlan:
    """The plan for a sale; ``reward=False`` when the free unit is not given (another offer won). ``units`` is
    ``qualifying_units(card, lines)`` when the caller has it already."""
    if units is None:
        units = qualifying_units(card, lines)
    total_units = sum(units.values())
    free_total = free_unit_count(stamps_before, total_units, card.stamps_needed, card.stamps_per_item) if reward else 0
    free: dict[str, int] = {}
    if free_total:  # most sales earn stamps and spend none: no need to rank the units by price
        by_price = sorted(
            (priced for priced in lines if priced.line.line_id in units),
            key=lambda priced: priced.line.unit_price.minor,
        )
        left = free_total
        for priced in by_price:
            if left == 0:
                break
            take = min(left, units[priced.line.line_id])
            free[priced.line.line_id] = take
            left -= take
    per_item = card.stamps_per_item
    earned = {
        line_id: (count - free.get(line_id, 0)) * per_item
        for line_id, count in units.items()
        if count - free.get(line_id, 0) > 0
    }
    return StampPlan(
        program_id=card.id,
        program_version=card.version,
        name=card.name,
        stamps_needed=card.stamps_needed,
        stamps_before=stamps_before,
        free_units=free,
        earned=earned,
    )
