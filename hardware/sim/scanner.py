"""A virtual serial barcode scanner and magstripe reader: frames, garbage and half frames written to a pty."""

from __future__ import annotations

from hardware.readers.magstripe import lrc_char
from hardware.sim.pty_port import PtyPort


def track2(number: str, expiry: str | None = "2912", discretionary: str = "") -> str:
    """``;<number>=<YYMM><discretionary>?`` (or ``;<number>?`` without an expiry)."""
    if expiry is None and not discretionary:
        return f";{number}?"
    return f";{number}={expiry or ''}{discretionary}?"


def track1(number: str, name: str, expiry: str | None = "2912", discretionary: str = "") -> str:
    """``%B<number>^<NAME>^<YYMM><discretionary>?``; the name is upper-cased as a stripe holds it."""
    return f"%B{number}^{name.upper()[:26]}^{expiry or '^'}{discretionary}?"


class VirtualScanner:
    """A scanner on a pty. ``path`` is the port the reader opens; each method writes what a device would."""

    def __init__(self, suffix: bytes = b"\r") -> None:
        self.suffix = suffix
        self.port = PtyPort()

    @property
    def path(self) -> str:
        return self.port.path

    def scan(self, text: str) -> None:
        """A good barcode read."""
        self.port.write(text.encode("ascii") + self.suffix)

    def swipe(
        self,
        number: str,
        *,
        expiry: str | None = "2912",
        name: str | None = None,
        with_lrc: bool = False,
        track1_error: bool = False,
        track2_error: bool = False,
    ) -> None:
        """A card swipe: track 1 (when a name is given) and track 2, optionally with LRCs or read errors."""
        parts: list[str] = []
        if name is not None or track1_error:
            one = "%E?" if track1_error else track1(number, name or "", expiry)
            parts.append(one + (lrc_char(one) if with_lrc and not track1_error else ""))
        two = ";E?" if track2_error else track2(number, expiry)
        parts.append(two + (lrc_char(two) if with_lrc and not track2_error else ""))
        self.port.write("".join(parts).encode("ascii") + self.suffix)

    def send_raw(self, data: bytes) -> None:
        """Any bytes at all, e.g. line noise."""
        self.port.write(data)

    def send_partial(self, text: str) -> None:
        """The start of a frame that never finishes."""
        self.port.write(text.encode("ascii"))

    def unplug(self) -> None:
        self.port.unplug()

    def replug(self) -> str:
        return self.port.replug()

    def close(self) -> None:
        self.port.close()

    def __enter__(self) -> VirtualScanner:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
