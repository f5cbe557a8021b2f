"""Draws what a simulated printer printed as a picture of the paper roll (PNG), one receipt per cut."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import barcode
from PIL import Image, ImageDraw, ImageFont

from hardware.cards.barcodes import barcode_image
from hardware.scan import Symbology
from hardware.sim.escpos_stream import Cut, Element, Feed, Line, PrintedBarcode, Raster

CELL_W, CELL_H, LINE_PITCH = 12, 24, 30
FONT_PX = 20
_FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
    Path(barcode.__file__).parent / "fonts" / "DejaVuSansMono.ttf",
)
_SYMBOLOGIES = {"EAN13": Symbology.EAN13, "EAN8": Symbology.EAN8, "UPC-A": Symbology.UPCA, "CODE128": Symbology.CODE128}


@cache
def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in _FONT_FILES:
        if path.exists():
            return ImageFont.truetype(str(path), FONT_PX)
    return ImageFont.load_default()


@dataclass(slots=True)
class Receipt:
    """One receipt: everything printed up to and including a cut (or up to the end of the connection)."""

    elements: list[Element] = field(default_factory=list)
    cut: bool = False

    @property
    def lines(self) -> list[str]:
        """The text lines, as printed (raster images and barcodes left out)."""
        return [element.text for element in self.elements if isinstance(element, Line)]

    @property
    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.lines)

    @property
    def rasters(self) -> list[Image.Image]:
        return [element.image for element in self.elements if isinstance(element, Raster)]

    @property
    def barcodes(self) -> list[PrintedBarcode]:
        return [element for element in self.elements if isinstance(element, PrintedBarcode)]

    def image(self, width_px: int) -> Image.Image:
        return draw_paper(self.elements, width_px)

    def png(self, width_px: int) -> bytes:
        out = io.BytesIO()
        self.image(width_px).save(out, format="PNG")
        return out.getvalue()


def split_receipts(elements: list[Element]) -> list[Receipt]:
    """Receipts separated by cuts; trailing content without a cut is a last, uncut receipt."""
    receipts: list[Receipt] = []
    current = Receipt()
    for element in elements:
        current.elements.append(element)
        if isinstance(element, Cut):
            current.cut = True
            receipts.append(current)
            current = Receipt()
    if current.elements:
        receipts.append(current)
    return receipts


def _line_image(line: Line) -> Image.Image:
    height = CELL_H * max((run.height for run in line.runs), default=1)
    width = sum(len(run.text) * CELL_W * run.width for run in line.runs)
    image = Image.new("L", (max(1, width), height), 255)
    x = 0
    for run in line.runs:
        cell = Image.new("L", (max(1, len(run.text) * CELL_W), CELL_H), 255)
        draw = ImageDraw.Draw(cell)
        for i, char in enumerate(run.text):
            draw.text((i * CELL_W, 1), char, font=_font(), fill=0, stroke_width=1 if run.bold else 0, stroke_fill=0)
        scaled = cell.resize((cell.width * run.width, CELL_H * run.height), Image.Resampling.NEAREST)
        image.paste(scaled, (x, height - scaled.height))
        x += scaled.width
    return image


def _barcode_picture(printed: PrintedBarcode) -> Image.Image:
    symbology = _SYMBOLOGIES.get(printed.kind)
    data = printed.data
    if symbology is Symbology.EAN13 and len(data) == 12 and data.isdigit():
        weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
        data += str((10 - weighted % 10) % 10)
    if symbology is not None:
        try:
            picture = barcode_image(
                data, symbology, module_px=max(2, printed.module), height_px=printed.height, text=printed.hri
            )
            return picture.convert("L")
        except (ValueError, TypeError) as error:
            label = f"[{printed.kind} not printable: {error}]"
    else:
        label = f"[{printed.kind} {data}]"
    image = Image.new("L", (len(label) * CELL_W, CELL_H), 255)
    ImageDraw.Draw(image).text((0, 1), label, font=_font(), fill=0)
    return image


def _x(align: int, width: int, paper: int) -> int:
    if align == 1:
        return max(0, (paper - width) // 2)
    if align == 2:
        return max(0, paper - width)
    return 0


def draw_paper(elements: list[Element], width_px: int) -> Image.Image:
    """The paper as a grayscale image ``width_px`` wide (the printable width): ink 0, paper 255."""
    pieces: list[tuple[Image.Image | None, int, int]] = []
    for element in elements:
        if isinstance(element, Line):
            picture = _line_image(element) if element.runs else None
            pitch = LINE_PITCH * max((run.height for run in element.runs), default=1)
            pieces.append((picture, _x(element.align, picture.width if picture else 0, width_px), pitch))
        elif isinstance(element, Raster):
            pieces.append((element.image, _x(element.align, element.image.width, width_px), element.image.height))
        elif isinstance(element, PrintedBarcode):
            picture = _barcode_picture(element)
            pieces.append((picture, _x(element.align, picture.width, width_px), picture.height + 6))
        elif isinstance(element, Feed):
            pieces.append((None, 0, element.dots))
        elif isinstance(element, Cut):
            pieces.append((_cut_mark(width_px, element.partial), 0, CELL_H))
    height = sum(pitch for _, _, pitch in pieces) + 8
    paper = Image.new("L", (width_px, height), 255)
    y = 4
    for picture, x, pitch in pieces:
        if picture is not None:
            paper.paste(picture.crop((0, 0, min(picture.width, width_px - x), picture.height)), (x, y))
        y += pitch
    return paper


def _cut_mark(width: int, partial: bool) -> Image.Image:
    mark = Image.new("L", (width, CELL_H), 255)
    draw = ImageDraw.Draw(mark)
    dash, gap = (4, 4) if partial else (10, 6)
    for x in range(0, width, dash + gap):
        draw.line((x, CELL_H // 2, x + dash, CELL_H // 2), fill=128, width=1)
    draw.text((4, 0), "partial cut" if partial else "cut", font=_font(), fill=128)
    return mark
