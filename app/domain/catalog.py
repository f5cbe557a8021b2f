"""Products as the till sells them: price (VAT included), tax rate, category and unit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import InvalidAmount
from app.domain.money import Money


class Unit(StrEnum):
    PIECE = "pc"
    KILOGRAM = "kg"


@dataclass(frozen=True, slots=True)
class Product:
    """A sellable item. ``price`` is per piece or per kilogram and includes VAT at ``tax_rate_bp``.

    Attributes:
        tax_rate_bp: VAT rate in basis points (18% = 1800).
        plu: item code printed inside scale labels (prefixes 20-29), if the item is sold that way.
    """

    id: str
    sku: str
    name: str
    price: Money
    tax_rate_bp: int
    category: str | None = None
    unit: Unit = Unit.PIECE
    plu: str | None = None
    active: bool = True

    def __post_init__(self) -> None:
        if self.price.is_negative:
            raise InvalidAmount(f"price of {self.name!r} is negative")
        if not 0 <= self.tax_rate_bp <= 10_000:
            raise InvalidAmount(f"tax rate {self.tax_rate_bp} bp is outside 0-100%")

    @property
    def sold_by_weight(self) -> bool:
        return self.unit is Unit.KILOGRAM
