from __future__ import annotations

import io
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PIL import Image as PILImage

from hardware.printers.config import PrinterConfig, Transport, profile_for
from hardware.printers.document import Align, Barcode, BarcodeKind, Feed, Image, Pair, PrintDocument, Rule, Text
from hardware.printers.errors import PrinterError
from hardware.printers.escpos_job import code128_data, job_bytes, pair_lines, plan, write_document
from hardware.printers.printer import ReceiptPrinter

ESC_INIT = b"\x1b@"
CP858 = b"\x1bt\x13"
CUT = b"\x1bd\x06\x1dV\x00"
DRAWER = b"\x1bp\x00\x32\x32"
RASTER = b"\x1dv0"


def _config(width_px: int = 576) -> PrinterConfig:
    return PrinterConfig(Transport.FILE, "/dev/null", width_px=width_px)


def _bytes(*blocks: object, cut: bool = False, open_drawer: bool = False, width_px: int = 576, **doc: object) -> bytes:
    return job_bytes(PrintDocument(tuple(blocks), **doc), _config(width_px), cut=cut, open_drawer=open_drawer)


def test_a_job_starts_with_init_and_the_code_page_and_ends_with_cut_then_drawer() -> None:
    data = _bytes(Text("Hi"), cut=True, open_drawer=True)
    assert data.startswith(ESC_INIT + CP858)
    assert data.endswith(CUT + DRAWER)
    assert data.count(DRAWER) == 1


def test_no_cut_and_no_drawer_unless_asked() -> None:
    data = _bytes(Text("Hi"))
    assert b"\x1dV" not in data and b"\x1bp" not in data


def test_albanian_letters_go_out_as_cp858_bytes_not_as_an_image() -> None:
    data = _bytes(Text("Bukë çaj Ë Ç"))
    assert "Bukë çaj Ë Ç\n".encode("cp858") in data
    assert b"\x89" in data and b"\x87" in data
    assert RASTER not in data


def test_georgian_is_drawn_as_one_raster_image_between_text_lines() -> None:
    data = _bytes(Text("Total"), Text("გმადლობთ"), Pair("პური", "2.50"), Text("Thanks"))
    assert data.count(RASTER) == 1
    assert data.index(b"Total") < data.index(RASTER) < data.index(b"Thanks")
    header = data[data.index(RASTER) :][:8]
    assert header[4:6] == (576 // 8).to_bytes(2, "little")


def test_an_rtl_document_is_all_raster_except_the_barcode(qapp: object) -> None:
    doc = PrintDocument(
        (Text("שלום"), Pair("לחם", "12.50"), Rule(), Barcode("0400000012346", BarcodeKind.EAN13)), "rtl"
    )
    runs = list(plan(doc, "CP858"))
    assert [raster for raster, _ in runs] == [True, False]
    data = job_bytes(doc, _config())
    assert data.count(RASTER) == 1
    assert b"\x1dk\x020400000012346\x00" in data


def test_ean13_barcode_command_bytes() -> None:
    data = _bytes(Barcode("0400000012346", BarcodeKind.EAN13, height=80))
    expected = b"\x1ba\x01\x1dh\x50\x1dw\x03\x1df\x00\x1dH\x02\x1dk\x020400000012346\x00\x1ba\x00"
    assert expected in data


def test_code128_command_bytes_use_code_set_b_for_text_and_c_for_even_digits() -> None:
    text = _bytes(Barcode("SALE-1042", show_text=False))
    assert b"\x1dH\x00\x1dkI\x0b{BSALE-1042" in text
    digits = _bytes(Barcode("04000012"))
    assert b"\x1dkI\x06{C\x04\x00\x00\x0c" in digits
    assert code128_data("a{b") == "{Ba{{b"
    assert code128_data("123") == "{B123"


def test_a_barcode_too_long_for_58mm_paper_is_refused_before_anything_is_sent() -> None:
    long = Barcode("X" * 20)
    assert _bytes(long, width_px=576)
    with pytest.raises(PrinterError, match="too long for this paper"):
        _bytes(long, width_px=384)


def test_narrow_paper_uses_narrower_bars() -> None:
    assert b"\x1dw\x03" in _bytes(Barcode("0400000012346", BarcodeKind.EAN13), width_px=384)
    assert b"\x1dw\x02" in _bytes(Barcode("04000000123460"), width_px=384)


def test_text_styles_and_alignment_bytes() -> None:
    data = _bytes(Text("BIG", Align.CENTER, bold=True, double=True), Text("end", Align.END))
    assert b"\x1b!0\x1bE\x01\x1ba\x01BIG\n" in data
    assert b"\x1ba\x02end\n" in data


def test_pairs_put_the_value_at_the_end_of_the_line() -> None:
    assert pair_lines(Pair("Bread", "1.20"), 20) == ["Bread           1.20"]
    wrapped = pair_lines(Pair("Chocolate with hazelnuts and caramel", "3.40"), 20)
    assert wrapped[0].endswith(" 3.40") and len(wrapped[0]) == 20
    assert " ".join(line.split("  ")[0].strip() for line in wrapped).startswith("Chocolate with")
    assert pair_lines(Pair("Gift card", "1234567890123"), 20) == ["Gift card", "       1234567890123"]


def test_document_width_chars_overrides_the_printer() -> None:
    assert b"-" * 42 + b"\n" in _bytes(Rule(), width_chars=42)
    assert b"-" * 48 + b"\n" in _bytes(Rule())
    assert b"-" * 32 + b"\n" in _bytes(Rule(), width_px=384)


def test_feed_and_pictures() -> None:
    logo = PILImage.new("RGBA", (800, 100), (0, 0, 0, 0))
    logo.paste((0, 0, 0, 255), (0, 0, 800, 50))
    out = io.BytesIO()
    logo.save(out, format="PNG")
    data = _bytes(Image(out.getvalue()), Feed(3))
    at = data.index(RASTER)
    assert data[at + 4 : at + 8] == (72).to_bytes(2, "little") * 2
    assert data.endswith(b"\x1bd\x03")
    with pytest.raises(PrinterError, match="not a readable PNG"):
        _bytes(Image(b"not a png"))


def test_write_document_works_on_any_escpos_object() -> None:
    dummy = Dummy()
    dummy.profile = profile_for(_config())
    write_document(dummy, PrintDocument((Text("x"),)), width_px=576, encoding="CP858", cut=True)
    assert dummy.output.endswith(CUT)


def test_the_file_transport_writes_the_same_bytes(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.touch()
    config = PrinterConfig(Transport.FILE, str(target))
    doc = PrintDocument((Text("Faleminderit ë ç"), Barcode("0400000012346", BarcodeKind.EAN13)))
    ReceiptPrinter(config).print_document(doc, open_drawer=True)
    assert target.read_bytes() == job_bytes(doc, config, open_drawer=True)
    ReceiptPrinter(config).open_drawer()
    assert target.read_bytes() == DRAWER
