from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pyzbar import pyzbar

from hardware.printers.config import PrinterConfig, Transport
from hardware.printers.document import Align, Barcode, BarcodeKind, Feed, Pair, PrintDocument, Rule, Text
from hardware.printers.drawer import PrinterDrawer
from hardware.printers.errors import PrinterError
from hardware.printers.printer import ReceiptPrinter
from hardware.printers.transports import PaperState, PrinterStatus
from hardware.sim.network_printer import VirtualNetworkPrinter
from tests.hardware.printers.conftest import ink_bands, ink_columns, save_picture

WAIT = 5.0
CARD = "0400000012346"


def _printer(sim: VirtualNetworkPrinter) -> ReceiptPrinter:
    return ReceiptPrinter(PrinterConfig(Transport.NETWORK, sim.address, width_px=sim.width_px, status_timeout=0.5))


ALBANIAN = PrintDocument(
    (
        Text("Dyqani Kupa", Align.CENTER, bold=True, double=True),
        Text("Rruga e Durrësit 12, Tiranë", Align.CENTER),
        Rule(),
        Pair("Bukë e zezë", "120 L"),
        Pair("Çokollatë me lajthi", "340 L"),
        Rule(),
        Pair("Totali", "460 L", bold=True),
        Text("Anëtari: Ëngjëll Çela"),
        Barcode(CARD, BarcodeKind.EAN13),
        Text("Faleminderit!", Align.CENTER),
    )
)
HEBREW = PrintDocument(
    (
        Text("חנות קופה", Align.CENTER, bold=True, double=True),
        Rule(),
        Pair("לחם מלא", "12.50 ₪"),
        Pair("חלב 3% 1 ליטר", "6.90 ₪"),
        Rule(),
        Pair("סה״כ", "19.40 ₪", bold=True),
        Text("כרטיס 0400 0000 1234 6"),
        Barcode(CARD, BarcodeKind.EAN13),
        Text("תודה ולהתראות!", Align.CENTER),
    ),
    direction="rtl",
)
GEORGIAN = PrintDocument(
    (
        Text("მაღაზია ქუფა", Align.CENTER, bold=True, double=True),
        Rule(),
        Pair("პური", "2.50 ₾"),
        Pair("რძე", "3.20 ₾"),
        Rule(),
        Pair("სულ", "5.70 ₾", bold=True),
        Text("გმადლობთ!"),
        Feed(1),
    )
)


def test_an_albanian_receipt_prints_as_text_with_its_letters_cut_and_drawer(
    printer_sim: VirtualNetworkPrinter, tmp_path: Path, qapp: object
) -> None:
    _printer(printer_sim).print_document(ALBANIAN, open_drawer=True)
    job = printer_sim.wait_for_jobs(1, WAIT)[0]
    assert job.completed and job.cuts == 1 and job.drawer_kicks == [(0, 50, 50)] and job.unknown == []
    receipt = job.receipts[0]
    lines = [line.rstrip() for line in receipt.lines]
    assert "Dyqani Kupa" in lines and "Anëtari: Ëngjëll Çela" in lines
    assert "Bukë e zezë".ljust(43) + "120 L" in lines
    assert receipt.rasters == []
    assert [(b.kind, b.data) for b in receipt.barcodes] == [("EAN13", CARD)]
    picture = receipt.image(576)
    save_picture(tmp_path, "receipt-en-sq.png", receipt.png(576))
    assert [d.data.decode() for d in pyzbar.decode(picture)] == [CARD]


def test_a_hebrew_receipt_is_raster_right_to_left_with_amounts_on_the_left(
    printer_sim: VirtualNetworkPrinter, tmp_path: Path, qapp: object
) -> None:
    _printer(printer_sim).print_document(HEBREW)
    receipt = printer_sim.wait_for_jobs(1, WAIT)[0].receipts[0]
    save_picture(tmp_path, "receipt-he.png", receipt.png(576))
    assert all(not line.strip() for line in receipt.lines), "no Hebrew may go out as code-page text"
    first, last = receipt.rasters
    assert first.width == last.width == 576
    title, rule, bread, milk, _rule2, total, card = ink_bands(first)
    assert abs((title.left + title.right) / 2 - 288) < 12, "the title is centred"
    assert rule.left <= 1 and rule.right >= 574 and rule.bottom - rule.top <= 3
    for pair in (bread, milk, total):
        columns = ink_columns(first, pair)
        assert pair.right > 560, "the label sits at the right (start) edge"
        assert pair.left < 40 and columns[: pair.left + 60].any(), "the amount sits at the left (end) edge"
        assert not columns[150:400].any(), "label and amount are apart"
    assert card.right > 560 and card.left > 250, "a start-aligned line hugs the right edge"
    assert ink_bands(last)[0].right > 300
    assert [d.data.decode() for d in pyzbar.decode(receipt.image(576))] == [CARD]


