"""Turns a PrintDocument into ESC/POS: text through the code page, raster only for what a code page cannot print."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

from escpos.printer import Dummy
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from hardware.printers.config import PrinterConfig, profile_for
from hardware.printers.document import (
    Align,
    Barcode,
    BarcodeKind,
    Block,
    Feed,
    Image,
    Pair,
    PrintDocument,
    Rule,
    Text,
    TextBlock,
)
from hardware.printers.errors import PrinterError
from hardware.printers.raster import needs_raster, render_blocks
from hardware.scan import mask

MAX_MODULE = 3
QUIET_MODULES = 20
_ALIGN = {Align.START: "left", Align.CENTER: "center", Align.END: "right"}


def _is_raster(block: Block, doc: PrintDocument, encoding: str) -> bool:
    if doc.direction == "rtl":
        return isinstance(block, Text | Pair | Rule)
    if isinstance(block, Text):
        return needs_raster(block.text, encoding)
    if isinstance(block, Pair):
        return needs_raster(block.label + block.value, encoding)
    return False


def plan(doc: PrintDocument, encoding: str) -> Iterator[tuple[bool, list[Block]]]:
    """The document in runs: (True, text blocks drawn as one image) or (False, [one block sent as commands]).

    A rule right after a raster block joins its image, so a Georgian receipt is one picture, not slices.
    """
    raster: list[Block] = []
    for block in doc.blocks:
        if _is_raster(block, doc, encoding) or (raster and isinstance(block, Rule)):
            raster.append(block)
            continue
        if raster:
            yield True, raster
            raster = []
        yield False, [block]
    if raster:
        yield True, raster


def code128_data(data: str) -> str:
    """ESC/POS Code 128 data: code set C (two digits a byte) for an even number of digits, else code set B."""
    if len(data) >= 4 and len(data) % 2 == 0 and data.isascii() and data.isdigit():
        return "{C" + "".join(chr(int(data[i : i + 2])) for i in range(0, len(data), 2))
    return "{B" + data.replace("{", "{{")


def barcode_module(block: Barcode, width_px: int) -> int:
    """The widest bar (2 or 3 dots) at which the barcode and its quiet zones fit the paper.

    Raises:
        PrinterError: it does not fit even at 2 dots.
    """
    if block.symbology is BarcodeKind.EAN13:
        modules = 95
    else:
        symbols = len(code128_data(block.data)) - 2
        modules = 11 * (symbols + 2) + 13
    for module in range(MAX_MODULE, 1, -1):
        if (modules + QUIET_MODULES) * module <= width_px:
            return module
    raise PrinterError(
        f"The barcode {mask(block.data)} is too long for this paper; shorten it or use wider paper.",
        data=mask(block.data),
    )


def _text_lines(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, replace_whitespace=False) or [""]


def pair_lines(block: Pair, width: int) -> list[str]:
    """A label and a value on lines of ``width`` characters: value flush right on the label's first line."""
    room = width - len(block.value) - 1
    if room < width // 2:
        return [*_text_lines(block.label, width), block.value.rjust(width)]
    lines = _text_lines(block.label, room)
    first = lines[0].ljust(room) + " " + block.value
    return [first, *lines[1:]]


def _write_text(printer: Any, block: Text, width: int) -> None:
    printer.set(align=_ALIGN[block.align], bold=block.bold, double_width=block.double, double_height=block.double)
    for line in _text_lines(block.text, width // 2 if block.double else width):
        printer.textln(line)
    printer.set(align="left", bold=False, normal_textsize=True)


def _write_pair(printer: Any, block: Pair, width: int) -> None:
    printer.set(bold=block.bold)
    for line in pair_lines(block, width):
        printer.textln(line)
    if block.bold:
        printer.set(bold=False)


def _write_barcode(printer: Any, block: Barcode, width_px: int) -> None:
    module = barcode_module(block, width_px)
    if block.symbology is BarcodeKind.EAN13:
        code, kind, function = block.data, "EAN13", "A"
    else:
        code, kind, function = code128_data(block.data), "CODE128", "B"
    # _hw_barcode is the command writer behind Escpos.barcode(), which would also print to stdout.
    printer._hw_barcode(
        code,
        kind,
        height=block.height,
        width=module,
        pos="BELOW" if block.show_text else "OFF",
        font="A",
        align_ct=True,
        function_type=function,
    )
    printer.set(align="left")


def picture(png: bytes, width_px: int) -> PILImage.Image:
    """A PNG flattened onto white paper and scaled down to fit ``width_px``.

    Raises:
        PrinterError: the bytes are not a picture.
    """
    try:
        source = PILImage.open(io.BytesIO(png))
        source.load()
    except (UnidentifiedImageError, OSError) as error:
        raise PrinterError("The picture on the receipt is not a readable PNG image.") from error
    rgba = source.convert("RGBA")
    flat = PILImage.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    if flat.width > width_px:
        flat = flat.resize((width_px, max(1, round(flat.height * width_px / flat.width))), PILImage.Resampling.LANCZOS)
    return flat.convert("L")


def write_document(
    printer: Any,
    doc: PrintDocument,
    *,
    width_px: int,
    encoding: str,
    width_chars: int | None = None,
    cut: bool = True,
    open_drawer: bool = False,
) -> None:
    """Send the document to a python-escpos printer object (any transport, or Dummy in tests).

    Raises:
        PrinterError: the document cannot be printed on this paper (a barcode too long, an unreadable picture).
    """
    width = doc.width_chars or width_chars or width_px // 12
    runs = list(plan(doc, encoding))
    images = {i: _raster(run, width_px, doc) for i, (is_raster, run) in enumerate(runs) if is_raster}
    for block in doc.blocks:
        if isinstance(block, Barcode):
            barcode_module(block, width_px)
    printer.hw("INIT")
    printer.magic.encoding = None
    printer.charcode(encoding)
    for index, (is_raster, run) in enumerate(runs):
        if is_raster:
            printer.image(images[index], impl="bitImageRaster", center=False)
            continue
        block = run[0]
        if isinstance(block, Text):
            _write_text(printer, block, width)
        elif isinstance(block, Pair):
            _write_pair(printer, block, width)
        elif isinstance(block, Rule):
            printer.textln("-" * width)
        elif isinstance(block, Barcode):
            _write_barcode(printer, block, width_px)
        elif isinstance(block, Image):
            printer.image(picture(block.png, width_px), impl="bitImageRaster", center=True)
        elif isinstance(block, Feed) and block.lines:
            printer.print_and_feed(block.lines)
    if cut:
        printer.cut()
    if open_drawer:
        printer.cashdraw(2)


def _raster(run: Sequence[Block], width_px: int, doc: PrintDocument) -> PILImage.Image:
    blocks: list[TextBlock] = [b for b in run if isinstance(b, Text | Pair | Rule)]
    return render_blocks(blocks, width_px=width_px, direction=doc.direction)


def job_bytes(doc: PrintDocument, config: PrinterConfig, *, cut: bool = True, open_drawer: bool = False) -> bytes:
    """Every byte of the print job, built in memory before any connection is opened."""
    dummy = Dummy(profile=config.profile)
    dummy.profile = profile_for(config)
    write_document(
        dummy,
        doc,
        width_px=config.width_px,
        encoding=config.encoding,
        width_chars=config.width_chars,
        cut=cut,
        open_drawer=open_drawer,
    )
    output: bytes = dummy.output
    return output
