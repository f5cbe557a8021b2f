"""A new card made real: its face printed (a 300 dpi picture for a card printer and an A4 sheet for card stock),
and optionally its magstripe written and read back on an MSR206-type encoder."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.cards import CardFormat, CardNumbering
from app.domain.receipt import mask_card_number
from app.services.context import Clock
from hardware.cards.faces import CardFace, card_png, card_sheet_pdf
from hardware.cards.numbers import CardCode
from hardware.encoders.msr import MsrEncoder
from hardware.encoders.msr_protocol import MsrError, card_tracks

log = logging.getLogger(__name__)

DPI = 300


@dataclass(frozen=True, slots=True)
class PrintedCard:
    """The card printer's picture and the sheet for an office printer, both in the card folder."""

    png: Path
    pdf: Path


class CardOutput:
    """``folder`` is where the card printer (or a person with card stock) picks up cards; ``encoder`` the
    encoder's serial port, if the shop has one."""

    def __init__(
        self,
        shop_name: str,
        numbering: CardNumbering,
        folder: Path,
        clock: Clock,
        *,
        encoder: str | None = None,
        swipe_timeout: float = 20.0,
    ) -> None:
        self._shop_name = shop_name
        self._numbering = numbering
        self.folder = folder
        self._clock = clock
        self.encoder = encoder
        self._swipe_timeout = swipe_timeout

    def face(self, number: str, member_name: str) -> CardFace:
        """Raises CardNumberError when the number cannot be printed as the shop's barcode."""
        if self._numbering.format is CardFormat.EAN13 and len(number) == 13:
            code = CardCode.ean13(number)
        else:
            code = CardCode.code128(number)
        return CardFace(shop_name=self._shop_name, member_name=member_name, code=code)

    def print_card(self, number: str, member_name: str) -> PrintedCard:
        """Write the card's picture and sheet (atomically: a card printer never picks up half a file)."""
        face = self.face(number, member_name)
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = f"{self._clock():%Y%m%d-%H%M%S}"
        stem = f"card-{stamp}-{number[-4:]}"
        png = self._write(self.folder / f"{stem}.png", card_png(face, dpi=DPI))
        pdf = self._write(self.folder / f"{stem}.pdf", card_sheet_pdf([face], dpi=DPI, title="Loyalty card"))
        log.info("card %s printed to %s", mask_card_number(number), png.name)
        return PrintedCard(png=png, pdf=pdf)

    @staticmethod
    def _write(path: Path, data: bytes) -> Path:
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)
        return path

    def encode(self, number: str, member_name: str, *, expiry: datetime | None = None) -> None:
        """Write track 2 (and track 1 with the name when it is plain Latin) and read the card back.

        Raises:
            MsrError: no encoder configured, the encoder failed, or the card read back different.
        """
        if self.encoder is None:
            raise MsrError("No card encoder is set up on this till.")
        name = member_name if member_name.isascii() and member_name.replace(" ", "").isalpha() else None
        tracks = card_tracks(number, expiry=f"{expiry:%y%m}" if expiry else "9912", name=name)
        with MsrEncoder(self.encoder, swipe_timeout=self._swipe_timeout) as encoder:
            encoder.write_and_verify(tracks)
        log.info("card %s encoded", mask_card_number(number))
