from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pyzbar import pyzbar

from hardware.cards.barcodes import render_png, render_svg
from hardware.cards.faces import CardFace, card_png, card_sheet_pdf, card_sheet_preview, is_rtl
from hardware.cards.numbers import CardCode, ean13_card_number, luhn_card_number
from tests.hardware.printers.conftest import save_picture

EAN = CardCode.ean13(ean13_card_number(1234))
LUHN = CardCode.code128(luhn_card_number("7700123"))
FACES = [
    CardFace("Dyqani Kupa", "Ëngjëll Çela", EAN),
    CardFace("חנות קופה", "דנה לוי-כהן", LUHN, accent="#7a2a8a"),
    CardFace("მაღაზია ქუფა", "ნინო ბერიძე", CardCode.ean13(ean13_card_number(99)), accent="#2a7a3a"),
]


def _decode(png: bytes) -> list[tuple[str, str]]:
    return [(d.data.decode(), d.type) for d in pyzbar.decode(Image.open(io.BytesIO(png)))]


def test_barcode_png_and_svg_of_a_card_number() -> None:
    png = render_png(EAN)
    assert _decode(png) == [(EAN.number, "EAN13")]
    assert Image.open(io.BytesIO(png)).info["dpi"] == pytest.approx((300, 300), abs=0.5)
    assert _decode(render_png(LUHN)) == [(LUHN.number, "CODE128")]
    svg = render_svg(EAN).decode()
    assert svg.startswith("<?xml") and "<svg" in svg and EAN.number in svg


@pytest.mark.parametrize("face", FACES, ids=["sq", "he", "ka"])
def test_a_card_face_is_id1_sized_and_its_barcode_reads_back(face: CardFace, tmp_path: Path, qapp: object) -> None:
    png = card_png(face, dpi=300)
    save_picture(tmp_path, f"card-{'rtl' if is_rtl(face.member_name) else 'ltr'}-{face.code.number}.png", png)
    image = Image.open(io.BytesIO(png))
    assert image.size == (1011, 638), "85.60 x 53.98 mm at 300 dpi"
    assert _decode(png) == [(face.code.number, face.code.symbology.value)]


def test_names_sit_at_their_start_edge(qapp: object) -> None:
    def name_ink(face: CardFace) -> tuple[int, int]:
        pixels = np.asarray(Image.open(io.BytesIO(card_png(face, dpi=150))).convert("L"))
        band = pixels[95:135] < 100
        columns = np.flatnonzero(band.any(axis=0))
        return int(columns[0]), int(columns[-1])

    ltr_left, ltr_right = name_ink(FACES[0])
    rtl_left, rtl_right = name_ink(FACES[1])
    assert ltr_left < 60 and ltr_right < 300
    assert rtl_right > 440 and rtl_left > 200


def test_a_sheet_pdf_has_ten_cards_a_page(tmp_path: Path, qapp: object) -> None:
    pdf = card_sheet_pdf(FACES * 4)
    (tmp_path / "cards.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 2
    assert re.search(rb"/Count\s+2\b", pdf)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", card_sheet_pdf(FACES[:1]))) == 1
    with pytest.raises(ValueError, match="at least one card"):
        card_sheet_pdf([])


def test_the_sheet_preview_reads_back_every_card(tmp_path: Path, qapp: object) -> None:
    png = card_sheet_preview(FACES, dpi=150)
    save_picture(tmp_path, "card-sheet.png", png)
    assert sorted(_decode(png)) == sorted((f.code.number, f.code.symbology.value) for f in FACES)
