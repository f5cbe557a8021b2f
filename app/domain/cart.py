"""The cart of a sale in progress: lines with quantities, line and order discounts, and its priced view.

Quantities are integers in thousandths (``qty_milli``): 1000 is one piece, 1250 is 1.250 kg. A line's gross
amount is ``unit_price × qty_milli / 1000`` rounded half up. Order-level discounts are spread over the lines in
proportion to what each line still costs (largest remainder), so every line knows its own net amount for tax
and for returns, and the sum of line nets always equals the total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.domain.catalog import Product
from app.domain.errors import CurrencyMismatch, InvalidDiscount, InvalidQuantity, UnknownLine
from app.domain.ids import new_id
from app.domain.money import Money, allocate, round_half_up, total
from app.domain.phrase import Phrase, phrase
from app.domain.slots import setters
from app.domain.tax import TaxLine, vat_breakdown

MAX_QTY_MILLI = 100_000 * 1000


@dataclass(frozen=True, slots=True, init=False)
class Adjustment:
    """A price reduction with the reason a person can read.

    Attributes:
        amount: how much is taken off (positive).
        source: where it comes from: ``manual``, ``program:<id>``, ``coupon:<code>``...
        explanation: words for the screen and the receipt ("Gold 5% - lifetime 5,230 >= 5,000"), translated
            where they are shown.
        line_id: the line it applies to; ``None`` spreads it over the whole order.
    """

    amount: Money
    source: str
    explanation: Phrase
    line_id: str | None = None

    def __init__(self, amount: Money, source: str, explanation: Phrase, line_id: str | None = None) -> None:
        """Check, then set the fields through their slots (see ``app.domain.slots``: loyalty pricing makes one per
        rule and line on every card scan)."""
        if amount.is_negative:
            raise InvalidDiscount(phrase("Reasons", "a discount cannot add to the price"))
        _ADJUSTMENT_AMOUNT(self, amount)
        _ADJUSTMENT_SOURCE(self, source)
        _ADJUSTMENT_EXPLANATION(self, explanation)
        _ADJUSTMENT_LINE_ID(self, line_id)


_ADJUSTMENT_AMOUNT, _ADJUSTMENT_SOURCE, _ADJUSTMENT_EXPLANATION, _ADJUSTMENT_LINE_ID = setters(
    Adjustment, "amount", "source", "explanation", "line_id"
)


@dataclass(frozen=True, slots=True)
class CartLine:
    line_id: str
    product: Product
    qty_milli: int
    unit_price: Money
    barcode: str | None = None
    price_overridden: bool = False

    @property
    def gross(self) -> Money:
        return self.unit_price.times(self.qty_milli, 1000)


@dataclass(frozen=True, slots=True, init=False)
class PricedLine:
    """A line after discounts: ``net = gross - line_discount - order_share``."""

    line: CartLine
    gross: Money
    line_discount: Money
    order_share: Money
    net: Money
    adjustments: tuple[Adjustment, ...]

    def __init__(
        self,
        line: CartLine,
        gross: Money,
        line_discount: Money,
        order_share: Money,
        net: Money,
        adjustments: tuple[Adjustment, ...],
    ) -> None:
        """Set the fields through their slots (see ``app.domain.slots``: every pricing of a cart makes one per line)."""
        _LINE_LINE(self, line)
        _LINE_GROSS(self, gross)
        _LINE_DISCOUNT(self, line_discount)
        _LINE_ORDER_SHARE(self, order_share)
        _LINE_NET(self, net)
        _LINE_ADJUSTMENTS(self, adjustments)

    @property
    def discount(self) -> Money:
        return self.line_discount + self.order_share


_LINE_LINE, _LINE_GROSS, _LINE_DISCOUNT, _LINE_ORDER_SHARE, _LINE_NET, _LINE_ADJUSTMENTS = setters(
    PricedLine, "line", "gross", "line_discount", "order_share", "net", "adjustments"
)


@dataclass(frozen=True, slots=True)
class PricedCart:
    currency: str
    lines: tuple[PricedLine, ...]
    adjustments: tuple[Adjustment, ...]
    subtotal: Money
    discount_total: Money
    total: Money
    taxes: tuple[TaxLine, ...]

    @property
    def tax_total(self) -> Money:
        return total((t.tax for t in self.taxes), self.currency)

    def line(self, line_id: str) -> PricedLine:
        for priced in self.lines:
            if priced.line.line_id == line_id:
                return priced
        raise UnknownLine(line_id)


def check_quantity(product: Product, qty_milli: int) -> None:
    """Raise ``InvalidQuantity`` unless the quantity can be sold for this product."""
    if type(qty_milli) is not int:
        raise InvalidQuantity(phrase("Reasons", "the quantity must be a whole number of thousandths"))
    if qty_milli <= 0:
        raise InvalidQuantity(phrase("Reasons", "the quantity must be more than zero"))
    if qty_milli > MAX_QTY_MILLI:
        raise InvalidQuantity(phrase("Reasons", "the quantity is too large"))
    if not product.sold_by_weight and qty_milli % 1000:
        raise InvalidQuantity(phrase("Reasons", "{product} is sold by the piece", product=product.name))


class Cart:
    """Lines and discounts of one sale; every change is checked first, so a refused change leaves it as it was."""

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self._lines: list[CartLine] = []
        self._manual: list[Adjustment] = []
        self._program: list[Adjustment] = []
        self._priced: PricedCart | None = None
        self._base: PricedCart | None = None

    @property
    def lines(self) -> tuple[CartLine, ...]:
        return tuple(self._lines)

    @property
    def manual_adjustments(self) -> tuple[Adjustment, ...]:
        return tuple(self._manual)

    @property
    def program_adjustments(self) -> tuple[Adjustment, ...]:
        return tuple(self._program)

    def is_empty(self) -> bool:
        return not self._lines

    def line(self, line_id: str) -> CartLine:
        for line in self._lines:
            if line.line_id == line_id:
                return line
        raise UnknownLine(line_id)

    def add(
        self,
        product: Product,
        qty_milli: int = 1000,
        *,
        unit_price: Money | None = None,
        barcode: str | None = None,
        line_id: str | None = None,
    ) -> CartLine:
        """Add a product; a second scan of the same piece item at the same price adds to its line."""
        price = product.price if unit_price is None else unit_price
        if price.currency != self.currency:
            raise CurrencyMismatch(self.currency, price.currency)
        if price.is_negative:
            raise InvalidDiscount(phrase("Reasons", "a price cannot be negative"))
        check_quantity(product, qty_milli)
        if not product.sold_by_weight and unit_price is None:
            for index, existing in enumerate(self._lines):
                if existing.product.id == product.id and not existing.price_overridden:
                    merged_qty = existing.qty_milli + qty_milli
                    check_quantity(product, merged_qty)
                    merged = replace(existing, qty_milli=merged_qty, unit_price=price)
                    self._lines[index] = merged
                    self._changed()
                    return merged
        line = CartLine(
            line_id=line_id or new_id(),
            product=product,
            qty_milli=qty_milli,
            unit_price=price,
            barcode=barcode,
        )
        self._lines.append(line)
        self._changed()
        return line

    def set_quantity(self, line_id: str, qty_milli: int) -> CartLine:
        index, line = self._find(line_id)
        check_quantity(line.product, qty_milli)
        changed = replace(line, qty_milli=qty_milli)
        lines = list(self._lines)
        lines[index] = changed
        self._check_discounts_fit(self._manual, lines)
        self._lines = lines
        self._changed()
        return changed

    def override_price(self, line_id: str, unit_price: Money) -> CartLine:
        index, line = self._find(line_id)
        if unit_price.currency != self.currency:
            raise CurrencyMismatch(self.currency, unit_price.currency)
        if unit_price.is_negative:
            raise InvalidDiscount(phrase("Reasons", "a price cannot be negative"))
        changed = replace(line, unit_price=unit_price, price_overridden=True)
        lines = list(self._lines)
        lines[index] = changed
        self._check_discounts_fit(self._manual, lines)
        self._lines = lines
        self._changed()
        return changed

    def remove(self, line_id: str) -> CartLine:
        index, line = self._find(line_id)
        del self._lines[index]
        self._manual = [a for a in self._manual if a.line_id != line_id]
        self._program = [a for a in self._program if a.line_id != line_id]
        self._changed()
        return line

    def add_manual_discount(self, adjustment: Adjustment) -> None:
        self._check_adjustment(adjustment)
        candidate = [*self._manual, adjustment]
        self._check_discounts_fit(candidate, self._lines)
        self._manual = candidate
        self._changed()

    def clear_manual_discounts(self) -> None:
        self._manual = []
        self._changed()

    def set_program_adjustments(self, adjustments: Iterable[Adjustment], *, priced: PricedCart | None = None) -> None:
        """Replace the discounts that loyalty programs and coupons give (they are recomputed on each change).

        ``priced`` is the loyalty engine's pricing of this cart with these discounts; it is taken as is when it
        was made from exactly these lines and discounts (pricing is a pure function of them), else priced again.
        """
        candidate = list(adjustments)
        line_ids = {line.line_id for line in self._lines}
        for adjustment in candidate:
            self._check_adjustment(adjustment, line_ids)
        wanted = (*self._manual, *candidate)
        if (
            priced is None
            or priced.currency != self.currency
            or priced.adjustments != wanted
            or len(priced.lines) != len(self._lines)
            or any(p.line is not line and p.line != line for p, line in zip(priced.lines, self._lines, strict=True))
        ):
            priced = self._check_discounts_fit(list(wanted), self._lines)
        self._program = candidate
        self._priced = priced

    def _changed(self) -> None:
        self._priced = None
        self._base = None

    def priced_without_program(self) -> PricedCart:
        """The cart priced with the cashier's own discounts only: what loyalty pricing starts from (kept until a
        line or a manual discount changes, so a card scan does not price the lines again)."""
        if self._base is None:
            self._base = price_lines(self.currency, self._lines, self._manual)
        return self._base

    def priced(self) -> PricedCart:
        """The cart priced as it is now (kept until the next change: the screen asks for it often)."""
        if self._priced is None:
            self._priced = price_lines(self.currency, self._lines, [*self._manual, *self._program])
        return self._priced

    def _find(self, line_id: str) -> tuple[int, CartLine]:
        for index, line in enumerate(self._lines):
            if line.line_id == line_id:
                return index, line
        raise UnknownLine(line_id)

    def _check_adjustment(self, adjustment: Adjustment, line_ids: set[str] | None = None) -> None:
        """Raise unless the adjustment is in the cart's currency and names one of its lines (or none);
        ``line_ids`` are the cart's line ids when the caller checks many adjustments."""
        if adjustment.amount.currency != self.currency:
            raise CurrencyMismatch(self.currency, adjustment.amount.currency)
        if adjustment.line_id is not None:
            if line_ids is None:
                self._find(adjustment.line_id)
            elif adjustment.line_id not in line_ids:
                raise UnknownLine(adjustment.line_id)

    def _check_discounts_fit(self, adjustments: list[Adjustment], lines: list[CartLine]) -> PricedCart:
        return price_lines(self.currency, lines, adjustments)


