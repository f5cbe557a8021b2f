"""Serial barcode and magstripe readers over pyserial: frames to scans, garbage dropped, re-plugs survived."""

from __future__ import annotations

import errno
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import serial

from hardware.errors import HardwareError
from hardware.readers.framing import Dropped, Frame, Framer
from hardware.readers.magstripe import CardNumberRules, SwipeRejected, card_number, parse_swipe
from hardware.readers.ports import PortLister, PortSpec, find_port, system_ports
from hardware.readers.threaded import ThreadedReader, ignore
from hardware.scan import (
    ReaderState,
    Scan,
    ScanCallback,
    SourceKind,
    StatusCallback,
    Symbology,
    mask,
)

log = logging.getLogger(__name__)

READ_TIMEOUT = 0.05
RejectCallback = Callable[[str], None]


class FrameRejected(HardwareError):
    """A complete frame that is not a scan; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The reader sent something that is not a scan: {reason}.", reason=reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Decoded:
    """What a frame means."""

    text: str
    symbology: Symbology = Symbology.UNKNOWN
    expiry: str | None = None


class FrameDecoder(Protocol):
    """Turns one frame into scan text, or raises FrameRejected (or SwipeRejected) with the reason."""

    source: SourceKind

    def decode(self, frame: bytes) -> Decoded: ...


def _ascii_text(frame: bytes) -> str:
    try:
        text = frame.decode("ascii")
    except UnicodeDecodeError:
        raise FrameRejected(f"{len(frame)} bytes with non-ASCII values") from None
    if not text.isprintable():
        raise FrameRejected(f"{len(frame)} bytes with control characters")
    return text


class BarcodeFrames:
    """Frames from a barcode scanner: printable ASCII, surrounding spaces removed."""

    source = SourceKind.SERIAL

    def decode(self, frame: bytes) -> Decoded:
        text = _ascii_text(frame).strip()
        if not text:
            raise FrameRejected("an empty scan")
        return Decoded(text)


class MagstripeFrames:
    """Frames from a magstripe reader: the tracks of one swipe, turned into a card number by the shop's rules."""

    source = SourceKind.MAGSTRIPE

    def __init__(self, rules: CardNumberRules | None = None) -> None:
        self.rules = rules or CardNumberRules()

    def decode(self, frame: bytes) -> Decoded:
        swipe = parse_swipe(_ascii_text(frame), with_lrc=self.rules.with_lrc)
        card = card_number(swipe, self.rules)
        return Decoded(card.number, card.symbology, card.expiry)


@dataclass(frozen=True, slots=True)
class SerialSettings:
    """How to reach and talk to a serial reader.

    Attributes:
        port: device name or USB VID:PID (looked up again after every re-plug).
        name: how the app calls this reader (goes into every Scan).
        baudrate, bytesize, parity, stopbits: line settings (parity one of N, E, O, M, S).
        suffix: bytes that end a frame (any one of them).
        max_length: longer frames are dropped.
        gap_timeout: a frame whose bytes stop for longer than this (seconds) is dropped as partial.
        reconnect_initial, reconnect_max: the back-off between attempts to find or reopen the port (seconds).
    """

    port: PortSpec
    name: str = ""
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    suffix: bytes = b"\r\n"
    max_length: int = 256
    gap_timeout: float = 0.2
    reconnect_initial: float = 0.1
    reconnect_max: float = 5.0


