"""Card numbers: EAN-13 with the in-store prefix 04, or digits with a Luhn check digit for Code 128."""

from __future__ import annotations

from dataclasses import dataclass

from hardware.errors import HardwareError
from hardware.scan import Symbology, mask

IN_STORE_PREFIX = "04"
CARD_SYMBOLOGIES = (Symbology.EAN13, Symbology.CODE128)


class CardNumberError(HardwareError, ValueError):
    """A card number that must not be printed or encoded; the message says what is wrong."""


def _digits(text: str, what: str) -> str:
    if not text or not text.isascii() or not text.isdigit():
        raise CardNumberError(f"The {what} must be digits only.", number=mask(text))
    return text


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit (mod 10, weights 3 and 1 from the right) for the digits before it."""
    _digits(body, "card number")
    weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - weighted % 10) % 10


def luhn_check_digit(body: str) -> int:
    """The Luhn check digit for the digits before it."""
    _digits(body, "card number")
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return (10 - total % 10) % 10


def ean13_card_number(serial: int, prefix: str = IN_STORE_PREFIX) -> str:
    """The EAN-13 card number for a serial: prefix, serial padded to fill 12 digits, check digit."""
    width = 12 - len(prefix)
    if serial < 0 or len(str(serial)) > width:
        raise CardNumberError(f"A card serial must be 0 to {10**width - 1}.", serial=serial)
    body = f"{prefix}{serial:0{width}d}"
    return body + str(gtin_check_digit(body))


def luhn_card_number(body: str) -> str:
    """The digits with their Luhn check digit appended."""
    return body + str(luhn_check_digit(body))


@dataclass(frozen=True, slots=True)
class CardCode:
    """A card number checked for the barcode it will be printed as. Build with ``ean13`` or ``code128``."""

    number: str
    symbology: Symbology

    def __repr__(self) -> str:
        return f"CardCode(number={mask(self.number)!r}, symbology={self.symbology.value})"

    @classmethod
    def ean13(cls, number: str, prefix: str = IN_STORE_PREFIX) -> CardCode:
        """An EAN-13 card number, its check digit verified here (python-barcode would silently replace it).

        Raises:
            CardNumberError: not 13 digits, not the in-store prefix, or a wrong check digit.
        """
        _digits(number, "EAN-13 card number")
        if len(number) != 13:
            raise CardNumberError(f"An EAN-13 card number has 13 digits, not {len(number)}.", number=mask(number))
        if prefix and not number.startswith(prefix):
            raise CardNumberError(
                f"An in-store card number starts with {prefix}; this one does not.", number=mask(number)
            )
        expected = gtin_check_digit(number[:12])
        if int(number[12]) != expected:
            raise CardNumberError(
                f"The check digit of card number {mask(number)} is wrong: it should be {expected}.",
                number=mask(number),
                expected=expected,
            )
        return cls(number, Symbology.EAN13)

    @classmethod
    def code128(cls, number: str) -> CardCode:
        """A digits-only card number whose last digit is its Luhn check digit.

        Raises:
            CardNumberError: not digits, too short, or a wrong Luhn digit.
        """
        _digits(number, "card number")
        if len(number) < 2:
            raise CardNumberError("A card number needs at least one digit before its check digit.")
        expected = luhn_check_digit(number[:-1])
        if int(number[-1]) != expected:
            raise CardNumberError(
                f"The Luhn check digit of card number {mask(number)} is wrong: it should be {expected}.",
                number=mask(number),
                expected=expected,
            )
        return cls(number, Symbology.CODE128)
