"""The print document: a small layout language the app maps a receipt onto, independent of any printer."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Direction = Literal["ltr", "rtl"]


class Align(StrEnum):
    """Where a line sits: ``start`` is the left edge in LTR and the right edge in RTL."""

    START = "start"
    CENTER = "center"
    END = "end"


class BarcodeKind(StrEnum):
    """Barcodes a receipt can carry (printed by the printer itself)."""

    CODE128 = "CODE128"
    EAN13 = "EAN13"


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph; long text wraps at word boundaries. ``double`` is double width and height."""

    text: str
    align: Align = Align.START
    bold: bool = False
    double: bool = False


@dataclass(frozen=True, slots=True)
class Pair:
    """A label at the start edge and a value (an amount) at the end edge of the same line."""

    label: str
    value: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line across the paper."""


@dataclass(frozen=True, slots=True)
class Barcode:
    """A barcode, centred. ``height`` is in printer dots (1-255); ``show_text`` prints the digits under it."""

    data: str
    symbology: BarcodeKind = BarcodeKind.CODE128
    height: int = 64
    show_text: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.height <= 255:
            raise ValueError("a barcode's height is 1 to 255 dots")
        if self.symbology is BarcodeKind.EAN13:
            if len(self.data) != 13 or not self.data.isascii() or not self.data.isdigit():
                raise ValueError("an EAN-13 barcode needs exactly 13 digits")
            weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(self.data[:12])))
            if (10 - weighted % 10) % 10 != int(self.data[12]):
                raise ValueError(f"the EAN-13 check digit of {self.data} is wrong")
        elif not self.data or not all(0x20 <= ord(c) < 0x7F for c in self.data):
            raise ValueError("a Code 128 barcode on a receipt holds printable ASCII only")


@dataclass(frozen=True, slots=True)
class Image:
    """A picture (a logo, say) as PNG bytes, centred and scaled down to the paper width when wider."""

    png: bytes


@dataclass(frozen=True, slots=True)
class Feed:
    """Blank lines."""

    lines: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.lines <= 255:
            raise ValueError("a feed is 0 to 255 lines")


Block = Text | Pair | Rule | Barcode | Image | Feed
TextBlock = Text | Pair | Rule


@dataclass(frozen=True, slots=True)
class PrintDocument:
    """What to print, top to bottom.

    Attributes:
        blocks: the content.
        direction: ``rtl`` for Hebrew (start edge on the right); the whole document is then drawn as images.
        width_chars: characters per line for text; None uses the printer's (32 on 58 mm, 48 on 80 mm).
    """

    blocks: tuple[Block, ...]
    direction: Direction = "ltr"
    width_chars: int | None = field(default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocks", tuple(self.blocks))
        if self.direction not in ("ltr", "rtl"):
            raise ValueError("direction is 'ltr' or 'rtl'")
        if self.width_chars is not None and self.width_chars < 8:
            raise ValueError("a receipt line needs at least 8 characters")
