"""Barcodes drawn by python-barcode: PNG and SVG for card numbers, and images for simulators and tests."""

from __future__ import annotations

import io
from typing import Any

from barcode import EAN8, EAN13, UPCA, Code128
from barcode.writer import ImageWriter, SVGWriter
from PIL import Image

from hardware.cards.numbers import CardCode
from hardware.scan import Symbology

MM_PER_INCH = 25.4
_CLASSES: dict[Symbology, Any] = {
    Symbology.EAN13: EAN13,
    Symbology.EAN8: EAN8,
    Symbology.UPCA: UPCA,
    Symbology.CODE128: Code128,
}


def _symbol(data: str, symbology: Symbology, writer: Any) -> Any:
    cls = _CLASSES.get(symbology)
    if cls is None:
        raise ValueError(f"no barcode drawing for {symbology.value}")
    if symbology is Symbology.CODE128:
        return cls(data, writer=writer)
    symbol = cls(data, writer=writer)
    if symbol.get_fullcode() != data:
        raise ValueError(f"{data} is not a valid {symbology.value} (python-barcode made it {symbol.get_fullcode()})")
    return symbol


def _options(module_px: int, height_px: int, dpi: int, text: bool, quiet_modules: int) -> dict[str, Any]:
    mm_per_px = MM_PER_INCH / dpi
    font_px = 8 * module_px
    return {
        "module_width": module_px * mm_per_px,
        "module_height": height_px * mm_per_px,
        # A quarter pixel off the grid, so that float error in python-barcode's millimetre positions
        # cannot round a bar edge down a whole pixel (uneven bars do not scan).
        "quiet_zone": (quiet_modules * module_px + 0.25) * mm_per_px,
        "font_size": font_px * 72 / dpi if text else 0,
        "text_distance": (font_px + 2 * module_px) * mm_per_px,
        "write_text": text,
        "dpi": dpi,
    }


def barcode_image(
    data: str,
    symbology: Symbology,
    *,
    module_px: int = 3,
    height_px: int = 90,
    text: bool = True,
    quiet_modules: int = 10,
    dpi: int = 300,
) -> Image.Image:
    """The barcode as a white-background RGB image, ``module_px`` (2 or more) pixels per narrow bar.

    EAN-13, EAN-8 and UPC-A data must carry its correct check digit; python-barcode would silently replace
    a wrong one, so this refuses instead.
    """
    if module_px < 2:
        raise ValueError("a barcode image needs at least 2 pixels per bar")
    writer = ImageWriter(format="PNG", mode="RGB", dpi=dpi)
    symbol = _symbol(data, symbology, writer)
    image: Image.Image = symbol.render(_options(module_px, height_px, dpi, text, quiet_modules))
    return image


def render_png(code: CardCode, *, module_px: int = 3, height_px: int = 150, dpi: int = 300) -> bytes:
    """The card number's barcode as PNG bytes (``dpi`` is written into the file)."""
    image = barcode_image(code.number, code.symbology, module_px=module_px, height_px=height_px, dpi=dpi)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def render_svg(code: CardCode, *, module_width_mm: float = 0.33, height_mm: float = 15.0) -> bytes:
    """The card number's barcode as SVG bytes, sized in millimetres."""
    symbol = _symbol(code.number, code.symbology, SVGWriter())
    out = io.BytesIO()
    symbol.write(out, {"module_width": module_width_mm, "module_height": height_mm, "quiet_zone": 10 * module_width_mm})
    return out.getvalue()
