"""Which devices this till uses (receipt printer, serial scanners, cameras), from the ``devices`` setting.

Example setting::

    {"printer": {"transport": "network", "address": "10.0.0.9", "paper_mm": 80},
     "scanners": [{"port": "/dev/ttyACM0", "name": "counter scanner"}],
     "cameras": [{"source": 0}],
     "keyboard_wedge": true}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.store.uow import UnitOfWorkFactory
from hardware.printers.config import PrinterConfig
from hardware.readers.magstripe import CardNumberRules, CheckDigit
from hardware.readers.ports import PortSpec
from hardware.readers.serial_reader import (
    BarcodeFrames,
    Decoded,
    MagstripeFrames,
    SerialSettings,
)
from hardware.scan import SourceKind

if TYPE_CHECKING:
    from hardware.readers.camera import CameraSettings


@dataclass(frozen=True, slots=True)
class DeviceConfig:
    printer: PrinterConfig | None = None
    scanners: tuple[SerialSettings, ...] = ()
    cameras: tuple[CameraSettings, ...] = ()
    keyboard_wedge: bool = True


class ScannerFrames:
    """One serial reader that scans barcodes and reads magstripes: a frame opening a track is a swipe."""

    source = SourceKind.SERIAL

    def __init__(self, rules: CardNumberRules | None = None) -> None:
        self._barcodes = BarcodeFrames()
        self._swipes = MagstripeFrames(rules or CardNumberRules(check_digit=CheckDigit.NONE))

    def decode(self, frame: bytes) -> Decoded:
        if frame[:1] in (b"%", b";"):
            return self._swipes.decode(frame)
        return self._barcodes.decode(frame)


def scanner_settings(raw: dict[str, Any]) -> SerialSettings:
    return SerialSettings(
        port=PortSpec.parse(str(raw["port"])),
        name=str(raw.get("name", "")),
        baudrate=int(raw.get("baudrate", 9600)),
        suffix=str(raw.get("suffix", "\r\n")).encode("ascii"),
    )


def parse_devices(raw: dict[str, Any]) -> DeviceConfig:
    printer = raw.get("printer")
    cameras = raw.get("cameras", [])
    if cameras:
        # OpenCV and numpy take a good part of a second to import: only for a till that has a camera.
        from hardware.readers.camera import CameraSettings  # noqa: PLC0415
    return DeviceConfig(
        printer=PrinterConfig.from_mapping(printer) if printer else None,
        scanners=tuple(scanner_settings(s) for s in raw.get("scanners", [])),
        cameras=tuple(CameraSettings(source=c.get("source", 0), name=str(c.get("name", "camera"))) for c in cameras),
        keyboard_wedge=bool(raw.get("keyboard_wedge", True)),
    )


def load_devices(uow: UnitOfWorkFactory) -> DeviceConfig:
    """The till's devices as saved in its settings (none configured: keyboard wedge only, no printer)."""
    with uow() as work:
        raw = work.settings.get("devices") or {}
    return parse_devices(dict(raw))


def card_encoder(uow: UnitOfWorkFactory) -> str | None:
    """The magstripe encoder's serial port (``"encoder": {"port": "/dev/ttyUSB0"}`` in ``devices``), if any."""
    with uow() as work:
        raw = work.settings.get("devices") or {}
    encoder = dict(raw).get("encoder")
    return str(encoder["port"]) if isinstance(encoder, dict) and encoder.get("port") else None


def asks_nps(uow: UnitOfWorkFactory) -> bool:
    """Whether the till asks the 0-10 question after a member's sale (setting ``survey.at_till``)."""
    with uow() as work:
        return bool(work.settings.get("survey.at_till") or False)
