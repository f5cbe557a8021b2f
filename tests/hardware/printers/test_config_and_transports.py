from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from escpos.capabilities import get_profile

from hardware.printers.config import PrinterConfig, Transport, profile_for
from hardware.printers.document import PrintDocument, Text
from hardware.printers.errors import PrinterConfigError, PrinterError
from hardware.printers.printer import ReceiptPrinter
from hardware.printers.transports import PaperState, PrinterStatus
from hardware.sim.escpos_stream import EscposReader, Stream
from hardware.sim.paper import split_receipts
from hardware.sim.pty_port import PtyPort


def test_settings_are_checked_with_clear_sentences() -> None:
    with pytest.raises(PrinterConfigError, match=r"384 dots \(58 mm\) or 576 dots \(80 mm\)"):
        PrinterConfig(Transport.NETWORK, "10.0.0.9", width_px=500)
    with pytest.raises(PrinterConfigError, match="no printer profile called 'TM-9000'"):
        PrinterConfig(Transport.NETWORK, "10.0.0.9", profile="TM-9000")
    with pytest.raises(PrinterConfigError, match="has no code page CP858"):
        PrinterConfig(Transport.NETWORK, "10.0.0.9", profile="simple")
    with pytest.raises(PrinterConfigError, match="like 04b8:0e15"):
        PrinterConfig(Transport.USB, "epson")
    with pytest.raises(PrinterConfigError, match="host or host:port"):
        PrinterConfig(Transport.NETWORK, "10.0.0.9:http")
    with pytest.raises(ValueError, match="'bluetooth' is not a valid Transport"):
        PrinterConfig("bluetooth", "x")  # type: ignore[arg-type]


def test_from_saved_settings() -> None:
    config = PrinterConfig.from_mapping(
        {"transport": "network", "address": "10.0.0.9", "paper_mm": 58, "profile": "TM-T20II"}
    )
    assert (config.transport, config.host_port(), config.width_px, config.width_chars) == (
        Transport.NETWORK,
        ("10.0.0.9", 9100),
        384,
        32,
    )
    assert PrinterConfig.from_mapping({"transport": "usb", "address": "04b8:0e15"}).usb_ids() == (0x04B8, 0x0E15)
    with pytest.raises(PrinterConfigError, match="not understood"):
        PrinterConfig.from_mapping({"transport": "file", "address": "/dev/usb/lp0", "colour": "red"})
    with pytest.raises(PrinterConfigError, match="58 or 80 mm"):
        PrinterConfig.from_mapping({"transport": "file", "address": "/dev/usb/lp0", "paper_mm": 76})


def test_the_profile_gets_the_paper_width_without_changing_the_shared_profile() -> None:
    profile = profile_for(PrinterConfig(Transport.FILE, "/dev/null", profile="TM-T88V", width_px=384))
    assert profile.profile_data["media"]["width"]["pixels"] == 384
    assert get_profile("TM-T88V").profile_data["media"]["width"]["pixels"] == 512


def test_an_unplugged_usb_printer_is_a_clear_error() -> None:
    printer = ReceiptPrinter(PrinterConfig(Transport.USB, "ffff:fffe", timeout=0.5))
    with pytest.raises(PrinterError) as caught:
        printer.print_document(PrintDocument((Text("x"),)))
    assert caught.value.message in (
        "The receipt printer (USB ffff:fffe) is not plugged in or is switched off.",
        "USB printing needs the libusb library (the libusb-1.0-0 package) to be installed.",
    )
    assert not printer.status().online


def test_a_missing_device_file_is_a_clear_error() -> None:
    printer = ReceiptPrinter(PrinterConfig(Transport.FILE, "/nonexistent/usb/lp0"))
    with pytest.raises(PrinterError, match=r"at /nonexistent/usb/lp0 cannot be opened; check the cable"):
        printer.open_drawer()


class SerialPrinterOnPty:
    """A printer at the far end of a pty: decodes what arrives and answers status queries."""

    def __init__(self) -> None:
        self.port = PtyPort()
        self.reader = EscposReader()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            data = self.port.read(0.02)
            if data:
                reply = self.reader.feed(data)
                if reply:
                    self.port.write(reply)

    def close(self) -> Stream:
        self._stop.set()
        self._thread.join(2.0)
        self.port.close()
        return self.reader.finish()


@pytest.fixture
def serial_printer() -> Iterator[SerialPrinterOnPty]:
    device = SerialPrinterOnPty()
    yield device
    device.close()


def test_printing_over_a_serial_port(serial_printer: SerialPrinterOnPty) -> None:
    config = PrinterConfig(Transport.SERIAL, serial_printer.port.path, baudrate=38400, status_timeout=0.5)
    printer = ReceiptPrinter(config)
    serial_printer.reader.state.paper_low = True
    assert printer.status() == PrinterStatus(True, PaperState.LOW, "The paper roll is nearly used up.")
    printer.print_document(PrintDocument((Text("Faleminderit, Ëngjëll!"),)), open_drawer=True)
    stream = serial_printer.close()
    (receipt,) = split_receipts(stream.elements)
    assert receipt.cut and receipt.lines[0] == "Faleminderit, Ëngjëll!"
    assert stream.drawer_kicks == [(0, 50, 50)]


def test_a_serial_printer_out_of_paper_prints_nothing(serial_printer: SerialPrinterOnPty) -> None:
    serial_printer.reader.state.paper_out = True
    printer = ReceiptPrinter(PrinterConfig(Transport.SERIAL, serial_printer.port.path, status_timeout=0.5))
    with pytest.raises(PrinterError, match="nothing was printed"):
        printer.print_document(PrintDocument((Text("x"),)))
    assert serial_printer.close().elements == []
