"""What a scanned code means: a product GTIN, a scale label with embedded price or weight, or something else.

GTIN check digits are validated here (mod 10, weights 3/1 from the right), never trusted to a library that
might silently repair them. Scale labels follow the GS1 restricted-circulation layout ``PP IIIII VVVVV C``
(prefix, item code, value, check digit); which prefixes mean price and which mean weight is shop data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.errors import MalformedBarcode
from app.domain.phrase import phrase

GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit for the digits of a GTIN without its last digit."""
    if not body.isdigit() or not body.isascii():
        raise MalformedBarcode(body, phrase("Reasons", "only digits are allowed"))
    weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - weighted % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True when the code is an 8, 12, 13 or 14 digit GTIN whose check digit is right."""
    if len(code) not in GTIN_LENGTHS or not code.isascii() or not code.isdigit():
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def normalize_gtin(code: str) -> str:
    """The form a catalog stores: UPC-A and GTIN-14 with a leading zero become GTIN-13; EAN-8 stays 8."""
    if len(code) == 12:
        return "0" + code
    if len(code) == 14 and code.startswith("0"):
        return code[1:]
    return code


def luhn_check_digit(body: str) -> int:
    """The Luhn (mod 10, doubling every second digit from the right) check digit for a digit string."""
    if not body.isdigit() or not body.isascii():
        raise MalformedBarcode(body, phrase("Reasons", "only digits are allowed"))
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


class MeasureKind(StrEnum):
    PRICE = "price"
    WEIGHT = "weight"


@dataclass(frozen=True, slots=True)
class VariableMeasureRule:
    """How labels with one two-digit prefix are laid out.

    Attributes:
        prefix: two digits, 20-29.
        kind: the value is a price (minor units) or a weight (grams).
        item_digits: digits of the item code after the prefix; the value takes the rest (10 in all).
    """

    prefix: str
    kind: MeasureKind
    item_digits: int = 5

    def __post_init__(self) -> None:
        if len(self.prefix) != 2 or not self.prefix.isdigit() or not 20 <= int(self.prefix) <= 29:
            raise ValueError(f"variable-measure prefix must be 20-29, got {self.prefix!r}")
        if not 3 <= self.item_digits <= 7:
            raise ValueError("item code must have 3 to 7 digits")


def default_variable_measure_rules() -> tuple[VariableMeasureRule, ...]:
    """Prefixes 20-24 carry a price, 25-29 a weight in grams; shops change this in settings."""
    return tuple(
        VariableMeasureRule(str(p), MeasureKind.PRICE if p < 25 else MeasureKind.WEIGHT) for p in range(20, 30)
    )


class ScanKind(StrEnum):
    GTIN = "gtin"
    VARIABLE_MEASURE = "variable_measure"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ScannedCode:
    """A scan, understood. ``lookup`` is the key to find the product (normalised GTIN or item code)."""

    raw: str
    kind: ScanKind
    lookup: str
    measure: MeasureKind | None = None
    value: int | None = None


@dataclass(frozen=True, slots=True)
class BarcodeReader:
    """Turns raw scanner text into a ``ScannedCode`` using the shop's variable-measure rules."""

    rules: tuple[VariableMeasureRule, ...] = field(default_factory=default_variable_measure_rules)

    def read(self, raw: str) -> ScannedCode:
        """Classify a scan.

        Raises:
            MalformedBarcode: empty input, control characters, or an all-digit code of GTIN length whose check
                digit is wrong (a misread, not a product).
        """
        code = raw.strip()
        if not code:
            raise MalformedBarcode(raw, phrase("Reasons", "nothing was scanned"))
        if not code.isprintable():
            raise MalformedBarcode(raw, phrase("Reasons", "it contains control characters"))
        if code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS:
            if not is_valid_gtin(code):
                raise MalformedBarcode(code, phrase("Reasons", "the check digit is wrong (scan it again)"))
            if len(code) == 13:
                rule = self._rule_for(code[:2])
                if rule is not None:
                    item_end = 2 + rule.item_digits
                    return ScannedCode(
                        raw=code,
                        kind=ScanKind.VARIABLE_MEASURE,
                        lookup=code[2:item_end],
                        measure=rule.kind,
                        value=int(code[item_end:12]),
                    )
            return ScannedCode(raw=code, kind=ScanKind.GTIN, lookup=normalize_gtin(code))
        return ScannedCode(raw=code, kind=ScanKind.OTHER, lookup=code)

    def _rule_for(self, prefix: str) -> VariableMeasureRule | None:
        for rule in self.rules:
            if rule.prefix == prefix:
                return rule
        return None