def price_lines(currency: str, lines: Iterable[CartLine], adjustments: Iterable[Adjustment]) -> PricedCart:
    """Apply line discounts, then spread order discounts by remaining value; compute VAT per rate.

    Raises:
        InvalidDiscount: discounts would take a line or the order below zero.
    """
    lines = tuple(lines)
    adjustments = tuple(adjustments)
    zero = Money.zero(currency)
    by_line: dict[str, list[Adjustment]] = {line.line_id: [] for line in lines}
    order_level: list[Adjustment] = []
    for adjustment in adjustments:
        if adjustment.amount.currency != currency:
            raise CurrencyMismatch(currency, adjustment.amount.currency)
        if adjustment.line_id is None:
            order_level.append(adjustment)
        elif adjustment.line_id in by_line:
            by_line[adjustment.line_id].append(adjustment)
        else:
            raise UnknownLine(adjustment.line_id)

    # Sums in plain integers (one currency, checked above), each amount wrapped in Money once: the screen prices
    # the cart on every change and loyalty pricing prices it again on every card scan. Lines without a discount
    # share one zero amount (Money is immutable).
    grosses: list[int] = []
    after_line: list[int] = []
    line_discounts: list[int] = []
    for line in lines:
        price = line.unit_price
        if price.currency != currency:
            raise CurrencyMismatch(currency, price.currency)
        gross = round_half_up(price.minor * line.qty_milli, 1000)
        discount = sum(a.amount.minor for a in by_line[line.line_id])
        if discount > gross:
            raise InvalidDiscount(
                phrase("Reasons", "discounts on {product} are more than its price", product=line.product.name)
            )
        grosses.append(gross)
        line_discounts.append(discount)
        after_line.append(gross - discount)

    order_discount = sum(a.amount.minor for a in order_level)
    if order_discount > sum(after_line):
        raise InvalidDiscount(phrase("Reasons", "order discounts are more than the order"))
    spread = lines and (order_discount or min(after_line) < 0)  # allocate refuses negative weights
    shares = allocate(order_discount, after_line) if spread else [0] * len(lines)

    priced_lines: list[PricedLine] = []
    for i, line in enumerate(lines):
        discount, share = line_discounts[i], shares[i]
        priced_lines.append(
            PricedLine(
                line,
                Money(grosses[i], currency),
                Money(discount, currency) if discount else zero,
                Money(share, currency) if share else zero,
                Money(after_line[i] - share, currency),
                tuple(by_line[line.line_id]),
            )
        )
    priced = tuple(priced_lines)
    subtotal = Money(sum(grosses), currency)
    grand_total = Money(sum(after_line) - order_discount, currency)
    taxes = vat_breakdown(currency, [(p.line.product.tax_rate_bp, p.net) for p in priced])
    return PricedCart(
        currency=currency,
        lines=priced,
        adjustments=adjustments,
        subtotal=subtotal,
        discount_total=subtotal - grand_total if lines else zero,
        total=grand_total,
        taxes=taxes,
    )
