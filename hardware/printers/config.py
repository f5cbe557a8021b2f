"""How to reach a receipt printer: transport, address, printer profile and paper width."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hardware.printers.errors import PrinterConfigError

PAPER_58MM = 384
PAPER_80MM = 576
PAPER_WIDTHS = {58: PAPER_58MM, 80: PAPER_80MM}
CHAR_PX = 12
DEFAULT_DPI = 203
_USB_IDS = re.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")


class Transport(StrEnum):
    USB = "usb"
    SERIAL = "serial"
    NETWORK = "network"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    """A receipt printer's settings.

    Attributes:
        transport: usb, serial, network or file.
        address: USB ``vvvv:pppp`` (hex ids), a serial port (``/dev/ttyUSB0``), ``host`` or ``host:port`` (port
            9100 when left out), or a file/device path (``/dev/usb/lp0``).
        profile: a python-escpos printer profile (``default``, ``TM-T20II``, ``POS-5890``...).
        width_px: printable dots per line: 384 for 58 mm paper, 576 for 80 mm.
        encoding: the code page text is sent in; it must be in the profile (CP858 prints Albanian ë and ç).
        baudrate: serial transport only.
        timeout: seconds to connect or write before the printer counts as offline.
        status_timeout: seconds to wait for an answer to a status query; printers that never answer are
            treated as "status unknown", not as offline.
        name: how the status bar calls this printer.
    """

    transport: Transport
    address: str
    profile: str = "default"
    width_px: int = PAPER_80MM
    encoding: str = "CP858"
    baudrate: int = 19200
    timeout: float = 5.0
    status_timeout: float = 1.0
    name: str = "receipt printer"

    def __post_init__(self) -> None:
        object.__setattr__(self, "transport", Transport(self.transport))
        if self.width_px not in (PAPER_58MM, PAPER_80MM):
            raise PrinterConfigError(
                f"Paper width must be {PAPER_58MM} dots (58 mm) or {PAPER_80MM} dots (80 mm), not {self.width_px}.",
                width_px=self.width_px,
            )
        # python-escpos reads its printer database when imported (a second at start): only when a printer is set.
        from escpos.capabilities import CAPABILITIES  # noqa: PLC0415

        if self.profile not in CAPABILITIES["profiles"]:
            raise PrinterConfigError(f"There is no printer profile called {self.profile!r}.", profile=self.profile)
        pages = set(CAPABILITIES["profiles"][self.profile]["codePages"].values())
        if self.encoding.upper() not in pages:
            raise PrinterConfigError(
                f"The printer profile {self.profile!r} has no code page {self.encoding}.", encoding=self.encoding
            )
        object.__setattr__(self, "encoding", self.encoding.upper())
        if not self.address:
            raise PrinterConfigError("The printer address is empty.")
        if self.transport is Transport.USB:
            self.usb_ids()
        if self.transport is Transport.NETWORK:
            self.host_port()

    @classmethod
    def from_mapping(cls, settings: Mapping[str, Any]) -> PrinterConfig:
        """From saved settings, e.g. ``{"transport": "network", "address": "10.0.0.9", "paper_mm": 80}``."""
        values = dict(settings)
        paper_mm = values.pop("paper_mm", None)
        if paper_mm is not None:
            if paper_mm not in PAPER_WIDTHS:
                raise PrinterConfigError(f"Paper is 58 or 80 mm wide, not {paper_mm}.", paper_mm=paper_mm)
            values["width_px"] = PAPER_WIDTHS[paper_mm]
        try:
            return cls(**values)
        except TypeError as error:
            raise PrinterConfigError(f"The printer settings are not understood: {error}.") from error

    @property
    def width_chars(self) -> int:
        """Characters per line in the printer's font A (12 dots wide)."""
        return self.width_px // CHAR_PX

    @property
    def paper_mm(self) -> int:
        return 58 if self.width_px == PAPER_58MM else 80

    def usb_ids(self) -> tuple[int, int]:
        match = _USB_IDS.match(self.address)
        if match is None:
            raise PrinterConfigError(
                f"A USB printer address is its vendor and product id, like 04b8:0e15, not {self.address!r}.",
                address=self.address,
            )
        return int(match[1], 16), int(match[2], 16)

    def host_port(self) -> tuple[str, int]:
        host, _, port = self.address.rpartition(":") if ":" in self.address else (self.address, "", "9100")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise PrinterConfigError(
                f"A network printer address is host or host:port, not {self.address!r}.", address=self.address
            )
        return host, int(port)

    def describe(self) -> str:
        return f"{self.name} ({self.transport.value} {self.address})"


def profile_for(config: PrinterConfig) -> Any:
    """A python-escpos profile for ``config`` with this printer's paper width (a copy; the shared one is kept)."""
    from escpos.capabilities import get_profile  # noqa: PLC0415

    profile = get_profile(config.profile)
    data = copy.deepcopy(profile.profile_data)
    media = data.setdefault("media", {})
    media["width"] = {"mm": config.paper_mm, "pixels": config.width_px}
    if not isinstance(media.get("dpi"), int):
        media["dpi"] = DEFAULT_DPI
    profile.profile_data = data
    return profile
