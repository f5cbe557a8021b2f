"""Opens python-escpos' own transport classes (USB, serial, network, file) and asks a printer for its status."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from escpos.exceptions import DeviceNotFoundError
from escpos.exceptions import Error as EscposError
from escpos.printer import File, Network, Serial, Usb

from hardware.printers.config import PrinterConfig, Transport, profile_for
from hardware.printers.errors import PrinterError

log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"
PRINTER_STATUS = 1
PAPER_STATUS = 4
OFFLINE_BIT = 0x08
PAPER_NEAR_END = 0x0C
PAPER_END = 0x60


class PaperState(StrEnum):
    OK = "ok"
    LOW = "low"
    OUT = "out"
    UNKNOWN = "unknown"


class ConnectionLost(PrinterError):
    """The printer went away while the receipt was being sent."""


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """What the status bar shows: reachable and ready, the paper, and the reason when it is not fine."""

    online: bool
    paper: PaperState = PaperState.UNKNOWN
    reason: str = ""


class _Network(Network):  # type: ignore[misc]
    """python-escpos' Network printer whose failed connect closes its socket (the library's ``open`` leaks it)."""

    def open(self, raise_not_found: bool = True) -> None:
        self.close()
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as error:
            self._device = None
            raise DeviceNotFoundError(f"Could not open socket for {self.host}: {error}") from error


def connect(config: PrinterConfig) -> Any:
    """An open python-escpos printer for ``config`` with the paper width set in its profile.

    Raises:
        PrinterError: the printer cannot be reached; the message says how it was addressed.
    """
    printer = _transport(config)
    printer.profile = profile_for(config)
    try:
        printer.open()
    except (EscposError, OSError, ValueError, RuntimeError) as error:
        log.info("cannot open %s: %s", config.describe(), error)
        raise PrinterError(_unreachable(config, error), printer=config.name) from error
    return printer


def _transport(config: PrinterConfig) -> Any:
    if config.transport is Transport.NETWORK:
        host, port = config.host_port()
        return _Network(host, port=port, timeout=config.timeout, profile=config.profile)
    if config.transport is Transport.SERIAL:
        return Serial(config.address, baudrate=config.baudrate, timeout=config.timeout, profile=config.profile)
    if config.transport is Transport.USB:
        if not Usb.is_usable():
            raise PrinterError("USB printing needs the pyusb package (pip install pyusb) and libusb.")
        vendor, product = config.usb_ids()
        return Usb(vendor, product, timeout=int(config.timeout * 1000), profile=config.profile)
    return File(config.address, profile=config.profile)


def _unreachable(config: PrinterConfig, error: BaseException) -> str:
    if config.transport is Transport.NETWORK:
        return f"The {config.name} at {config.address} cannot be reached; check that it is on and connected."
    if config.transport is Transport.USB:
        if "backend" in str(error).lower():
            return "USB printing needs the libusb library (the libusb-1.0-0 package) to be installed."
        return f"The {config.name} (USB {config.address}) is not plugged in or is switched off."
    return f"The {config.name} at {config.address} cannot be opened; check the cable and that it is on."


def send(printer: Any, data: bytes, chunk: int = 4096) -> None:
    """Write the job; a transport failure half way is reported as ConnectionLost."""
    try:
        for start in range(0, len(data), chunk):
            printer._raw(data[start : start + chunk])
    except (OSError, EscposError) as error:
        raise ConnectionLost(
            "The connection to the printer was lost in the middle of the receipt; it was not finished."
        ) from error


def query(printer: Any, config: PrinterConfig, which: int) -> int | None:
    """One real-time status byte (``DLE EOT which``), or None when the transport or printer gives no answer.

    Raises:
        ConnectionLost: the connection closed or failed.
    """
    if config.transport is Transport.FILE:
        return None
    try:
        _set_read_timeout(printer, config)
        printer._raw(DLE_EOT + bytes([which]))
        # A status answer is one byte; python-escpos' serial read waits for 16 (the whole timeout).
        answer: bytes = printer.device.read(1) if config.transport is Transport.SERIAL else printer._read()
    except (TimeoutError, NotImplementedError):
        return None
    except (OSError, EscposError) as error:
        raise ConnectionLost("The connection to the printer was lost.") from error
    if not answer:
        if config.transport is Transport.NETWORK:
            raise ConnectionLost("The printer closed the connection.")
        return None
    return answer[-1]


def _set_read_timeout(printer: Any, config: PrinterConfig) -> None:
    device = printer.device
    if config.transport is Transport.NETWORK:
        device.settimeout(config.status_timeout)
    elif config.transport is Transport.SERIAL:
        device.timeout = config.status_timeout


def paper_state(byte: int | None) -> PaperState:
    if byte is None:
        return PaperState.UNKNOWN
    if byte & PAPER_END:
        return PaperState.OUT
    if byte & PAPER_NEAR_END:
        return PaperState.LOW
    return PaperState.OK


def close(printer: Any) -> None:
    try:
        printer.close()
    except (OSError, EscposError) as error:
        log.debug("closing the printer connection failed: %s", error)
