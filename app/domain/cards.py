"""Card numbers: EAN-13 with the in-store prefix 04, or digits with a Luhn check printed as Code 128."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.barcodes import gtin_check_digit, is_valid_gtin, luhn_check_digit
from app.domain.errors import MalformedBarcode
from app.domain.phrase import phrase

IN_STORE_PREFIX = "04"


class CardFormat(StrEnum):
    EAN13 = "ean13"
    CODE128 = "code128"


@dataclass(frozen=True, slots=True)
class CardNumbering:
    """How this shop numbers its cards.

    EAN-13: ``04`` + ``store_digits`` + serial, then the GS1 check digit (13 digits in all).
    Code 128: ``prefix`` + serial padded to ``length - 1`` digits, then a Luhn digit. Digits only, because a
    keyboard-wedge scanner under a Hebrew or Georgian keyboard layout turns letters into other letters.
    """

    format: CardFormat = CardFormat.EAN13
    prefix: str = "0400"
    length: int = 13

    def __post_init__(self) -> None:
        if not self.prefix.isdigit():
            raise ValueError("card number prefix must be digits")
        if self.format is CardFormat.EAN13:
            if self.length != 13 or not self.prefix.startswith(IN_STORE_PREFIX):
                raise ValueError("EAN-13 cards are 13 digits starting with 04")
        elif not 8 <= self.length <= 24:
            raise ValueError("Code 128 card numbers have 8 to 24 digits")
        if len(self.prefix) >= self.length - 2:
            raise ValueError("the prefix leaves no room for a serial number")

    @property
    def capacity(self) -> int:
        return int(10 ** (self.length - 1 - len(self.prefix)))

    def number(self, serial: int) -> str:
        """The card number for a serial (each serial used once: numbers are never reused)."""
        if not 0 <= serial < self.capacity:
            raise ValueError(f"serial {serial} does not fit this numbering")
        body = self.prefix + str(serial).zfill(self.length - 1 - len(self.prefix))
        check = gtin_check_digit(body) if self.format is CardFormat.EAN13 else luhn_check_digit(body)
        return body + str(check)

    def is_card_number(self, text: str) -> bool:
        """True when the text is a well-formed card number of this shop (prefix, length and check digit)."""
        if len(text) != self.length or not text.isascii() or not text.isdigit() or not text.startswith(self.prefix):
            return False
        if self.format is CardFormat.EAN13:
            return is_valid_gtin(text)
        return luhn_check_digit(text[:-1]) == int(text[-1])

    def check(self, text: str) -> str:
        """Return the number if valid, else raise ``MalformedBarcode`` saying what is wrong."""
        if not self.is_card_number(text):
            raise MalformedBarcode(text, phrase("Reasons", "not a card number of this shop (check the digits)"))
        return text
