"""What every reader produces (a Scan), how it reports its state, and the Reader protocol the app talks to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class SourceKind(StrEnum):
    """Which kind of reader produced a scan."""

    SERIAL = "serial"
    WEDGE = "wedge"
    CAMERA = "camera"
    MAGSTRIPE = "magstripe"


class Symbology(StrEnum):
    """What was read: a barcode symbology, a magstripe track, or not known (serial and wedge scanners)."""

    EAN13 = "EAN13"
    EAN8 = "EAN8"
    UPCA = "UPCA"
    CODE128 = "CODE128"
    TRACK1 = "TRACK1"
    TRACK2 = "TRACK2"
    UNKNOWN = "UNKNOWN"


def mask(text: str, keep: int = 4) -> str:
    """The text with all but its last ``keep`` characters replaced by ``*``, for logs."""
    if len(text) <= keep:
        return "*" * len(text)
    return "*" * (len(text) - keep) + text[-keep:]


@dataclass(frozen=True, slots=True)
class Scan:
    """One read from one reader.

    Attributes:
        source: the kind of reader.
        text: the barcode text, or for a card swipe the card number the extraction rules chose.
        symbology: the barcode symbology or the magstripe track the number came from.
        timestamp: when it was read, seconds since the epoch.
        device: the reader's configured name, so the app can tell two readers apart.
        expiry: for a card swipe, the ``YYMM`` expiry field when the track has one.
    """

    source: SourceKind
    text: str
    symbology: Symbology = Symbology.UNKNOWN
    timestamp: float = 0.0
    device: str = ""
    expiry: str | None = None

    def __repr__(self) -> str:
        return (
            f"Scan(source={self.source.value}, text={mask(self.text)!r}, symbology={self.symbology.value}, "
            f"timestamp={self.timestamp:.3f}, device={self.device!r})"
        )


class ReaderState(StrEnum):
    """Where a reader is: not started, looking for its device, reading, lost its device, or failed."""

    STOPPED = "stopped"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    """A reader's state with the reason in plain words (empty when there is nothing to say)."""

    state: ReaderState
    reason: str = ""


ScanCallback = Callable[[Scan], None]
StatusCallback = Callable[[ReaderStatus], None]


class Reader(Protocol):
    """What the app needs from any reader. Callbacks run on the reader's own thread, never the UI thread."""

    @property
    def name(self) -> str: ...

    @property
    def status(self) -> ReaderStatus: ...

    def start(self, on_scan: ScanCallback, on_status: StatusCallback | None = None) -> None: ...

    def stop(self, timeout: float = 2.0) -> None: ...