class SerialReader(ThreadedReader):
    """A barcode or magstripe reader on a serial port, read on its own thread.

    ``start`` returns at once; scans, state changes and rejected frames are reported through the callbacks
    from the reader's thread. The reader never stops on a bad frame or a lost device: it drops the frame with
    a logged reason, or reports DISCONNECTED and looks for the device again with a growing back-off.
    """

    def __init__(
        self,
        settings: SerialSettings,
        decoder: FrameDecoder | None = None,
        *,
        port_lister: PortLister = system_ports,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.decoder: FrameDecoder = decoder or BarcodeFrames()
        self._port_lister = port_lister
        self._clock = clock
        self._on_rejected: RejectCallback = ignore

    @property
    def name(self) -> str:
        return self.settings.name or self.settings.port.describe()

    def start(
        self,
        on_scan: ScanCallback,
        on_status: StatusCallback | None = None,
        on_rejected: RejectCallback | None = None,
    ) -> None:
        """Start reading. ``on_rejected`` gets the reason whenever a frame is dropped (to prompt a re-swipe)."""
        self._on_rejected = on_rejected or ignore
        self._launch(on_scan, on_status, what="reader", opening=f"looking for {self.settings.port.describe()}")

    def _run(self) -> None:
        settings = self.settings
        backoff = settings.reconnect_initial
        while not self._stop.is_set():
            path = self._find()
            if path is None:
                self._set_status(ReaderState.DISCONNECTED, f"{settings.port.describe()} is not plugged in")
            else:
                port = self._open(path)
                if port is not None:
                    backoff = settings.reconnect_initial
                    self._read_until_lost(port, path)
            self._stop.wait(backoff)
            backoff = min(backoff * 2, settings.reconnect_max)

    def _find(self) -> str | None:
        try:
            return find_port(self.settings.port, self._port_lister())
        except OSError as error:
            log.info("listing serial ports failed: %s", error)
            return None

    def _open(self, path: str) -> Any:
        settings = self.settings
        try:
            port = serial.Serial(
                path,
                baudrate=settings.baudrate,
                bytesize=settings.bytesize,
                parity=settings.parity,
                stopbits=settings.stopbits,
                timeout=READ_TIMEOUT,
            )
        except ValueError as error:
            self._set_status(ReaderState.ERROR, f"the line settings are not valid: {error}")
            return None
        except (serial.SerialException, OSError) as error:
            cause = getattr(error, "errno", None)
            if cause == errno.EACCES:
                self._set_status(ReaderState.ERROR, f"no permission to open {path} (is the user in 'dialout'?)")
            else:
                self._set_status(ReaderState.DISCONNECTED, f"{path} cannot be opened")
            log.debug("opening %s failed: %s", path, error)
            return None
        log.info("reader %s connected on %s", self.name, path)
        self._set_status(ReaderState.CONNECTED, path)
        return port

    def _read_until_lost(self, port: Any, path: str) -> None:
        framer = Framer(self.settings.suffix, self.settings.max_length, self.settings.gap_timeout)
        try:
            while not self._stop.is_set():
                data: bytes = port.read(max(1, port.in_waiting))
                now = time.monotonic()
                if data:
                    events = framer.feed(data, now)
                else:
                    expired = framer.expire(now)
                    events = [expired] if expired else []
                for event in events:
                    if isinstance(event, Frame):
                        self._deliver(event.data)
                    else:
                        self._drop(event)
        except (serial.SerialException, OSError) as error:
            dropped = framer.discard("the device went away in the middle of a frame")
            if dropped:
                self._drop(dropped)
            log.warning("reader %s on %s was disconnected: %s", self.name, path, error)
            self._set_status(ReaderState.DISCONNECTED, f"the reader on {path} was disconnected")
        finally:
            port.close()

    def _deliver(self, frame: bytes) -> None:
        try:
            decoded = self.decoder.decode(frame)
        except (FrameRejected, SwipeRejected) as rejected:
            self._drop(Dropped(rejected.reason, len(frame)))
            return
        scan = Scan(
            source=self.decoder.source,
            text=decoded.text,
            symbology=decoded.symbology,
            timestamp=self._clock(),
            device=self.name,
            expiry=decoded.expiry,
        )
        log.debug("reader %s read %s", self.name, mask(scan.text))
        try:
            self._on_scan(scan)
        except Exception:
            log.exception("the scan handler of reader %s failed", self.name)

    def _drop(self, dropped: Dropped) -> None:
        log.info("reader %s dropped %d bytes: %s", self.name, dropped.size, dropped.reason)
        try:
            self._on_rejected(dropped.reason)
        except Exception:
            log.exception("the rejection handler of reader %s failed", self.name)
