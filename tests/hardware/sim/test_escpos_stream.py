from __future__ import annotations

import numpy as np
from escpos.printer import Dummy
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from hardware.printers.config import PrinterConfig, Transport, profile_for
from hardware.sim.escpos_stream import (
    Cut,
    EscposReader,
    Line,
    PrintedBarcode,
    PrinterState,
    Raster,
    Run,
    code128_text,
)
from hardware.sim.paper import draw_paper, split_receipts


def _sample() -> bytes:
    printer = Dummy()
    printer.profile = profile_for(PrinterConfig(Transport.FILE, "/dev/null"))
    printer.hw("INIT")
    printer.charcode("CP858")
    printer.set(align="center", bold=True, double_width=True, double_height=True)
    printer.textln("Kupa")
    printer.set(align="left", bold=False, normal_textsize=True)
    printer.textln("Bukë\tç")
    image = Image.new("1", (16, 2), 1)
    image.putpixel((0, 0), 0)
    image.putpixel((15, 1), 0)
    printer.image(image, impl="bitImageRaster")
    printer._hw_barcode("{C\x04\x00\x00", "CODE128", function_type="B")
    printer.cut()
    printer.cashdraw(5)
    output: bytes = printer.output
    return output


def test_a_job_is_read_back_into_lines_images_barcodes_cuts_and_kicks() -> None:
    reader = EscposReader()
    assert reader.feed(_sample()) == b""
    stream = reader.finish()
    lines = [e for e in stream.elements if isinstance(e, Line)]
    assert lines[0] == Line((Run("Kupa", bold=True, width=2, height=2),), align=1)
    assert lines[1].text == "Bukë    ç"
    (raster,) = [e for e in stream.elements if isinstance(e, Raster)]
    ink = np.asarray(raster.image) == 0
    assert ink.shape == (2, 16) and ink.sum() == 2 and ink[0, 0] and ink[1, 15]
    (barcode,) = [e for e in stream.elements if isinstance(e, PrintedBarcode)]
    assert (barcode.kind, barcode.data, barcode.module, barcode.hri) == ("CODE128", "040000", 3, True)
    assert isinstance(stream.elements[-1], Cut) and stream.drawer_kicks == [(1, 50, 50)]
    assert stream.unknown == []


@given(st.lists(st.integers(1, 40), min_size=1, max_size=30))
def test_bytes_split_anywhere_read_the_same(cuts: list[int]) -> None:
    data = _sample()
    whole = EscposReader()
    whole.feed(data)
    pieces = EscposReader()
    at = 0
    for size in cuts:
        pieces.feed(data[at : at + size])
        at += size
    pieces.feed(data[at:])
    assert _comparable(pieces.finish().elements) == _comparable(whole.finish().elements)


def _comparable(elements: list[object]) -> list[object]:
    return [(e.image.tobytes(), e.image.size, e.align) if isinstance(e, Raster) else e for e in elements]


def test_status_queries_are_answered_like_an_epson() -> None:
    state = PrinterState()
    reader = EscposReader(state)
    assert reader.feed(b"\x10\x04\x01\x10\x04\x04") == b"\x16\x12"
    state.paper_low = True
    assert reader.feed(b"\x10\x04\x04") == b"\x1e"
    state.paper_out = True
    assert reader.feed(b"\x10\x04\x01\x10\x04\x04") == b"\x1e\x7e"


def test_unknown_commands_and_unfinished_ones_are_noted() -> None:
    reader = EscposReader()
    reader.feed(b"\x1b\x7fabc\n\x1dv0\x00\x01")
    stream = reader.finish()
    assert stream.unknown == ["ESC 0x7f", "5 bytes of an unfinished command"]
    assert [e.text for e in stream.elements if isinstance(e, Line)] == ["abc"]


def test_code128_code_sets() -> None:
    assert code128_text(b"{BAB{{C") == "AB{C"
    assert code128_text(b"{C\x0c\x22{BX") == "1234X"


def test_receipts_split_at_cuts_and_draw_at_paper_width() -> None:
    reader = EscposReader()
    reader.feed(b"one\n\x1dV\x00two\n\x1dV\x01three\n")
    receipts = split_receipts(reader.finish().elements)
    assert [(r.lines, r.cut) for r in receipts] == [(["one"], True), (["two"], True), (["three"], False)]
    assert draw_paper(receipts[0].elements, 384).width == 384
