"""The lines of one sale as loyalty pricing reads them, with what each scope covers worked out once.

A shop runs dozens of programs and many share a scope (every perk and tier ladder covers all goods; a seasonal
discount and a stamp card often cover the same category), so pricing asks the same question of the same lines
many times per card scan. A ``Basket`` answers each scope once per pricing. It holds nothing between sales.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.domain.cart import PricedLine
from app.domain.loyalty.programs import Scope


class Basket:
    """The priced lines of one sale, with the line ids each scope covers and the units stamp cards count."""

    __slots__ = ("_covered", "_pieces", "_products", "ids", "lines")

    def __init__(self, lines: Sequence[PricedLine]) -> None:
        self.lines = tuple(lines)
        self.ids = tuple(priced.line.line_id for priced in self.lines)
        self._products = tuple(priced.line.product for priced in self.lines)
        # Whole pieces of each line sold by the piece (at least one): what a stamp card may count.
        self._pieces = {
            priced.line.line_id: priced.line.qty_milli // 1000
            for priced in self.lines
            if not priced.line.product.sold_by_weight and priced.line.qty_milli >= 1000
        }
        self._covered: dict[Scope, tuple[str, ...]] = {}

    def covered(self, scope: Scope) -> tuple[str, ...]:
        """Ids of the lines whose product ``scope`` covers, in cart order."""
        found = self._covered.get(scope)
        if found is None:
            covers = scope.covers
            found = tuple(line_id for line_id, product in zip(self.ids, self._products, strict=True) if covers(product))
            self._covered[scope] = found
        return found

    def qualifying_units(self, scope: Scope) -> Mapping[str, int]:
        """Whole units per line a stamp card with this scope counts (as ``stamps.qualifying_units``)."""
        pieces = self._pieces
        return {line_id: pieces[line_id] for line_id in self.covered(scope) if line_id in pieces}