def test_rtl_amounts_line_up_on_their_right_side(printer_sim: VirtualNetworkPrinter, qapp: object) -> None:
    _printer(printer_sim).print_document(PrintDocument((Pair("א", "12.50"), Pair("ב", "6.90")), "rtl"))
    image = printer_sim.wait_for_jobs(1, WAIT)[0].receipts[0].rasters[0]
    wide, narrow = ink_bands(image)
    wide_right = np.flatnonzero(ink_columns(image, wide)[:200])[-1]
    narrow_right = np.flatnonzero(ink_columns(image, narrow)[:200])[-1]
    assert abs(int(wide_right) - int(narrow_right)) <= 2
    assert narrow.left > wide.left + 5


def test_a_georgian_receipt_is_raster_left_to_right_on_58mm_paper(
    narrow_printer_sim: VirtualNetworkPrinter, tmp_path: Path, qapp: object
) -> None:
    _printer(narrow_printer_sim).print_document(GEORGIAN)
    receipt = narrow_printer_sim.wait_for_jobs(1, WAIT)[0].receipts[0]
    save_picture(tmp_path, "receipt-ka.png", receipt.png(384))
    (image,) = receipt.rasters
    assert image.width == 384
    title, _rule, bread, milk, _rule2, total, thanks = ink_bands(image)
    assert abs((title.left + title.right) / 2 - 192) < 12
    for pair in (bread, milk, total):
        assert pair.left < 10 and pair.right > 374
    assert thanks.left < 10 and thanks.right < 200
    assert title.bottom - title.top > 2 * (bread.bottom - bread.top) - 8, "double size is twice as tall"


def test_status_reports_online_paper_low_and_cover_open(printer_sim: VirtualNetworkPrinter) -> None:
    printer = _printer(printer_sim)
    assert printer.status() == PrinterStatus(True, PaperState.OK)
    printer_sim.state.paper_low = True
    assert printer.status() == PrinterStatus(True, PaperState.LOW, "The paper roll is nearly used up.")
    printer_sim.state.cover_open = True
    status = printer.status()
    assert not status.online and "offline" in status.reason


def test_a_switched_off_printer_is_offline_and_printing_raises(printer_sim: VirtualNetworkPrinter) -> None:
    printer = _printer(printer_sim)
    printer_sim.power_off()
    status = printer.status()
    assert not status.online and status.reason.endswith("check that it is on and connected.")
    with pytest.raises(PrinterError, match="cannot be reached"):
        printer.print_document(PrintDocument((Text("x"),)))
    printer_sim.power_on()
    printer.print_document(PrintDocument((Text("back"),)))
    assert printer_sim.wait_for_jobs(1, WAIT)[0].receipts[0].lines[0] == "back"


def test_out_of_paper_prints_nothing(printer_sim: VirtualNetworkPrinter) -> None:
    printer_sim.state.paper_out = True
    with pytest.raises(PrinterError, match="out of paper; nothing was printed"):
        _printer(printer_sim).print_document(PrintDocument((Text("x"),)))
    assert printer_sim.jobs == []


def test_a_connection_dropped_mid_receipt_raises(printer_sim: VirtualNetworkPrinter, qapp: object) -> None:
    printer_sim.drop_after(200)
    with pytest.raises(PrinterError, match="lost in the middle of the receipt"):
        _printer(printer_sim).print_document(HEBREW)
    job = printer_sim.wait_for_jobs(1, WAIT)[0]
    assert not job.completed and job.cuts == 0


def test_the_drawer_opens_through_the_printer(printer_sim: VirtualNetworkPrinter) -> None:
    PrinterDrawer(_printer(printer_sim)).open()
    job = printer_sim.wait_for_jobs(1, WAIT)[0]
    assert job.drawer_kicks == [(0, 50, 50)] and job.receipts == []
    assert job.raw == b"\x10\x04\x01" + b"\x1bp\x00\x32\x32" + b"\x10\x04\x04", "status, kick, confirm"


def test_several_threads_printing_at_once_each_get_a_whole_receipt(printer_sim: VirtualNetworkPrinter) -> None:
    import threading

    printer = _printer(printer_sim)
    threads = [
        threading.Thread(target=printer.print_document, args=(PrintDocument((Text(f"receipt {i}"),)),))
        for i in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    jobs = printer_sim.wait_for_jobs(4, WAIT)
    assert sorted(job.receipts[0].lines[0] for job in jobs) == [f"receipt {i}" for i in range(4)]
