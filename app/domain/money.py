"""Money as integer minor units of an ISO 4217 currency, with the rounding rules the shop relies on.

Rounding rule (stated once, used everywhere): whenever an amount must be divided -- a percentage, a quantity
in thousandths, a tax share -- the exact rational result is rounded to the nearest minor unit, halves away
from zero ("half up" for positive amounts). Splitting an amount into parts (order discounts across lines,
refunds across tenders) uses the largest-remainder method, so the parts always add up to the whole exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.errors import CurrencyMismatch, InvalidAmount
from app.domain.slots import setters

# Minor-unit exponents from ISO 4217 for currencies a shop is likely to meet; others default to 2.
_EXPONENTS: dict[str, int] = {
    "ILS": 2,
    "GEL": 2,
    # ISO 4217 gives the lek 2 decimals, but qindarka left circulation long ago: CLDR, Qt's Albanian locale
    # and every Albanian shop write whole lek, so the till keeps (and rounds discounts to) whole lek.
    "ALL": 0,
    "EUR": 2,
    "USD": 2,
    "GBP": 2,
    "CHF": 2,
    "TRY": 2,
    "RUB": 2,
    "UAH": 2,
    "AMD": 2,
    "AZN": 2,
    "MKD": 2,
    "RSD": 2,
    "BAM": 2,
    "PLN": 2,
    "CZK": 2,
    "HUF": 2,
    "RON": 2,
    "BGN": 2,
    "SEK": 2,
    "NOK": 2,
    "DKK": 2,
    "CAD": 2,
    "AUD": 2,
    "CNY": 2,
    "INR": 2,
    "JPY": 0,
    "KRW": 0,
    "ISK": 0,
    "CLP": 0,
    "VND": 0,
    "KWD": 3,
    "BHD": 3,
    "JOD": 3,
    "OMR": 3,
    "TND": 3,
    "LYD": 3,
    "IQD": 3,
}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_AMOUNT_RE = re.compile(r"^\s*([+-])?\s*([0-9]{1,15})(?:[.,]([0-9]+))?\s*$")
# Codes already checked against _CURRENCY_RE: a sale makes thousands of amounts in one or two currencies.
_CHECKED: set[str] = set()


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit (ISO 4217; 2 when not listed)."""
    return _EXPONENTS.get(currency, 2)


def round_half_up(numerator: int, denominator: int) -> int:
    """Divide two integers, rounding the exact quotient to the nearest integer, halves away from zero."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` in proportion to non-negative ``weights`` so that the parts sum to ``total`` exactly.

    Largest remainder: each part gets the floor of its exact share, the leftover units go to the parts with
    the largest remainders (earliest first on ties). All-zero weights split evenly.
    """
    if not weights:
        if total:
            raise InvalidAmount("cannot split a non-zero amount into no parts")
        return []
    if min(weights) < 0:
        raise InvalidAmount("weights must not be negative")
    magnitude = abs(total)
    weight_sum = sum(weights)
    effective = weights if weight_sum > 0 else [1] * len(weights)
    if weight_sum <= 0:
        weight_sum = len(weights)
    # One pass for floors and remainders; the sort that hands out leftover units runs only when some are left.
    parts: list[int] = []
    remainders: list[int] = []
    for weight in effective:
        part, remainder = divmod(magnitude * weight, weight_sum)
        parts.append(part)
        remainders.append(remainder)
    leftover = magnitude - sum(parts)
    if leftover:
        order = sorted(range(len(effective)), key=lambda i: (-remainders[i], i))
        for i in order[:leftover]:
            parts[i] += 1
    return [-p for p in parts] if total < 0 else parts


@dataclass(frozen=True, slots=True, init=False)
class Money:
    """An amount in the minor units (cents, agorot, tetri, qindarka) of one currency."""

    minor: int
    currency: str

    def __init__(self, minor: int, currency: str) -> None:
        """Check the amount, then set the fields through their slots (see ``app.domain.slots``: pricing one card
        scan makes over a hundred amounts)."""
        if type(minor) is not int:
            raise InvalidAmount(f"money must be an integer number of minor units, got {type(minor).__name__}")
        if not isinstance(currency, str):
            raise InvalidAmount(f"not an ISO 4217 currency code: {currency!r}")
        if currency not in _CHECKED:
            if not _CURRENCY_RE.match(currency):
                raise InvalidAmount(f"not an ISO 4217 currency code: {currency!r}")
            _CHECKED.add(currency)
        _SET_MINOR(self, minor)
        _SET_CURRENCY(self, currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Read a decimal amount typed by a person ("12.50", "12,5", "-3") exactly, without floats.

        Raises:
            InvalidAmount: the text is not a number or has more decimals than the currency allows.
        """
        match = _AMOUNT_RE.match(text)
        if not match:
            raise InvalidAmount(f"not an amount: {text!r}")
        sign, whole, fraction = match.groups()
        places = exponent(currency)
        fraction = fraction or ""
        if len(fraction) > places:
            raise InvalidAmount(f"{currency} has {places} decimal places; {text!r} has {len(fraction)}")
        minor = int(whole) * 10**places + (int(fraction.ljust(places, "0")) if places else 0)
        return cls(-minor if sign == "-" else minor, currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    @property
    def is_negative(self) -> bool:
        return self.minor < 0

    @property
    def is_positive(self) -> bool:
        return self.minor > 0

    def times(self, numerator: int, denominator: int = 1) -> Money:
        """This amount multiplied by numerator/denominator, rounded half up to a minor unit."""
        return Money(round_half_up(self.minor * numerator, denominator), self.currency)

    def percent_bp(self, basis_points: int) -> Money:
        """A share of this amount given in basis points (1% = 100 bp), rounded half up."""
        return self.times(basis_points, 10_000)

    def allocate(self, weights: Sequence[int]) -> list[Money]:
        """Split into parts proportional to ``weights`` that sum to this amount exactly."""
        return [Money(part, self.currency) for part in allocate(self.minor, weights)]

    def min(self, other: Money) -> Money:
        self._same(other)
        return self if self.minor <= other.minor else other

    def max(self, other: Money) -> Money:
        self._same(other)
        return self if self.minor >= other.minor else other

    def amount_text(self) -> str:
        """Plain decimal text without grouping or symbol ("1234.50", "-0.05"); locale formatting is the UI's."""
        places = exponent(self.currency)
        sign = "-" if self.minor < 0 else ""
        whole, fraction = divmod(abs(self.minor), 10**places)
        return f"{sign}{whole}.{fraction:0{places}d}" if places else f"{sign}{whole}"

    def __str__(self) -> str:
        return f"{self.amount_text()} {self.currency}"


_SET_MINOR, _SET_CURRENCY = setters(Money, "minor", "currency")


def total(amounts: Iterable[Money], currency: str) -> Money:
    """Sum of amounts of one currency (zero of that currency when empty)."""
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result
